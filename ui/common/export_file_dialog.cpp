#include "export_file_dialog.h"

#include <QFileDialog>
#include <QStandardPaths>

std::optional<ExportFileChoice> chooseExportFile(QWidget *parent, const QString &title, const QList<ExportFileType> &types,
                                                 int lastType, const QString &lastDirectory)
{
    if (types.isEmpty())
        return std::nullopt;
    QStringList filters;
    for (const ExportFileType &t : types)
        filters << t.filter;
    const int chosen = std::clamp(lastType, 0, int(types.size()) - 1);
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(filters.at(chosen));
    dialog.setDefaultSuffix(types.at(chosen).suffix);
    dialog.setDirectory(lastDirectory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : lastDirectory);
    dialog.selectFile(types.at(chosen).fileName);
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        const qsizetype at = filters.indexOf(filter);
        if (at >= 0) {
            dialog.setDefaultSuffix(types.at(at).suffix);
            dialog.selectFile(types.at(at).fileName);
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    return ExportFileChoice{dialog.selectedFiles().constFirst(), int(std::max<qsizetype>(0, filters.indexOf(dialog.selectedNameFilter())))};
}
