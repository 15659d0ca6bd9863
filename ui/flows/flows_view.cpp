#include "flows_view.h"

#include "common/claim_text.h"

#include "common/export_file_dialog.h"
#include "common/report_export_progress.h"
#include "flow_details.h"
#include "flow_graph_view.h"
#include "flow_palette.h"
#include "flow_text.h"
#include "flow_timeline_chart.h"
#include "flow_totals.h"
#include "flows_report.h"
#include "date_format.h"
#include "partial_date.h"
#include "report_writer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace {
const QString kKindsKey = QStringLiteral("flows/kinds");
const QString kStatusKey = QStringLiteral("flows/status");
const QString kFadedKey = QStringLiteral("flows/show_faded");
const QString kMinimumKey = QStringLiteral("flows/minimum_usd");
const QString kFromKey = QStringLiteral("flows/from");
const QString kPositionsKey = QStringLiteral("flows/positions");
const QString kSplitterKey = QStringLiteral("flows/splitter");

const QDate kEarliest(2000, 1, 1);        // "From: any date"
constexpr int kWindowQuarters = 12;       // the timeline draws three years; earlier flows share one bar
constexpr int kMaxLoops = 2000;           // enough for any real dataset; a user's import cannot freeze the view
const QList<double> kMinimums{0, 1e9, 5e9, 10e9, 50e9, 100e9};

QDate quarterStart(const QDate &d) { return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1); }

// Every company a flow names, in the dataset's company order.
QStringList companiesWithFlows(const Catalog &catalog)
{
    QSet<QString> named;
    for (const Flow &f : catalog.flows())
        named << f.fromId << f.toId;
    QStringList ids;
    for (const Company &c : catalog.companies())
        if (named.contains(c.id))
            ids << c.id;
    for (const Flow &f : catalog.flows())
        for (const QString &id : {f.fromId, f.toId})
            if (!ids.contains(id))
                ids << id;
    return ids;
}

double flowVolume(const QList<Flow> &flows, const QString &id)
{
    double sum = 0;
    for (const Flow &f : flows)
        if (f.fromId == id || f.toId == id)
            sum += f.amountUsd.value_or(0);
    return sum;
}
} // namespace

FlowsView::FlowsView(const Catalog &catalog, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("flowsView"));
    m_companiesWithFlows = companiesWithFlows(catalog);

    // The layout is made once from every flow, whatever the filters: a company keeps its place while they change.
    QList<FlowLayoutNode> nodes;
    for (const QString &id : std::as_const(m_companiesWithFlows)) {
        const Company *c = catalog.company(id);
        nodes << FlowLayoutNode{id, c ? c->role : QStringLiteral("other"), flowVolume(catalog.flows(), id)};
    }
    QList<QPair<QString, QString>> links;
    for (const Flow &f : catalog.flows())
        links << qMakePair(f.fromId, f.toId);
    m_layout = layoutFlowGraph(nodes, links);

    // The timeline's window: the last three years of announcements.
    for (const Flow &f : catalog.flows()) {
        const QDate d = f.announcedFirst();
        if (d.isValid() && (!m_windowEnd.isValid() || d > m_windowEnd))
            m_windowEnd = d;
    }
    if (m_windowEnd.isValid())
        m_windowStart = quarterStart(m_windowEnd).addMonths(-3 * (kWindowQuarters - 1));
    for (const Flow &f : catalog.flows())
        m_hasEarlier = m_hasEarlier || f.announcedFirst() < m_windowStart;

    buildUi();
    retranslateUi();
    recompute();
}

void FlowsView::buildUi()
{
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("flowStatus"));
    for (int i = 0; i < 3; ++i)
        m_status->addItem(QString());
    m_statusLabel->setBuddy(m_status);
    m_showFaded = new QCheckBox(this);
    m_showFaded->setObjectName(QStringLiteral("showFaded"));
    m_showFaded->setChecked(true);
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("flowFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setMinimumDate(kEarliest);
    m_from->setDate(kEarliest);
    m_fromLabel->setBuddy(m_from);
    m_minimumLabel = new QLabel(this);
    m_minimum = new QComboBox(this);
    m_minimum->setObjectName(QStringLiteral("flowMinimum"));
    m_minimumLabel->setBuddy(m_minimum);
    m_resetLayout = new QPushButton(this);
    m_resetLayout->setObjectName(QStringLiteral("resetLayout"));
    // The wheel leaves the filters, the company box and the "as of" slider alone unless they have the focus: the
    // main window's WheelGuard covers every view.

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_showFaded);
    filters->addSpacing(8);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addSpacing(8);
    filters->addWidget(m_minimumLabel);
    filters->addWidget(m_minimum);
    filters->addStretch(1);
    filters->addWidget(m_resetLayout);

    // The kind filter is also the colour legend of the arrows and the timeline's bars.
    auto *kinds = new QHBoxLayout;
    kinds->setSpacing(2);
    for (const QString &kind : FlowWords::kinds()) {
        auto *box = new QToolButton(this);
        box->setObjectName(QStringLiteral("kind_") + kind);
        box->setProperty("kind", kind);
        box->setCheckable(true);
        box->setChecked(true);
        box->setAutoRaise(true);
        box->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        box->setIcon(FlowPalette::toggleSwatch(FlowPalette::kind(kind)));
        m_kindBoxes << box;
        kinds->addWidget(box);
        connect(box, &QToolButton::toggled, this, [this] { recompute(); });
    }
    kinds->addStretch(1);

    // What is counted on the left, how to read the arrows on the right.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("flowSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMinimumWidth(120);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("flowLegend"));
    m_legend->setTextFormat(Qt::RichText);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addSpacing(16);
    summaryRow->addWidget(m_legend);

    m_graphView = new FlowGraphView(this);
    m_graphView->setObjectName(QStringLiteral("flowGraph"));

    m_loops = new QListWidget(this);
    m_loops->setObjectName(QStringLiteral("loopList"));
    m_loops->setWordWrap(true);
    m_loops->setAlternatingRowColors(true);
    m_loops->setTextElideMode(Qt::ElideNone);
    m_loops->setResizeMode(QListView::Adjust); // rewrap the loops when the panel changes width
    m_loopDetails = new QTextBrowser(this);
    m_loopDetails->setObjectName(QStringLiteral("loopDetails"));
    m_loopDetails->setOpenLinks(false);
    auto *loopSplitter = new QSplitter(Qt::Vertical, this);
    loopSplitter->addWidget(m_loops);
    loopSplitter->addWidget(m_loopDetails);
    loopSplitter->setStretchFactor(0, 2);
    loopSplitter->setStretchFactor(1, 3);
    loopSplitter->setChildrenCollapsible(false);

    auto *companyPage = new QWidget(this);
    m_companyBox = new QComboBox(companyPage);
    m_companyBox->setObjectName(QStringLiteral("companyBox"));
    m_companyPanel = new QTextBrowser(companyPage);
    m_companyPanel->setObjectName(QStringLiteral("companyPanel"));
    m_companyPanel->setOpenLinks(false);
    auto *companyLayout = new QVBoxLayout(companyPage);
    companyLayout->setContentsMargins(0, 4, 0, 0);
    companyLayout->addWidget(m_companyBox);
    companyLayout->addWidget(m_companyPanel, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("flowTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(loopSplitter, QString());
    m_tabs->addTab(companyPage, QString());

    m_sideSplitter = new QSplitter(Qt::Horizontal, this);
    m_sideSplitter->addWidget(m_graphView);
    m_sideSplitter->addWidget(m_tabs);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 1);
    m_sideSplitter->setChildrenCollapsible(false);
    m_sideSplitter->setSizes({780, 380});

    m_timeline = new FlowTimelineChart(this);
    m_asOfLabel = new QLabel(this);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    m_asOf = new QSlider(Qt::Horizontal, this);
    m_asOf->setObjectName(QStringLiteral("asOfSlider"));
    m_asOf->setRange(0, 0); // the timeline sets it; until then "as of" is the last bar: no limit
    m_asOf->setPageStep(1);
    m_asOf->setTickPosition(QSlider::TicksBelow);
    m_replay = new QToolButton(this);
    m_replay->setObjectName(QStringLiteral("replay"));
    m_replay->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_replayTimer = new QTimer(this);
    m_replayTimer->setInterval(700);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOfLabel);
    asOfRow->addWidget(m_asOf, 1);
    asOfRow->addWidget(m_replay);
    auto *timelinePane = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addLayout(asOfRow);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->setSpacing(2);
    upperLayout->addLayout(kinds);
    upperLayout->addLayout(summaryRow);
    upperLayout->addWidget(m_sideSplitter, 1);

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->addWidget(upper);
    m_mainSplitter->addWidget(timelinePane);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({560, 190});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_showFaded, &QCheckBox::toggled, this, [this] { recompute(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { recompute(); });
    connect(m_minimum, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_resetLayout, &QPushButton::clicked, this, [this] {
        m_moved.clear();
        updateGraph();
    });
    connect(m_graphView, &FlowGraphView::companySelected, this, [this](const QString &id) {
        if (id.isEmpty()) {
            m_selectedCompany.clear();
            m_loops->clearSelection();
            m_loops->setCurrentRow(-1);
            updateCompanyPanel();
        } else {
            selectCompany(id);
        }
    });
    connect(m_graphView, &FlowGraphView::companyMoved, this, [this](const QString &id, const QPointF &fraction) { m_moved.insert(id, fraction); });
    connect(m_loops, &QListWidget::currentRowChanged, this, &FlowsView::showLoop);
    connect(m_companyBox, &QComboBox::activated, this, [this](int index) { selectCompany(m_companyBox->itemData(index).toString()); });
    connect(m_loopDetails, &QTextBrowser::anchorClicked, this, &FlowsView::openLink);
    connect(m_companyPanel, &QTextBrowser::anchorClicked, this, &FlowsView::openLink);
    connect(m_asOf, &QSlider::valueChanged, this, [this](int bar) {
        m_timeline->setAsOf(bar);
        updateAsOfLabel();
        if (!m_updating)
            recompute();
    });
    connect(m_timeline, &FlowTimelineChart::barClicked, this, [this](int bar) { m_asOf->setValue(bar); });
    connect(m_replay, &QToolButton::clicked, this, [this] {
        if (m_replayTimer->isActive()) {
            m_replayTimer->stop();
        } else {
            m_asOf->setValue(0);
            m_replayTimer->start();
        }
        retranslateUi();
    });
    connect(m_replayTimer, &QTimer::timeout, this, &FlowsView::replayStep);
}

void FlowsView::replayStep()
{
    if (m_asOf->value() >= m_asOf->maximum()) {
        m_replayTimer->stop();
        retranslateUi();
        return;
    }
    m_asOf->setValue(m_asOf->value() + 1);
}

void FlowsView::setLanguage(Language language)
{
    if (language == m_language) // the window sets it on every view it builds; the constructor shows English
        return;
    m_language = language;
    retranslateUi();
    recompute();
}

void FlowsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    AtlasView::changeEvent(event);
}

void FlowsView::retranslateUi()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_statusLabel->setText(tr("&Count:"));
    m_status->setItemText(0, tr("Active only"));
    m_status->setItemText(1, tr("Active and lapsed"));
    m_status->setItemText(2, tr("Every status"));
    m_status->setToolTip(tr("Which flows the graph, the loops and the totals count. Active flows are live money; a "
                            "letter of intent that lapsed or a deal that was superseded is not."));
    m_showFaded->setText(tr("Show the others &faded"));
    m_showFaded->setToolTip(tr("Draw the flows the count leaves out (lapsed, superseded) faded, without counting them."));
    m_fromLabel->setText(tr("&From:"));
    m_from->setSpecialValueText(tr("any date"));
    m_from->setToolTip(tr("Count only flows announced on or after this date. The slider under the timeline sets the end "
                          "of the range."));
    m_minimumLabel->setText(tr("&Minimum:"));
    m_minimum->setToolTip(tr("Leave out flows below this amount, and flows without a disclosed amount."));
    fillMinimumBox();
    m_resetLayout->setText(tr("Reset layout"));
    m_resetLayout->setToolTip(tr("Put every company back in its column; drag a company to move it."));
    for (QToolButton *box : std::as_const(m_kindBoxes)) {
        box->setText(FlowText::kind(box->property("kind").toString()));
        box->setToolTip(tr("Show and count the flows of this kind (click to switch it off or on). The colour is the kind's "
                           "on the arrows and the timeline."));
    }
    m_legend->setText(tr("<span style=\"color:#555\">width: amount · ─ ─ \"up to\" · ┈┈ not disclosed · faded: not "
                         "counted</span>"));
    m_legend->setToolTip(tr("Arrow width grows with the amount (log scale). Dashed: the amount is a ceiling (\"up to\"). "
                            "Dotted: no amount was disclosed. Faded: a lapsed or superseded flow, or one that is part of a larger "
                            "flow (one site of a company's capex), shown but not counted."));
    m_tabs->setTabText(1, tr("Company"));
    m_companyPanel->setPlaceholderText(tr("Click a company in the graph, or choose one above, to see its totals and deals."));
    m_loopDetails->setPlaceholderText(tr("Click a loop to light it up in the graph and list its flows with their sources."));
    m_loops->setToolTip(tr("Every loop of companies that pay or commit to one another, the largest amount that can go "
                           "all the way round first."));
    m_replay->setText(m_replayTimer->isActive() ? tr("■ Stop") : tr("▶ Replay"));
    m_replay->setToolTip(tr("Replay the graph quarter by quarter, from the first bar to the last."));
    m_asOf->setToolTip(tr("As of: the graph, the loops and the totals count the flows announced up to the end of this "
                          "quarter. Click a bar to jump to it."));
    fillCompanyBox();
    updateAsOfLabel();
    m_updating = wasUpdating;
}

void FlowsView::fillMinimumBox()
{
    const int current = std::max(0, m_minimum->currentIndex());
    const QSignalBlocker block(m_minimum);
    m_minimum->clear();
    for (double v : kMinimums)
        m_minimum->addItem(v == 0 ? tr("any amount") : tr("at least %1").arg(NumberFormat::usd(v, m_language)), v);
    m_minimum->setCurrentIndex(current);
}

void FlowsView::fillCompanyBox()
{
    const QSignalBlocker block(m_companyBox);
    m_companyBox->clear();
    QList<QPair<QString, QString>> named;
    for (const QString &id : std::as_const(m_companiesWithFlows))
        named << qMakePair(FlowDetails::name(m_catalog, id, m_language), id);
    std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    m_companyBox->addItem(tr("Choose a company…"), QString());
    for (const auto &[name, id] : named)
        m_companyBox->addItem(name, id);
    m_companyBox->setCurrentIndex(std::max(0, m_companyBox->findData(m_selectedCompany)));
}

QDate FlowsView::asOfDate() const
{
    const int bar = m_asOf->value();
    if (!m_windowStart.isValid() || bar >= m_asOf->maximum())
        return {}; // the last bar: no limit
    if (m_hasEarlier && bar == 0)
        return m_windowStart.addDays(-1);
    return m_windowStart.addMonths(3 * (bar - (m_hasEarlier ? 1 : 0) + 1)).addDays(-1);
}

void FlowsView::updateAsOfLabel()
{
    const QDate d = asOfDate();
    if (!d.isValid()) {
        m_asOfLabel->setText(tr("As of: every flow"));
        return;
    }
    const PartialDate quarter{d.year(), (d.month() - 1) / 3 * 3 + 1, 1, PartialDate::Precision::Quarter};
    m_asOfLabel->setText(tr("As of the end of %1").arg(DateFormat::partial(quarter, m_language)));
}

FlowFilter FlowsView::filter() const
{
    FlowFilter f;
    for (const QToolButton *box : m_kindBoxes)
        if (box->isChecked())
            f.kinds << box->property("kind").toString();
    if (f.kinds.size() == FlowWords::kinds().size())
        f.kinds.clear();
    else if (f.kinds.isEmpty())
        f.kinds << QStringLiteral("none"); // nothing ticked: nothing counted
    switch (m_status->currentIndex()) {
    case 1: f.statuses = QStringList{FlowWords::active, FlowWords::lapsed}; break;
    case 2: f.statuses.clear(); break;
    default: f.statuses = QStringList{FlowWords::active}; break;
    }
    if (m_from->date() > kEarliest)
        f.from = m_from->date();
    f.to = asOfDate();
    f.minAmountUsd = m_minimum->currentData().toDouble();
    return f;
}

void FlowsView::recompute()
{
    if (m_updating)
        return;
    m_updating = true;
    const FlowFilter counted = filter();
    m_graph = FlowGraph(m_catalog.flows(), counted);
    m_faded.clear();
    if (m_showFaded->isChecked() && !counted.statuses.isEmpty()) {
        FlowFilter others = counted;
        others.statuses.clear();
        for (const QString &s : FlowWords::statuses())
            if (!counted.statuses.contains(s))
                others.statuses << s;
        m_faded = FlowGraph(m_catalog.flows(), others).flows();
    }
    const CycleSearchResult found = findCycles(m_graph, {.maxLength = 0, .maxCycles = kMaxLoops});
    m_cycles = found.cycles;
    m_cyclesTruncated = found.truncated;
    updateTimeline();
    updateGraph();
    updateLoops();
    updateCompanyPanel();
    m_updating = false;
}

void FlowsView::updateTimeline()
{
    FlowFilter undated = filter();
    undated.to = QDate();
    QList<Flow> before, inWindow;
    for (const Flow &f : m_catalog.flows()) {
        if (!undated.accepts(f))
            continue;
        (f.announcedFirst() < m_windowStart ? before : inWindow) << f;
    }
    const int bar = m_asOf->value();
    const bool atEnd = bar >= m_asOf->maximum();
    // Whether there is an "Earlier" bar depends on the data, not on the filters, so the slider keeps its meaning.
    m_timeline->setData(m_hasEarlier ? std::optional<QuarterAmounts>(totalAmounts(before)) : std::nullopt,
                        quarterlyAmounts(inWindow, m_windowStart, m_windowEnd), FlowWords::kinds(), m_language);
    const QSignalBlocker block(m_asOf);
    m_asOf->setRange(0, std::max(0, m_timeline->barCount() - 1));
    m_asOf->setValue(atEnd ? m_asOf->maximum() : bar);
    m_timeline->setAsOf(m_asOf->value());
    updateAsOfLabel();
}

void FlowsView::updateGraph()
{
    QHash<QString, CompanyFlows> totals;
    for (const CompanyFlows &t : companyFlows(m_graph))
        totals.insert(t.companyId, t);
    double largest = 1e9;
    for (const Flow &f : m_catalog.flows())
        largest = std::max(largest, f.amountUsd.value_or(0));
    double largestVolume = 1e9;
    QHash<QString, double> volume;
    for (const QString &id : std::as_const(m_companiesWithFlows)) {
        volume[id] = flowVolume(m_catalog.flows(), id);
        largestVolume = std::max(largestVolume, volume.value(id));
    }
    // Log scales from USD 300 million up: a USD 300 billion contract is not a thousand times as wide as a 300 million one.
    const auto logShare = [](double v, double top) {
        return v <= 0 ? 0.0 : std::clamp((std::log10(v) - 8.5) / std::max(std::log10(top) - 8.5, 0.1), 0.0, 1.0);
    };

    QList<FlowNodeSpec> nodes;
    for (const QString &id : std::as_const(m_companiesWithFlows)) {
        const Company *c = m_catalog.company(id);
        Company fallback;
        fallback.id = fallback.nameEn = id;
        fallback.role = QStringLiteral("other");
        const Company &company = c ? *c : fallback;
        FlowNodeSpec n;
        n.id = id;
        n.label = companyShortName(company, m_language);
        n.color = FlowPalette::role(company.role);
        n.radius = 5 + 8 * logShare(volume.value(id), largestVolume);
        CompanyFlows none;
        none.companyId = id;
        n.toolTip = FlowDetails::companyToolTip(company, totals.value(id, none), m_language);
        nodes << n;
    }
    QHash<QString, QPointF> positions = m_layout.positions;
    for (auto it = m_moved.constBegin(); it != m_moved.constEnd(); ++it)
        if (positions.contains(it.key()))
            positions.insert(it.key(), it.value());
    QList<FlowColumnHeader> headers;
    const double columnWidth = m_layout.columns.isEmpty() ? 1 : 1.0 / m_layout.columns.size();
    for (int i = 0; i < m_layout.columns.size(); ++i) {
        const FlowLayout::Column &c = m_layout.columns.at(i);
        if (i > 0 && m_layout.columns.at(i - 1).continues)
            continue; // the header of a split group stands over all its columns
        int span = 1;
        while (i + span - 1 < m_layout.columns.size() && m_layout.columns.at(i + span - 1).continues)
            ++span;
        QStringList roles;
        for (const QString &r : c.roles)
            roles << FlowText::role(r);
        const double x = (c.x + m_layout.columns.at(i + span - 1).x) / 2;
        headers << FlowColumnHeader{x, span * columnWidth, roles};
    }

    QList<FlowEdgeSpec> edges;
    const auto edgeOf = [&](const Flow &f, bool faded) {
        FlowEdgeSpec e;
        e.flowId = f.id;
        e.from = f.fromId;
        e.to = f.toId;
        e.color = FlowPalette::kind(f.kind);
        e.width = f.amountUsd ? 1 + 6 * logShare(*f.amountUsd, largest) : 1.3;
        e.style = !f.amountUsd ? Qt::DotLine : f.upperBound ? Qt::DashLine : Qt::SolidLine;
        e.faded = faded;
        e.toolTip = FlowDetails::flowToolTip(f, m_catalog, m_language);
        return e;
    };
    for (const Flow &f : m_graph.flows())
        edges << edgeOf(f, false);
    for (const Flow &f : std::as_const(m_faded))
        edges << edgeOf(f, true);

    QSet<QString> pinned;
    for (auto it = m_moved.constBegin(); it != m_moved.constEnd(); ++it)
        pinned.insert(it.key());
    m_graphView->setNodes(nodes, positions, headers, m_layout.rows, pinned);
    m_graphView->setEdges(edges);
    if (!m_selectedCompany.isEmpty())
        m_graphView->selectCompany(m_selectedCompany);

    QStringList summary{tr("%n flow(s) counted", "", int(m_graph.flows().size())),
                        tr("%n company(-ies)", "", m_graph.nodeCount())};
    if (!m_faded.isEmpty())
        summary << tr("%n more drawn faded, not counted", "", int(m_faded.size()));
    summary << tr("%n loop(s)", "", int(m_cycles.size()));
    m_summary->setText(QStringLiteral("<span style=\"color:#444\">%1 · %2</span>")
                           .arg(summary.join(QStringLiteral(" · ")).toHtmlEscaped(), FlowText::scope(filter(), m_language).toHtmlEscaped()));
}

void FlowsView::updateLoops()
{
    QString keep;
    if (const int row = m_loops->currentRow(); row >= 0)
        keep = m_loops->item(row)->data(Qt::UserRole).toString();
    const QSignalBlocker block(m_loops);
    m_loops->clear();
    int selectRow = -1;
    for (int i = 0; i < m_cycles.size(); ++i) {
        const FlowCycle &c = m_cycles.at(i);
        QStringList ids;
        for (int v : c.nodes)
            ids << m_graph.nodeId(v);
        auto *item = new QListWidgetItem(FlowText::loopSentence(FlowDetails::loopNames(m_graph, c, m_catalog, m_language), c, m_language));
        item->setData(Qt::UserRole, ids.join(QLatin1Char('>')));
        item->setToolTip(tr("All flows on the loop: %1").arg(NumberFormat::usd(c.totalUsd, m_language)));
        m_loops->addItem(item);
        if (ids.join(QLatin1Char('>')) == keep)
            selectRow = i;
    }
    if (m_cyclesTruncated) {
        auto *more = new QListWidgetItem(tr("… the first %n loops are listed; narrow the filters to see the others.", "", kMaxLoops));
        more->setFlags(Qt::NoItemFlags);
        m_loops->addItem(more);
    }
    if (m_cycles.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No loop among the flows counted."));
        none->setFlags(Qt::NoItemFlags);
        m_loops->addItem(none);
    }
    m_tabs->setTabText(0, tr("Loops (%1)").arg(m_cycles.size()));
    m_loops->setCurrentRow(selectRow);
    showLoop(selectRow);
}

void FlowsView::showLoop(int row)
{
    if (row < 0 || row >= m_cycles.size()) {
        m_loopDetails->clear();
        if (m_graphView->hasHighlight())
            m_graphView->highlight({}, {});
        return;
    }
    const FlowCycle &c = m_cycles.at(row);
    QSet<QString> flows, companies;
    for (int f : c.flowIndices())
        flows << m_graph.flows().at(f).id;
    for (int v : c.nodes)
        companies << m_graph.nodeId(v);
    m_selectedCompany.clear();
    m_graphView->highlight(flows, companies);
    m_loopDetails->setHtml(FlowDetails::loopHtml(m_graph, c, m_catalog, m_language));
}

void FlowsView::selectLoop(int row)
{
    m_tabs->setCurrentIndex(0);
    m_loops->setCurrentRow(row);
}

void FlowsView::selectCompany(const QString &id)
{
    m_selectedCompany = m_companiesWithFlows.contains(id) ? id : QString();
    {
        const QSignalBlocker block(m_loops);
        m_loops->setCurrentRow(-1);
        m_loopDetails->clear();
    }
    m_graphView->highlight({}, {});
    m_graphView->selectCompany(m_selectedCompany);
    if (!m_selectedCompany.isEmpty())
        m_tabs->setCurrentIndex(1);
    updateCompanyPanel();
}

QString FlowsView::selectedCompany() const
{
    return m_selectedCompany;
}

void FlowsView::updateCompanyPanel()
{
    {
        const QSignalBlocker block(m_companyBox);
        m_companyBox->setCurrentIndex(std::max(0, m_companyBox->findData(m_selectedCompany)));
    }
    if (m_selectedCompany.isEmpty())
        m_companyPanel->clear();
    else
        m_companyPanel->setHtml(FlowDetails::companyHtml(m_selectedCompany, m_graph, m_catalog, m_language));
}

void FlowsView::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void FlowsView::openRequest(const QVariantMap &request)
{
    const QString id = request.value(QStringLiteral("company")).toString();
    if (!id.isEmpty())
        selectCompany(id);
}

void FlowsView::setKinds(const QStringList &kinds)
{
    m_updating = true;
    for (QToolButton *box : std::as_const(m_kindBoxes))
        box->setChecked(kinds.isEmpty() || kinds.contains(box->property("kind").toString()));
    m_updating = false;
    recompute();
}

void FlowsView::setStatusChoice(int index)
{
    m_status->setCurrentIndex(std::clamp(index, 0, 2));
}

void FlowsView::setMinimumAmount(double usd)
{
    const int at = m_minimum->findData(usd);
    m_minimum->setCurrentIndex(at < 0 ? 0 : at);
}

void FlowsView::setAsOfBar(int bar)
{
    m_asOf->setValue(bar);
}

void FlowsView::restoreSettings(const QSettings &settings)
{
    m_updating = true;
    if (settings.contains(kKindsKey)) {
        const QStringList kinds = settings.value(kKindsKey).toStringList();
        for (QToolButton *box : std::as_const(m_kindBoxes))
            box->setChecked(kinds.contains(box->property("kind").toString()));
    }
    m_status->setCurrentIndex(std::clamp(settings.value(kStatusKey, 0).toInt(), 0, 2));
    m_showFaded->setChecked(settings.value(kFadedKey, true).toBool());
    const int minimum = m_minimum->findData(settings.value(kMinimumKey, 0.0).toDouble());
    m_minimum->setCurrentIndex(minimum < 0 ? 0 : minimum);
    const QDate from = settings.value(kFromKey).toDate();
    m_from->setDate(from.isValid() ? from : kEarliest);
    m_moved.clear();
    const QVariantMap moved = settings.value(kPositionsKey).toMap();
    for (auto it = moved.constBegin(); it != moved.constEnd(); ++it)
        if (it.value().canConvert<QPointF>())
            m_moved.insert(it.key(), it.value().toPointF());
    if (settings.contains(kSplitterKey))
        m_sideSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_updating = false;
    recompute();
}

void FlowsView::saveSettings(QSettings &settings) const
{
    QStringList kinds;
    for (const QToolButton *box : m_kindBoxes)
        if (box->isChecked())
            kinds << box->property("kind").toString();
    settings.setValue(kKindsKey, kinds);
    settings.setValue(kStatusKey, m_status->currentIndex());
    settings.setValue(kFadedKey, m_showFaded->isChecked());
    settings.setValue(kMinimumKey, m_minimum->currentData().toDouble());
    settings.setValue(kFromKey, m_from->date() > kEarliest ? QVariant(m_from->date()) : QVariant());
    QVariantMap moved;
    for (auto it = m_moved.constBegin(); it != m_moved.constEnd(); ++it)
        moved.insert(it.key(), it.value());
    settings.setValue(kPositionsKey, moved);
    settings.setValue(kSplitterKey, m_sideSplitter->saveState());
}

Report FlowsView::report(Table table) const
{
    FlowsReportContext context;
    context.companies = m_catalog.companies();
    context.sources = m_catalog.sources();
    context.language = m_language;
    context.datasetVersion = m_catalog.datasetVersion();
    context.date = QDate::currentDate();
    context.filter = filter();
    const auto yours = [this](const Flow &f) { return m_catalog.isUserRow(QStringLiteral("flow"), f.id); };
    const bool anyYours = std::any_of(m_graph.flows().cbegin(), m_graph.flows().cend(), yours);
    // The mark goes into a text cell, in every format, as the Deployments export marks a site.
    const auto markText = [](Report &r, int row, const QString &column) {
        const qsizetype at = r.table.columns.indexOf(column);
        if (at < 0 || row >= r.table.rows.size())
            return;
        QVariant &cell = r.table.rows[row][at];
        cell = ClaimText::yourDataSign() + QLatin1Char(' ') + cell.toString();
        if (row < r.styles.size() && at < r.styles[row].size() && !r.styles[row][at].display.isEmpty())
            r.styles[row][at].display = ClaimText::yourDataSign() + QLatin1Char(' ') + r.styles[row][at].display;
    };
    Report r;
    switch (table) {
    case Table::Loops:
        r = cyclesReport(m_graph, m_cycles, context);
        // A loop that runs through one of the user's flows is marked on its name.
        for (int row = 0; row < m_cycles.size(); ++row) {
            const QList<int> flows = m_cycles.at(row).flowIndices();
            if (std::any_of(flows.cbegin(), flows.cend(), [&](int f) { return yours(m_graph.flows().at(f)); }))
                markText(r, row, QStringLiteral("loop"));
        }
        break;
    case Table::Companies: r = companyTotalsReport(m_graph, companyFlows(m_graph), context); break;
    case Table::Flows:
        r = flowListReport(m_graph, context);
        for (int row = 0; row < m_graph.flows().size(); ++row)
            if (yours(m_graph.flows().at(row)))
                markText(r, row, QStringLiteral("description"));
        break;
    }
    // The company totals count the user's flows too: the note says so wherever they are in the graph.
    if (anyYours)
        r.notes << ClaimText::yourDataNote();
    return r;
}

bool FlowsView::exportTable(Table table, const QString &path, ReportFormat format, QString *error) const
{
    return writeReport(report(table), format, path, error);
}

bool FlowsView::exportPicture(Picture picture, const QString &path, ChartImageFormat format, QString *error)
{
    if (picture == Picture::Timeline)
        return saveChartImage(m_timeline, path, format, error);
    return m_graphView->saveImage(path, format, tr("Money flows"), error);
}

QString FlowsView::exportStatusTip() const
{
    return tr("Export the flows, the loops or the company totals (Excel, PDF, CSV, web page, Markdown, JSON), or the "
              "graph and the timeline as PNG or SVG");
}

void FlowsView::exportWithDialog()
{
    struct Choice {
        QString filter;
        QString suffix;
        QString what; // in the file name
        std::optional<Table> table;
        std::optional<ReportFormat> format;
        Picture picture = Picture::Graph;
        ChartImageFormat image = ChartImageFormat::Png;
    };
    QList<Choice> choices;
    const QList<std::tuple<Table, QString, QString>> tables{
        {Table::Flows, tr("Flows"), QStringLiteral("flows")},
        {Table::Loops, tr("Loops"), QStringLiteral("loops")},
        {Table::Companies, tr("Company totals"), QStringLiteral("company-totals")},
    };
    const QList<std::tuple<ReportFormat, QString, QString>> formats{
        {ReportFormat::Xlsx, tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")},
        {ReportFormat::Pdf, tr("PDF document (*.pdf)"), QStringLiteral("pdf")},
        {ReportFormat::Csv, tr("CSV, UTF-8 (*.csv)"), QStringLiteral("csv")},
        {ReportFormat::Html, tr("Web page (*.html)"), QStringLiteral("html")},
        {ReportFormat::Markdown, tr("Markdown (*.md)"), QStringLiteral("md")},
        {ReportFormat::Json, tr("JSON, raw values (*.json)"), QStringLiteral("json")},
    };
    for (const auto &[table, name, what] : tables)
        for (const auto &[format, filterText, suffix] : formats)
            choices << Choice{tr("%1 · %2", "what is exported · file type").arg(name, filterText), suffix, what, table, format};
    choices << Choice{tr("Graph, PNG image (*.png)"), QStringLiteral("png"), QStringLiteral("flow-graph"), {}, {}, Picture::Graph, ChartImageFormat::Png};
    choices << Choice{tr("Graph, SVG drawing (*.svg)"), QStringLiteral("svg"), QStringLiteral("flow-graph"), {}, {}, Picture::Graph, ChartImageFormat::Svg};
    choices << Choice{tr("Timeline, PNG image (*.png)"), QStringLiteral("png"), QStringLiteral("flow-timeline"), {}, {}, Picture::Timeline, ChartImageFormat::Png};
    choices << Choice{tr("Timeline, SVG drawing (*.svg)"), QStringLiteral("svg"), QStringLiteral("flow-timeline"), {}, {}, Picture::Timeline, ChartImageFormat::Svg};
    QList<ExportFileDialog::Format> files;
    for (const Choice &c : choices)
        files << ExportFileDialog::Format{c.filter, c.suffix};
    const auto picked = ExportFileDialog::ask(this, tr("Export the money flows"), files, [&](int i) {
        return QStringLiteral("compute-atlas-%1-%2").arg(choices.at(i).what, QDate::currentDate().toString(Qt::ISODate));
    }, m_exportMemory);
    if (!picked)
        return;
    const QString path = picked->path;
    const Choice &choice = choices.at(picked->format);

    QString error;
    bool ok = false;
    if (choice.table) {
        const ReportFormat format = reportFormatFromFileName(path).value_or(*choice.format);
        ok = ReportExportProgress::write(this, report(*choice.table), format, path, &error);
    } else {
        ok = exportPicture(choice.picture, path, choice.image, &error);
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The money flows could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit exported(path);
}
