#include "db_command.h"

#include "cli_args.h"
#include "data_session.h"
#include "csv_importer.h"
#include "database_check.h"
#include "dataset_validator.h"
#include "catalog.h"
#include "fact_timeline.h"
#include "source_coverage.h"
#include "table_export.h"
#include "table_reader.h"
#include "table_schema.h"
#include "atlas_store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

namespace {

// Problems one a line, at most ProblemList::kListed of them, then how many more there were.
void printProblems(const QList<Problem> &listed, qsizetype unlisted, CliIo io)
{
    for (const Problem &p : listed)
        io.err << p.toString() << '\n';
    if (unlisted > 0)
        io.err << "… and " << unlisted << " more problem(s)\n";
}

int check(const QStringList &positional, CliIo io)
{
    ProblemList problems(ProblemList::kListed);
    qint64 rows = 0;
    QString what;
    if (!positional.isEmpty()) {
        // A dataset folder: exactly what atlas-dbc checks at build time.
        what = positional.first();
        QList<Problem> found;
        const QList<TableRows> tables = DatasetFiles::read(what, &found);
        found += DatasetValidator().validate(tables);
        for (const Problem &p : found)
            problems.append(p);
        for (const TableRows &t : tables)
            rows += t.records.size();
    } else {
        auto session = DataSession::open(io);
        if (!session)
            return ExitCode::Failure;
        what = QStringLiteral("the bundled database");
        if (session->store->hasUserDatabase())
            what += QStringLiteral(" and the user database");
        else if (!session->store->userProblem().isEmpty())
            what += QStringLiteral(" (the user database is unusable)");
        // Both databases are checked together, so a user row may refer to a bundled one.
        DatabaseCheck::Result result = DatabaseCheck::run(*session->store);
        problems = result.problems;
        rows = result.rows;
    }
    printProblems(problems.listed(), problems.unlisted(), io);
    if (!problems.isEmpty()) {
        io.err << problems.total() << " problem(s) in " << what << '\n';
        return ExitCode::Failure;
    }
    io.out << "ok: " << rows << " rows in " << datasetTables().size() << " tables of " << what << " pass every check\n";
    return ExitCode::Ok;
}

// Counts, not rows: a million-row user database is counted by SQLite from its index pages.
qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // Table names come from table_schema.cpp.
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : 0;
}

int info(CliIo io)
{
    auto session = DataSession::open(io);
    if (!session)
        return ExitCode::Failure;
    const AtlasStore &store = *session->store;
    io.out << "dataset version: " << store.datasetVersion() << '\n'
           << "built on:        " << store.meta(QStringLiteral("built_on")) << '\n'
           << "schema version:  " << store.meta(QStringLiteral("schema_version")) << '\n'
           << "user database:   " << store.userPath()
           << (store.hasUserDatabase() ? (store.userReadOnly() ? QStringLiteral(" (in use, read-only)") : QStringLiteral(" (in use)"))
                                       : QStringLiteral(" (not in use: %1)").arg(store.userProblem()))
           << '\n'
           << "rows (bundled + user):\n";
    for (const QString &table : datasetTableNames()) {
        qint64 rows = 0;
        for (const QSqlDatabase &db : store.databases())
            rows += rowCount(db, table);
        io.out << "  " << table.leftJustified(14) << rows << '\n';
    }
    // The newest dated row, found by SQLite without reading every row (FactTimeline::newest).
    const std::optional<DatedFact> newest = FactTimeline::newest(store.databases());
    io.out << "newest fact:     " << (newest ? QStringLiteral("%1 (%2 %3)").arg(newest->date, newest->table, newest->rowId) : QStringLiteral("none"))
           << '\n';
    const SourceCoverage coverage = sourceCoverage(Catalog::load(store.databases()));
    io.out << "official primary sources: " << coverage.official << " of " << coverage.figures << " current chip figures ("
           << QString::number(100.0 * coverage.share(), 'f', 0) << " %)\n";
    if (!coverage.unmarked.isEmpty()) {
        io.out << "shipping-chip figures read at a copy but not marked reported: " << coverage.unmarked.size() << '\n';
        for (const SpecClaim &c : coverage.unmarked)
            io.out << "  " << c.id << " (" << c.sourceId << ")\n";
    }
    return ExitCode::Ok;
}

int import(const CliArgs &args, CliIo io)
{
    const QString usage = QStringLiteral("usage: db import FILE --table TABLE [--encoding %1]; tables: %2")
                              .arg(TextEncodings::optionKeys().join(QLatin1Char('|')), datasetTableNames().join(QStringLiteral(", ")));
    if (args.positional().size() != 1 || !args.has(QStringLiteral("--table"))) {
        io.err << "compute-atlas db import: " << usage << '\n';
        return ExitCode::BadUsage;
    }
    const QString table = args.value(QStringLiteral("--table"));
    if (!datasetTableNames().contains(table)) {
        io.err << "compute-atlas db import: " << invalidChoice(QStringLiteral("table"), table, datasetTableNames()) << '\n';
        return ExitCode::BadUsage;
    }
    ImportOptions options;
    if (args.has(QStringLiteral("--encoding"))) {
        options.encoding = TextEncodings::fromOptionKey(args.value(QStringLiteral("--encoding")));
        if (!options.encoding) {
            io.err << "compute-atlas db import: "
                   << invalidChoice(QStringLiteral("encoding"), args.value(QStringLiteral("--encoding")), TextEncodings::optionKeys()) << '\n';
            return ExitCode::BadUsage;
        }
    }
    auto session = DataSession::open(io);
    if (!session)
        return ExitCode::Failure;
    options.waiting = [io](const QString &message) {
        io.err << "compute-atlas db import: " << message << '\n';
        io.err.flush();
    };
    // Long imports say how far they are, on stderr, where a terminal shows it and a pipe of stdout does not mind.
    QElapsedTimer sinceReport;
    sinceReport.start();
    options.progress = [io, &sinceReport](qint64 done, qint64 total) mutable {
        if (sinceReport.elapsed() < 2000 || total <= 0)
            return;
        sinceReport.restart();
        io.err << "compute-atlas db import: " << (100 * done / total) << "% read\n";
        io.err.flush();
    };
    const ImportResult result = CsvImporter::importFile(*session->store, table, args.positional().first(), options);
    printProblems(result.problems, result.unlistedProblems, io);
    if (!result.error.isEmpty())
        io.err << "compute-atlas db import: " << result.error << '\n';
    if (!result.ok()) {
        if (!result.problems.isEmpty())
            io.err << result.problems.size() + result.unlistedProblems << " problem(s); nothing was imported\n";
        return ExitCode::Failure;
    }
    io.out << "imported " << result.rowsImported << " rows into " << table << " (" << result.encoding << ") in "
           << session->store->userPath() << '\n';
    return ExitCode::Ok;
}

// The user's own rows of one table, in the order they were added, as a CSV file `db import` reads back.
int exportUser(const CliArgs &args, CliIo io)
{
    const QString table = args.value(QStringLiteral("--table"));
    if (table.isEmpty()) {
        io.err << "compute-atlas db export-user: name a table with --table; valid: " << datasetTableNames().join(QStringLiteral(", ")) << '\n';
        return ExitCode::BadUsage;
    }
    if (!datasetTableNames().contains(table)) {
        io.err << "compute-atlas db export-user: " << invalidChoice(QStringLiteral("table"), table, datasetTableNames()) << '\n';
        return ExitCode::BadUsage;
    }
    auto session = DataSession::open(io);
    if (!session)
        return ExitCode::Failure;
    if (!session->store->hasUserDatabase()) {
        io.err << "compute-atlas db export-user: there is no usable user database: " << session->store->userProblem() << '\n';
        return ExitCode::Failure;
    }
    const QList<QSqlDatabase> user{session->store->user()};
    const QString path = args.value(QStringLiteral("-o"), args.value(QStringLiteral("--output")));
    const auto writeRows = [&](QIODevice &device, bool bom) {
        TableExport::RowWriter writer(device, ExportFormat::Csv, TableReader::columns(table), bom);
        TableReader::forEachRawRow(user, table, [&writer](const QList<RawCell> &row) { writer.writeRow(row); });
        return std::pair{writer.finish(), writer.rows()};
    };
    if (path.isEmpty() || path == QLatin1String("-")) {
        io.out.flush();
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        if (!writeRows(out, false).first || !out.flush()) {
            io.err << "compute-atlas db export-user: cannot write to standard output: " << out.errorString() << '\n';
            return ExitCode::Failure;
        }
        return ExitCode::Ok;
    }
    QString error;
    TableExport::OutputFile file(path);
    if (!file.open(&error)) {
        io.err << "compute-atlas db export-user: " << error << '\n';
        return ExitCode::Failure;
    }
    // A file may be opened by a spreadsheet program, which needs the byte-order mark to read UTF-8.
    const qint64 rows = writeRows(file.device(), true).second;
    if (!file.commit(&error)) {
        io.err << "compute-atlas db export-user: " << error << '\n';
        return ExitCode::Failure;
    }
    io.err << "wrote your " << rows << " rows of " << table << " to " << path << '\n';
    return ExitCode::Ok;
}

// Moves the user database aside (never deletes it): the next run starts with an empty one.
int reset(const CliArgs &args, CliIo io)
{
    const QString path = AtlasStore::defaultUserPath();
    if (!args.has(QStringLiteral("--yes"))) {
        io.err << "compute-atlas db reset: this moves your user database " << path
               << " aside under a dated name, so the program starts again with the bundled data only; nothing is deleted. "
                  "Run `compute-atlas db reset --yes` to do it.\n";
        return ExitCode::BadUsage;
    }
    const UserDatabaseReset::Result result = AtlasStore::moveUserDatabaseAside(path);
    if (!result.ok()) {
        io.err << "compute-atlas db reset: " << result.error << '\n';
        return ExitCode::Failure;
    }
    if (result.movedTo.isEmpty()) {
        io.out << "there is no user database at " << path << "; nothing to reset\n";
        return ExitCode::Ok;
    }
    io.out << "moved your user database to " << result.movedTo << "; " << path << " starts empty\n";
    return ExitCode::Ok;
}

} // namespace

int runDbCommand(const QStringList &args, CliIo io)
{
    const QStringList actions{QStringLiteral("check"), QStringLiteral("info"), QStringLiteral("path"), QStringLiteral("import"),
                              QStringLiteral("export-user"), QStringLiteral("reset")};
    if (args.isEmpty() || !actions.contains(args.first())) {
        io.err << "compute-atlas db: " << (args.isEmpty() ? QStringLiteral("name an action; valid: ") + actions.join(QStringLiteral(", "))
                                                           : invalidChoice(QStringLiteral("action"), args.first(), actions)) << '\n';
        return ExitCode::BadUsage;
    }
    QString error;
    const QString action = args.first();
    const bool isImport = action == QLatin1String("import");
    QStringList valueOptions;
    if (isImport)
        valueOptions = {QStringLiteral("--table"), QStringLiteral("--encoding")};
    else if (action == QLatin1String("export-user"))
        valueOptions = {QStringLiteral("--table"), QStringLiteral("-o"), QStringLiteral("--output")};
    const QStringList flags = action == QLatin1String("reset") ? QStringList{QStringLiteral("--yes")} : QStringList{};
    const auto parsed = CliArgs::parse(args.mid(1), {QStringLiteral("db ") + action, valueOptions, flags,
                                                     action == QLatin1String("check") || isImport ? 1 : 0}, &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    if (args.first() == QLatin1String("path")) {
        io.out << AtlasStore::defaultUserPath() << '\n';
        return ExitCode::Ok;
    }
    if (args.first() == QLatin1String("info"))
        return info(io);
    if (isImport)
        return import(*parsed, io);
    if (action == QLatin1String("export-user"))
        return exportUser(*parsed, io);
    if (action == QLatin1String("reset"))
        return reset(*parsed, io);
    return check(parsed->positional(), io);
}
