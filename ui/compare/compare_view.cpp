#include "compare_view.h"

#include "common/chip_chooser.h"
#include "common/claim_text.h"
#include "common/column_fitter.h"
#include "common/chart_image.h"
#include "common/chip_palette.h"
#include "compare_cell_delegate.h"
#include "compare_chart.h"
#include "compare_model.h"
#include "compare_report.h"
#include "common/report_export_progress.h"
#include "report_writer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QCoreApplication>
#include <QLineEdit>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace {
const QString kChipsKey = QStringLiteral("compare/chips");
const QString kBaselineKey = QStringLiteral("compare/baseline");
const QString kChartKey = QStringLiteral("compare/chart");
const QString kLogScaleKey = QStringLiteral("compare/logScale");
}

CompareView::CompareView(const Catalog &catalog, QWidget *parent)
    : CompareView(catalog, {}, parent)
{
}

CompareView::CompareView(const Catalog &catalog, const QList<SystemSpec> &systems, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
{
    m_model = new CompareModel(catalog, this);
    m_model->setSystems(systems);

    // Left: what to compare.
    auto *choose = new QWidget(this);
    m_baselineLabel = new QLabel(choose);
    m_baseline = new QComboBox(choose);
    m_baseline->setObjectName(QStringLiteral("baselineBox"));
    m_baselineLabel->setBuddy(m_baseline);
    m_chipsLabel = new QLabel(choose);
    m_chooser = new ChipChooser(catalog, choose);
    m_chipsLabel->setBuddy(m_chooser->searchBox());
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(m_baselineLabel);
    chooseLayout->addWidget(m_baseline);
    chooseLayout->addSpacing(6);
    chooseLayout->addWidget(m_chipsLabel);
    chooseLayout->addWidget(m_chooser, 1);

    // Right: the table, a legend, and where the selected figure comes from.
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CompareCellDelegate(m_table));
    // A block of cells can be selected and copied as a table (Ctrl+C); the panel follows the current cell.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Vendor on the first line of every column, so vendors and names line up across columns.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setHighlightSections(false);

    auto *provenanceBox = new QWidget(this);
    m_provenanceTitle = new QLabel(provenanceBox);
    QFont bold = m_provenanceTitle->font();
    bold.setBold(true);
    m_provenanceTitle->setFont(bold);
    m_provenance = new QTextBrowser(provenanceBox);
    m_provenance->setObjectName(QStringLiteral("provenancePanel"));
    m_provenance->setOpenExternalLinks(true);
    auto *provenanceLayout = new QVBoxLayout(provenanceBox);
    provenanceLayout->setContentsMargins(0, 4, 0, 0);
    provenanceLayout->addWidget(m_provenanceTitle);
    provenanceLayout->addWidget(m_provenance, 1);

    // The same comparison as bar charts, in place of the table by a toggle.
    m_chart = new CompareChart(this);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(chartScroll);

    m_chartToggle = new QPushButton(this);
    m_chartToggle->setObjectName(QStringLiteral("chartToggle"));
    m_chartToggle->setCheckable(true);
    m_logScale = new QCheckBox(this);
    m_logScale->setObjectName(QStringLiteral("logScaleBox"));
    m_logScale->setChecked(true);
    m_copyChart = new QPushButton(this);
    m_copyChart->setObjectName(QStringLiteral("copyChart"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_chartToggle);
    bar->addWidget(m_logScale);
    bar->addStretch(1);
    bar->addWidget(m_copyChart);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_legend);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_pages, 1);

    m_tableSplitter = new QSplitter(Qt::Vertical, this);
    m_tableSplitter->addWidget(tablePane);
    m_tableSplitter->addWidget(provenanceBox);
    m_tableSplitter->setStretchFactor(0, 1);
    m_tableSplitter->setStretchFactor(1, 0);
    m_tableSplitter->setSizes({600, 160});
    m_tableSplitter->setChildrenCollapsible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(choose);
    m_splitter->addWidget(m_tableSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    choose->setMinimumWidth(150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_splitter);

    connect(m_chooser, &ChipChooser::checkedIdsChanged, this, &CompareView::applyChooser);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            applyChooser();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CompareView::showProvenance);
    // Attached before the view's own reset handler, which fits at once: the fitter's later refit then finds the
    // columns measured.
    m_columns = ColumnFitter::attach(m_table);
    connect(m_chartToggle, &QPushButton::toggled, this, &CompareView::setChartShown);
    connect(m_logScale, &QCheckBox::toggled, m_chart, &CompareChart::setLogScaleAllowed);
    connect(m_copyChart, &QPushButton::clicked, this, &CompareView::copyChart);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_keptRow = current.isValid() ? current.data(CompareModel::RowKeyRole).toString() : QString();
        m_keptChip = current.isValid() ? current.data(CompareModel::ChipIdRole).toString() : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->verticalHeader()->setDefaultSectionSize(CompareCellDelegate::rowHeight(m_table->font()));
        m_columns->fit();
        restoreCurrentCell();
        showProvenance();
        retranslateUi();
        updateChart();
    });

    setSelection(defaultChipIds(), defaultBaselineId());
    setChartShown(false);
    retranslateUi();
}

void CompareView::setChartShown(bool shown)
{
    if (m_chartToggle->isChecked() != shown)
        m_chartToggle->setChecked(shown); // comes back here through toggled
    m_pages->setCurrentIndex(shown ? 1 : 0);
    m_logScale->setVisible(shown);
    m_copyChart->setVisible(shown);
    if (shown)
        updateChart();
}

bool CompareView::chartShown() const
{
    return m_pages->currentIndex() == 1;
}

void CompareView::updateChart()
{
    if (!chartShown())
        return;
    const Report report = compareReport(m_model->table(), m_catalog.sources(), m_language, m_catalog.datasetVersion(), QDate::currentDate());
    QList<QColor> colors;
    for (int c = 0; c < m_model->table().chips.size(); ++c)
        colors << ChipPalette::color(c);
    m_chart->setReport(report, colors, [this](int row, int chip) {
        return m_model->index(row, chip).data(CompareModel::ProvenanceRole).toString();
    });
}

bool CompareView::exportChart(const QString &path, bool svg, QString *error)
{
    const bool shown = chartShown();
    setChartShown(true); // lays the chart out with the current data even when the table is showing
    const bool ok = saveWidgetImage(m_chart, path, svg ? ChartImageFormat::Svg : ChartImageFormat::Png, error);
    setChartShown(shown);
    return ok;
}

void CompareView::copyChart()
{
    QApplication::clipboard()->setImage(m_chart->grab().toImage());
    emit statusMessage(tr("Chart copied to the clipboard"));
}

QStringList CompareView::defaultChipIds()
{
    return {QStringLiteral("h100-sxm"), QStringLiteral("b200"), QStringLiteral("gb300"), QStringLiteral("rubin"),
            QStringLiteral("feynman"), QStringLiteral("tpu-v7"), QStringLiteral("mi355x")};
}

QString CompareView::defaultBaselineId()
{
    return QStringLiteral("h100-sxm");
}

void CompareView::setSelection(const QStringList &chipIds, const QString &baselineId)
{
    m_updating = true;
    m_chooser->setCheckedIds(chipIds); // emits checkedIdsChanged: applyChooser() is held back by m_updating
    m_updating = false;
    fillBaselineBox();
    const int at = m_baseline->findData(baselineId);
    if (at >= 0) {
        m_updating = true;
        m_baseline->setCurrentIndex(at);
        m_updating = false;
    }
    applyChooser();
}

void CompareView::openRequest(const QVariantMap &request)
{
    QStringList ids;
    for (const QString &wanted : request.value(QStringLiteral("chips")).toStringList())
        if (const Chip *chip = m_catalog.findChip(wanted); chip && !ids.contains(chip->id))
            ids << chip->id;
    if (ids.isEmpty())
        return;
    const Chip *baseline = m_catalog.findChip(request.value(QStringLiteral("baseline")).toString());
    setSelection(ids, baseline && ids.contains(baseline->id) ? baseline->id : ids.first());
}

QString CompareView::exportStatusTip() const
{
    return tr("Write the comparison table to a spreadsheet, PDF, web page, Markdown, CSV or JSON file");
}

QStringList CompareView::chipIds() const
{
    return m_model->chipIds();
}

QString CompareView::baselineId() const
{
    return m_model->baselineId();
}

void CompareView::fillBaselineBox()
{
    const QString current = m_baseline->currentData().toString();
    m_updating = true;
    m_baseline->clear();
    for (const QString &id : m_chooser->checkedIds())
        if (const Chip *chip = m_catalog.findChip(id))
            m_baseline->addItem(chip->localName(m_language), chip->id);
    const int at = m_baseline->findData(current);
    m_baseline->setCurrentIndex(at >= 0 ? at : 0);
    m_baseline->setEnabled(m_baseline->count() > 0);
    m_updating = false;
}

void CompareView::applyChooser()
{
    if (m_updating)
        return;
    fillBaselineBox(); // keeps the current baseline while it stays chosen
    m_model->setSelection(m_chooser->checkedIds(), m_baseline->currentData().toString());
    emit selectionChanged();
}

void CompareView::setLanguage(Language language)
{
    if (language == m_language) // the window sets it on every view it builds; the constructor shows English
        return;
    m_language = language;
    m_model->setLanguage(language);
    m_chooser->setLanguage(language);
    fillBaselineBox(); // chip names in the language
    retranslateUi();
    showProvenance();
    updateChart();
}

void CompareView::restoreSettings(const QSettings &settings)
{
    if (!settings.contains(kChipsKey))
        return;
    QStringList ids = settings.value(kChipsKey).toStringList();
    ids.removeIf([this](const QString &id) { return !m_catalog.findChip(id); });
    setSelection(ids, settings.value(kBaselineKey).toString());
    m_logScale->setChecked(settings.value(kLogScaleKey, true).toBool());
    setChartShown(settings.value(kChartKey, false).toBool());
}

void CompareView::saveSettings(QSettings &settings) const
{
    settings.setValue(kChipsKey, m_chooser->checkedIds());
    settings.setValue(kBaselineKey, baselineId());
    settings.setValue(kChartKey, chartShown());
    settings.setValue(kLogScaleKey, m_logScale->isChecked());
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}



void CompareView::showEvent(QShowEvent *event)
{
    AtlasView::showEvent(event);
    if (m_sized)
        return;
    // The chip list as wide as its longest name, unless that would take more than a fifth of a narrow window.
    m_sized = true;
    const int chooser = std::clamp(m_chooser->namesWidth(), 160, std::max(160, width() / 5));
    m_splitter->setSizes({chooser, std::max(1, width() - chooser)});
}

void CompareView::retranslateUi()
{
    m_baselineLabel->setText(tr("&Baseline"));
    m_baseline->setToolTip(tr("The chip the others are compared with: every ratio is relative to it."));
    m_chipsLabel->setText(tr("&Chips"));
    m_provenanceTitle->setText(tr("Where this figure comes from"));
    m_chartToggle->setText(tr("Show as c&hart"));
    m_chartToggle->setToolTip(tr("One bar chart per row in place of the table; hover a bar to see where its figure comes from"));
    m_logScale->setText(tr("&Log scale where a row spans more than tenfold"));
    m_copyChart->setText(tr("Co&py chart"));
    m_copyChart->setToolTip(tr("Put the charts on the clipboard as a picture, for a slide or a document"));
    m_provenance->setPlaceholderText(tr("Select a cell to see its sources, date and kind, how it was obtained, and how the claim changed over time."));
    if (m_model->columnCount() == 0) {
        m_legend->setText(tr("Tick chips on the left to compare them."));
        return;
    }
    const Chip &baseline = m_model->table().chips.at(m_model->table().baseline);
    // Binary GB is said where the figures are, in the memory capacity row's header ("GB = 2³⁰ bytes"): the legend
    // keeps to one line in Chinese at 1280 pixels, so the table shows every row.
    m_legend->setText(tr("Ratios relative to <b>%1</b> · <b>bold</b> on green: best of its row · "
                         "<i>italic</i> in a dashed frame: projected, not a vendor figure · "
                         "<span style=\"color:%2\">&#9700;</span> orange corner: disputed, sources disagree · "
                         "throughput is dense, without 2:4 sparsity")
                          .arg(baseline.localName(m_language).toHtmlEscaped(), CompareCellDelegate::disputeColor().name()));
}

void CompareView::showProvenance()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_provenance->clear();
        return;
    }
    m_provenance->setHtml(current.data(CompareModel::ProvenanceRole).toString());
}

void CompareView::restoreCurrentCell()
{
    // The cell the user was reading stays current while its row and chip remain. Otherwise the panel opens on
    // the figure whose claim changed most often, the thing a datasheet's single number cannot show.
    QModelIndex pick;
    int longest = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QModelIndex index = m_model->index(r, c);
            if (index.data(CompareModel::RowKeyRole).toString() == m_keptRow && index.data(CompareModel::ChipIdRole).toString() == m_keptChip) {
                m_table->setCurrentIndex(index);
                return;
            }
            const int history = index.data(CompareModel::HistoryLengthRole).toInt();
            if (history > longest) {
                longest = history;
                pick = index;
            }
        }
    }
    if (pick.isValid()) {
        // Chosen for the panel, not by the user: the table stays where the user reads it, from the baseline column
        // on (scrolling to the pick hid the baseline behind the row headers in a narrow window).
        const bool autoScroll = m_table->hasAutoScroll();
        m_table->setAutoScroll(false);
        m_table->setCurrentIndex(pick);
        m_table->setAutoScroll(autoScroll);
    }
}

Report CompareView::report() const
{
    Report r = compareReport(m_model->table(), m_catalog.sources(), m_language, m_catalog.datasetVersion(), QDate::currentDate());
    // The chips' value columns follow the metric and unit columns, in the model's column order.
    constexpr int kFirstChipColumn = 2;
    const QString mark = ClaimText::yourDataSign() + QLatin1Char(' ');
    QList<QStringList> yours; // per row, the chips whose figure is the user's
    bool any = false;
    for (int row = 0; row < r.table.rows.size(); ++row) {
        yours.append(QStringList());
        for (int chip = 0; chip < m_model->columnCount() && row < m_model->rowCount(); ++chip) {
            const int column = kFirstChipColumn + chip;
            if (!m_model->index(row, chip).data(CompareModel::UserDataRole).toBool() || column >= r.styles[row].size())
                continue;
            // Marked where people read it (XLSX, PDF, HTML, Markdown), as the cell is on screen; the raw number stays.
            r.styles[row][column].display = mark + r.cellText(row, column);
            yours.last() << m_model->table().chips.at(chip).id;
            any = true;
        }
    }
    if (!any)
        return r;
    // And in a column of its own, which CSV and JSON carry too: which chips' figures in the row are the user's.
    r.table.columns << QStringLiteral("your_data");
    r.table.headers << ClaimText::yourDataColumn();
    for (int row = 0; row < r.table.rows.size(); ++row) {
        QStringList names;
        for (const QString &id : std::as_const(yours.at(row)))
            if (const Chip *chip = m_catalog.findChip(id))
                names << chip->localName(m_language);
        r.table.rows[row] << (yours.at(row).isEmpty() ? QVariant() : QVariant(yours.at(row).join(QLatin1Char(';'))));
        if (row < r.units.size())
            r.units[row] << QString();
        if (row < r.styles.size()) {
            ReportCellStyle s;
            s.display = names.isEmpty() ? QString() : mark + names.join(QStringLiteral(", "));
            r.styles[row] << s;
        }
    }
    r.notes << ClaimText::yourDataNote();
    return r;
}

bool CompareView::exportTo(const QString &path, ReportFormat format, QString *error) const
{
    return writeReport(report(), format, path, error);
}

void CompareView::exportWithDialog()
{
    if (m_model->columnCount() == 0) {
        QMessageBox::information(this, tr("Export"), tr("Choose at least one chip to export the comparison."));
        return;
    }
    struct Choice {
        std::optional<ReportFormat> format; // a table format, or (none) the chart as an image
        QString filter;
        QString suffix;
    };
    const QList<Choice> choices{
        {ReportFormat::Xlsx, tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")},
        {ReportFormat::Pdf, tr("PDF document (*.pdf)"), QStringLiteral("pdf")},
        {ReportFormat::Csv, tr("CSV, UTF-8 (*.csv)"), QStringLiteral("csv")},
        {ReportFormat::Html, tr("Web page (*.html)"), QStringLiteral("html")},
        {ReportFormat::Markdown, tr("Markdown (*.md)"), QStringLiteral("md")},
        {ReportFormat::Json, tr("JSON, raw values (*.json)"), QStringLiteral("json")},
        {std::nullopt, tr("Comparison chart, PNG image (*.png)"), QStringLiteral("png")},
        {std::nullopt, tr("Comparison chart, SVG drawing (*.svg)"), QStringLiteral("svg")},
    };
    QStringList filters;
    for (const Choice &c : choices)
        filters << c.filter;
    const int chosen = std::clamp(m_lastExportFormat, 0, int(choices.size()) - 1);

    QFileDialog dialog(this, tr("Export the comparison"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(filters.at(chosen));
    dialog.setDefaultSuffix(choices.at(chosen).suffix);
    const QString dir = m_lastExportDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_lastExportDir;
    dialog.setDirectory(dir);
    dialog.selectFile(QStringLiteral("compute-atlas-compare-%1.%2").arg(QDate::currentDate().toString(Qt::ISODate), choices.at(chosen).suffix));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        const qsizetype at = filters.indexOf(filter);
        if (at >= 0)
            dialog.setDefaultSuffix(choices.at(at).suffix);
    });
    // QFileDialog asks before it overwrites a file.
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const qsizetype filterIndex = filters.indexOf(dialog.selectedNameFilter());
    m_lastExportFormat = int(std::max<qsizetype>(0, filterIndex));
    m_lastExportDir = QFileInfo(path).absolutePath();
    QString error;
    if (!choices.at(m_lastExportFormat).format) {
        if (!exportChart(path, choices.at(m_lastExportFormat).suffix == QLatin1String("svg"), &error)) {
            QMessageBox::warning(this, tr("Export failed"), tr("The chart could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
            return;
        }
        emit exported(path);
        return;
    }
    const ReportFormat format = reportFormatFromFileName(path).value_or(*choices.at(m_lastExportFormat).format);

    const bool ok = ReportExportProgress::write(this, report(), format, path, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), tr("The comparison could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit exported(path);
}

QVariantMap CompareView::newerClaimRequest() const
{
    return m_table->currentIndex().data(CompareModel::NewerClaimRole).toMap();
}
