#pragma once
// The save dialog every view's File → Export… opens: a list of file types (each with its suffix and a suggested
// file name), the last type and folder remembered by the caller, and QFileDialog's own question before it
// overwrites a file.

#include <QList>
#include <QString>
#include <optional>

class QWidget;

struct ExportFileType {
    QString filter;   // "Excel workbook (*.xlsx)"
    QString suffix;   // "xlsx"
    QString fileName; // suggested: "compute-atlas-flows-2026-03-01.xlsx"
};

struct ExportFileChoice {
    QString path;
    int type = 0; // index into the types offered
};

// Empty if the user cancels. `lastType` and `lastDirectory` preselect (an empty folder: Documents).
std::optional<ExportFileChoice> chooseExportFile(QWidget *parent, const QString &title, const QList<ExportFileType> &types,
                                                 int lastType, const QString &lastDirectory);
