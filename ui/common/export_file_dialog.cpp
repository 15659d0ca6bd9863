#include "export_file_dialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

std::optional<ExportFileDialog::Choice> ExportFileDialog::ask(QWidget *parent, const QString &title, const QList<Format> &formats,
                                                              const std::function<QString(int)> &fileName, Memory &memory)
{
    if (formats.isEmpty())
        return std::nullopt;
    QStringList filters;
    for (const Format &f : formats)
        filters << f.filter;
    const int chosen = std::clamp(memory.format, 0, int(formats.size()) - 1);
    const auto proposed = [&](int i) { return fileName(i) + QLatin1Char('.') + formats.at(i).suffix; };

    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(filters.at(chosen));
    dialog.setDefaultSuffix(formats.at(chosen).suffix);
    dialog.setDirectory(memory.directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : memory.directory);
    dialog.selectFile(proposed(chosen));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        if (const qsizetype at = filters.indexOf(filter); at >= 0) {
            dialog.setDefaultSuffix(formats.at(at).suffix);
            dialog.selectFile(proposed(int(at)));
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    Choice choice{dialog.selectedFiles().constFirst(), int(std::max<qsizetype>(0, filters.indexOf(dialog.selectedNameFilter())))};
    memory.format = choice.format;
    memory.directory = QFileInfo(choice.path).absolutePath();
    return choice;
}
