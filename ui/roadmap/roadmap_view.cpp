#include "roadmap_view.h"

#include "chip_panel.h"
#include "common/export_file_dialog.h"
#include "common/report_export_progress.h"
#include "memory_wall.h"
#include "memory_wall_chart.h"
#include "report_writer.h"
#include "roadmap_report.h"
#include "roadmap_text.h"
#include "roadmap_timeline.h"
#include "timeline_chart.h"
#include "trend_chart.h"
#include "trend_report.h"
#include "vendor_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString kTabKey = QStringLiteral("roadmap/tab");
const QString kMetricKey = QStringLiteral("roadmap/metric");
const QString kBasisKey = QStringLiteral("roadmap/by");
const QString kProjectedKey = QStringLiteral("roadmap/include_projected");
const QString kPrecisionKey = QStringLiteral("roadmap/wall_precision");
const QString kVendorsKey = QStringLiteral("roadmap/vendors");
const QString kChipKey = QStringLiteral("roadmap/chip");
const QString kEventsKey = QStringLiteral("roadmap/events");
const QString kSplitterKey = QStringLiteral("roadmap/splitter");

const QStringList kTabNames{QStringLiteral("timeline"), QStringLiteral("trends"), QStringLiteral("memory-wall")};
const QList<Precision> kWallPrecisions{Precision::BF16, Precision::FP8, Precision::FP4};

void selectData(QComboBox *box, const QVariant &data)
{
    if (const int at = box->findData(data); at >= 0)
        box->setCurrentIndex(at);
}
}

RoadmapView::RoadmapView(const Catalog &catalog, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("roadmapView"));
    for (const Chip &c : catalog.chips())
        if (!m_allVendors.contains(c.vendorId))
            m_allVendors << c.vendorId;

    // The controls: vendors for every tab, the rest for the tabs they change.
    m_vendorButton = new QToolButton(this);
    m_vendorButton->setObjectName(QStringLiteral("vendorButton"));
    m_vendorButton->setPopupMode(QToolButton::InstantPopup);
    m_vendorButton->setMenu(new QMenu(m_vendorButton));
    m_metricLabel = new QLabel(this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("metricBox"));
    m_precisionLabel = new QLabel(this);
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("precisionBox"));
    m_basisLabel = new QLabel(this);
    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("basisBox"));
    m_projections = new QCheckBox(this);
    m_projections->setObjectName(QStringLiteral("projectionsBox"));
    m_events = new QCheckBox(this);
    m_events->setObjectName(QStringLiteral("eventsBox"));
    m_events->setChecked(true);
    // The wheel leaves these alone unless they have the focus: the main window's WheelGuard covers every view.
    for (QComboBox *box : {m_metric, m_precision, m_basis})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The longest metric name would push the panel off a 1024-pixel window: the box shows about 24 characters and
    // its list shows them all.
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(24);
    m_metricLabel->setBuddy(m_metric);
    m_precisionLabel->setBuddy(m_precision);
    m_basisLabel->setBuddy(m_basis);
    fillChoices();

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(6);
    controls->addWidget(m_vendorButton);
    controls->addSpacing(6);
    controls->addWidget(m_metricLabel);
    controls->addWidget(m_metric);
    controls->addWidget(m_precisionLabel);
    controls->addWidget(m_precision);
    controls->addSpacing(6);
    controls->addWidget(m_basisLabel);
    controls->addWidget(m_basis);
    controls->addSpacing(6);
    controls->addWidget(m_projections);
    controls->addWidget(m_events);
    controls->addStretch(1);

    m_timeline = new TimelineChart(catalog, this);
    m_timelineScroll = new QScrollArea(this);
    m_timelineScroll->setObjectName(QStringLiteral("timelineScroll"));
    m_timelineScroll->setWidget(m_timeline);
    m_timelineScroll->setWidgetResizable(true);
    m_timelineScroll->setFrameShape(QFrame::NoFrame);
    m_timelineScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_trend = new TrendChart(catalog, this);
    m_wall = new MemoryWallChart(catalog, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("roadmapTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_timelineScroll, QString());
    m_tabs->addTab(m_trend, QString());
    m_tabs->addTab(m_wall, QString());

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(4);
    mainLayout->addLayout(controls);
    mainLayout->addWidget(m_tabs, 1);

    m_panel = new ChipPanel(catalog, this);
    m_panel->setMinimumWidth(200);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(main);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({1000, 270});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        refreshTab(tab());
        updateControls();
    });
    for (QComboBox *box : {m_metric, m_precision, m_basis})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                recompute();
        });
    connect(m_projections, &QCheckBox::toggled, this, [this] { recompute(); });
    connect(m_events, &QCheckBox::toggled, m_timeline, &TimelineChart::setShowEvents);
    connect(m_timeline, &TimelineChart::chipSelected, this, &RoadmapView::selectChip);
    connect(m_trend, &RoadmapChart::chipSelected, this, &RoadmapView::selectChip);
    connect(m_wall, &RoadmapChart::chipSelected, this, &RoadmapView::selectChip);
    connect(m_panel, &ChipPanel::openInCompare, this,
            [this](const QString &id) { emit openViewRequested(QStringLiteral("compare"), {{QStringLiteral("chips"), QStringList{id}}}); });

    retranslateUi();
    recompute();
    selectChip(defaultChipId());
    updateControls();
}

void RoadmapView::fillChoices()
{
    m_updating = true;
    const QVariant metric = m_metric->currentData(), precision = m_precision->currentData(), basis = m_basis->currentData();
    m_metric->clear();
    for (TrendMetric m : TrendMetrics::all())
        m_metric->addItem(RoadmapText::metricTitle(m), TrendMetrics::key(m));
    m_precision->clear();
    for (Precision p : kWallPrecisions)
        m_precision->addItem(tr("Dense %1").arg(precisionKey(p).toUpper()), precisionKey(p));
    m_basis->clear();
    m_basis->addItem(tr("Availability"), dateBasisKey(DateBasis::Available));
    m_basis->addItem(tr("Announcement"), dateBasisKey(DateBasis::Announced));
    selectData(m_metric, metric.isValid() ? metric : TrendMetrics::key(TrendMetric::DenseBf16));
    selectData(m_precision, precision.isValid() ? precision : precisionKey(Precision::FP8));
    selectData(m_basis, basis.isValid() ? basis : dateBasisKey(DateBasis::Available));
    m_updating = false;
}

void RoadmapView::retranslateUi()
{
    fillChoices();
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Trends"));
    m_tabs->setTabText(2, tr("Memory wall"));
    m_tabs->setTabToolTip(0, tr("Each vendor's chips from announcement to availability, with its events and today's date"));
    m_tabs->setTabToolTip(1, tr("A figure of every chip over time on a log scale, with a fitted trend and doubling time per vendor"));
    m_tabs->setTabToolTip(2, tr("Each vendor's flagships: compute against memory bandwidth and capacity, as growth since the first"));
    m_metricLabel->setText(tr("&Metric:"));
    m_precisionLabel->setText(tr("&Compute:"));
    m_basisLabel->setText(tr("&Dates:"));
    m_basis->setToolTip(tr("Place each chip at its availability date (a quarter or a half at its middle, a year at 1 July) or at "
                           "its announcement"));
    m_projections->setText(tr("&Include projections"));
    m_projections->setToolTip(tr("Projected figures are always drawn (hollow); ticked, they count in the fits and the memory wall"));
    m_events->setText(tr("&Events"));
    m_events->setToolTip(tr("Keynotes, conferences, launches, shipments and earnings on a line above each vendor's chips"));
    m_vendorButton->setToolTip(tr("Which vendors every tab shows"));
    m_timeline->setToolTip(QString());
    updateVendorButton();
}

void RoadmapView::updateVendorButton()
{
    QMenu *menu = m_vendorButton->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("All vendors"));
    connect(all, &QAction::triggered, this, [this] { setVendors({}); });
    menu->addSeparator();
    for (const QString &id : std::as_const(m_allVendors)) {
        QAction *a = menu->addAction(VendorStyle::label(m_catalog, id, m_language));
        a->setCheckable(true);
        a->setChecked(m_vendorFilter.isEmpty() || m_vendorFilter.contains(id));
        a->setData(id);
        connect(a, &QAction::toggled, this, [this, id](bool on) {
            QStringList chosen = m_vendorFilter.isEmpty() ? m_allVendors : m_vendorFilter;
            if (on && !chosen.contains(id))
                chosen << id;
            if (!on)
                chosen.removeAll(id);
            if (chosen.isEmpty())
                return updateVendorButton(); // at least one vendor stays
            // Keep the catalog's order.
            QStringList ordered;
            for (const QString &v : std::as_const(m_allVendors))
                if (chosen.contains(v))
                    ordered << v;
            setVendors(ordered.size() == m_allVendors.size() ? QStringList() : ordered);
        });
    }
    const int shown = m_vendorFilter.isEmpty() ? int(m_allVendors.size()) : int(m_vendorFilter.size());
    m_vendorButton->setText(m_vendorFilter.isEmpty() ? tr("Vendors: all") : tr("Vendors: %1 of %2").arg(shown).arg(m_allVendors.size()));
}

void RoadmapView::updateControls()
{
    const Tab t = tab();
    m_metricLabel->setVisible(t == Tab::Trends);
    m_metric->setVisible(t == Tab::Trends);
    m_precisionLabel->setVisible(t == Tab::MemoryWall);
    m_precision->setVisible(t == Tab::MemoryWall);
    for (QWidget *w : std::initializer_list<QWidget *>{m_basisLabel, m_basis, m_projections})
        w->setVisible(t != Tab::Timeline);
    m_events->setVisible(t == Tab::Timeline);
}

void RoadmapView::recompute()
{
    if (m_updating)
        return;
    m_stale.fill(true);
    refreshTab(tab());
}

void RoadmapView::refreshTab(Tab t)
{
    if (!m_stale[size_t(t)])
        return;
    m_stale[size_t(t)] = false;
    ++m_rebuilds;
    switch (t) {
    case Tab::Timeline:
        m_timeline->setTimeline(RoadmapTimeline::build(m_catalog.chips(), m_catalog.events(), m_vendorFilter));
        break;
    case Tab::Trends:
        m_trend->setAnalysis(TrendAnalysis::build(m_catalog.chips(), metric(), basis(), includeProjected(), m_vendorFilter));
        break;
    case Tab::MemoryWall:
        m_wall->setWall(MemoryWall::build(m_catalog.chips(), wallPrecision(), basis(), includeProjected(), m_vendorFilter));
        break;
    }
}

TimelineChart *RoadmapView::timeline()
{
    refreshTab(Tab::Timeline);
    return m_timeline;
}

TrendChart *RoadmapView::trendChart()
{
    refreshTab(Tab::Trends);
    return m_trend;
}

MemoryWallChart *RoadmapView::memoryWallChart()
{
    refreshTab(Tab::MemoryWall);
    return m_wall;
}

void RoadmapView::setTab(Tab t)
{
    m_tabs->setCurrentIndex(int(t));
}

RoadmapView::Tab RoadmapView::tab() const
{
    return Tab(std::clamp(m_tabs->currentIndex(), 0, 2));
}

void RoadmapView::setMetric(TrendMetric m)
{
    selectData(m_metric, TrendMetrics::key(m));
}

TrendMetric RoadmapView::metric() const
{
    return TrendMetrics::fromKey(m_metric->currentData().toString()).value_or(TrendMetric::DenseBf16);
}

void RoadmapView::setBasis(DateBasis b)
{
    selectData(m_basis, dateBasisKey(b));
}

DateBasis RoadmapView::basis() const
{
    return dateBasisFromKey(m_basis->currentData().toString()).value_or(DateBasis::Available);
}

void RoadmapView::setIncludeProjected(bool include)
{
    m_projections->setChecked(include);
}

bool RoadmapView::includeProjected() const
{
    return m_projections->isChecked();
}

void RoadmapView::setWallPrecision(Precision p)
{
    selectData(m_precision, precisionKey(p));
}

Precision RoadmapView::wallPrecision() const
{
    return precisionFromKey(m_precision->currentData().toString()).value_or(Precision::FP8);
}

void RoadmapView::setVendors(const QStringList &vendorIds)
{
    QStringList known;
    for (const QString &id : vendorIds)
        if (m_allVendors.contains(id) && !known.contains(id))
            known << id;
    m_vendorFilter = known.size() == m_allVendors.size() ? QStringList() : known;
    updateVendorButton();
    recompute();
}

QStringList RoadmapView::vendors() const
{
    return m_vendorFilter;
}

void RoadmapView::selectChip(const QString &chipId)
{
    const Chip *chip = m_catalog.findChip(chipId);
    const QString id = chip ? chip->id : QString();
    m_timeline->setSelectedChip(id);
    m_panel->setChip(id);
}

QString RoadmapView::selectedChip() const
{
    return m_panel->chipId();
}

void RoadmapView::setLanguage(Language language)
{
    if (language == m_language) // the window sets it on every view it builds; the constructor shows English
        return;
    m_language = language;
    m_timeline->setLanguage(language);
    m_trend->setLanguage(language);
    m_wall->setLanguage(language);
    m_panel->setLanguage(language);
    retranslateUi();
    recompute();
}

void RoadmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        recompute();
    }
    QWidget::changeEvent(event);
}

void RoadmapView::openRequest(const QVariantMap &request)
{
    const qsizetype tabAt = kTabNames.indexOf(request.value(QStringLiteral("tab")).toString());
    if (tabAt >= 0)
        setTab(Tab(tabAt));
    if (request.contains(QStringLiteral("chip")))
        selectChip(request.value(QStringLiteral("chip")).toString());
}

void RoadmapView::restoreSettings(const QSettings &settings)
{
    m_updating = true;
    if (const auto m = TrendMetrics::fromKey(settings.value(kMetricKey).toString()))
        setMetric(*m);
    if (const auto b = dateBasisFromKey(settings.value(kBasisKey).toString()))
        setBasis(*b);
    if (const auto p = precisionFromKey(settings.value(kPrecisionKey).toString()); p && kWallPrecisions.contains(*p))
        setWallPrecision(*p);
    m_projections->setChecked(settings.value(kProjectedKey, false).toBool());
    m_events->setChecked(settings.value(kEventsKey, true).toBool());
    m_updating = false;
    setVendors(settings.value(kVendorsKey).toStringList()); // recomputes
    if (settings.contains(kChipKey))
        selectChip(settings.value(kChipKey).toString());
    setTab(Tab(std::clamp(int(kTabNames.indexOf(settings.value(kTabKey).toString())), 0, 2)));
    if (settings.contains(kSplitterKey))
        m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void RoadmapView::saveSettings(QSettings &settings) const
{
    settings.setValue(kTabKey, kTabNames.value(int(tab())));
    settings.setValue(kMetricKey, TrendMetrics::key(metric()));
    settings.setValue(kBasisKey, dateBasisKey(basis()));
    settings.setValue(kProjectedKey, includeProjected());
    settings.setValue(kPrecisionKey, precisionKey(wallPrecision()));
    settings.setValue(kVendorsKey, m_vendorFilter);
    settings.setValue(kChipKey, selectedChip());
    settings.setValue(kEventsKey, m_events->isChecked());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

QHash<QString, QString> RoadmapView::vendorNames() const
{
    QHash<QString, QString> names;
    for (const QString &id : m_allVendors)
        names.insert(id, VendorStyle::label(m_catalog, id, m_language));
    for (const RoadmapEvent &e : m_catalog.events())
        if (!names.contains(e.companyId))
            names.insert(e.companyId, VendorStyle::label(m_catalog, e.companyId, m_language));
    return names;
}

Report RoadmapView::currentReport() const
{
    const QDate today = QDate::currentDate();
    switch (tab()) {
    case Tab::Timeline:
        return roadmapReport(RoadmapTimeline::build(m_catalog.chips(), m_catalog.events(), m_vendorFilter), vendorNames(), m_catalog.sources(),
                             m_language, m_catalog.datasetVersion(), today);
    case Tab::Trends:
        return trendReport(m_trend->analysis(), vendorNames(), m_catalog.sources(), m_language, m_catalog.datasetVersion(), today);
    case Tab::MemoryWall:
        return memoryWallReport(m_wall->wall(), vendorNames(), m_catalog.sources(), m_language, m_catalog.datasetVersion(), today);
    }
    return {};
}

bool RoadmapView::exportTo(const QString &path, ReportFormat format, QString *error) const
{
    return writeReport(currentReport(), format, path, error);
}

bool RoadmapView::exportChart(const QString &path, ChartImageFormat format, QString *error) const
{
    switch (tab()) {
    case Tab::Timeline: return saveWidgetImage(m_timeline, path, format, error);
    case Tab::Trends: return saveWidgetImage(m_trend, path, format, error);
    case Tab::MemoryWall: return saveWidgetImage(m_wall, path, format, error);
    }
    return false;
}

QString RoadmapView::exportStatusTip() const
{
    return tr("Write what the current tab shows to a spreadsheet, PDF, web page, Markdown, CSV or JSON file, or its chart to a "
              "PNG or SVG image");
}

void RoadmapView::exportWithDialog()
{
    struct Choice {
        ExportFileDialog::Format file;
        std::optional<ReportFormat> format; // a table format, or the tab's chart
        ChartImageFormat image = ChartImageFormat::Png;
    };
    const QString chart = tab() == Tab::Timeline ? tr("Timeline") : tab() == Tab::Trends ? tr("Trend chart") : tr("Memory wall chart");
    const QList<Choice> choices{
        {{tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")}, ReportFormat::Xlsx},
        {{tr("PDF document (*.pdf)"), QStringLiteral("pdf")}, ReportFormat::Pdf},
        {{tr("CSV, UTF-8 (*.csv)"), QStringLiteral("csv")}, ReportFormat::Csv},
        {{tr("Web page (*.html)"), QStringLiteral("html")}, ReportFormat::Html},
        {{tr("Markdown (*.md)"), QStringLiteral("md")}, ReportFormat::Markdown},
        {{tr("JSON, raw values (*.json)"), QStringLiteral("json")}, ReportFormat::Json},
        {{tr("%1, PNG image (*.png)").arg(chart), QStringLiteral("png")}, std::nullopt, ChartImageFormat::Png},
        {{tr("%1, SVG drawing (*.svg)").arg(chart), QStringLiteral("svg")}, std::nullopt, ChartImageFormat::Svg},
    };
    QList<ExportFileDialog::Format> formats;
    for (const Choice &c : choices)
        formats << c.file;
    const QString what = kTabNames.value(int(tab()));
    const auto chosen = ExportFileDialog::ask(this, tr("Export the roadmap"), formats, [&](int) {
        return QStringLiteral("compute-atlas-%1-%2").arg(what, QDate::currentDate().toString(Qt::ISODate));
    }, m_exportMemory);
    if (!chosen)
        return;
    const Choice &choice = choices.at(chosen->format);
    QString error;
    const bool ok = choice.format
        ? ReportExportProgress::write(this, currentReport(), reportFormatFromFileName(chosen->path).value_or(*choice.format), chosen->path, &error)
        : exportChart(chosen->path, choice.image, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The roadmap could not be written to %1:\n%2").arg(QDir::toNativeSeparators(chosen->path), error));
        return;
    }
    emit exported(chosen->path);
}
