#include "selection_keeper.h"

#include "claim_text.h"

#include <QTableView>

#include <algorithm>

namespace SelectionKeeper {

namespace {
QString keyOf(const QAbstractItemModel *model, int row)
{
    QString key = model->index(row, 0).data().toString();
    const QString mark = ClaimText::yourDataSign() + QLatin1Char(' ');
    if (key.startsWith(mark))
        key.remove(0, mark.size());
    return key;
}

QString textOf(const QAbstractItemModel *model, int row)
{
    QStringList texts;
    for (int c = 0; c < model->columnCount(); ++c)
        texts << model->index(row, c).data().toString();
    return texts.join(QChar(0x1f));
}
} // namespace

QList<Cell> save(const QWidget *view)
{
    QList<Cell> cells;
    for (const QTableView *table : view->findChildren<QTableView *>()) {
        const QModelIndex current = table->currentIndex();
        if (table->objectName().isEmpty() || !current.isValid())
            continue;
        cells.append({table->objectName(), textOf(table->model(), current.row()), keyOf(table->model(), current.row()), current.row(),
                      current.column()});
    }
    return cells;
}

void restore(QWidget *view, const QList<Cell> &cells)
{
    for (const Cell &cell : cells) {
        auto *table = view->findChild<QTableView *>(cell.table);
        if (!table || !table->model() || table->model()->rowCount() == 0)
            continue;
        const QAbstractItemModel *model = table->model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            if (textOf(model, r) == cell.rowText)
                row = r;
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            if (keyOf(model, r) == cell.rowKey)
                row = r;
        if (row < 0)
            row = std::clamp(cell.row, 0, model->rowCount() - 1);
        const QModelIndex index = model->index(row, std::clamp(cell.column, 0, std::max(0, model->columnCount() - 1)));
        table->setCurrentIndex(index);
        table->scrollTo(index);
    }
}

} // namespace SelectionKeeper
