#include "roofline_view.h"

#include "system_panel.h"

#include "common/column_fitter.h"
#include "common/report_export_progress.h"

#include "batch_sweep_chart.h"
#include "frontier_chart.h"
#include "common/chip_palette.h"
#include "common/claim_text.h"
#include "operator_model.h"
#include "report_writer.h"
#include "roofline_chart.h"
#include "roofline_controls.h"
#include "roofline_report.h"
#include "roofline_results_model.h"
#include "roofline_text.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>

namespace {
const QString kShowWorkingKey = QStringLiteral("roofline/show_working");
const QString kTabKey = QStringLiteral("roofline/tab");
const QString kFrontierShownKey = QStringLiteral("roofline/frontier_shown");
const QString kChartsTableSplitterKey = QStringLiteral("roofline/charts_table_splitter");
const QString kControlsSplitterKey = QStringLiteral("roofline/controls_splitter");

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection); // a block copies as a table (Ctrl+C)
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideMiddle); // every cell's tooltip has its full text
    t->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    t->setCornerButtonEnabled(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 5);
    t->horizontalHeader()->setHighlightSections(false);
    t->verticalHeader()->setHighlightSections(false);
    return t;
}
}

RooflineView::RooflineView(const Catalog &catalog, QWidget *parent)
    : RooflineView(catalog, {}, parent)
{
}

RooflineView::RooflineView(const Catalog &catalog, const QList<SystemSpec> &systems, QWidget *parent)
    : RooflineView(catalog, systems, {}, parent)
{
}

RooflineView::RooflineView(const Catalog &catalog, const QList<SystemSpec> &systems, const QList<RentalPrice> &rentalPrices,
                           QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("rooflineView"));
    m_controls = new RooflineControls(catalog, this);
    // The systems panel sits under the chip-level economics, in the same scrolling column.
    m_systems = systems;
    m_systemPanel = new SystemPanel(catalog, systems, m_controls, rentalPrices);
    m_controls->layout()->addWidget(m_systemPanel);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the controls need, no wider: the charts get the rest.
    scroll->setMinimumWidth(std::max(m_controls->minimumSizeHint().width(), 270) + scroll->verticalScrollBar()->sizeHint().width() + 2);
    scroll->setMaximumWidth(380);

    m_results = new RooflineResultsModel(catalog, this);
    m_operators = new OperatorModel(this);
    m_roofline = new RooflineChart(this);
    m_sweep = new BatchSweepChart(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rooflineSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_summary, &QLabel::linkActivated, this, &RooflineView::followSummaryLink);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("rooflineLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    // Side by side where there is room for both; on a narrow window (a 1024-pixel laptop) one at a time, as tabs,
    // so neither chart is squeezed until its legend and labels are cut.
    m_chartSplitter = new QSplitter(Qt::Horizontal, this);
    m_chartSplitter->addWidget(m_roofline);
    m_chartSplitter->addWidget(m_sweep);
    m_chartSplitter->setChildrenCollapsible(false);
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_chartTabs->setDocumentMode(true);
    // The frontier's tab starts empty: its chart is built, and frontiers computed, the first time it is shown.
    m_frontierPage = new QWidget(this);
    m_frontierPage->setObjectName(QStringLiteral("frontierPage"));
    auto *frontierLayout = new QVBoxLayout(m_frontierPage);
    frontierLayout->setContentsMargins(0, 0, 0, 0);
    connect(m_chartTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_chartTabs->currentWidget() == m_frontierPage)
            showFrontier();
    });

    m_resultsTable = tableView(m_results, this);
    m_resultsTable->setObjectName(QStringLiteral("rooflineResults"));
    m_resultsTable->horizontalHeader()->setSectionsClickable(true);
    ColumnFitter::attach(m_resultsTable); // chips' columns size to their figures and share the width
    m_operatorTable = tableView(m_operators, this);
    m_operatorTable->setObjectName(QStringLiteral("operatorTable"));
    m_operatorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_operatorTable->horizontalHeader()->setSectionResizeMode(OperatorModel::Name, QHeaderView::ResizeToContents);
    m_operatorTable->verticalHeader()->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_resultsTable, QString());
    m_tabs->addTab(m_operatorTable, QString());
    m_showWorking = new QCheckBox(this);
    m_showWorking->setObjectName(QStringLiteral("showWorking"));
    m_tabs->setCornerWidget(m_showWorking, Qt::TopRightCorner);
    m_working = new QTextBrowser(this);
    m_working->setObjectName(QStringLiteral("workingPanel"));
    m_working->setVisible(false);

    auto *chartsPane = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(chartsPane);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->setSpacing(2);
    chartsLayout->addWidget(m_summary);
    chartsLayout->addWidget(m_legend);
    chartsLayout->addWidget(m_chartTabs, 1);
    chartsPane->installEventFilter(this);
    m_chartsPane = chartsPane;

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("chartsTableSplitter"));
    m_chartsTableSplitter = vertical;
    vertical->addWidget(chartsPane);
    vertical->addWidget(m_tabs);
    // A little more to the charts than to the table: the table leads with the answer (throughput, cost, per gigawatt)
    // so its first dozen rows say most, and at 1024 × 640 the charts keep their axis titles. The user drags the border
    // and it is remembered.
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({420, 340});

    auto *outer = new QSplitter(Qt::Horizontal, this);
    m_controlsSplitter = outer;
    outer->addWidget(scroll);
    outer->addWidget(vertical);
    outer->setStretchFactor(0, 0);
    outer->setStretchFactor(1, 1);
    outer->setChildrenCollapsible(false);
    outer->setSizes({scroll->minimumWidth(), 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(outer);

    connect(m_controls, &RooflineControls::changed, this, &RooflineView::recompute);
    connect(m_systemPanel, &SystemPanel::changed, this, &RooflineView::recompute);
    // The working takes a tab of its own, full width: its lines are long.
    connect(m_showWorking, &QCheckBox::toggled, this, [this](bool on) {
        const int at = m_tabs->indexOf(m_working);
        if (on && at < 0) {
            m_tabs->addTab(m_working, QString());
            retranslateUi();
            m_tabs->setCurrentWidget(m_working);
        } else if (!on && at >= 0) {
            m_tabs->removeTab(at);
        }
        recompute(); // the frontier's pick of the focus chip is computed for the working
    });
    // A click on a chip's column shows that chip's operators and working.
    connect(m_resultsTable->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (section >= 0 && section < m_run.chips.size())
            m_controls->setFocusChipId(m_run.chips.at(section)->id);
    });

    arrangeCharts(true);
    retranslateUi();
    recompute();
}

bool RooflineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartsPane && event->type() == QEvent::Resize) {
        arrangeCharts(m_chartsPane->width() >= kChartsSideBySideWidth);
        placeChartLegends();
    }
    return AtlasView::eventFilter(watched, event);
}

void RooflineView::arrangeCharts(bool sideBySide)
{
    if (m_sideBySide == sideBySide)
        return;
    m_sideBySide = sideBySide;
    const bool frontierShown = m_chartTabs->currentWidget() == m_frontierPage;
    const bool wasUpdating = m_chartTabs->signalsBlocked();
    m_chartTabs->blockSignals(true);
    m_chartTabs->clear();
    // Wide: the roofline and the batch sweep side by side in the first tab; narrow: one tab each. The frontier
    // always has its own tab.
    if (sideBySide) {
        m_chartSplitter->addWidget(m_roofline);
        m_chartSplitter->addWidget(m_sweep);
        m_roofline->show();
        m_sweep->setVisible(m_run.isLlm());
        m_chartTabs->addTab(m_chartSplitter, QString());
    } else {
        m_chartTabs->addTab(m_roofline, QString());
        m_chartTabs->addTab(m_sweep, QString());
        m_chartTabs->setTabVisible(1, m_run.isLlm());
    }
    m_chartTabs->addTab(m_frontierPage, QString());
    m_chartTabs->setTabVisible(m_chartTabs->indexOf(m_frontierPage), m_run.canHaveFrontier());
    if (frontierShown)
        m_chartTabs->setCurrentWidget(m_frontierPage);
    m_chartTabs->blockSignals(wasUpdating);
    retranslateUi();
}

void RooflineView::placeChartLegends()
{
    const bool beside = m_chartsPane->height() < kLegendBesideBelowHeight;
    for (QChartView *view : std::initializer_list<QChartView *>{m_roofline, m_sweep, m_frontier})
        if (view && view->chart())
            view->chart()->legend()->setAlignment(beside ? Qt::AlignRight : Qt::AlignBottom);
}

void RooflineView::showFrontier()
{
    if (!m_frontier)
        buildFrontier();
    if (m_chartTabs->currentWidget() != m_frontierPage && m_run.canHaveFrontier())
        m_chartTabs->setCurrentWidget(m_frontierPage);
}

void RooflineView::buildFrontier()
{
    m_frontier = new FrontierChart(m_frontierPage);
    m_frontier->setLanguage(m_language);
    m_frontierPage->layout()->addWidget(m_frontier);
    placeChartLegends();
    recompute(); // computes every chip's frontier now that it is drawn
}

void RooflineView::updateFrontier()
{
    // Every chip's frontier once the chart exists; before, only the focus chip's for the working's pick.
    if (!m_run.canHaveFrontier())
        return;
    if (m_frontier)
        m_run.computeFrontiers(m_controls->targetTokensPerUser());
    else if (m_showWorking->isChecked() && m_run.indexOf(m_run.focusChipId) >= 0)
        m_run.computeFrontiers(m_controls->targetTokensPerUser(), {m_run.indexOf(m_run.focusChipId)});
}

void RooflineView::recompute()
{
    RooflineScenario scenario = m_controls->scenario();
    // As on the command line: a layout wider than a chip's scale-up domain crosses the scale-out network of its
    // system, the one chosen under "Systems and facility", else the first of its systems with a scale-out figure.
    const auto systemInput = m_systemPanel->input();
    for (const QString &id : m_controls->chipIds()) {
        std::optional<SystemSpec> from;
        if (systemInput && systemInput->systems.contains(id) && systemInput->systems.value(id).scaleoutBandwidth)
            from = systemInput->systems.value(id);
        for (const SystemSpec &system : std::as_const(m_systems))
            if (!from && system.chipId == id && system.scaleoutBandwidth)
                from = system;
        if (from && *from->scaleoutBandwidth > 0)
            scenario.scaleOut.insert(id, ScaleOutLink{from->id, *from->scaleoutBandwidth});
    }
    m_run = RooflineRun::compute(m_catalog, m_controls->chipIds(), scenario, m_controls->focusChipId(), true,
                                 m_controls->requestLengths());
    updateFrontier();
    m_systemPanel->setChips(m_controls->chipIds(), m_run.focusChipId);
    m_systemPanel->setVisible(m_run.isLlm());
    if (const auto input = m_systemPanel->input(); input && m_run.isLlm())
        m_run.costInSystems(*input);
    m_results->setRun(m_run);
    m_operators->setRun(m_run);
    m_roofline->setRun(m_run);
    m_sweep->setRun(m_run);
    if (m_frontier)
        m_frontier->setRun(m_run);
    if (m_chartTabs->indexOf(m_sweep) >= 0)
        m_chartTabs->setTabVisible(m_chartTabs->indexOf(m_sweep), m_run.isLlm());
    else
        m_sweep->setVisible(m_run.isLlm());
    m_chartTabs->setTabVisible(m_chartTabs->indexOf(m_frontierPage), m_run.canHaveFrontier());
    retranslateUi(); // the summary, the legend strip, the working and the tab names follow the run
}

namespace {
// The links in the answer line: they set a control, so the line's suggestion is one click away.
const QString kBatchLink = QStringLiteral("atlas:batch/");
const QString kChipsLink = QStringLiteral("atlas:tp/");

QString link(const QString &target, int value, const QString &text)
{
    return QStringLiteral("<a href=\"%1%2\">%3</a>").arg(target).arg(value).arg(text.toHtmlEscaped());
}
} // namespace

QString RooflineView::chipLabel(const Chip &chip) const
{
    return ChipPalette::shortName(chip.localName(m_language));
}

QString RooflineView::summaryHtml() const
{
    const Chip *chip = m_run.focusChip();
    const ChipOutcome *o = m_run.focusOutcome();
    if (!chip || !o)
        return tr("Tick chips on the left to draw their roofs.").toHtmlEscaped();
    const QString name = QStringLiteral("<b>%1</b>").arg(chipLabel(*chip).toHtmlEscaped());
    if (!o->ok())
        return tr("%1: %2", "a chip: why the calculator cannot run it").toHtmlEscaped().arg(name, m_results->problemExplanation(*o, *chip).toHtmlEscaped());
    const RooflineScenario &s = m_run.scenario;
    const Precision p = s.precision;
    if (o->kernel)
        return tr("%1 reaches %2 at %3: %4 (its ridge is at %5).")
            .toHtmlEscaped()
            .arg(name, RooflineText::rate(o->attainableFlops, p).toHtmlEscaped(), RooflineText::intensity(o->intensity).toHtmlEscaped(),
                 QStringLiteral("<b>%1</b>").arg(RooflineText::bound(o->bound).toHtmlEscaped()),
                 RooflineText::intensity(o->ceilings->ridgeIntensity()).toHtmlEscaped());

    // The answer follows the controls: the batch, context, precision and chips set on the left. Whole sentences
    // per case: Chinese punctuates and joins sentences differently.
    const InferenceResult &r = *o->inference;
    const bool decode = s.inference.phase == InferencePhase::Decode;
    const int tp = s.inference.tensorParallel;
    const QString batch = QStringLiteral("<b>%1</b>").arg(RooflineText::count(s.inference.batch));
    const QString model = s.model.name.toHtmlEscaped();
    const QString precision = RooflineText::precision(p);
    QStringList sentences;

    // Chips that cannot hold the model at this batch, and the fewest chips that hold it on every one of them.
    QStringList unfit;
    int chipsNeeded = 0;
    for (int i = 0; i < m_run.chips.size(); ++i) {
        const ChipOutcome &c = m_run.outcomes.at(i);
        if (!c.ok() || c.runs() || !c.inference)
            continue;
        if (m_run.chips.at(i) != chip)
            unfit << chipLabel(*m_run.chips.at(i)).toHtmlEscaped();
        if (c.inference->minChips)
            chipsNeeded = std::max(chipsNeeded, *c.inference->minChips);
    }
    const QString useChips = chipsNeeded > tp ? link(kChipsLink, chipsNeeded, tr("Use %n chip(s)", "", chipsNeeded)) : QString();

    if (!o->runs()) {
        sentences << (decode ? tr("%1 does not fit in memory at batch %2 on %n chip(s) (%3, decode at context %4, %5).", "", tp)
                                   .toHtmlEscaped()
                                   .arg(name, batch, model, RooflineText::count(s.inference.context), precision)
                             : tr("%1 does not fit in memory at batch %2 on %n chip(s) (%3, prefill of %4 tokens, %5).", "", tp)
                                   .toHtmlEscaped()
                                   .arg(name, batch, model, RooflineText::count(s.inference.prompt), precision));
        if (r.minChips)
            sentences << tr("It needs %n chip(s).", "", *r.minChips).toHtmlEscaped();
        else
            sentences << tr("No number of chips holds it: lower the batch or the context.").toHtmlEscaped();
    } else if (decode) {
        sentences << tr("%1 at batch %2 (%3, decode at context %4, %5): %6, %7 tokens/s per chip.")
                         .toHtmlEscaped()
                         .arg(name, batch, model, RooflineText::count(s.inference.context), precision,
                              QStringLiteral("<b>%1</b>").arg(RooflineText::bound(o->bound).toHtmlEscaped()),
                              ClaimText::unbroken(RooflineText::tokens(r.tokensPerSPerChip, m_language).toHtmlEscaped()));
        if (r.computeBoundBatch) {
            const long long turn = *r.computeBoundBatch;
            const QString at = QStringLiteral("<b>%1</b>").arg(RooflineText::count(double(turn)));
            const bool beyondWall = r.maxBatch && turn > *r.maxBatch;
            sentences << (beyondWall ? tr("It turns compute-bound from batch %1, past its KV wall: that needs more chips.").toHtmlEscaped().arg(at)
                                     : tr("It turns compute-bound from batch %1.").toHtmlEscaped().arg(at));
            if (turn != s.inference.batch && turn <= (1 << 16))
                sentences << tr("%1.", "a link that is a sentence of its own: Go to batch 845.")
                                 .arg(link(kBatchLink, int(turn), tr("Go to batch %1").arg(RooflineText::count(double(turn)))));
        } else {
            sentences << tr("At context %1 no batch turns it compute-bound: attention reads the whole KV cache for each token; "
                            "shorten the context to see it turn.")
                             .toHtmlEscaped()
                             .arg(RooflineText::count(s.inference.context));
        }
        // A whole request: what a user waits for the first token, and the rate over the request, bound and expected.
        const int focus = m_run.indexOf(chip->id);
        if (const RequestResult *q = m_run.requestResult(focus); q && m_run.runs(focus)) {
            const ExpectedFigure *e = m_run.expectedFigure(focus);
            const QString ttft = QStringLiteral("<b>%1</b>").arg(RooflineText::time(q->ttft).toHtmlEscaped());
            const QString rate = ClaimText::unbroken(RooflineText::tokens(q->outputTokensPerSPerChip, m_language).toHtmlEscaped());
            sentences << (e && e->tokensPerSPerChip
                              ? tr("Whole requests of %1 in and %2 out: first token after %3; %4 output tokens/s per chip at the bound, %5 expected.")
                                    .toHtmlEscaped()
                                    .arg(RooflineText::count(q->inputTokens), RooflineText::count(q->outputTokens), ttft, rate,
                                         ClaimText::unbroken(RooflineText::tokens(*e->tokensPerSPerChip, m_language).toHtmlEscaped()))
                              : tr("Whole requests of %1 in and %2 out: first token after %3; %4 output tokens/s per chip at the bound.")
                                    .toHtmlEscaped()
                                    .arg(RooflineText::count(q->inputTokens), RooflineText::count(q->outputTokens), ttft, rate));
        }
    } else {
        sentences << tr("%1: the first token after %2 for %3 prompt(s) of %4 tokens: %5, memory stall %6.")
                         .toHtmlEscaped()
                         .arg(name, QStringLiteral("<b>%1</b>").arg(RooflineText::time(r.stepTime).toHtmlEscaped()), RooflineText::count(s.inference.batch),
                              RooflineText::count(s.inference.prompt), RooflineText::bound(o->bound).toHtmlEscaped(),
                              RooflineText::percent(r.memoryStallFraction));
    }

    // What a million tokens cost at this batch, on the focus chip and the others that run it.
    if (o->runs() && o->economics) {
        QStringList others;
        for (int i = 0; i < m_run.chips.size(); ++i) {
            const ChipOutcome &c = m_run.outcomes.at(i);
            if (m_run.chips.at(i) == chip || !c.runs() || !c.economics)
                continue;
            // A name and its price stay on one line ("TPU7x (Ironwood) USD 0.0347").
            others << ClaimText::unbroken(QStringLiteral("%1 %2").arg(chipLabel(*m_run.chips.at(i)).toHtmlEscaped(),
                                                                      RooflineText::usd(c.economics->usdPerMillionTokens, m_language).toHtmlEscaped()));
        }
        const QString money = ClaimText::unbroken(QStringLiteral("<b>%1</b>").arg(RooflineText::usd(o->economics->usdPerMillionTokens, m_language).toHtmlEscaped()));
        sentences << (others.isEmpty() ? tr("A million tokens cost %1 on %2.").toHtmlEscaped().arg(money, name)
                                       : tr("A million tokens cost %1 on %2; on the others at the same batch: %3.")
                                             .toHtmlEscaped()
                                             .arg(money, name, others.join(QStringLiteral(" · "))));
        if (s.cost.rentalUsdPerHour)
            sentences << tr("(Every chip rented at %1 per hour.)").arg(RooflineText::usd(*s.cost.rentalUsdPerHour, m_language)).toHtmlEscaped();
    }
    if (!unfit.isEmpty())
        sentences << tr("Does not fit at this batch: %1.").toHtmlEscaped().arg(unfit.join(tr(", ", "list separator")));
    if (!useChips.isEmpty())
        sentences << tr("%1.", "a link that is a sentence of its own: Go to batch 845.").arg(useChips);
    // English sentences are separated by a space; Chinese ones end in full-width punctuation and follow directly.
    return sentences.join(m_language == Language::English ? QStringLiteral(" ") : QString());
}

void RooflineView::followSummaryLink(const QString &target)
{
    if (target.startsWith(kBatchLink))
        m_controls->setBatch(target.mid(kBatchLink.size()).toInt());
    else if (target.startsWith(kChipsLink))
        m_controls->setTensorParallel(target.mid(kChipsLink.size()).toInt());
}

void RooflineView::updateSummary()
{
    m_summary->setText(summaryHtml());
}

QString RooflineView::summaryText() const
{
    QTextDocument doc;
    doc.setHtml(m_summary->text());
    return doc.toPlainText();
}

QString RooflineView::summaryRichText() const
{
    return m_summary->text();
}

void RooflineView::updateLegendStrip()
{
    QStringList items;
    for (int i = 0; i < m_run.chips.size(); ++i) {
        const Chip &chip = *m_run.chips.at(i);
        const ChipOutcome &o = m_run.outcomes.at(i);
        const bool projected = chip.isProjected(Metric::PeakFlops, m_run.scenario.precision);
        const QString mark = projected ? QStringLiteral("╍╍") : QStringLiteral("━━");
        QString item = QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>&nbsp;%3")
                           .arg(ChipPalette::color(i).name(), mark, chipLabel(chip).toHtmlEscaped());
        if (projected)
            item += QStringLiteral(" <i>%1</i>").arg(tr("(projected)").toHtmlEscaped());
        if (o.ok() && !o.runs())
            item += QStringLiteral(" <i>%1</i>").arg(tr("(does not fit)").toHtmlEscaped());
        if (!o.ok())
            item = QStringLiteral("<span style=\"color:gray\">%1 (%2)</span>")
                       .arg(chipLabel(chip).toHtmlEscaped(), m_results->problemText(o).toHtmlEscaped());
        items << item;
    }
    m_legend->setText(items.join(QStringLiteral(" &nbsp;&nbsp; ")));
}

void RooflineView::updateWorking()
{
    if (!m_showWorking->isChecked())
        return;
    const Chip *chip = m_run.focusChip();
    const ChipOutcome *o = m_run.focusOutcome();
    if (!chip || !o) {
        m_working->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("The working for %1").arg(chip->localName(m_language)).toHtmlEscaped());
    if (!o->ok()) {
        html += QStringLiteral("<p>%1</p>").arg(m_results->problemExplanation(*o, *chip).toHtmlEscaped());
        m_working->setHtml(html);
        return;
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Each result as its formula with the numbers put in, as the calculator computes it (compute-atlas roofline "
                        "--explain prints the same lines). Choose another chip under \"Operators of\" or click its name in the "
                        "results to see its working.")
                         .toHtmlEscaped());
    html += QStringLiteral("<ol style=\"margin-left:24px; -qt-list-indent:0\">");
    for (const QString &line : o->working)
        html += QStringLiteral("<li style=\"margin-bottom:3px\"><span style=\"font-family:monospace\">%1</span></li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    // Whole requests, the expected figure and the frontier's pick, each with its numbers.
    const QStringList servingLines = m_results->servingWorking(m_run.indexOf(chip->id));
    if (!servingLines.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol style=\"margin-left:24px; -qt-list-indent:0\">").arg(tr("Serving").toHtmlEscaped());
        for (const QString &line : servingLines)
            html += QStringLiteral("<li style=\"margin-bottom:3px\">%1</li>").arg(line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        html += QStringLiteral("</ol>");
    }
    // Costed in a system: its power, cost, tokens per MW and what a gigawatt holds, each with its numbers.
    const QStringList systemLines = m_results->systemWorking(m_run.indexOf(chip->id));
    if (!systemLines.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol style=\"margin-left:24px; -qt-list-indent:0\">")
                    .arg(tr("In the system").toHtmlEscaped());
        for (const QString &line : systemLines)
            html += QStringLiteral("<li style=\"margin-bottom:3px\">%1</li>").arg(line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        html += QStringLiteral("</ol>");
    }
    html += QStringLiteral("<p><i>%1</i></p>").arg(NumberFormat::binaryNote().toHtmlEscaped());
    m_working->setHtml(html);
}

QString RooflineView::exportStatusTip() const
{
    return tr("Write the roofline results to a spreadsheet, PDF, web page, Markdown, CSV or JSON file, "
              "or a chart to a PNG or SVG image");
}

void RooflineView::openRequest(const QVariantMap &request)
{
    const QVariantMap tier = request.value(QStringLiteral("tier")).toMap();
    const double capacity = tier.value(QStringLiteral("capacity_bytes")).toDouble();
    const double bandwidth = tier.value(QStringLiteral("bandwidth_bytes_per_s")).toDouble();
    if (capacity <= 0 || bandwidth <= 0)
        return;
    m_controls->setWorkload(WorkloadKind::Llm);
    m_controls->setPhase(InferencePhase::Decode);
    const TierUse holds = tier.value(QStringLiteral("holds")).toString() == QLatin1String("kv_cache") ? TierUse::KvCache : TierUse::Weights;
    m_controls->setWhatIfTier(tier.value(QStringLiteral("name"), QStringLiteral("HBF")).toString(), capacity / (1024.0 * 1024 * 1024),
                              bandwidth / 1e12, holds);
    recompute();
}

void RooflineView::setLanguage(Language language)
{
    // The window sets the language on every view it builds: English, which the constructor already shows, would
    // compute everything twice.
    if (language == m_language)
        return;
    m_language = language;
    m_controls->setLanguage(language);
    m_systemPanel->setLanguage(language);
    m_results->setLanguage(language);
    m_operators->setLanguage(language);
    m_roofline->setLanguage(language);
    m_sweep->setLanguage(language);
    if (m_frontier)
        m_frontier->setLanguage(language);
    retranslateUi();
    recompute();
}

void RooflineView::restoreSettings(const QSettings &settings)
{
    m_systemPanel->restoreSettings(settings);
    m_controls->restoreSettings(settings); // recomputes through changed()
    m_showWorking->setChecked(settings.value(kShowWorkingKey, false).toBool());
    m_tabs->setCurrentIndex(settings.value(kTabKey, 0).toInt());
    // Where the user dragged the charts/table and controls/rest borders (the table's rows need the room).
    m_chartsTableSplitter->restoreState(settings.value(kChartsTableSplitterKey).toByteArray());
    m_controlsSplitter->restoreState(settings.value(kControlsSplitterKey).toByteArray());
    // Left on the frontier, the view opens on it (and only then builds it at start).
    if (settings.value(kFrontierShownKey, false).toBool() && m_run.canHaveFrontier())
        showFrontier();
}

void RooflineView::saveSettings(QSettings &settings) const
{
    m_controls->saveSettings(settings);
    m_systemPanel->saveSettings(settings);
    settings.setValue(kShowWorkingKey, m_showWorking->isChecked());
    settings.setValue(kTabKey, m_tabs->currentIndex());
    settings.setValue(kChartsTableSplitterKey, m_chartsTableSplitter->saveState());
    settings.setValue(kControlsSplitterKey, m_controlsSplitter->saveState());
    settings.setValue(kFrontierShownKey, m_chartTabs->currentWidget() == m_frontierPage);
}

void RooflineView::changeEvent(QEvent *event)
{
    // The working is the engine's own text (explain.cpp), translated as it is computed: compute it again, which
    // also retranslates the rest. The engine takes well under a millisecond.
    if (event->type() == QEvent::LanguageChange)
        recompute();
    QWidget::changeEvent(event);
}

void RooflineView::retranslateUi()
{
    if (m_chartTabs->indexOf(m_chartSplitter) >= 0)
        m_chartTabs->setTabText(m_chartTabs->indexOf(m_chartSplitter), m_run.isLlm() ? tr("Roofline and batch sweep") : tr("Roofline"));
    if (m_chartTabs->indexOf(m_roofline) >= 0)
        m_chartTabs->setTabText(m_chartTabs->indexOf(m_roofline), tr("Roofline"));
    if (m_chartTabs->indexOf(m_sweep) >= 0)
        m_chartTabs->setTabText(m_chartTabs->indexOf(m_sweep), tr("Batch sweep"));
    if (m_chartTabs->indexOf(m_frontierPage) >= 0) {
        m_chartTabs->setTabText(m_chartTabs->indexOf(m_frontierPage), tr("Frontier"));
        m_chartTabs->setTabToolTip(m_chartTabs->indexOf(m_frontierPage),
                                   tr("Tokens/s per chip against tokens/s per user for every chip: the best batch and parallel "
                                      "layout at each interactivity, with the target set on the left."));
    }
    m_tabs->setTabText(0, tr("Results per chip"));
    m_tabs->setTabText(1, m_run.focusChip() ? tr("Operators on %1").arg(chipLabel(*m_run.focusChip())) : tr("Operators"));
    // A single kernel has no operators to list: the tab is there for LLM workloads only.
    m_tabs->setTabVisible(1, m_run.isLlm());
    m_tabs->setTabToolTip(0, tr("Every figure per chip; hover a cell for its formula with the numbers and the sources of the chip's "
                                "figures. Click a chip's name to see its operators and working."));
    if (m_tabs->indexOf(m_working) >= 0)
        m_tabs->setTabText(m_tabs->indexOf(m_working),
                           m_run.focusChip() ? tr("Working for %1").arg(chipLabel(*m_run.focusChip())) : tr("Working"));
    m_showWorking->setText(tr("Show the working"));
    m_showWorking->setToolTip(tr("Every result of the chosen chip as its formula with the numbers put in."));
    m_legend->setToolTip(tr("Each chip's colour on both charts and in the table. Dashed: projected figures. In the table, bold is "
                            "the best of its row."));
    updateSummary();
    updateLegendStrip();
    updateWorking();
}

bool RooflineView::exportTo(const QString &path, ReportFormat format, QString *error) const
{
    return writeReport(rooflineReport(*m_results, m_catalog, QDate::currentDate()), format, path, error);
}

bool RooflineView::exportChart(Chart chart, const QString &path, ChartImageFormat format, QString *error) const
{
    if (chart == Chart::Frontier && !m_frontier)
        const_cast<RooflineView *>(this)->buildFrontier();
    QChartView *view = chart == Chart::Roofline ? static_cast<QChartView *>(m_roofline)
                     : chart == Chart::BatchSweep ? static_cast<QChartView *>(m_sweep)
                                                  : static_cast<QChartView *>(m_frontier);
    return saveChartImage(view, path, format, error);
}

void RooflineView::exportWithDialog()
{
    if (m_run.chips.isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("Choose at least one chip to export its results."));
        return;
    }
    struct Choice {
        QString filter;
        QString suffix;
        std::optional<ReportFormat> format; // a table format, or a chart image
        Chart chart = Chart::Roofline;
        ChartImageFormat image = ChartImageFormat::Png;
    };
    QList<Choice> choices{
        {tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"), ReportFormat::Xlsx},
        {tr("PDF document (*.pdf)"), QStringLiteral("pdf"), ReportFormat::Pdf},
        {tr("CSV, UTF-8 (*.csv)"), QStringLiteral("csv"), ReportFormat::Csv},
        {tr("Web page (*.html)"), QStringLiteral("html"), ReportFormat::Html},
        {tr("Markdown (*.md)"), QStringLiteral("md"), ReportFormat::Markdown},
        {tr("JSON, raw values (*.json)"), QStringLiteral("json"), ReportFormat::Json},
        {tr("Roofline chart, PNG image (*.png)"), QStringLiteral("png"), std::nullopt, Chart::Roofline, ChartImageFormat::Png},
        {tr("Roofline chart, SVG drawing (*.svg)"), QStringLiteral("svg"), std::nullopt, Chart::Roofline, ChartImageFormat::Svg},
    };
    if (m_run.isLlm()) {
        choices << Choice{tr("Batch sweep chart, PNG image (*.png)"), QStringLiteral("png"), std::nullopt, Chart::BatchSweep, ChartImageFormat::Png};
        choices << Choice{tr("Batch sweep chart, SVG drawing (*.svg)"), QStringLiteral("svg"), std::nullopt, Chart::BatchSweep, ChartImageFormat::Svg};
    }
    if (m_run.canHaveFrontier()) {
        choices << Choice{tr("Frontier chart, PNG image (*.png)"), QStringLiteral("png"), std::nullopt, Chart::Frontier, ChartImageFormat::Png};
        choices << Choice{tr("Frontier chart, SVG drawing (*.svg)"), QStringLiteral("svg"), std::nullopt, Chart::Frontier, ChartImageFormat::Svg};
    }
    QStringList filters;
    for (const Choice &c : choices)
        filters << c.filter;
    const int chosen = std::clamp(m_lastExportFormat, 0, int(choices.size()) - 1);

    QFileDialog dialog(this, tr("Export the roofline"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(filters.at(chosen));
    dialog.setDefaultSuffix(choices.at(chosen).suffix);
    dialog.setDirectory(m_lastExportDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_lastExportDir);
    auto baseName = [&](const Choice &c) {
        const QString what = c.format                     ? QStringLiteral("roofline")
                           : c.chart == Chart::Roofline   ? QStringLiteral("roofline-chart")
                           : c.chart == Chart::BatchSweep ? QStringLiteral("batch-sweep")
                                                          : QStringLiteral("frontier");
        return QStringLiteral("compute-atlas-%1-%2.%3").arg(what, QDate::currentDate().toString(Qt::ISODate), c.suffix);
    };
    dialog.selectFile(baseName(choices.at(chosen)));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        const qsizetype at = filters.indexOf(filter);
        if (at >= 0) {
            dialog.setDefaultSuffix(choices.at(at).suffix);
            dialog.selectFile(baseName(choices.at(at)));
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    m_lastExportFormat = int(std::max<qsizetype>(0, filters.indexOf(dialog.selectedNameFilter())));
    m_lastExportDir = QFileInfo(path).absolutePath();
    const Choice &choice = choices.at(m_lastExportFormat);

    QString error;
    bool ok = false;
    if (!choice.format) {
        ok = exportChart(choice.chart, path, choice.image, &error);
    } else {
        const ReportFormat format = reportFormatFromFileName(path).value_or(*choice.format);
        const Report report = rooflineReport(*m_results, m_catalog, QDate::currentDate());
        ok = ReportExportProgress::write(this, report, format, path, &error);
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), tr("The roofline could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit exported(path);
}
