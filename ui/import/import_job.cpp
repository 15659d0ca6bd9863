#include "import_job.h"

#include "atlas_store.h"

#include <QFile>
#include <QThread>

ImportJob::ImportJob(ImportRequest request, QObject *parent) : QObject(parent), m_request(std::move(request)) {}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    // Until its outcome is handed over: the thread itself may still be winding down after that, which the
    // destructor waits for.
    return m_thread && !m_finished;
}

void ImportJob::start()
{
    m_thread = QThread::create([this] {
        ImportOutcome outcome = run(
            m_request,
            [this](int percent) { QMetaObject::invokeMethod(this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection); },
            [this] { return m_cancel.load(); });
        // Handed over on the job's own thread: the outcome is read only after finished().
        QMetaObject::invokeMethod(
            this,
            [this, outcome = std::move(outcome)]() mutable {
                m_outcome = std::move(outcome);
                m_finished = true;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

ImportOutcome ImportJob::run(const ImportRequest &request, const std::function<void(int)> &progress, const std::function<bool()> &cancelled)
{
    ImportOutcome outcome;
    if (!request.keep && request.previewRows > 0) {
        QFile file(request.file);
        if (file.open(QIODevice::ReadOnly)) {
            CsvFileReader reader(file, request.encoding);
            CsvRecord record;
            if (reader.encodingError().isEmpty() && reader.next(&record)) {
                outcome.header = record.fields;
                while (outcome.preview.size() < request.previewRows && reader.next(&record))
                    outcome.preview.append(record);
            }
        }
    }
    if (cancelled()) {
        outcome.result.cancelled = true;
        outcome.result.error = QStringLiteral("the import was cancelled; nothing was imported");
        return outcome;
    }
    QString error;
    auto store = AtlasStore::open(request.bundledPath, request.userPath, &error);
    if (!store) {
        outcome.result.error = error;
        return outcome;
    }
    ImportOptions options;
    options.encoding = request.encoding;
    options.keep = request.keep;
    options.cancelled = cancelled;
    options.progress = [&progress](qint64 done, qint64 total) {
        if (total > 0)
            progress(int(100 * done / total));
    };
    outcome.result = CsvImporter::importFile(*store, request.table, request.file, options);
    return outcome;
}
