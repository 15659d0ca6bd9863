#include "db_command.h"

#include "cli_args.h"
#include "data_session.h"
#include "csv_importer.h"
#include "dataset_validator.h"
#include "catalog.h"
#include "fact_timeline.h"
#include "source_coverage.h"
#include "table_export.h"
#include "table_reader.h"
#include "table_schema.h"

namespace {

// A database table as validator rows; "line" is the row's position so messages read origin:row:column.
TableRows rowsOf(const QSqlDatabase &db, const QString &label, const TableSpec &spec)
{
    const DataTable data = TableReader::read({db}, spec.name);
    TableRows rows{spec.name, label + QLatin1Char(':') + spec.name, data.columns, 0, {}};
    int n = 0;
    for (const QVariantList &r : data.rows) {
        CsvRecord record{++n, {}};
        for (const QVariant &v : r)
            record.fields << (v.isValid() ? TableExport::numberText(v) : QString());
        rows.records << record;
    }
    return rows;
}

int check(const QStringList &positional, CliIo io)
{
    QList<Problem> problems;
    QList<TableRows> tables;
    QString what;
    if (!positional.isEmpty()) {
        // A dataset folder: exactly what atlas-dbc checks at build time.
        what = positional.first();
        tables = DatasetFiles::read(what, &problems);
    } else {
        auto session = DataSession::open(io);
        if (!session)
            return ExitCode::Failure;
        what = QStringLiteral("the bundled database");
        for (const TableSpec &spec : datasetTables())
            tables << rowsOf(session->store->bundled(), QStringLiteral("bundled"), spec);
        if (session->store->hasUserDatabase()) {
            what += QStringLiteral(" and the user database");
            for (const TableSpec &spec : datasetTables())
                tables << rowsOf(session->store->user(), QStringLiteral("user"), spec);
        }
        if (!session->store->userProblem().isEmpty()) {
            what += QStringLiteral(" (the user database is unusable)");
            problems.append({session->store->userPath(), 0, 0, session->store->userProblem()});
        }
    }
    // Both databases are checked together, so a user row may refer to a bundled one.
    problems += DatasetValidator().validate(tables);
    for (const Problem &p : problems)
        io.err << p.toString() << '\n';
    if (!problems.isEmpty()) {
        io.err << problems.size() << " problem(s) in " << what << '\n';
        return ExitCode::Failure;
    }
    int rows = 0;
    for (const TableRows &t : tables)
        rows += t.records.size();
    io.out << "ok: " << rows << " rows in " << datasetTables().size() << " tables of " << what << " pass every check\n";
    return ExitCode::Ok;
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
           << (store.hasUserDatabase() ? QStringLiteral(" (in use)") : QStringLiteral(" (not in use: %1)").arg(store.userProblem())) << '\n'
           << "rows (bundled + user):\n";
    for (const QString &table : datasetTableNames())
        io.out << "  " << table.leftJustified(14) << TableReader::read(store.databases(), table).rows.size() << '\n';
    const QList<DatedFact> facts = FactTimeline::read(store.databases());
    io.out << "newest fact:     "
           << (facts.isEmpty() ? QStringLiteral("none")
                               : QStringLiteral("%1 (%2 %3)").arg(facts.first().date, facts.first().table, facts.first().rowId))
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
    if (args.positional().size() != 1 || !args.has(QStringLiteral("--table"))) {
        io.err << "compute-atlas db import: usage: db import FILE --table TABLE; tables: " << datasetTableNames().join(QStringLiteral(", ")) << '\n';
        return ExitCode::BadUsage;
    }
    const QString table = args.value(QStringLiteral("--table"));
    if (!datasetTableNames().contains(table)) {
        io.err << "compute-atlas db import: " << invalidChoice(QStringLiteral("table"), table, datasetTableNames()) << '\n';
        return ExitCode::BadUsage;
    }
    auto session = DataSession::open(io);
    if (!session)
        return ExitCode::Failure;
    const ImportResult result = CsvImporter::importFile(*session->store, table, args.positional().first());
    for (const Problem &p : result.problems)
        io.err << p.toString() << '\n';
    if (!result.error.isEmpty())
        io.err << "compute-atlas db import: " << result.error << '\n';
    if (!result.ok()) {
        if (!result.problems.isEmpty())
            io.err << result.problems.size() << " problem(s); nothing was imported\n";
        return ExitCode::Failure;
    }
    io.out << "imported " << result.rowsImported << " rows into " << table << " (" << result.encoding << ") in "
           << session->store->userPath() << '\n';
    return ExitCode::Ok;
}

} // namespace

int runDbCommand(const QStringList &args, CliIo io)
{
    const QStringList actions{QStringLiteral("check"), QStringLiteral("info"), QStringLiteral("path"), QStringLiteral("import")};
    if (args.isEmpty() || !actions.contains(args.first())) {
        io.err << "compute-atlas db: " << (args.isEmpty() ? QStringLiteral("name an action; valid: ") + actions.join(QStringLiteral(", "))
                                                           : invalidChoice(QStringLiteral("action"), args.first(), actions)) << '\n';
        return ExitCode::BadUsage;
    }
    QString error;
    const bool isImport = args.first() == QLatin1String("import");
    const auto parsed = CliArgs::parse(args.mid(1), {QStringLiteral("db ") + args.first(), isImport ? QStringList{QStringLiteral("--table")} : QStringList{},
                                                     {}, args.first() == QLatin1String("check") || isImport ? 1 : 0}, &error);
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
    return check(parsed->positional(), io);
}
