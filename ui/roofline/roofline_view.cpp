#include "roofline_view.h"

#include "common/report_export_progress.h"

#include "batch_sweep_chart.h"
#include "common/chip_palette.h"
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

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    t->setCornerButtonEnabled(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 5);
    t->horizontalHeader()->setHighlightSections(false);
    t->verticalHeader()->setHighlightSections(false);
    return t;
}
}

RooflineView::RooflineView(const Catalog &catalog, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("rooflineView"));
    m_controls = new RooflineControls(catalog, this);
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
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("rooflineLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    m_chartSplitter = new QSplitter(Qt::Horizontal, this);
    m_chartSplitter->addWidget(m_roofline);
    m_chartSplitter->addWidget(m_sweep);
    m_chartSplitter->setChildrenCollapsible(false);

    m_resultsTable = tableView(m_results, this);
    m_resultsTable->setObjectName(QStringLiteral("rooflineResults"));
    m_resultsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_resultsTable->horizontalHeader()->setSectionsClickable(true);
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
    chartsLayout->addWidget(m_chartSplitter, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(chartsPane);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 5);
    vertical->setStretchFactor(1, 4);
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({440, 320});

    auto *outer = new QSplitter(Qt::Horizontal, this);
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
        updateWorking();
    });
    // A click on a chip's column shows that chip's operators and working.
    connect(m_resultsTable->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (section >= 0 && section < m_run.chips.size())
            m_controls->setFocusChipId(m_run.chips.at(section)->id);
    });

    retranslateUi();
    recompute();
}

void RooflineView::recompute()
{
    m_run = RooflineRun::compute(m_catalog, m_controls->chipIds(), m_controls->scenario(), m_controls->focusChipId());
    m_results->setRun(m_run);
    m_operators->setRun(m_run);
    m_roofline->setRun(m_run);
    m_sweep->setRun(m_run);
    m_sweep->setVisible(m_run.isLlm());
    retranslateUi(); // the summary, the legend strip, the working and the tab names follow the run
}

QString RooflineView::summaryHtml() const
{
    const Chip *chip = m_run.focusChip();
    const ChipOutcome *o = m_run.focusOutcome();
    if (!chip || !o)
        return tr("Tick chips on the left to draw their roofs.").toHtmlEscaped();
    const QString name = QStringLiteral("<b>%1</b>").arg(ChipPalette::shortName(chip->name).toHtmlEscaped());
    if (!o->ok())
        return QStringLiteral("%1: %2").arg(name, m_results->problemExplanation(*o, *chip).toHtmlEscaped());
    const RooflineScenario &s = m_run.scenario;
    const Precision p = s.precision;
    if (o->kernel)
        return tr("%1 reaches %2 at %3: %4 (its ridge is at %5).")
            .toHtmlEscaped()
            .arg(name, RooflineText::rate(o->attainableFlops, p).toHtmlEscaped(), RooflineText::intensity(o->intensity).toHtmlEscaped(),
                 QStringLiteral("<b>%1</b>").arg(RooflineText::bound(o->bound).toHtmlEscaped()),
                 RooflineText::intensity(o->ceilings->ridgeIntensity()).toHtmlEscaped());
    const InferenceResult &r = *o->inference;
    if (s.inference.phase == InferencePhase::Prefill)
        return tr("%1: the first token after %2 for %3 prompt(s) of %4 tokens: %5, memory stall %6.")
            .toHtmlEscaped()
            .arg(name, QStringLiteral("<b>%1</b>").arg(RooflineText::time(r.stepTime).toHtmlEscaped()), RooflineText::count(s.inference.batch),
                 RooflineText::count(s.inference.prompt), RooflineText::bound(o->bound).toHtmlEscaped(),
                 RooflineText::percent(r.memoryStallFraction));

    // Decode: where the focus chip stops being memory-bound, and what a million tokens cost there on every chip.
    const int batch = r.computeBoundBatch ? int(std::min<long long>(*r.computeBoundBatch, 1 << 30)) : s.inference.batch;
    RooflineScenario at = s;
    at.inference.batch = batch;
    auto cost = [&](const Chip &c) -> QString {
        const ChipOutcome e = evaluateScenario(c, at);
        if (!e.ok() || !e.economics)
            return {};
        QString text = RooflineText::usd(e.economics->usdPerMillionTokens, m_language).toHtmlEscaped();
        if (e.inference && !e.inference->fits)
            text += QStringLiteral("<sup>*</sup>");
        return text;
    };
    QStringList others;
    bool anyUnfit = false;
    for (const Chip *c : m_run.chips) {
        if (c == chip)
            continue;
        const QString text = cost(*c);
        if (text.isEmpty())
            continue;
        anyUnfit |= text.contains(QLatin1String("<sup>"));
        others << QStringLiteral("%1 %2").arg(ChipPalette::shortName(c->name).toHtmlEscaped(), text);
    }
    const QString own = cost(*chip);
    anyUnfit |= own.contains(QLatin1String("<sup>"));
    const QString context = RooflineText::count(s.inference.context);
    QString first;
    if (r.computeBoundBatch)
        first = tr("%1 stops being memory-bound at batch %2 (%3, decode at context %4, %5).")
                    .toHtmlEscaped()
                    .arg(name, QStringLiteral("<b>%1</b>").arg(RooflineText::count(double(*r.computeBoundBatch))), s.model.name.toHtmlEscaped(),
                         context, RooflineText::precision(p));
    else
        first = tr("%1 stays memory-bound at every batch at context %2 (%3, %4): attention reads the whole KV cache for each "
                   "token; shorten the context to see it turn.")
                    .toHtmlEscaped()
                    .arg(name, context, s.model.name.toHtmlEscaped(), RooflineText::precision(p));
    // Whole sentences per case: Chinese punctuates and joins sentences differently.
    QStringList sentences{first};
    if (!own.isEmpty()) {
        const QString money = QStringLiteral("<b>%1</b>").arg(own);
        const QString list = others.join(QStringLiteral(" · "));
        if (r.computeBoundBatch)
            sentences << (others.isEmpty() ? tr("There a million tokens cost %1 on %2.").toHtmlEscaped().arg(money, name)
                                           : tr("There a million tokens cost %1 on %2; at the same batch: %3.").toHtmlEscaped().arg(money, name, list));
        else
            sentences << (others.isEmpty() ? tr("At batch %1 a million tokens cost %2 on %3.").toHtmlEscaped().arg(RooflineText::count(batch), money, name)
                                           : tr("At batch %1 a million tokens cost %2 on %3; at the same batch: %4.")
                                                 .toHtmlEscaped()
                                                 .arg(RooflineText::count(batch), money, name, list));
        if (s.cost.rentalUsdPerHour)
            sentences << tr("(Every chip rented at %1 per hour.)").arg(RooflineText::usd(*s.cost.rentalUsdPerHour, m_language)).toHtmlEscaped();
        if (anyUnfit)
            sentences << QStringLiteral("<sup>*</sup>") + tr("At this batch the KV cache does not fit on %n chip(s).", "", s.inference.tensorParallel).toHtmlEscaped();
    }
    // English sentences are separated by a space; Chinese ones end in full-width punctuation and follow directly.
    return sentences.join(m_language == Language::English ? QStringLiteral(" ") : QString());
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

void RooflineView::updateLegendStrip()
{
    QStringList items;
    for (int i = 0; i < m_run.chips.size(); ++i) {
        const Chip &chip = *m_run.chips.at(i);
        const ChipOutcome &o = m_run.outcomes.at(i);
        const bool projected = chip.isProjected(Metric::PeakFlops, m_run.scenario.precision);
        const QString mark = projected ? QStringLiteral("╍╍") : QStringLiteral("━━");
        QString item = QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>&nbsp;%3")
                           .arg(ChipPalette::color(i).name(), mark, ChipPalette::shortName(chip.name).toHtmlEscaped());
        if (projected)
            item += QStringLiteral(" <i>%1</i>").arg(tr("(projected)").toHtmlEscaped());
        if (!o.ok())
            item = QStringLiteral("<span style=\"color:gray\">%1 (%2)</span>")
                       .arg(ChipPalette::shortName(chip.name).toHtmlEscaped(), m_results->problemText(o).toHtmlEscaped());
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
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("The working for %1").arg(chip->name).toHtmlEscaped());
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
    m_working->setHtml(html);
}

QString RooflineView::exportStatusTip() const
{
    return tr("Write the roofline results to a spreadsheet, PDF, web page, Markdown, CSV or JSON file, "
              "or a chart to a PNG or SVG image");
}

void RooflineView::setLanguage(Language language)
{
    m_language = language;
    m_controls->setLanguage(language);
    m_results->setLanguage(language);
    m_operators->setLanguage(language);
    m_roofline->setLanguage(language);
    m_sweep->setLanguage(language);
    retranslateUi();
    recompute();
}

void RooflineView::restoreSettings(const QSettings &settings)
{
    m_controls->restoreSettings(settings); // recomputes through changed()
    m_showWorking->setChecked(settings.value(kShowWorkingKey, false).toBool());
    m_tabs->setCurrentIndex(settings.value(kTabKey, 0).toInt());
}

void RooflineView::saveSettings(QSettings &settings) const
{
    m_controls->saveSettings(settings);
    settings.setValue(kShowWorkingKey, m_showWorking->isChecked());
    settings.setValue(kTabKey, m_tabs->currentIndex());
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
    m_tabs->setTabText(0, tr("Results per chip"));
    m_tabs->setTabText(1, m_run.focusChip() ? tr("Operators on %1").arg(ChipPalette::shortName(m_run.focusChip()->name)) : tr("Operators"));
    m_tabs->setTabToolTip(0, tr("Every figure per chip; hover a cell for its formula with the numbers and the sources of the chip's "
                                "figures. Click a chip's name to see its operators and working."));
    if (m_tabs->indexOf(m_working) >= 0)
        m_tabs->setTabText(m_tabs->indexOf(m_working),
                           m_run.focusChip() ? tr("Working for %1").arg(ChipPalette::shortName(m_run.focusChip()->name)) : tr("Working"));
    m_showWorking->setText(tr("Show the working"));
    m_showWorking->setToolTip(tr("Every result of the chosen chip as its formula with the numbers put in."));
    m_legend->setToolTip(tr("Each chip's colour on both charts and in the table. Dashed: projected figures."));
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
    QChartView *view = chart == Chart::Roofline ? static_cast<QChartView *>(m_roofline) : static_cast<QChartView *>(m_sweep);
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
        const QString what = c.format ? QStringLiteral("roofline") : c.chart == Chart::Roofline ? QStringLiteral("roofline-chart") : QStringLiteral("batch-sweep");
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
