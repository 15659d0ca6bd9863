#include "share_chart.h"

#include "date_format.h"
#include "memory_palette.h"
#include "memory_report.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <functional>

namespace {
constexpr double kLegendHeight = 44;

QString shortShareOf(const QString &shareOf)
{
    if (shareOf == QLatin1String("revenue"))
        return ShareChartWidget::tr("revenue");
    if (shareOf == QLatin1String("shipments"))
        return ShareChartWidget::tr("shipments");
    if (shareOf == QLatin1String("bits"))
        return ShareChartWidget::tr("bits");
    return ShareChartWidget::tr("not stated");
}
} // namespace

ShareChartWidget::ShareChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shareChart"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ShareChartWidget::setChart(const ShareChart &chart, const QString &segment, const QHash<QString, QString> &names,
                                const QList<Source> &sources, Language language)
{
    m_chart = chart;
    m_segment = segment;
    m_names = names;
    m_sources.clear();
    for (const Source &s : sources)
        m_sources.insert(s.id, s);
    m_language = language;
    layoutHits();
    update();
}

void ShareChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutHits();
}

void ShareChartWidget::layoutHits()
{
    m_hits.clear();
    const QFontMetricsF fm(font());
    const double top = fm.height() * 2.2;       // the title
    const double bottom = fm.height() * 4.3 + kLegendHeight; // up to four label lines and the legend
    const double left = fm.horizontalAdvance(QStringLiteral("100%")) + 14;
    m_plot = QRectF(left, top, std::max(10.0, width() - left - 12), std::max(10.0, height() - top - bottom));
    const int n = int(m_chart.columns.size());
    if (n == 0)
        return;
    const double slot = m_plot.width() / n;
    const double barWidth = std::min(slot * 0.7, 90.0);
    for (int c = 0; c < n; ++c) {
        const ShareColumn &col = m_chart.columns.at(c);
        const double x = m_plot.left() + slot * c + (slot - barWidth) / 2;
        if (col.isGap()) {
            m_hits.append({QRectF(x, m_plot.top(), barWidth, m_plot.height()), c, nullptr});
            continue;
        }
        double y = m_plot.bottom();
        for (const MarketShare &s : col.rows) {
            const double h = m_plot.height() * s.sharePct / 100.0;
            m_hits.append({QRectF(x, y - h, barWidth, h), c, &s});
            y -= h;
        }
        if (col.unattributedPct() > 0)
            m_hits.append({QRectF(x, m_plot.top(), barWidth, y - m_plot.top()), c, nullptr});
    }
}

QRectF ShareChartWidget::segmentRect(int column, const QString &companyId) const
{
    for (const Hit &h : m_hits)
        if (h.column == column && h.share && h.share->companyId == companyId)
            return h.rect;
    return {};
}

QString ShareChartWidget::shareToolTip(const ShareColumn &column, const MarketShare &s) const
{
    const QString name = m_names.value(s.companyId, s.companyId);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>: %2%").arg(name.toHtmlEscaped(), NumberFormat::decimal(s.sharePct, 3));
    lines << tr("%1 of %2, %3").arg(shareOfText(column.shareOf), s.segment, DateFormat::text(s.period, m_language)).toHtmlEscaped();
    if (s.isEstimate())
        lines << QStringLiteral("<i>%1</i>").arg(tr("A forecast, not an outturn.").toHtmlEscaped());
    else if (s.basis == QLatin1String("official"))
        lines << tr("The company's own figure.").toHtmlEscaped();
    if (s.isShareOfUnknown())
        lines << QStringLiteral("<i>%1</i>").arg(tr("The source does not say whether this is a share of revenue, shipments or bits.").toHtmlEscaped());
    const auto source = m_sources.constFind(s.sourceId);
    if (source != m_sources.constEnd()) {
        QString line = tr("Source: %1 — %2").arg(source->title, source->publisher);
        if (!source->publishedOn.isEmpty())
            line += QStringLiteral(", ") + DateFormat::text(source->publishedOn, m_language);
        lines << line.toHtmlEscaped();
    } else {
        lines << tr("Source: %1").arg(s.sourceId).toHtmlEscaped();
    }
    if (!s.note.isEmpty())
        lines << QStringLiteral("<span style=\"color:gray\">%1</span>").arg(s.note.toHtmlEscaped());
    return QStringLiteral("<p style=\"white-space:pre-wrap; max-width:420px\">%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString ShareChartWidget::toolTipAt(const QPointF &pos) const
{
    for (const Hit &h : m_hits) {
        if (!h.rect.contains(pos))
            continue;
        const ShareColumn &col = m_chart.columns.at(h.column);
        if (h.share)
            return shareToolTip(col, *h.share);
        if (col.isGap())
            return tr("%1: no source gives %2 shares for this period.").arg(DateFormat::text(col.period, m_language), m_segment).toHtmlEscaped();
        return tr("%1%: not attributed to a supplier by the source.").arg(NumberFormat::decimal(col.unattributedPct(), 3)).toHtmlEscaped();
    }
    return {};
}

void ShareChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QString tip = toolTipAt(event->position());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void ShareChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);

    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(text);
    p.drawText(QRectF(0, 2, width(), fm.height() * 1.6), Qt::AlignHCenter | Qt::AlignVCenter,
               tr("%1 market share by supplier (%)").arg(m_segment));
    p.setFont(font());

    if (m_chart.columns.isEmpty()) {
        p.drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No market-share figures for %1.").arg(m_segment));
        return;
    }
    // Grid and the percentage axis.
    for (int pct = 0; pct <= 100; pct += 25) {
        const double y = m_plot.bottom() - m_plot.height() * pct / 100.0;
        p.setPen(QPen(grid, pct == 0 ? 1.2 : 0.6, pct == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - fm.height() / 2, m_plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(pct));
    }

    const int n = int(m_chart.columns.size());
    const double slot = m_plot.width() / n;
    for (const Hit &h : std::as_const(m_hits)) {
        const ShareColumn &col = m_chart.columns.at(h.column);
        if (col.isGap()) {
            p.setPen(QPen(grid, 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(h.rect);
            // Written across, wrapped to the box: Chinese does not read turned on its side.
            p.setPen(grid.darker(130));
            p.drawText(h.rect.adjusted(2, 0, -2, 0), Qt::AlignCenter | Qt::TextWordWrap, tr("no data"));
            continue;
        }
        if (!h.share) { // the part the source leaves unattributed
            p.setPen(QPen(grid, 0.8, Qt::DotLine));
            p.setBrush(QColor(0xEE, 0xEE, 0xEE));
            p.drawRect(h.rect);
            continue;
        }
        QColor fill = MemoryPalette::supplier(h.share->companyId, int(m_chart.suppliers.indexOf(h.share->companyId)));
        if (h.share->isEstimate())
            fill = fill.lighter(150);
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(fill);
        p.drawRect(h.rect);
        if (h.share->isShareOfUnknown()) { // hatched: of what, the source does not say
            p.setBrush(QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
            p.drawRect(h.rect);
        }
        if (h.share->isEstimate()) {
            p.setPen(QPen(fill.darker(170), 1.4, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(h.rect.adjusted(0.7, 0.7, -0.7, -0.7));
        }
        if (h.rect.height() >= fm.height() && h.rect.width() >= fm.horizontalAdvance(QStringLiteral("100%"))) {
            p.setPen(h.share->isEstimate() ? text : QColor(Qt::white));
            p.drawText(h.rect, Qt::AlignCenter, QStringLiteral("%1%").arg(NumberFormat::decimal(h.share->sharePct, 3)));
        }
    }
    // Labels under each column: the period (on two lines where it is wider than its slot: "2024 年" / "第 2 季"),
    // what the share is of, and "forecast" where it is one.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF sfm(small);
    for (int c = 0; c < n; ++c) {
        const ShareColumn &col = m_chart.columns.at(c);
        QRectF cell(m_plot.left() + slot * c, m_plot.bottom() + 3, slot, fm.height());
        const QString period = DateFormat::text(col.period, m_language);
        QStringList periodLines{period};
        const qsizetype space = period.indexOf(QLatin1Char(' '));
        if (fm.horizontalAdvance(period) > slot - 2 && space > 0)
            periodLines = QStringList{period.left(space), period.mid(space + 1)};
        p.setFont(font());
        p.setPen(col.isGap() ? grid.darker(130) : text);
        for (const QString &line : std::as_const(periodLines)) {
            p.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(line, Qt::ElideRight, slot));
            cell.translate(0, fm.height());
        }
        p.setFont(small);
        if (!col.isGap()) {
            p.setPen(col.shareOf == QLatin1String("unknown") ? grid.darker(150) : text);
            p.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, sfm.elidedText(shortShareOf(col.shareOf), Qt::ElideRight, slot));
            if (col.isEstimate())
                p.drawText(cell.translated(0, sfm.height()), Qt::AlignHCenter | Qt::AlignTop, sfm.elidedText(tr("forecast"), Qt::ElideRight, slot));
        }
    }
    // The legend: suppliers, then the marks.
    p.setFont(small);
    double x = m_plot.left();
    double y = height() - kLegendHeight + 4;
    const auto item = [&](const QString &label, const std::function<void(const QRectF &)> &swatch) {
        const double w = 14 + 6 + sfm.horizontalAdvance(label) + 18;
        if (x + w > width() - 8 && x > m_plot.left()) {
            x = m_plot.left();
            y += sfm.height() + 6;
        }
        const QRectF box(x, y + (sfm.height() - 11) / 2, 14, 11);
        swatch(box);
        p.setPen(text);
        p.drawText(QRectF(x + 20, y, w, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w;
    };
    for (int i = 0; i < m_chart.suppliers.size(); ++i) {
        const QString &id = m_chart.suppliers.at(i);
        item(m_names.value(id, id), [&](const QRectF &b) {
            p.setPen(Qt::NoPen);
            p.setBrush(MemoryPalette::supplier(id, i));
            p.drawRect(b);
        });
    }
    item(tr("share of what: not stated"), [&](const QRectF &b) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x88, 0x88, 0x88));
        p.drawRect(b);
        p.setBrush(QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
        p.drawRect(b);
    });
    item(tr("forecast"), [&](const QRectF &b) {
        p.setBrush(QColor(0x88, 0x88, 0x88).lighter(150));
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2, Qt::DashLine));
        p.drawRect(b);
    });
    item(tr("not attributed by the source"), [&](const QRectF &b) {
        p.setPen(QPen(grid, 0.8, Qt::DotLine));
        p.setBrush(QColor(0xEE, 0xEE, 0xEE));
        p.drawRect(b);
    });
    item(tr("no source for the period"), [&](const QRectF &b) {
        p.setPen(QPen(grid, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(b);
    });
}
