#include "compare_cell_delegate.h"

#include "compare_model.h"

#include <QApplication>
#include <QPainter>
#include <QPolygonF>
#include <QTextLayout>

namespace {

constexpr int kPadding = 4;

QFont ratioFont(const QFont &base)
{
    QFont f = base;
    f.setBold(false);
    f.setItalic(false);
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.88 : base.pointSizeF());
    return f;
}

// At most two lines of `text` in `width`, the second elided if more would be needed.
QStringList twoLines(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    while (lines.size() < 2) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
        if (lines.size() == 2 && line.textStart() + line.textLength() < text.size())
            lines.last() = QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
    }
    layout.endLayout();
    return lines;
}

} // namespace

int CompareCellDelegate::rowHeight(const QFont &font)
{
    return QFontMetrics(font).height() + QFontMetrics(ratioFont(font)).height() + 6;
}

void CompareCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool numeric = index.data(CompareModel::RawValueRole).typeId() == QMetaType::Double;
    const QString value = index.data(CompareModel::ValueTextRole).toString();
    const QString ratio = index.data(CompareModel::RatioTextRole).toString();
    const bool projected = index.data(CompareModel::ProjectedRole).toBool();

    // Background, selection and focus as the style draws them; the text is ours.
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor textColor = selected ? opt.palette.color(group, QPalette::HighlightedText) : opt.palette.color(group, QPalette::Text);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (!selected && foreground.canConvert<QColor>())
        textColor = foreground.value<QColor>();
    const QColor quietColor = selected ? textColor : opt.palette.color(group, QPalette::PlaceholderText);

    painter->save();
    const QRect area = opt.rect.adjusted(kPadding, 3, -kPadding, -3);
    const QFont small = ratioFont(opt.font);
    const QFontMetrics fm(opt.font);
    const QFontMetrics smallFm(small);
    painter->setFont(opt.font);
    painter->setPen(textColor);
    if (numeric || value == QStringLiteral("—")) {
        const Qt::Alignment align = Qt::AlignRight;
        const QRect first(area.left(), area.top(), area.width(), fm.height());
        painter->drawText(first, int(align | Qt::AlignVCenter), fm.elidedText(value, Qt::ElideMiddle, area.width()));
        if (!ratio.isEmpty()) {
            painter->setFont(small);
            painter->setPen(quietColor);
            const QRect second(area.left(), first.bottom() + 1, area.width(), smallFm.height());
            painter->drawText(second, int(align | Qt::AlignVCenter), ratio);
        }
    } else {
        const QStringList lines = twoLines(value, opt.font, area.width());
        const int height = int(lines.size()) * fm.height();
        int y = area.top() + (area.height() - height) / 2;
        for (const QString &line : lines) {
            painter->drawText(QRect(area.left(), y, area.width(), fm.height()), int(Qt::AlignLeft | Qt::AlignVCenter), line);
            y += fm.height();
        }
    }
    if (projected) {
        // Projections look projected (DESIGN §2.1): a dashed frame, as the Roadmap draws them dashed.
        QPen pen(selected ? textColor : opt.palette.color(group, QPalette::Mid), 1, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(opt.rect).adjusted(2.5, 2.5, -2.5, -2.5));
    }
    if (index.data(CompareModel::DisputedRole).toBool()) {
        // A disputed figure (its sources disagree) carries an orange corner; the panel names the dispute.
        const qreal side = std::max(6, fm.height() / 2);
        const QPointF corner = opt.rect.topLeft();
        const QPolygonF mark{corner, corner + QPointF(side, 0), corner + QPointF(0, side)};
        painter->setPen(Qt::NoPen);
        painter->setBrush(disputeColor());
        painter->drawPolygon(mark);
    }
    painter->restore();
}

QSize CompareCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool numeric = index.data(CompareModel::RawValueRole).typeId() == QMetaType::Double;
    const QString value = index.data(CompareModel::ValueTextRole).toString();
    const QString ratio = index.data(CompareModel::RatioTextRole).toString();
    const QFontMetrics fm(opt.font);
    int width = fm.horizontalAdvance(value);
    if (numeric)
        width = std::max(width, QFontMetrics(ratioFont(opt.font)).horizontalAdvance(ratio));
    else if (width > kMinTextWidth)
        width = std::max(kMinTextWidth, width * 11 / 20); // text wraps onto two lines: a little over half its width
    
    return {width + 2 * kPadding + 2, rowHeight(opt.font)};
}
