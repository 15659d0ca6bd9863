#include "column_fitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {
// A column is not squeezed below this (about "1,979 PFLOP/s"), nor below its header, to make room for others.
constexpr int kFloor = 100;
}

ColumnFitter *ColumnFitter::attach(QTableView *table)
{
    return new ColumnFitter(table);
}

int ColumnFitter::contentWidth(const QTableView *table, int column, int enough)
{
    const QAbstractItemModel *model = table->model();
    const QAbstractItemDelegate *delegate = table->itemDelegateForColumn(column);
    if (!delegate)
        delegate = table->itemDelegate();
    if (!model || !delegate || delegate->metaObject() != &QStyledItemDelegate::staticMetaObject)
        return static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column);
    // As Qt does: at most the header's resize precision of rows (1,000 unless set), hidden rows left out.
    const int precision = table->horizontalHeader()->resizeContentsPrecision();
    const int rows = model->rowCount(table->rootIndex());
    QSet<QString> seen;
    int widest = 0;
    int measured = 0;
    for (int row = 0; row < rows && (precision <= 0 || measured < precision); ++row) {
        if (table->isRowHidden(row))
            continue;
        ++measured;
        const QModelIndex index = model->index(row, column, table->rootIndex());
        const QString key = index.data(Qt::DisplayRole).toString() + QChar(0x1f) + index.data(Qt::FontRole).toString()
                            + QChar(0x1f) + index.data(Qt::CheckStateRole).toString() + QChar(0x1f)
                            + (index.data(Qt::DecorationRole).isValid() ? QLatin1Char('i') : QLatin1Char('-'));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        widest = std::max(widest, table->sizeHintForIndex(index).width());
        if (widest + (table->showGrid() ? 1 : 0) >= enough)
            break;
    }
    return table->showGrid() ? widest + 1 : widest;
}

ColumnFitter::ColumnFitter(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->viewport()->installEventFilter(this);
    m_viewport = table->viewport();
    connectModel();
}

void ColumnFitter::connectModel()
{
    QAbstractItemModel *model = m_table->model();
    if (!model)
        return;
    // Several signals often come together (a reset, then header texts): measure and fit once, after them.
    auto later = [this] {
        m_measured = false;
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            apply();
        });
    };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    connect(model, &QAbstractItemModel::columnsInserted, this, later);
    connect(model, &QAbstractItemModel::columnsRemoved, this, later);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the table is being destroyed, its viewport still sends events and the table is no
    // longer a scroll area to ask for it.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        apply();
    return false;
}

void ColumnFitter::fit()
{
    m_measured = false;
    apply();
}

int ColumnFitter::naturalWidth(int column)
{
    int &w = m_natural[column];
    if (w < 0)
        w = std::max(contentWidth(m_table, column), m_table->horizontalHeader()->sectionSizeHint(column));
    return w;
}

void ColumnFitter::apply()
{
    const QAbstractItemModel *model = m_table->model();
    if (!model || m_fitting)
        return;
    const int columns = model->columnCount();
    if (columns == 0)
        return;
    if (!m_measured || m_natural.size() != columns) {
        m_natural = QList<int>(columns, -1); // measured on first need: a hidden column is not measured at all
        m_measured = true;
    }
    m_fitting = true; // setting widths can bring a scroll bar, which resizes the viewport again
    QList<int> widths;
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        const int w = m_table->isColumnHidden(c) ? 0 : naturalWidth(c);
        widths << w;
        total += w;
    }
    const int available = m_table->viewport()->width();
    if (total > available) {
        // Too wide: the widest columns give way first (a long text wraps or elides in the middle, the full text is
        // in the tooltip), each down to no less than its header and an ordinary figure need.
        QList<int> floors;
        for (int c = 0; c < columns; ++c)
            floors << std::min(widths.at(c), std::max(kFloor, m_table->horizontalHeader()->sectionSizeHint(c)));
        QList<int> sorted = widths;
        std::sort(sorted.begin(), sorted.end(), std::greater<int>());
        int cap = sorted.value(0);
        auto capped = [&](int limit) {
            int sum = 0;
            for (int c = 0; c < columns; ++c)
                sum += std::max(floors.at(c), std::min(widths.at(c), limit));
            return sum;
        };
        while (cap > kFloor && capped(cap) > available)
            cap -= 4;
        // It does not fit even so: the table scrolls, and only the columns wider than the median give way (a long
        // process name), not the ordinary figures.
        if (capped(cap) > available)
            cap = std::max(cap, sorted.at(sorted.size() / 2));
        total = 0;
        for (int c = 0; c < columns; ++c) {
            widths[c] = std::max(floors.at(c), std::min(widths.at(c), cap));
            total += widths.at(c);
        }
    }
    const int shown = int(std::count_if(widths.cbegin(), widths.cend(), [](int w) { return w > 0; }));
    const int extra = total < available && shown > 0 ? (available - total) / shown : 0;
    int rest = total < available && shown > 0 ? (available - total) % shown : 0;
    for (int c = columns - 1; c >= 0; --c) {
        if (widths.at(c) == 0)
            continue;
        m_table->setColumnWidth(c, widths.at(c) + extra + rest);
        rest = 0; // the last shown column takes the pixels the even share leaves over
    }
    m_fitting = false;
}
