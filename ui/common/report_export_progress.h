#pragma once
// Writes a report to a file behind a modal progress dialog: the one export path every view uses.

#include "report.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

class ReportExportProgress {
    Q_DECLARE_TR_FUNCTIONS(ReportExportProgress)
public:
    // Shows "Writing FILE…" over `parent` while `report` is written; true on success, else `error` says why.
    static bool write(QWidget *parent, const Report &report, ReportFormat format, const QString &path, QString *error);
};
