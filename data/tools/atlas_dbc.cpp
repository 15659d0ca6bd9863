// atlas-dbc: validates the curated dataset (data/dataset/*.csv) and compiles it into the SQLite database
// that is bundled into the program. Usage: atlas-dbc DATASET_DIR OUT.sqlite
// Every problem is printed as file:line:column: message; any problem means exit 1 and no output file.

#include "database_builder.h"
#include "dataset_validator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: atlas-dbc DATASET_DIR OUT.sqlite\n";
        return 2;
    }
    QList<Problem> problems;
    const QList<TableRows> tables = DatasetFiles::read(args.at(1), &problems);
    problems += DatasetValidator().validate(tables);
    if (!problems.isEmpty()) {
        for (const Problem &p : problems)
            err << p.toString() << '\n';
        err << problems.size() << " problem(s) in " << args.at(1) << "; nothing was written\n";
        return 1;
    }
    // Reproducible builds: SOURCE_DATE_EPOCH, when set, fixes the build date.
    const QByteArray epoch = qgetenv("SOURCE_DATE_EPOCH");
    const QDate builtOn = epoch.isEmpty() ? QDate::currentDate()
                                          : QDateTime::fromSecsSinceEpoch(epoch.toLongLong(), Qt::UTC).date();
    BuildInfo info{DatabaseBuilder::fingerprint(tables), builtOn.toString(Qt::ISODate)};
    QString error;
    if (!DatabaseBuilder::build(tables, args.at(2), info, &error)) {
        err << "atlas-dbc: " << error << '\n';
        return 1;
    }
    return 0;
}
