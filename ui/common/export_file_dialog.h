#pragma once
// Asking where to export and in which format: one save dialog with a filter per format, the proposed file name
// following the chosen format, and the folder and format of the last export remembered by the view.

#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace ExportFileDialog {
struct Format {
    QString filter; // "Excel workbook (*.xlsx)", in the interface language
    QString suffix; // "xlsx"
};
// What a view keeps between exports.
struct Memory {
    QString directory; // empty: the user's documents folder
    int format = 0;    // index into the formats last offered
};
struct Choice {
    QString path;
    int format = 0; // index into `formats`
};
// `fileName(i)`: the name proposed for format i, without its suffix ("compute-atlas-roadmap-2026-03-16").
// Nothing if the user cancels. QFileDialog asks before it overwrites a file.
std::optional<Choice> ask(QWidget *parent, const QString &title, const QList<Format> &formats,
                          const std::function<QString(int)> &fileName, Memory &memory);
}
