#pragma once
// Draws a Compare view cell the way the table reads best: the value on the first line (bold if best of its row,
// italic if projected), the ratio to the baseline smaller and grey below it, a dashed frame around projections,
// an orange corner on disputed figures, and long texts (process nodes) wrapped to two lines and elided; the
// tooltip has the full text.

#include <QColor>

#include <QStyledItemDelegate>

class CompareCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height every row gets: two lines of text and the padding.
    static int rowHeight(const QFont &font);
    // Text (process, dates) wraps onto two lines; a column is at least this wide for it.
    static constexpr int kMinTextWidth = 100;
    // The colour of the corner that marks a disputed figure (the legend names it).
    static QColor disputeColor() { return QColor(0xd9, 0x73, 0x06); }
};
