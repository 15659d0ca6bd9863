#pragma once
// One check or import of a user's CSV file on a worker thread (DESIGN §2.2), so a large file neither freezes the
// window nor runs without a Cancel. The worker opens its own connections to the bundled and user databases (a
// QSqlDatabase belongs to the thread that made it) and runs CsvImporter: the check is the same import rolled
// back at the end (ImportOptions::keep = false), so the preview finds exactly the problems the import would.

#include "csv_importer.h"
#include "csv_reader.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

struct ImportRequest {
    QString bundledPath; // the bundled database's file (AtlasStore::bundled().databaseName())
    QString userPath;    // the user database to import into
    QString table;
    QString file;
    std::optional<TextEncoding> encoding; // empty: detected
    bool keep = false;                    // false: check only, nothing is written
    int previewRows = 20;                 // records read for the preview (a check only)
};

struct ImportOutcome {
    QStringList header;         // the file's first record as read
    QList<CsvRecord> preview;   // the records after it, at most ImportRequest::previewRows
    ImportResult result;        // what CsvImporter found (rowsImported: would be, for a check)
};

class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(ImportRequest request, QObject *parent = nullptr);
    // Cancels and waits for the worker: a job never outlives its owner's data.
    ~ImportJob() override;

    void start();
    // Asks the worker to stop; it rolls back and finishes with result.cancelled.
    void cancel() { m_cancel = true; }
    bool isRunning() const; // started, and finished() not yet emitted
    const ImportRequest &request() const { return m_request; }
    // Valid once finished() was emitted.
    const ImportOutcome &outcome() const { return m_outcome; }

    // Runs the request on the calling thread (the worker's body).
    static ImportOutcome run(const ImportRequest &request, const std::function<void(int percent)> &progress,
                             const std::function<bool()> &cancelled);

signals:
    void progress(int percent);
    void finished();

private:
    ImportRequest m_request;
    ImportOutcome m_outcome;
    std::atomic<bool> m_cancel = false;
    bool m_finished = false;
    QThread *m_thread = nullptr;
};
