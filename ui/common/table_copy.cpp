#include "table_copy.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

#include <algorithm>

namespace {

QString cellText(const QVariant &value)
{
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

// The table view a key press reaches: the view itself, or its viewport.
QAbstractItemView *viewOf(QObject *watched)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(watched))
        return view;
    if (auto *widget = qobject_cast<QWidget *>(watched))
        return qobject_cast<QAbstractItemView *>(widget->parentWidget());
    return nullptr;
}

} // namespace

QString TableCopy::selectionAsText(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || !view->selectionModel())
        return {};
    QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && view->currentIndex().isValid())
        indexes << view->currentIndex();
    if (indexes.isEmpty())
        return {};
    const auto *table = qobject_cast<const QTableView *>(view);
    QList<int> rows, columns;
    for (const QModelIndex &i : indexes) {
        if (table && (table->isRowHidden(i.row()) || table->isColumnHidden(i.column())))
            continue;
        if (!rows.contains(i.row()))
            rows << i.row();
        if (!columns.contains(i.column()))
            columns << i.column();
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());
    const bool columnHeaders = table && table->horizontalHeader()->isVisible();
    const bool rowHeaders = table && table->verticalHeader()->isVisible();

    QStringList lines;
    if (columnHeaders) {
        QStringList header;
        if (rowHeaders)
            header << QString();
        for (int c : columns)
            header << cellText(model->headerData(c, Qt::Horizontal));
        lines << header.join(QLatin1Char('\t'));
    }
    for (int r : rows) {
        QStringList line;
        if (rowHeaders)
            line << cellText(model->headerData(r, Qt::Vertical));
        for (int c : columns) {
            const QModelIndex index = model->index(r, c, view->rootIndex());
            line << (indexes.contains(index) ? cellText(index.data()) : QString());
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool TableCopy::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Copy))
        return false;
    QAbstractItemView *view = viewOf(watched);
    if (!qobject_cast<QTableView *>(view))
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the table takes Ctrl+C as a key press, before any shortcut
        return true;
    }
    QApplication::clipboard()->setText(selectionAsText(view));
    event->accept();
    return true;
}
