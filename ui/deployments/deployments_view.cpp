#include "deployments_view.h"

#include "common/chart_image.h"
#include "common/column_fitter.h"
#include "common/claim_text.h"
#include "common/export_file_dialog.h"
#include "common/report_export_progress.h"
#include "deployment_charts.h"
#include "deployments_report.h"
#include "deployments_table_model.h"
#include "partial_date.h"
#include "serving_capacity.h"
#include "report_writer.h"
#include "world_map_widget.h"

#include <QActionGroup>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <map>
#include <vector>

namespace {
const QString kPrefix = QStringLiteral("deployments/");
const QDate kAnyDate(2000, 1, 1); // the date edits' "any" value
constexpr int kTopBars = 10;

ChartImageFormat imageFormatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? ChartImageFormat::Svg : ChartImageFormat::Png;
}

QString htmlLine(const QString &label, const QString &value)
{
    return QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value);
}

} // namespace

DeploymentsView::DeploymentsView(const Catalog &catalog, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
    , m_set(std::make_unique<DeploymentSet>(catalog))
{
    build();
}

DeploymentsView::DeploymentsView(const Catalog &catalog, QList<Deployment> rows, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
    , m_set(std::make_unique<DeploymentSet>(catalog, std::move(rows)))
{
    build();
}

DeploymentsView::~DeploymentsView() = default;

void DeploymentsView::setSystems(const QList<SystemSpec> &systems)
{
    m_systems = systems;
    showProvenance();
}

void DeploymentsView::build()
{
    const auto combo = [&](const char *name) {
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return box; // the wheel leaves it alone unless focused: the main window's WheelGuard covers every view
    };
    m_kind = combo("kindBox");
    m_sector = combo("sectorBox");
    m_vendor = combo("vendorBox");
    m_measure = combo("measureBox");
    m_llm = combo("modelBox");
    m_precision = combo("precisionBox");
    const auto dateEdit = [&](const char *name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setMinimumDate(kAnyDate);
        edit->setMaximumDate(QDate(2035, 12, 31));
        edit->setDate(kAnyDate);
        edit->setCalendarPopup(true);
        return edit;
    };
    m_from = dateEdit("fromDate");
    m_to = dateEdit("toDate");
    m_context = new QSpinBox(this);
    m_context->setObjectName(QStringLiteral("contextBox"));
    m_context->setRange(128, 1 << 20);
    m_context->setValue(4096);
    m_context->setGroupSeparatorShown(true);
    m_context->setKeyboardTracking(false);
    for (QComboBox *b : {m_kind, m_sector, m_vendor})
        b->setMinimumContentsLength(6);

    const auto label = [&](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_kindLabel = label(m_kind);
    m_sectorLabel = label(m_sector);
    m_vendorLabel = label(m_vendor);
    m_datesLabel = label(m_from);
    m_toLabel = label(m_to);
    m_measureLabel = label(m_measure);
    m_modelLabel = label(m_llm);
    m_contextLabel = label(m_context);

    m_assumptions = new QToolButton(this);
    m_assumptions->setObjectName(QStringLiteral("assumptionsButton"));
    m_assumptions->setPopupMode(QToolButton::InstantPopup);
    m_assumptionsMenu = new QMenu(m_assumptions);
    m_assumptions->setMenu(m_assumptionsMenu);
    m_countryButton = new QToolButton(this);
    m_countryButton->setObjectName(QStringLiteral("countryButton"));
    m_countryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_resetMap = new QToolButton(this);
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_exportMenu = new QMenu(m_export);
    m_export->setMenu(m_exportMenu);

    // Row 1: what is counted. Row 2: how it is measured, and the view's actions.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kindLabel, m_kind, m_sectorLabel, m_sector, m_vendorLabel, m_vendor, m_datesLabel,
                                                       m_from, m_toLabel, m_to, m_countryButton})
        filters->addWidget(w);
    filters->addStretch(1);
    m_servingBox = new QWidget(this);
    auto *serving = new QHBoxLayout(m_servingBox);
    serving->setContentsMargins(0, 0, 0, 0);
    serving->setSpacing(6);
    serving->addWidget(m_modelLabel);
    serving->addWidget(m_llm);
    serving->addWidget(m_precision);
    serving->addWidget(m_contextLabel);
    serving->addWidget(m_context);
    auto *measures = new QHBoxLayout;
    measures->setSpacing(6);
    measures->addWidget(m_measureLabel);
    measures->addWidget(m_measure);
    measures->addWidget(m_servingBox);
    measures->addWidget(m_assumptions);
    measures->addStretch(1);
    measures->addWidget(m_resetMap);
    measures->addWidget(m_export);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_map = new WorldMapWidget(this);
    m_map->setObjectName(QStringLiteral("worldMap"));
    WorldMapShapes shapes = WorldMapShapes::load(m_catalog.countries());
    if (!shapes.error.isEmpty())
        qWarning("compute-atlas: the world map cannot be drawn: %s", qPrintable(shapes.error));
    m_map->setShapes(std::move(shapes));
    m_map->setToolTipProvider([this](const QString &iso2, const QString &fileName) { return countryToolTip(iso2, fileName); });
    m_charts = new DeploymentCharts(this);
    m_charts->setObjectName(QStringLiteral("charts"));

    m_model = new DeploymentsTableModel(*m_set, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deploymentsTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(DeploymentsTableModel::Units, Qt::DescendingOrder); // largest first
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // rows copy as a table (Ctrl+C)
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // the full text is in the tooltip
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    ColumnFitter::attach(m_table); // columns size to their content and share the width, as in every view

    auto *side = new QWidget(this);
    m_provenanceTitle = new QLabel(side);
    QFont bold = m_provenanceTitle->font();
    bold.setBold(true);
    m_provenanceTitle->setFont(bold);
    m_provenance = new QTextBrowser(side);
    m_provenance->setObjectName(QStringLiteral("provenancePanel"));
    m_provenance->setOpenExternalLinks(true);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_provenanceTitle);
    sideLayout->addWidget(m_provenance, 1);

    m_top = new QSplitter(Qt::Horizontal, this);
    m_top->addWidget(m_map);
    m_top->addWidget(m_charts);
    m_top->setStretchFactor(0, 3);
    m_top->setStretchFactor(1, 2);
    m_top->setChildrenCollapsible(false);
    m_bottom = new QSplitter(Qt::Horizontal, this);
    m_bottom->addWidget(m_table);
    m_bottom->addWidget(side);
    m_bottom->setStretchFactor(0, 3);
    m_bottom->setStretchFactor(1, 1);
    m_bottom->setChildrenCollapsible(false);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_top);
    m_vertical->addWidget(m_bottom);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setChildrenCollapsible(false);
    m_vertical->setSizes({430, 300});
    m_top->setSizes({560, 520});
    m_bottom->setSizes({820, 260});
    m_vertical->setObjectName(QStringLiteral("verticalSplitter"));
    m_top->setObjectName(QStringLiteral("topSplitter"));
    m_bottom->setObjectName(QStringLiteral("bottomSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addLayout(measures);
    layout->addWidget(m_summary);
    layout->addWidget(m_vertical, 1);

    fillChoices();
    retranslateUi();

    const auto changed = [this] {
        if (!m_updating)
            refresh();
    };
    for (QComboBox *b : {m_kind, m_sector, m_vendor})
        connect(b, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        updateServing();
        refresh();
    });
    for (QComboBox *b : {m_llm, m_precision})
        connect(b, &QComboBox::currentIndexChanged, this, [this] {
            if (m_updating)
                return;
            updateServing();
            refresh();
        });
    connect(m_context, &QSpinBox::valueChanged, this, [this] {
        if (m_updating)
            return;
        updateServing();
        refresh();
    });
    connect(m_map, &WorldMapWidget::countryClicked, this, &DeploymentsView::setSelectedCountry);
    connect(m_countryButton, &QToolButton::clicked, this, [this] { setSelectedCountry(QString()); });
    connect(m_resetMap, &QToolButton::clicked, m_map, &WorldMapWidget::resetView);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeploymentsView::showProvenance);

    updateServing();
    refresh();
}

void DeploymentsView::fillChoices()
{
    m_updating = true;
    const auto keep = [](QComboBox *box) { return box->currentData(); };
    const QVariant kind = keep(m_kind), sector = keep(m_sector), vendor = keep(m_vendor), measure = keep(m_measure),
                   model = keep(m_llm), precision = keep(m_precision);
    const auto restore = [](QComboBox *box, const QVariant &v) {
        const int at = box->findData(v);
        box->setCurrentIndex(at >= 0 ? at : 0);
    };
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Installed"), QStringLiteral("installed"));
    m_kind->addItem(tr("Planned"), QStringLiteral("planned"));
    m_kind->addItem(tr("Unknown (estimates)"), QStringLiteral("unknown"));
    restore(m_kind, kind);
    m_sector->clear();
    m_sector->addItem(tr("All sectors"), QString());
    m_sector->addItem(tr("Public"), QStringLiteral("public"));
    m_sector->addItem(tr("Private"), QStringLiteral("private"));
    m_sector->addItem(tr("Mixed"), QStringLiteral("mixed"));
    restore(m_sector, sector);
    m_vendor->clear();
    m_vendor->addItem(tr("All vendors"), QString());
    for (const QString &id : m_set->vendorIds())
        m_vendor->addItem(m_set->groupName(GroupBy::Owner, id, m_language), id);
    restore(m_vendor, vendor);
    m_measure->clear();
    for (DeploymentMeasure m : {DeploymentMeasure::Units, DeploymentMeasure::H100e, DeploymentMeasure::Power, DeploymentMeasure::Tokens})
        m_measure->addItem(measureTitle(m), deploymentMeasureKey(m));
    restore(m_measure, measure);
    m_llm->clear();
    for (const LlmModel &mdl : m_catalog.llmModels())
        m_llm->addItem(mdl.name, mdl.id);
    if (m_llm->findData(model) >= 0)
        restore(m_llm, model);
    else if (m_llm->findData(QStringLiteral("llama-3.1-70b")) >= 0)
        m_llm->setCurrentIndex(m_llm->findData(QStringLiteral("llama-3.1-70b")));
    m_precision->clear();
    for (Precision p : {Precision::BF16, Precision::FP8, Precision::FP4})
        m_precision->addItem(precisionKey(p).toUpper(), precisionKey(p));
    restore(m_precision, precision.isValid() ? precision : QVariant(QStringLiteral("fp8")));
    m_updating = false;
}

DeploymentFilter DeploymentsView::filter() const
{
    DeploymentFilter f;
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("installed"))
        f.kind = UnitsKind::Installed;
    else if (kind == QLatin1String("planned"))
        f.kind = UnitsKind::Planned;
    else if (kind == QLatin1String("unknown"))
        f.kind = UnitsKind::Unknown;
    f.sector = m_sector->currentData().toString();
    f.vendorId = m_vendor->currentData().toString();
    if (m_from->date() > kAnyDate)
        f.from = QDate(m_from->date().year(), m_from->date().month(), 1);
    if (m_to->date() > kAnyDate)
        f.to = QDate(m_to->date().year(), m_to->date().month(), 1).addMonths(1).addDays(-1);
    return f;
}

DeploymentMeasure DeploymentsView::measure() const
{
    return deploymentMeasureFromKey(m_measure->currentData().toString()).value_or(DeploymentMeasure::Units);
}

void DeploymentsView::setMeasure(DeploymentMeasure m)
{
    m_measure->setCurrentIndex(m_measure->findData(deploymentMeasureKey(m)));
}

void DeploymentsView::setKindFilter(std::optional<UnitsKind> kind)
{
    m_kind->setCurrentIndex(kind ? m_kind->findData(unitsKindKey(*kind)) : 0);
}

void DeploymentsView::setSelectedCountry(const QString &iso2)
{
    m_country = m_catalog.country(iso2) ? m_catalog.country(iso2)->iso2 : QString();
    m_map->setSelectedCountry(m_country);
    refresh();
}

void DeploymentsView::setFamilyChip(const QString &familyKey, const QString &chipId)
{
    QList<FamilyAssumption> rules = m_set->assumptions();
    for (FamilyAssumption &a : rules)
        if (a.key == familyKey)
            a.chipId = chipId;
    m_set->setAssumptions(rules);
    rebuildAssumptionsMenu();
    refresh();
}

void DeploymentsView::updateServing()
{
    const bool tokens = measure() == DeploymentMeasure::Tokens;
    m_servingBox->setVisible(tokens);
    if (!tokens) {
        m_set->setServing(std::nullopt);
        return;
    }
    ServingSettings s;
    if (const LlmModel *model = m_catalog.findLlmModel(m_llm->currentData().toString()))
        s.model = *model;
    s.precision = precisionFromKey(m_precision->currentData().toString()).value_or(Precision::FP8);
    s.context = m_context->value();
    m_set->setServing(s);
}

QString DeploymentsView::measureTitle(DeploymentMeasure m) const
{
    switch (m) {
    case DeploymentMeasure::Units: return tr("Units");
    case DeploymentMeasure::H100e: return tr("H100-equivalents");
    case DeploymentMeasure::Power: return tr("Power (MW)");
    case DeploymentMeasure::Tokens: break;
    }
    return tr("Tokens per second");
}

QString DeploymentsView::formatMeasure(DeploymentMeasure m, double value) const
{
    switch (m) {
    case DeploymentMeasure::Units:
    case DeploymentMeasure::H100e: return NumberFormat::count(value, m_language);
    case DeploymentMeasure::Power: return tr("%1 MW").arg(NumberFormat::decimal(value, 4));
    case DeploymentMeasure::Tokens: break;
    }
    return tr("%1 tokens/s").arg(NumberFormat::count(value, m_language));
}

void DeploymentsView::refresh()
{
    const DeploymentFilter f = filter();
    const DeploymentMeasure m = measure();
    const QList<const Deployment *> all = m_set->select(f);
    m_shownRows.clear();
    if (m_country.isEmpty()) {
        m_shownRows = all;
    } else {
        for (const Deployment *d : all)
            if (d->countryIso2 == m_country)
                m_shownRows << d;
    }

    // The map and the country chart: every country, so the one chosen can be seen among the others.
    const QList<DeploymentTotals> countries = m_set->groups(all, GroupBy::Country);
    m_countryTotals.clear();
    QHash<QString, double> values;
    QList<DeploymentTotals> byMeasure = countries;
    for (const DeploymentTotals &t : countries) {
        m_countryTotals.insert(t.key, t);
        values.insert(t.key, t.measure(m));
    }
    m_map->setValues(values, measureTitle(m), [this, m](double v) { return formatMeasure(m, v); });
    const auto top = [&](QList<DeploymentTotals> groups, GroupBy by) {
        std::stable_sort(groups.begin(), groups.end(), [m](const DeploymentTotals &a, const DeploymentTotals &b) { return a.measure(m) > b.measure(m); });
        QList<ChartBar> bars;
        for (const DeploymentTotals &t : groups) {
            if (bars.size() >= kTopBars || t.measure(m) <= 0)
                break;
            ChartBar bar;
            bar.name = m_set->groupName(by, t.key, m_language);
            if (bar.name.size() > 24)
                bar.name = bar.name.left(23) + QStringLiteral("…");
            for (int k = 0; k < 3; ++k)
                bar.byKind[k] = t.measure(m, UnitsKind(k));
            bars << bar;
        }
        return bars;
    };
    m_charts->setTopBars(DeploymentCharts::TopCountries, top(byMeasure, GroupBy::Country), measureTitle(m), m_language);
    m_charts->setTopBars(DeploymentCharts::TopOwners, top(m_set->groups(m_shownRows, GroupBy::Owner), GroupBy::Owner), measureTitle(m), m_language);

    // Units announced over time: each row's counted units at the first day of its announcement's period.
    std::map<QDate, std::array<double, 3>> byDate;
    for (const Deployment *d : std::as_const(m_shownRows)) {
        const qsizetype i = m_set->indexOf(*d);
        const auto &units = m_set->factsOf(i).count.units;
        const QDate first = m_set->announcedFirstDay(i);
        if (!units || *units <= 0 || !first.isValid() || first.year() < 1990)
            continue;
        byDate[first][int(m_set->factsOf(i).kind)] += *units;
    }
    QList<ChartStep> steps;
    for (const auto &[date, byKind] : byDate)
        steps.append({QDateTime(date, QTime(0, 0)), byKind});
    m_charts->setCumulative(steps, m_language);

    m_shownTotals = m_set->totals(m_shownRows);
    const QString keep = m_table->currentIndex().isValid() ? m_table->currentIndex().data(DeploymentsTableModel::IdRole).toString() : QString();
    m_model->setRows(m_shownRows);
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_summary->setText(summaryHtml());
    m_countryButton->setVisible(!m_country.isEmpty());
    m_countryButton->setText(tr("%1 ✕").arg(countryName(m_catalog, m_country, m_language)));
    showProvenance();
}

QString DeploymentsView::summaryHtml() const
{
    const DeploymentTotals &t = m_shownTotals;
    const auto n = [this](double v) { return NumberFormat::count(v, m_language); };
    QStringList parts;
    parts << tr("<b>%n deployment(s)</b>", nullptr, int(m_shownRows.size()));
    parts << tr("installed %1 · planned %2 · unknown %3 units").arg(n(t.unitsInstalled), n(t.unitsPlanned), n(t.unitsUnknown));
    QString h100e = tr("%1 H100-equivalents").arg(n(t.h100e));
    if (t.h100eAssumedUnits > 0)
        h100e += tr(" (%1 units by an assumed chip)").arg(n(t.h100eAssumedUnits));
    if (t.unitsWithoutH100e > 0)
        h100e += tr(", %1 units of no known chip left out").arg(n(t.unitsWithoutH100e));
    parts << h100e;
    if (t.powerMw)
        parts << formatMeasure(DeploymentMeasure::Power, *t.powerMw);
    if (measure() == DeploymentMeasure::Tokens && m_set->serving())
        parts << tr("%1 of %2 at %3").arg(formatMeasure(DeploymentMeasure::Tokens, t.tokensPerS),
                                           m_set->serving()->model.name, precisionKey(m_set->serving()->precision).toUpper());
    if (!t.asOf.isEmpty())
        parts << tr("as of %1").arg(t.asOf);
    QString text = parts.join(QStringLiteral(" · "));
    if (t.overlapUnits() > 0)
        text += QStringLiteral(" · <span style=\"color:#b3261e\">%1</span>")
                    .arg(tr("⚠ up to %1 units may be counted twice").arg(n(t.overlapUnits())).toHtmlEscaped());
    return text;
}

QString DeploymentsView::countryToolTip(const QString &iso2, const QString &fileName) const
{
    const QString name = iso2.isEmpty() ? fileName : countryName(m_catalog, iso2, m_language);
    const auto it = m_countryTotals.constFind(iso2);
    if (iso2.isEmpty() || it == m_countryTotals.constEnd())
        return QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), tr("No deployments shown").toHtmlEscaped());
    const DeploymentTotals &t = *it;
    const auto n = [this](double v) { return NumberFormat::count(v, m_language); };
    QString html = QStringLiteral("<b>%1</b><br>").arg(name.toHtmlEscaped());
    html += tr("Installed %1 · planned %2 · unknown %3").arg(n(t.unitsInstalled), n(t.unitsPlanned), n(t.unitsUnknown)).toHtmlEscaped() + QStringLiteral("<br>");
    html += tr("%1 H100-equivalents").arg(n(t.h100e)).toHtmlEscaped();
    if (t.h100eAssumedUnits > 0)
        html += tr(" (%1 units by an assumed chip)").arg(n(t.h100eAssumedUnits)).toHtmlEscaped();
    html += QStringLiteral("<br>");
    if (t.powerMw)
        html += formatMeasure(DeploymentMeasure::Power, *t.powerMw).toHtmlEscaped() + QStringLiteral("<br>");
    if (measure() == DeploymentMeasure::Tokens)
        html += formatMeasure(DeploymentMeasure::Tokens, t.tokensPerS).toHtmlEscaped() + QStringLiteral("<br>");
    html += tr("%n site(s), as of %1", nullptr, t.sites).arg(t.asOf).toHtmlEscaped();
    if (t.overlapUnits() > 0)
        html += QStringLiteral("<br><span style=\"color:#b3261e\">%1</span>").arg(tr("⚠ up to %1 units may be counted twice").arg(n(t.overlapUnits())).toHtmlEscaped());
    return html;
}

void DeploymentsView::showProvenance()
{
    const QModelIndex current = m_table->currentIndex();
    const Deployment *d = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    m_provenanceTitle->setText(d ? tr("Where this deployment comes from") : tr("What the totals rest on"));
    m_provenance->setHtml(d ? rowHtml(*d) : assumptionsHtml());
}

QString DeploymentsView::rowHtml(const Deployment &d) const
{
    QString html = QStringLiteral("<p style=\"margin:0\"><b>%1</b><br>").arg(d.site.toHtmlEscaped());
    if (m_catalog.isUserRow(QStringLiteral("deployment"), d.id))
        html += ClaimText::yourDataHtml() + QStringLiteral("<br>");
    html += htmlLine(tr("Country:"), m_model->countryText(d).toHtmlEscaped());
    html += htmlLine(tr("Owner:"), m_model->ownerText(d).toHtmlEscaped());
    QString chip = m_model->chipText(d).toHtmlEscaped();
    const ChipChoice choice = m_set->chipOf(d);
    if (choice.assumed()) {
        const QString assumption = choice.chipId.isEmpty()
            ? tr("no chip assumed: left out of H100-equivalents")
            : tr("counted as %1, an assumption").arg(m_set->groupName(GroupBy::Chip, choice.chipId, m_language));
        chip += QStringLiteral(" <i>%1</i>").arg(tr("(%1)", "an assumption about a deployment's chip").arg(assumption).toHtmlEscaped());
    }
    html += htmlLine(tr("Accelerators:"), chip);
    html += htmlLine(tr("Units:"), tr("%1, %2", "units, their kind (installed, planned …)")
                                       .toHtmlEscaped()
                                       .arg((d.units ? NumberFormat::count(*d.units, m_language) : tr("not disclosed")).toHtmlEscaped(),
                                            m_model->kindText(d.unitsKind).toHtmlEscaped()));
    const RowCount c = m_set->counts().value(d.id);
    if (c.isTotal && d.units)
        html += htmlLine(tr("A total:"), tr("its parts add up to %1; it adds %2 beyond them.")
                                             .arg(NumberFormat::count(c.partsUnits, m_language), NumberFormat::count(c.units.value_or(0), m_language))
                                             .toHtmlEscaped());
    if (d.powerMw) {
        html += htmlLine(tr("Power:"), formatMeasure(DeploymentMeasure::Power, *d.powerMw).toHtmlEscaped());
        // What those megawatts hold (issue 17): accelerators of the row's chip in its default system at the default
        // PUE, and their tokens/s when the measure is tokens. The same reading as `deployments --power-chip`.
        if (const Chip *chip = m_catalog.findChip(m_set->chipOf(d).chipId)) {
            const FacilityAssumptions facility;
            const SystemSpec system = defaultSystemFor(*chip, m_systems);
            if (const auto power = acceleratorPower(system, chip->tdpWatts, facility)) {
                std::optional<double> rate;
                if (measure() == DeploymentMeasure::Tokens && m_set->serving())
                    if (const ServingEstimate e = estimateServing(*chip, *m_set->serving()); e.ok())
                        rate = e.tokensPerSPerChip;
                const SiteCapacity holds = siteCapacity(*d.powerMw, *power, rate);
                QString text = tr("%1 × %2 in %3, at %4 each at the wall (PUE %5)")
                                   .arg(NumberFormat::count(holds.accelerators, m_language), chip->localName(m_language), system.name,
                                        NumberFormat::si(power->facilityWatts, QStringLiteral("W"), 4))
                                   .arg(facility.pue);
                if (holds.tokensPerSecond)
                    text += QStringLiteral("; ") + formatMeasure(DeploymentMeasure::Tokens, *holds.tokensPerSecond);
                html += htmlLine(tr("Its power holds:"), text.toHtmlEscaped());
            }
        }
    }
    html += htmlLine(tr("Announced:"), d.announcedOn.toHtmlEscaped() + (d.targetOn.isEmpty() ? QString() : QStringLiteral(" · ") + tr("target %1").arg(d.targetOn).toHtmlEscaped()));
    if (!d.partOf.isEmpty()) {
        const Deployment *total = m_set->find(d.partOf);
        html += htmlLine(tr("Part of:"), (total ? total->site : d.partOf).toHtmlEscaped());
    }
    for (const QString &o : d.overlaps) {
        const Deployment *other = m_set->find(o);
        html += htmlLine(tr("May overlap:"), (other ? other->site : o).toHtmlEscaped());
    }
    html += htmlLine(tr("Source:"), ClaimText::sourceHtml(m_catalog, d.sourceId));
    if (!d.note.isEmpty())
        html += QStringLiteral("<br>%1").arg(d.note.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

QString DeploymentsView::assumptionsHtml() const
{
    const auto n = [this](double v) { return NumberFormat::count(v, m_language); };
    QString html = QStringLiteral("<p style=\"margin:0\">");
    html += tr("Kinds are kept apart: installed (installed, delivered), planned (ordered, planned) and unknown (estimates "
               "that say neither).").toHtmlEscaped() + QStringLiteral("<br>");
    html += tr("A country or programme total counts only what its parts do not explain, never its parts again.").toHtmlEscaped()
        + QStringLiteral("</p><p><b>") + tr("Chips assumed for rows that name only a family").toHtmlEscaped() + QStringLiteral("</b><br>");
    const QHash<QString, double> assumed = m_set->assumedUnitsByRule(m_shownRows);
    for (const FamilyAssumption &a : m_set->assumptions()) {
        const double units = assumed.value(a.key);
        if (units <= 0)
            continue;
        const QString chip = a.chipId.isEmpty() ? tr("left out") : m_set->groupName(GroupBy::Chip, a.chipId, m_language);
        html += tr("%1 → %2: %3 units").arg(a.label, chip, n(units)).toHtmlEscaped() + QStringLiteral("<br>");
    }
    html += QStringLiteral("<i>%1</i></p>").arg(tr("Change them with the Assumptions button.").toHtmlEscaped());
    if (!m_shownTotals.overlaps.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("May be counted twice").toHtmlEscaped());
        for (const OverlapFlag &o : m_shownTotals.overlaps) {
            const Deployment *a = m_set->find(o.first), *b = m_set->find(o.second);
            html += tr("%1 and %2: up to %3 units").arg(a ? a->site : o.first, b ? b->site : o.second, n(o.unitsAtRisk)).toHtmlEscaped() + QStringLiteral("<br>");
        }
        html += QStringLiteral("</p>");
    }
    if (measure() == DeploymentMeasure::Tokens && m_set->serving()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Tokens per second: the working").toHtmlEscaped());
        html += tr("Each chip decodes at the batch where it turns compute-bound, or the largest that fits; the upper bound of the "
                   "roofline (dense peaks, full bandwidth). Units × tokens/s per chip.").toHtmlEscaped() + QStringLiteral("<br>");
        QStringList ids = m_set->context().serving.keys();
        ids.sort();
        for (const QString &id : ids) {
            const ServingEstimate &e = m_set->context().serving.value(id);
            html += QStringLiteral("<br>");
            if (!e.ok()) {
                html += tr("%1: %2", "a chip: why it cannot serve the model").toHtmlEscaped().arg(m_set->groupName(GroupBy::Chip, id, m_language).toHtmlEscaped(), e.error.toHtmlEscaped())
                        + QStringLiteral("<br>");
                continue;
            }
            for (const QString &line : e.working)
                html += line.toHtmlEscaped() + QStringLiteral("<br>");
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

void DeploymentsView::rebuildAssumptionsMenu()
{
    m_assumptionsMenu->clear();
    m_assumptionsMenu->setToolTipsVisible(true);
    QStringList chipIds;
    for (const Chip &c : m_catalog.chips())
        if (c.peak(Precision::BF16))
            chipIds << c.id;
    for (const FamilyAssumption &a : m_set->assumptions()) {
        QMenu *sub = m_assumptionsMenu->addMenu(a.label);
        auto *group = new QActionGroup(sub);
        QAction *out = sub->addAction(tr("Leave out of H100-equivalents"));
        out->setCheckable(true);
        out->setChecked(a.chipId.isEmpty());
        group->addAction(out);
        connect(out, &QAction::triggered, this, [this, key = a.key] { setFamilyChip(key, QString()); });
        sub->addSeparator();
        for (const QString &id : chipIds) {
            QAction *action = sub->addAction(m_set->groupName(GroupBy::Chip, id, m_language));
            action->setCheckable(true);
            action->setChecked(a.chipId == id);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, key = a.key, id] { setFamilyChip(key, id); });
        }
    }
}

void DeploymentsView::retranslateUi()
{
    m_kindLabel->setText(tr("&Kind"));
    m_sectorLabel->setText(tr("&Sector"));
    m_vendorLabel->setText(tr("&Vendor"));
    m_datesLabel->setText(tr("&Announced"));
    m_toLabel->setText(tr("to"));
    m_measureLabel->setText(tr("&Measure"));
    m_modelLabel->setText(tr("M&odel"));
    m_contextLabel->setText(tr("Con&text"));
    for (QDateEdit *e : {m_from, m_to})
        e->setSpecialValueText(tr("any"));
    m_kind->setToolTip(tr("Installed counts installed and delivered accelerators, planned counts ordered and planned ones; "
                          "unknown is an estimate that says neither."));
    m_measure->setToolTip(tr("What colours the map and sizes the bars: accelerators, H100-equivalents (dense BF16 throughput "
                             "relative to the H100 SXM), power, or the tokens per second they could serve."));
    m_assumptions->setText(tr("Assumptions"));
    m_assumptions->setToolTip(tr("The chip counted for rows that name only a family (\"NVIDIA Blackwell GPUs\"), in "
                                 "H100-equivalents and tokens; or leave the family out."));
    m_countryButton->setToolTip(tr("Show every country again"));
    m_resetMap->setText(tr("Whole world"));
    m_resetMap->setToolTip(tr("Zoom the map out to the whole world (or double-click the map). Wheel to zoom, drag to pan."));
    m_export->setText(tr("Export"));
    m_exportMenu->clear();
    connect(m_exportMenu->addAction(tr("Deployments table…")), &QAction::triggered, this, [this] { exportReportWithDialog(false); });
    connect(m_exportMenu->addAction(tr("Totals by country…")), &QAction::triggered, this, [this] { exportReportWithDialog(true); });
    connect(m_exportMenu->addAction(tr("Map as PNG or SVG…")), &QAction::triggered, this, [this] { exportImageWithDialog(true); });
    connect(m_exportMenu->addAction(tr("Chart shown as PNG or SVG…")), &QAction::triggered, this, [this] { exportImageWithDialog(false); });
    m_map->setNoDataText(tr("No data"));
    m_charts->setKindNames({tr("Installed"), tr("Planned"), tr("Unknown")});
    m_charts->retranslate();
    fillChoices();
    rebuildAssumptionsMenu();
}

void DeploymentsView::setLanguage(Language language)
{
    if (language == m_language) // the window sets it on every view it builds; the constructor shows English
        return;
    m_language = language;
    m_model->setLanguage(language);
    retranslateUi();
    refresh();
}

void DeploymentsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    AtlasView::changeEvent(event);
}

void DeploymentsView::openRequest(const QVariantMap &request)
{
    const QString country = request.value(QStringLiteral("country")).toString();
    if (!country.isEmpty())
        setSelectedCountry(country);
}

void DeploymentsView::restoreSettings(const QSettings &settings)
{
    m_updating = true;
    const auto pick = [&](QComboBox *box, const char *key) {
        const QString k = kPrefix + QString::fromLatin1(key);
        if (settings.contains(k)) {
            const int at = box->findData(settings.value(k));
            if (at >= 0)
                box->setCurrentIndex(at);
        }
    };
    pick(m_kind, "kind");
    pick(m_sector, "sector");
    pick(m_vendor, "vendor");
    pick(m_measure, "measure");
    pick(m_llm, "model");
    pick(m_precision, "precision");
    if (settings.contains(kPrefix + QStringLiteral("context")))
        m_context->setValue(settings.value(kPrefix + QStringLiteral("context")).toInt());
    for (QDateEdit *e : {m_from, m_to}) {
        const QString key = kPrefix + (e == m_from ? QStringLiteral("from") : QStringLiteral("to"));
        const QDate d = settings.value(key).toDate();
        if (d.isValid())
            e->setDate(d);
    }
    QList<FamilyAssumption> rules = m_set->assumptions();
    for (FamilyAssumption &a : rules) {
        const QString key = kPrefix + QStringLiteral("assume/") + a.key;
        if (settings.contains(key)) {
            const QString chip = settings.value(key).toString();
            if (chip.isEmpty() || m_catalog.findChip(chip))
                a.chipId = chip;
        }
    }
    m_set->setAssumptions(rules);
    m_country = settings.value(kPrefix + QStringLiteral("country")).toString();
    if (!m_catalog.country(m_country))
        m_country.clear();
    m_map->setSelectedCountry(m_country);
    m_charts->setCurrentIndex(settings.value(kPrefix + QStringLiteral("chart"), 0).toInt());
    for (QSplitter *s : {m_vertical, m_top, m_bottom}) {
        const QByteArray state = settings.value(kPrefix + QStringLiteral("splitter/") + s->objectName()).toByteArray();
        if (!state.isEmpty())
            s->restoreState(state);
    }
    m_reportExport.directory = m_imageExport.directory = settings.value(kPrefix + QStringLiteral("exportDir")).toString();
    m_updating = false;
    rebuildAssumptionsMenu();
    updateServing();
    refresh();
}

void DeploymentsView::saveSettings(QSettings &settings) const
{
    settings.setValue(kPrefix + QStringLiteral("kind"), m_kind->currentData());
    settings.setValue(kPrefix + QStringLiteral("sector"), m_sector->currentData());
    settings.setValue(kPrefix + QStringLiteral("vendor"), m_vendor->currentData());
    settings.setValue(kPrefix + QStringLiteral("measure"), m_measure->currentData());
    settings.setValue(kPrefix + QStringLiteral("model"), m_llm->currentData());
    settings.setValue(kPrefix + QStringLiteral("precision"), m_precision->currentData());
    settings.setValue(kPrefix + QStringLiteral("context"), m_context->value());
    settings.setValue(kPrefix + QStringLiteral("from"), m_from->date());
    settings.setValue(kPrefix + QStringLiteral("to"), m_to->date());
    for (const FamilyAssumption &a : m_set->assumptions())
        settings.setValue(kPrefix + QStringLiteral("assume/") + a.key, a.chipId);
    settings.setValue(kPrefix + QStringLiteral("country"), m_country);
    settings.setValue(kPrefix + QStringLiteral("chart"), m_charts->currentIndex());
    for (QSplitter *s : {m_vertical, m_top, m_bottom})
        settings.setValue(kPrefix + QStringLiteral("splitter/") + s->objectName(), s->saveState());
    settings.setValue(kPrefix + QStringLiteral("exportDir"), m_reportExport.directory.isEmpty() ? m_imageExport.directory : m_reportExport.directory);
}

QStringList DeploymentsView::reportNotes() const
{
    QStringList used;
    for (const FamilyAssumption &a : m_set->assumptions()) {
        const double units = m_set->assumedUnits(m_shownRows, a.key);
        if (units > 0)
            used << tr("Assumption: %1 rows count as %2 (%3 units).")
                        .arg(a.label, a.chipId.isEmpty() ? tr("nothing (left out)") : m_set->groupName(GroupBy::Chip, a.chipId, m_language),
                             NumberFormat::count(units, m_language));
    }
    QString serving;
    if (measure() == DeploymentMeasure::Tokens && m_set->serving())
        serving = tr("Tokens per second: %1 at %2, decode at context %3, each chip at its compute-bound batch or the largest that fits.")
                      .arg(m_set->serving()->model.name, precisionKey(m_set->serving()->precision).toUpper())
                      .arg(m_set->serving()->context);
    QStringList notes = deploymentNotes(used, serving);
    if (!m_country.isEmpty())
        notes.prepend(tr("Country: %1.").arg(countryName(m_catalog, m_country, m_language)));
    return notes;
}

Report DeploymentsView::tableReport() const
{
    QList<DeploymentLine> lines;
    lines.reserve(m_model->rows().size());
    // The user's own rows are marked in the file as on screen: copies whose site carries the mark.
    std::vector<Deployment> marked;
    marked.reserve(size_t(m_model->rows().size()));
    for (const Deployment *d : m_model->rows()) {
        if (m_catalog.isUserRow(QStringLiteral("deployment"), d->id)) {
            marked.push_back(*d);
            marked.back().site = ClaimText::yourDataSign() + QLatin1Char(' ') + d->site;
            d = &marked.back();
        }
        lines.append({d, m_model->countryText(*d), d->ownerId.isEmpty() ? QString() : m_model->ownerText(*d), m_model->chipText(*d),
                      m_set->counts().value(d->id)});
    }
    QStringList notes = reportNotes();
    if (!marked.empty())
        notes << ClaimText::yourDataNote();
    return deploymentRowsReport(lines, m_catalog.sources(), notes, m_language, m_catalog.datasetVersion(), QDate::currentDate());
}

Report DeploymentsView::totalsReport(GroupBy by) const
{
    const bool tokens = measure() == DeploymentMeasure::Tokens;
    QList<NamedTotals> named;
    for (const DeploymentTotals &t : m_set->groups(by == GroupBy::Country ? m_set->select(filter()) : m_shownRows, by))
        named.append({t, m_set->groupName(by, t.key, m_language)});
    return deploymentGroupsReport(named, by, tokens, reportNotes(), m_language, m_catalog.datasetVersion(), QDate::currentDate());
}

QString DeploymentsView::exportStatusTip() const
{
    return tr("Write the deployments shown to a spreadsheet, PDF, web page, Markdown, CSV or JSON file");
}

void DeploymentsView::exportWithDialog()
{
    exportReportWithDialog(false);
}

void DeploymentsView::exportReportWithDialog(bool totals)
{
    const QList<QPair<ExportFileDialog::Format, ReportFormat>> choices{
        {{tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")}, ReportFormat::Xlsx},
        {{tr("PDF document (*.pdf)"), QStringLiteral("pdf")}, ReportFormat::Pdf},
        {{tr("CSV, UTF-8 (*.csv)"), QStringLiteral("csv")}, ReportFormat::Csv},
        {{tr("Web page (*.html)"), QStringLiteral("html")}, ReportFormat::Html},
        {{tr("Markdown (*.md)"), QStringLiteral("md")}, ReportFormat::Markdown},
        {{tr("JSON, raw values (*.json)"), QStringLiteral("json")}, ReportFormat::Json},
    };
    QList<ExportFileDialog::Format> formats;
    for (const auto &c : choices)
        formats << c.first;
    const auto chosen = ExportFileDialog::ask(this, totals ? tr("Export the totals by country") : tr("Export the deployments"), formats, [&](int) {
        return QStringLiteral("compute-atlas-%1-%2")
            .arg(totals ? QStringLiteral("deployment-totals") : QStringLiteral("deployments"), QDate::currentDate().toString(Qt::ISODate));
    }, m_reportExport);
    if (!chosen)
        return;
    const ReportFormat format = reportFormatFromFileName(chosen->path).value_or(choices.at(chosen->format).second);
    QString error;
    if (!ReportExportProgress::write(this, totals ? totalsReport(GroupBy::Country) : tableReport(), format, chosen->path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written:\n%2").arg(QDir::toNativeSeparators(chosen->path), error));
        return;
    }
    emit exported(chosen->path);
}

bool DeploymentsView::exportMap(const QString &path, QString *error) const
{
    return saveWidgetImage(m_map, path, imageFormatOf(path), error);
}

bool DeploymentsView::exportChart(const QString &path, QString *error) const
{
    return saveChartImage(m_charts->chartView(DeploymentCharts::Chart(m_charts->currentIndex())), path, imageFormatOf(path), error);
}

void DeploymentsView::exportImageWithDialog(bool map)
{
    const QList<ExportFileDialog::Format> formats{{tr("PNG image (*.png)"), QStringLiteral("png")}, {tr("SVG drawing (*.svg)"), QStringLiteral("svg")}};
    const auto chosen = ExportFileDialog::ask(this, map ? tr("Export the map") : tr("Export the chart"), formats, [&](int) {
        return map ? QStringLiteral("compute-atlas-deployments-map") : QStringLiteral("compute-atlas-deployments-chart");
    }, m_imageExport);
    if (!chosen)
        return;
    QString error;
    if (!(map ? exportMap(chosen->path, &error) : exportChart(chosen->path, &error))) {
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written:\n%2").arg(QDir::toNativeSeparators(chosen->path), error));
        return;
    }
    emit exported(chosen->path);
}
