#include "report_export_progress.h"

#include "report_writer.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <memory>

bool ReportExportProgress::write(QWidget *parent, const Report &report, ReportFormat format, const QString &path, QString *error)
{
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QCoreApplication::processEvents();

    bool ok = false;
    if (format == ReportFormat::Pdf) {
        // The PDF writer paints text with the GUI's fonts: it stays on this thread.
        ok = writeReport(report, format, path, error);
    } else {
        // The other writers are plain data work: a worker thread keeps the progress dialog alive.
        QEventLoop loop;
        std::unique_ptr<QThread> worker(QThread::create([&] { ok = writeReport(report, format, path, error); }));
        QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        worker->wait();
    }
    progress.close();
    return ok;
}
