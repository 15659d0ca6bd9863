#include "csv_importer.h"

#include "database_builder.h"
#include "sql_dataset_index.h"
#include "sql_error.h"
#include "table_schema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <vector>

namespace CsvImporter {

namespace {

constexpr int kProgressEveryRows = 16384;
constexpr int kCancelCheckEveryRows = 512;

// One import into a user database at a time. A second one says another is running and waits for it, instead of
// failing after SQLite's busy timeout with "database is locked". The lock is a file beside the database that
// names the process holding it; a lock left by a process that died is taken over.
class ImportLock {
public:
    explicit ImportLock(const QString &databasePath) : m_file(databasePath + QStringLiteral(".import-lock"))
    {
        m_file.setStaleLockTime(0); // a long import is not stale: only a dead process's lock is
    }

    bool acquire(const QString &databasePath, const std::function<void(const QString &)> &waiting, QString *error)
    {
        if (m_file.tryLock(0))
            return true;
        QElapsedTimer waited;
        waited.start();
        while (m_file.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            m_file.getLockInfo(&pid, &host, &app);
            if (waiting)
                waiting(waited.elapsed() < 1000
                            ? QStringLiteral("another import into %1 is running (process %2); waiting for it to finish").arg(databasePath).arg(pid)
                            : QStringLiteral("still waiting for the import of process %1 (%2 s)").arg(pid).arg(waited.elapsed() / 1000));
            if (m_file.tryLock(5000))
                return true;
        }
        *error = QStringLiteral("cannot create the lock file %1 beside the user database (%2)")
                     .arg(m_file.fileName(), m_file.error() == QLockFile::PermissionError ? QStringLiteral("no permission") : QStringLiteral("unknown error"));
        return false;
    }

private:
    QLockFile m_file;
};

bool lineFirst(const Problem &a, const Problem &b)
{
    return std::pair(a.line, a.column) < std::pair(b.line, b.column);
}

} // namespace

ImportResult importFile(AtlasStore &store, const QString &table, const QString &path, const ImportOptions &options)
{
    ImportResult result;
    const TableSpec *spec = findTable(table);
    if (!spec) {
        result.error = QStringLiteral("unknown table '%1'; valid: %2").arg(table, datasetTableNames().join(QStringLiteral(", ")));
        return result;
    }
    if (!store.hasUserDatabase()) {
        result.error = QStringLiteral("there is no usable user database to import into: %1").arg(store.userProblem());
        return result;
    }
    if (store.userReadOnly()) {
        result.error = QStringLiteral("the user database %1 is read-only (no permission to write it or its folder); nothing was "
                                      "imported. Make both writable to import.")
                           .arg(store.userPath());
        return result;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QStringLiteral("cannot read %1: there is no such file").arg(path);
        return result;
    }
    if (!info.isFile()) {
        // A device (/dev/zero), a pipe or a folder has no end or no rows: only a file is read.
        result.error = QStringLiteral("%1 is not a regular file (it is a %2); give the CSV file itself")
                           .arg(path, info.isDir() ? QStringLiteral("folder") : QStringLiteral("device, pipe or socket"));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    const QString origin = info.fileName();
    ProblemList problems(ProblemList::kListed);
    const auto finish = [&](ImportResult r) {
        r.problems = problems.listed();
        std::stable_sort(r.problems.begin(), r.problems.end(), lineFirst);
        r.unlistedProblems = problems.unlisted();
        return r;
    };
    CsvFileReader reader(file, options.encoding);
    if (!reader.encodingError().isEmpty()) {
        problems.append({origin, 1, 1, reader.encodingError()});
        return finish(result);
    }
    result.encoding = reader.encodingName();

    const auto cancelRequested = [&] { return options.cancelled && options.cancelled(); };
    const auto cancelledResult = [&] {
        ImportResult r;
        r.cancelled = true;
        r.encoding = result.encoding;
        r.error = QStringLiteral("the import was cancelled; nothing was imported");
        return r;
    };
    if (cancelRequested())
        return cancelledResult();
    ImportLock lock(store.userPath());
    if (!lock.acquire(store.userPath(), options.waiting, &result.error))
        return result;
    QSqlDatabase db = store.user();
    QSqlQuery sql(db);
    if (!sql.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = QStringLiteral("cannot start writing the user database %1: %2").arg(store.userPath(), SqlErrors::describe(sql.lastError()));
        return result;
    }
    const auto fail = [&](const QString &why) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        result.error = why;
        result.rowsImported = 0;
        return finish(result);
    };
    // New rows get rowids from `base` on, in file order, so a rowid says which line of the file a row came from.
    if (!sql.exec(QStringLiteral("SELECT IFNULL(MAX(rowid), 0) + 1 FROM %1").arg(spec->name)) || !sql.next())
        return fail(QStringLiteral("cannot read the user database %1: %2").arg(store.userPath(), SqlErrors::describe(sql.lastError())));
    const qint64 base = sql.value(0).toLongLong();
    sql.finish();
    std::vector<int> lineOfRow; // line of rowid base + i
    const auto placeInUser = [&](const TableSpec &t, qint64 rowid) {
        if (&t == spec && rowid >= base && rowid - base < qint64(lineOfRow.size()))
            return RowPlace{origin, lineOfRow[size_t(rowid - base)]};
        return RowPlace{QStringLiteral("user:") + t.name, int(rowid)};
    };
    SqlDatasetIndex index({{store.bundled(), [](const TableSpec &t, qint64 rowid) { return RowPlace{QStringLiteral("bundled:") + t.name, int(rowid)}; }, true},
                           {db, placeInUser, false}});
    DatasetChecker checker(index);
    checker.setScope({spec->name});
    DatabaseBuilder::RowWriter writer(db, *spec, true);
    // Rows whose rules may depend on rows further down the file (a reference to a later row, shares that add
    // up): checked again once every row is in.
    std::vector<qint64> recheck;
    std::optional<QList<int>> columns;
    int headerSize = -1;
    qint64 records = 0;
    CsvRecord record;
    while (reader.next(&record)) {
        for (const CsvError &e : reader.takeErrors())
            problems.append({origin, e.line, e.column, e.message});
        if (headerSize < 0) {
            headerSize = int(record.fields.size());
            columns = DatasetChecker::checkHeader(*spec, record.fields, {origin, record.line}, problems);
            if (!columns)
                break; // the rows cannot be read by column name
            continue;
        }
        if (++records % kProgressEveryRows == 0 && options.progress)
            options.progress(reader.bytesRead(), info.size());
        if (records % kCancelCheckEveryRows == 0 && cancelRequested()) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return cancelledResult();
        }
        const auto row = DatasetChecker::rowOf(*spec, *columns, headerSize, record, origin, problems);
        if (!row || !checker.checkRow(*row, problems))
            continue;
        const qint64 rowid = base + qint64(lineOfRow.size());
        if (!writer.insert(row->fields, rowid)) {
            if (!SqlErrors::isConstraint(writer.lastError()))
                // The disk, not the file: say so, and do not blame the line.
                return fail(QStringLiteral("cannot write the user database %1: %2; nothing was imported")
                                .arg(store.userPath(), SqlErrors::describe(writer.lastError())));
            const qsizetype before = problems.total();
            checker.checkAgainstData(*row, problems); // whose id it is
            if (problems.total() == before)
                problems.append({origin, row->place.line, 1, SqlErrors::describe(writer.lastError())});
            continue;
        }
        lineOfRow.push_back(row->place.line);
        checker.rowsAdded(*spec);
        if (!spec->keyColumn.isEmpty())
            index.setCurrentRow(*spec, row->value(spec->keyColumn), row->place);
        if (DatasetChecker::needsWholeTable(*spec)) {
            recheck.push_back(rowid);
        } else {
            ProblemList found; // perhaps only for now: a row further down may be what it refers to
            checker.checkAgainstData(*row, found);
            if (!found.isEmpty())
                recheck.push_back(rowid);
        }
        if (!index.error().isEmpty())
            return fail(QStringLiteral("cannot read the user database %1: %2").arg(store.userPath(), index.error()));
    }
    for (const CsvError &e : reader.takeErrors())
        problems.append({origin, e.line, e.column, e.message});
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read %1 to its end: %2; nothing was imported").arg(path, file.errorString()));

    if (!recheck.empty() && columns) {
        QSqlQuery stored(db);
        stored.prepare(SqlDatasetIndex::selectSql(*spec) + QStringLiteral(" WHERE rowid = ?"));
        for (const qint64 rowid : recheck) {
            stored.bindValue(0, rowid);
            if (!stored.exec() || !stored.next())
                return fail(QStringLiteral("cannot read the user database %1: %2").arg(store.userPath(), SqlErrors::describe(stored.lastError())));
            DatasetRow row = SqlDatasetIndex::rowAt(*spec, stored, placeInUser(*spec, rowid));
            for (const int f : *columns)
                row.fileColumns << f + 1;
            stored.finish();
            checker.checkAgainstData(row, problems);
        }
    }
    if (!problems.isEmpty())
        return fail(QString());
    if (cancelRequested()) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return cancelledResult();
    }
    if (!options.keep) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        result.rowsImported = int(lineOfRow.size());
        return finish(result);
    }

    if (!store.userFileUnchanged())
        return fail(QStringLiteral("the user database %1 was deleted, moved or replaced while the import ran; nothing was "
                                   "imported into the file now there")
                        .arg(store.userPath()));
    if (!sql.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot write the user database %1: %2; nothing was imported")
                        .arg(store.userPath(), SqlErrors::describe(sql.lastError())));
    if (!store.userFileUnchanged()) {
        result.error = QStringLiteral("the user database %1 was deleted or replaced as the import finished; the %2 rows went "
                                      "with the old file")
                           .arg(store.userPath())
                           .arg(lineOfRow.size());
        return result;
    }
    if (options.progress)
        options.progress(info.size(), info.size());
    result.rowsImported = int(lineOfRow.size());
    return finish(result);
}

} // namespace CsvImporter
