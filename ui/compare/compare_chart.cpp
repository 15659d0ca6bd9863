#include "compare_chart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int kMargin = 12;
constexpr int kSpacing = 28;
constexpr int kTwoColumnsFrom = 1000; // below this width, one chart per line
}

CompareChart::CompareChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareChart"));
    setAutoFillBackground(true);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::WindowText, Qt::black);
    setPalette(white);
    setMouseTracking(true);
}

void CompareChart::setReport(const Report &report, const QList<QColor> &colors, Provenance provenance)
{
    m_report = report;
    m_colors = colors;
    m_provenance = std::move(provenance);
    relayout();
}

void CompareChart::setLogScaleAllowed(bool allowed)
{
    m_logAllowed = allowed;
    relayout();
}

void CompareChart::relayout()
{
    m_layouts.clear();
    m_origins.clear();
    const int available = std::max(320, width() - 2 * kMargin);
    const int columns = available >= kTwoColumnsFrom ? 2 : 1;
    const qreal chartWidth = (available - (columns - 1) * kSpacing) / qreal(columns);
    const qreal px = QFontInfo(font()).pixelSize();
    qreal top = kMargin, lineHeight = 0;
    for (int i = 0; i < m_report.charts.size(); ++i) {
        ReportChart chart = m_report.charts.at(i);
        chart.logScale = chart.logScale && m_logAllowed;
        const int column = i % columns;
        if (column == 0 && i > 0) {
            top += lineHeight + kSpacing;
            lineHeight = 0;
        }
        m_layouts << ReportChartDrawing::layout(m_report, chart, chartWidth, px);
        m_origins << QPointF(kMargin + column * (chartWidth + kSpacing), top);
        lineHeight = std::max(lineHeight, m_layouts.last().height);
    }
    const int needed = int(std::ceil(top + lineHeight + kMargin));
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
    update();
}

QString CompareChart::toolTipAt(const QPoint &point) const
{
    for (int i = 0; i < m_layouts.size(); ++i) {
        const int bar = ReportChartDrawing::barAt(m_layouts.at(i), QPointF(point) - m_origins.at(i));
        if (bar >= 0 && m_provenance)
            return m_provenance(m_report.charts.at(i).row, bar);
    }
    return {};
}

void CompareChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    for (int i = 0; i < m_layouts.size(); ++i)
        ReportChartDrawing::paint(&painter, m_layouts.at(i), m_origins.at(i), m_colors);
}

void CompareChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool CompareChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}
