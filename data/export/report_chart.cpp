#include "report_chart.h"

#include "report_text.h"
#include "text_table_writer.h"

#include <QFont>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace ReportChartDrawing {

namespace {

constexpr qreal kRow = 24;     // one bar's row
constexpr qreal kBar = 15;     // a bar's thickness
constexpr qreal kGap = 8;

// A text's width estimated from its characters, generously: Latin ~0.64 em, Chinese 1.28 em (displayWidth counts
// those as 2), so a label never runs off the chart's left edge.
qreal textWidth(const QString &text, qreal px)
{
    return TextTableWriter::displayWidth(text) * 0.64 * px;
}

QColor barColor(const QList<QColor> &colors, int i)
{
    return i < colors.size() && colors.at(i).isValid() ? colors.at(i) : defaultColor();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Round ticks: powers of ten on a log axis, 1/2/5 steps on a linear one.
void makeTicks(Layout &l, double low, double high)
{
    auto xOf = [&](double v) {
        if (l.logScale)
            return l.plot.left() + (std::log10(v) - low) / (high - low) * l.plot.width();
        return l.plot.left() + v / high * l.plot.width();
    };
    if (l.logScale) {
        for (int e = int(std::ceil(low)); e <= int(std::floor(high)); ++e) {
            l.ticks << std::pow(10.0, e);
            l.tickX << xOf(std::pow(10.0, e));
        }
        return;
    }
    const double raw = high / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    for (double v = step; v <= high * 1.0001; v += step) {
        l.ticks << v;
        l.tickX << xOf(v);
    }
}

} // namespace

QColor defaultColor()
{
    return QColor(0x44, 0x72, 0xc4);
}

Layout layout(const Report &report, const ReportChart &chart, qreal width, qreal px)
{
    Layout l;
    l.width = width;
    l.fontPixels = px;
    l.title = chart.title;
    l.sourceLine = chart.sourceLine;
    l.logScale = chart.logScale;

    qreal labelWidth = 0, valueWidth = 0;
    double high = 0, low = 0;
    for (int i = 0; i < chart.columns.size(); ++i) {
        const int column = chart.columns.at(i);
        Bar b;
        b.column = column;
        b.baseline = column == chart.baselineColumn;
        const QString name = report.table.header(column);
        b.label = b.baseline ? ReportText::baselineLabel(name) : name;
        if (l.unit.isEmpty())
            l.unit = report.unit(chart.row, column);
        b.known = report.isNumber(chart.row, column) && !report.isUnknown(chart.row, column);
        b.projected = report.style(chart.row, column).projected;
        if (b.known) {
            const double v = report.table.rows.at(chart.row).value(column).toDouble();
            if (v > 0) {
                high = std::max(high, v);
                low = low > 0 ? std::min(low, v) : v;
            }
            b.valueText = report.cellText(chart.row, column);
            if (b.projected)
                b.valueText += QLatin1Char(' ') + Report::projectedMarker();
            const int ratioColumn = chart.ratioColumns.value(i, -1);
            if (ratioColumn >= 0 && !report.cellText(chart.row, ratioColumn).isEmpty())
                b.valueText += QStringLiteral(" · ") + report.cellText(chart.row, ratioColumn);
        } else {
            b.valueText = ReportText::unknown();
        }
        labelWidth = std::max(labelWidth, textWidth(b.label, px));
        valueWidth = std::max(valueWidth, textWidth(b.valueText, px));
        l.bars << b;
    }
    const qreal titleHeight = px * 1.9;
    l.titleAt = QPointF(0, px * 1.2);
    l.plot = QRectF(labelWidth + kGap, titleHeight, std::max<qreal>(60, width - labelWidth - 2 * kGap - valueWidth),
                    kRow * l.bars.size());
    // A log axis from the decade below the smallest value to the largest value, whose bar fills the plot as on a
    // linear axis.
    double axisLow = 0, axisHigh = high;
    if (l.logScale && low > 0) {
        axisLow = std::floor(std::log10(low));
        axisHigh = std::log10(high);
        if (axisHigh <= axisLow)
            axisHigh = axisLow + 1;
    } else {
        l.logScale = false;
    }
    for (int i = 0; i < l.bars.size(); ++i) {
        Bar &b = l.bars[i];
        const qreal top = l.plot.top() + i * kRow;
        b.labelRect = QRectF(0, top, labelWidth, kRow);
        qreal length = 0;
        if (b.known && high > 0) {
            const double v = report.table.rows.at(chart.row).value(b.column).toDouble();
            if (v > 0)
                length = l.logScale ? (std::log10(v) - axisLow) / (axisHigh - axisLow) * l.plot.width() : v / high * l.plot.width();
            b.bar = QRectF(l.plot.left(), top + (kRow - kBar) / 2, std::max<qreal>(2, length), kBar);
        }
        b.valueAt = QPointF(l.plot.left() + (b.known ? std::max<qreal>(2, length) : 0) + 5, top + kRow / 2 + px * 0.35);
    }
    if (high > 0)
        makeTicks(l, l.logScale ? axisLow : 0, axisHigh);
    const qreal axisBottom = l.plot.bottom() + px * 1.4;
    l.sourceAt = QPointF(0, axisBottom + px * 1.4);
    l.height = l.sourceLine.isEmpty() ? axisBottom + px * 0.6 : l.sourceAt.y() + px * 0.6;
    return l;
}

void paint(QPainter *p, const Layout &l, const QPointF &origin, const QList<QColor> &colors, const QString &family)
{
    p->save();
    p->translate(origin);
    p->setRenderHint(QPainter::Antialiasing);
    QFont font = p->font();
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPixelSize(int(std::lround(l.fontPixels)));
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPixelSize(int(std::lround(l.fontPixels * 0.85)));

    p->setFont(bold);
    p->setPen(Qt::black);
    p->drawText(l.titleAt, l.title);

    // Grid and tick labels under the bars.
    p->setFont(small);
    for (int i = 0; i < l.ticks.size(); ++i) {
        p->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        p->drawLine(QPointF(l.tickX.at(i), l.plot.top()), QPointF(l.tickX.at(i), l.plot.bottom()));
        p->setPen(QColor(0x66, 0x66, 0x66));
        const QString text = tickText(l, i);
        p->drawText(QPointF(l.tickX.at(i) - textWidth(text, small.pixelSize()) / 2, l.plot.bottom() + l.fontPixels), text);
    }
    p->setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
    p->drawLine(l.plot.topLeft(), l.plot.bottomLeft());

    for (int i = 0; i < l.bars.size(); ++i) {
        const Bar &b = l.bars.at(i);
        p->setFont(b.baseline ? bold : font);
        p->setPen(Qt::black);
        p->drawText(b.labelRect, Qt::AlignRight | Qt::AlignVCenter, b.label);
        const QColor color = barColor(colors, i);
        if (b.known) {
            if (b.projected) {
                p->setBrush(Qt::white);
                p->setPen(QPen(color, 1.5, Qt::DashLine));
            } else {
                p->setBrush(color);
                p->setPen(Qt::NoPen);
            }
            if (b.baseline)
                p->setPen(QPen(QColor(0x1f, 0x1f, 0x1f), 2, b.projected ? Qt::DashLine : Qt::SolidLine));
            p->drawRect(b.bar);
        }
        QFont valueFont = font;
        valueFont.setItalic(b.projected);
        p->setFont(valueFont);
        p->setPen(b.known ? QColor(0x22, 0x22, 0x22) : QColor(0x99, 0x99, 0x99));
        p->drawText(b.valueAt, b.valueText);
    }
    if (!l.sourceLine.isEmpty()) {
        p->setFont(small);
        p->setPen(QColor(0x55, 0x55, 0x55));
        p->drawText(l.sourceAt, l.sourceLine);
    }
    p->restore();
}

QString svg(const Layout &l, const QList<QColor> &colors)
{
    const qreal px = l.fontPixels;
    QString s = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                               "font-family=\"'Noto Sans CJK TC','Noto Sans CJK SC',sans-serif\" font-size=\"%3\" role=\"img\">")
                    .arg(l.width)
                    .arg(std::ceil(l.height))
                    .arg(px);
    s += QStringLiteral("<title>%1</title>").arg(escaped(l.title));
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-weight=\"bold\">%3</text>").arg(l.titleAt.x()).arg(l.titleAt.y()).arg(escaped(l.title));
    for (int i = 0; i < l.ticks.size(); ++i) {
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#dddddd\"/>").arg(l.tickX.at(i)).arg(l.plot.top()).arg(l.plot.bottom());
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" fill=\"#666666\" text-anchor=\"middle\">%4</text>")
                 .arg(l.tickX.at(i))
                 .arg(l.plot.bottom() + px)
                 .arg(px * 0.85)
                 .arg(escaped(tickText(l, i)));
    }
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#888888\"/>").arg(l.plot.left()).arg(l.plot.top()).arg(l.plot.bottom());
    for (int i = 0; i < l.bars.size(); ++i) {
        const Bar &b = l.bars.at(i);
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\"%3>%4</text>")
                 .arg(b.labelRect.right())
                 .arg(b.labelRect.center().y() + px * 0.35)
                 .arg(b.baseline ? QStringLiteral(" font-weight=\"bold\"") : QString())
                 .arg(escaped(b.label));
        const QString color = barColor(colors, i).name();
        if (b.known) {
            QString style = b.projected ? QStringLiteral("fill=\"white\" stroke=\"%1\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"").arg(color)
                                        : QStringLiteral("fill=\"%1\"").arg(color);
            if (b.baseline)
                style += QStringLiteral(" stroke=\"#1f1f1f\" stroke-width=\"2\"");
            s += QStringLiteral("<rect class=\"%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\" %6/>")
                     .arg(b.projected ? QStringLiteral("projected") : b.baseline ? QStringLiteral("baseline") : QStringLiteral("bar"))
                     .arg(b.bar.x())
                     .arg(b.bar.y())
                     .arg(b.bar.width(), 0, 'f', 1)
                     .arg(b.bar.height())
                     .arg(style);
        }
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"%3\"%4>%5</text>")
                 .arg(b.valueAt.x(), 0, 'f', 1)
                 .arg(b.valueAt.y())
                 .arg(b.known ? QStringLiteral("#222222") : QStringLiteral("#999999"))
                 .arg(b.projected ? QStringLiteral(" font-style=\"italic\"") : QString())
                 .arg(escaped(b.valueText));
    }
    if (!l.sourceLine.isEmpty())
        s += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"%2\" fill=\"#555555\">%3</text>").arg(l.sourceAt.y()).arg(px * 0.85).arg(escaped(l.sourceLine));
    s += QStringLiteral("</svg>");
    return s;
}

QString tickText(const Layout &l, int tick)
{
    return NumberFormat::si(l.ticks.value(tick), l.unit, 3);
}

int barAt(const Layout &l, const QPointF &point)
{
    for (int i = 0; i < l.bars.size(); ++i) {
        const Bar &b = l.bars.at(i);
        const QRectF row(0, b.labelRect.top(), l.width, b.labelRect.height());
        if (row.contains(point))
            return i;
    }
    return -1;
}

} // namespace ReportChartDrawing
