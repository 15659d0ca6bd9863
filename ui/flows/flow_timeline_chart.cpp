#include "flow_timeline_chart.h"

#include "common/chart_style.h"
#include "flow_palette.h"
#include "flow_text.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

FlowTimelineChart::FlowTimelineChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("flowTimeline"));
    m_chart = installPanelChart(this, QMargins(2, 2, 6, 2));
    m_chart->legend()->hide(); // the kind filter above the graph is the legend
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(130);
}

void FlowTimelineChart::setData(const std::optional<QuarterAmounts> &earlier, const QList<QuarterAmounts> &quarters,
                                const QStringList &kinds, Language language)
{
    m_language = language;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // gives the axis back to us without deleting it
        delete axis;
    }
    m_bars.clear();
    m_labels.clear();
    if (earlier) {
        m_bars << *earlier;
        m_labels << tr("Earlier", "the timeline's first bar: everything announced before its first quarter");
    }
    for (const QuarterAmounts &q : quarters) {
        m_bars << q;
        // Categories must differ from one another (the axis merges equal ones): the year stays on every quarter.
        m_labels << QStringLiteral("%1 Q%2").arg(q.year).arg(q.quarter);
    }
    m_scale = language == Language::English ? 1e9 : 1e8;

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    m_top = 1;
    for (const QuarterAmounts &q : std::as_const(m_bars))
        m_top = std::max(m_top, q.totalUsd() / m_scale);
    for (const bool upTo : {false, true}) {
        for (const QString &kind : kinds) {
            auto *set = new QBarSet(FlowText::kind(kind));
            const QColor color = upTo ? FlowPalette::upperBoundTint(FlowPalette::kind(kind)) : FlowPalette::kind(kind);
            set->setColor(color);
            set->setBorderColor(color);
            bool any = false;
            for (const QuarterAmounts &q : std::as_const(m_bars)) {
                const double v = (upTo ? q.upperBoundByKind : q.firmByKind).value(kind) / m_scale;
                any = any || v > 0;
                *set << v;
            }
            if (!any) {
                delete set;
                continue;
            }
            connect(set, &QBarSet::hovered, this, [this, kind, upTo](bool on, int bar) {
                if (!on || bar < 0 || bar >= m_bars.size()) {
                    QToolTip::hideText();
                    return;
                }
                const QuarterAmounts &q = m_bars.at(bar);
                const double usd = (upTo ? q.upperBoundByKind : q.firmByKind).value(kind);
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 · %2: %3", "quarter · kind: amount")
                                       .arg(m_labels.at(bar), FlowText::kind(kind), FlowText::usd(usd, upTo, m_language)));
            });
            connect(set, &QBarSet::clicked, this, &FlowTimelineChart::barClicked);
            series->append(set);
        }
    }
    m_chart->addSeries(series);
    m_x = new QBarCategoryAxis;
    m_x->append(m_labels);
    m_x->setGridLineVisible(false);
    m_y = new QValueAxis;
    m_y->setRange(0, m_top * 1.05);
    m_y->setTickCount(5);
    m_y->applyNiceNumbers(); // round ticks (0, 250, 500, 750), not thirds of the largest bar
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    m_x->setLabelsFont(small);
    m_y->setLabelsFont(small);
    QFont titleFont = small;
    titleFont.setPointSizeF(small.pointSizeF());
    m_y->setTitleFont(titleFont);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    retitle();
    setAsOf(m_asOf < 0 || m_asOf >= m_bars.size() ? int(m_bars.size()) - 1 : m_asOf);
}

void FlowTimelineChart::retitle()
{
    m_chart->setTitle(tr("Amounts announced per quarter, by kind (lighter: \"up to\" amounts)"));
    if (m_y)
        m_y->setTitleText(m_language == Language::English ? tr("USD billion") : tr("100 million USD", "the axis unit in Chinese: 億美元"));
}

void FlowTimelineChart::setAsOf(int bar)
{
    m_asOf = bar;
    for (QAbstractSeries *s : m_chart->series())
        if (s->type() == QAbstractSeries::SeriesTypeArea || s->type() == QAbstractSeries::SeriesTypeLine) {
            m_chart->removeSeries(s);
            delete s;
        }
    if (!m_x || m_bars.isEmpty() || bar < 0 || bar >= m_bars.size() - 1)
        return;
    // Later quarters behind a white veil, and a line where "as of" falls.
    const double x = bar + 0.5;
    const double top = m_y->max();
    auto *upper = new QLineSeries;
    upper->append(x, top);
    upper->append(double(m_bars.size()) - 0.5, top);
    auto *lower = new QLineSeries;
    lower->append(x, 0);
    lower->append(double(m_bars.size()) - 0.5, 0);
    auto *veil = new QAreaSeries(upper, lower);
    upper->setParent(veil); // an area series does not own its edges
    lower->setParent(veil);
    veil->setBrush(QColor(255, 255, 255, 170));
    veil->setPen(Qt::NoPen);
    auto *line = new QLineSeries;
    line->append(x, 0);
    line->append(x, top);
    line->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5, Qt::DashLine));
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{veil, line}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
}
