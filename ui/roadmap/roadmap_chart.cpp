#include "roadmap_chart.h"

#include "common/chart_style.h"
#include "number_format.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QCategoryAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

RoadmapChart::RoadmapChart(QWidget *parent)
    : QWidget(parent)
{
    m_chart = newPanelChart(font(), QMargins(2, 2, 8, 2));
    m_chart->legend()->hide();
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(300, 220);
    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickInterval(1);
    m_x->setMinorTickCount(3); // quarters
    m_y = new QCategoryAxis;
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_x, m_y}) {
        axis->setLabelsFont(m_chart->legend()->font());
        axis->setTitleFont(m_chart->legend()->font());
        axis->setGridLinePen(QPen(QColor(0, 0, 0, 45), 1));
        axis->setMinorGridLinePen(QPen(QColor(0, 0, 0, 15), 1));
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend->setContentsMargins(6, 2, 6, 4);
    m_legend->setAutoFillBackground(true);
    QPalette white = m_legend->palette();
    white.setColor(QPalette::Window, Qt::white);
    m_legend->setPalette(white);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    connect(m_chart, &QChart::plotAreaChanged, this, &RoadmapChart::placeLabels);
}

void RoadmapChart::clearSeries()
{
    m_chart->removeAllSeries();
    m_pointSets.clear();
    qDeleteAll(m_labels);
    m_labels.clear();
}

void RoadmapChart::addSeries(QXYSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
}

void RoadmapChart::addPoints(QScatterSeries *series, const QStringList &chipIds, const QStringList &toolTips, const QStringList &labels)
{
    addSeries(series);
    m_pointSets.append({series, chipIds, toolTips, labels});
    const auto indexOf = [series](const QPointF &point) {
        const QList<QPointF> points = series->points();
        for (qsizetype i = 0; i < points.size(); ++i)
            if (points.at(i) == point)
                return int(i);
        return -1;
    };
    connect(series, &QXYSeries::hovered, this, [this, series, indexOf](const QPointF &point, bool state) {
        const int i = indexOf(point);
        for (const PointSet &set : std::as_const(m_pointSets))
            if (set.series == series && state && i >= 0 && i < set.toolTips.size()) {
                QToolTip::showText(QCursor::pos(), set.toolTips.at(i), m_view);
                return;
            }
        QToolTip::hideText();
    });
    connect(series, &QXYSeries::clicked, this, [this, series, indexOf](const QPointF &point) {
        const int i = indexOf(point);
        for (const PointSet &set : std::as_const(m_pointSets))
            if (set.series == series && i >= 0 && i < set.chipIds.size())
                emit chipSelected(set.chipIds.at(i));
    });
    for (const QString &label : labels) {
        auto *item = new QGraphicsSimpleTextItem(label, m_chart);
        item->setFont(m_chart->legend()->font());
        item->setBrush(QColor(0x33, 0x33, 0x33));
        item->setZValue(10);
        item->setVisible(false);
        m_labels << item;
    }
}

void RoadmapChart::setRanges(double x0, double x1, double y0, double y1)
{
    m_x->setRange(std::floor(x0), std::max(std::floor(x0) + 1, std::ceil(x1)));
    m_x->setTickAnchor(std::floor(x0));
    const int low = int(std::floor(std::log10(y0) + 1e-9));
    const int high = std::max(low + 1, int(std::ceil(std::log10(y1) - 1e-9)));
    // 1-2-5 over up to two decades, 1-3 up to four, decades beyond: always a few labels, never a crowd.
    const int decades = high - low;
    const QList<double> steps = decades <= 2 ? QList<double>{1, 2, 5} : decades <= 4 ? QList<double>{1, 3} : QList<double>{1};
    for (const QString &label : m_y->categoriesLabels())
        m_y->remove(label);
    m_y->setStartValue(low);
    for (int d = low; d <= high; ++d)
        for (double m : steps) {
            const double v = m * std::pow(10.0, d);
            if (std::log10(v) > high + 1e-9)
                break;
            m_y->append(NumberFormat::decimal(v, 3), std::log10(v));
        }
    m_y->setRange(low, high);
}

double RoadmapChart::axisValue(double value)
{
    return std::log10(value);
}

void RoadmapChart::setAxisTitles(const QString &x, const QString &y)
{
    m_x->setTitleText(x);
    m_y->setTitleText(y);
}

void RoadmapChart::setLegendHtml(const QString &html)
{
    m_legend->setText(html);
}

QString RoadmapChart::swatch(const QColor &color, Qt::PenStyle style, bool marker, bool hollow)
{
    if (marker)
        return QStringLiteral("<span style=\"color:%1; font-size:large\">%2</span>").arg(color.name(), hollow ? QStringLiteral("○") : QStringLiteral("●"));
    const QString line = style == Qt::DashLine ? QStringLiteral("╍╍") : style == Qt::DotLine ? QStringLiteral("····") : QStringLiteral("━━");
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>").arg(color.name(), line);
}

QStringList RoadmapChart::pointLabels() const
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *item : m_labels)
        if (item->isVisible())
            out << item->text();
    return out;
}

QList<QRectF> RoadmapChart::pointLabelRects() const
{
    QList<QRectF> out;
    for (const QGraphicsSimpleTextItem *item : m_labels)
        if (item->isVisible())
            out << item->sceneBoundingRect();
    return out;
}

QString RoadmapChart::toolTipOf(const QXYSeries *series, const QString &chipId) const
{
    for (const PointSet &set : m_pointSets)
        if (set.series == series)
            if (const qsizetype i = set.chipIds.indexOf(chipId); i >= 0 && i < set.toolTips.size())
                return set.toolTips.at(i);
    return {};
}

void RoadmapChart::placeLabels()
{
    // Beside its point, to the right, else the left, else above or below; a name that would cover another name or
    // a point stays hidden (the point still answers a hover).
    const QRectF plot = m_chart->plotArea();
    QList<QRectF> taken;
    QList<QPointF> points;
    for (const PointSet &set : std::as_const(m_pointSets))
        for (const QPointF &p : set.series->points())
            points << m_chart->mapToPosition(p, set.series);
    for (const QPointF &p : std::as_const(points))
        taken << QRectF(p.x() - 5, p.y() - 5, 10, 10);
    int next = 0;
    for (const PointSet &set : std::as_const(m_pointSets)) {
        const QList<QPointF> values = set.series->points();
        for (int i = 0; i < set.labels.size(); ++i) {
            QGraphicsSimpleTextItem *item = m_labels.at(next++);
            item->setVisible(false);
            if (i >= values.size() || set.labels.at(i).isEmpty() || !set.series->isVisible())
                continue;
            const QPointF at = m_chart->mapToPosition(values.at(i), set.series);
            const QSizeF size = item->boundingRect().size();
            const QList<QPointF> corners{{at.x() + 7, at.y() - size.height() / 2}, {at.x() - 7 - size.width(), at.y() - size.height() / 2},
                                         {at.x() - size.width() / 2, at.y() - 6 - size.height()}, {at.x() - size.width() / 2, at.y() + 6}};
            for (const QPointF &corner : corners) {
                const QRectF rect(corner, size);
                if (!plot.contains(rect))
                    continue;
                if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(rect); }))
                    continue;
                item->setPos(corner);
                item->setVisible(true);
                taken << rect;
                break;
            }
        }
    }
}
