#include "memory_view.h"

#include "chip_memory_chart.h"
#include "common/chart_image.h"
#include "common/column_fitter.h"
#include "common/report_export_progress.h"
#include "date_format.h"
#include "memory_palette.h"
#include "memory_report.h"
#include "memory_tables.h"
#include "report_writer.h"
#include "share_chart.h"

#include <QComboBox>
#include <algorithm>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString kPrefix = QStringLiteral("memory/");

ChartImageFormat imageFormatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? ChartImageFormat::Svg : ChartImageFormat::Png;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}
} // namespace

MemoryView::MemoryView(const Catalog &catalog, const QList<QSqlDatabase> &databases, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
    , m_data(loadMemoryData(databases))
{
    setObjectName(QStringLiteral("memoryView"));
    m_points = chipMemoryPoints(m_catalog.chips(), m_data.chipMemory);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_exportMenu = new QMenu(m_export);
    m_export->setMenu(m_exportMenu);
    m_tabs->setCornerWidget(m_export, Qt::TopRightCorner);

    // Market
    auto *market = new QWidget(m_tabs);
    auto *marketLayout = new QVBoxLayout(market);
    auto *marketBar = new QHBoxLayout;
    m_segmentLabel = new QLabel(market);
    m_segment = new QComboBox(market);
    m_segment->setObjectName(QStringLiteral("segmentBox"));
    for (const QString &s : shareSegments(m_data.shares))
        m_segment->addItem(s, s);
    m_segmentLabel->setBuddy(m_segment);
    marketBar->addWidget(m_segmentLabel);
    marketBar->addWidget(m_segment);
    marketBar->addStretch(1);
    marketLayout->addLayout(marketBar);
    auto *marketSplit = new QSplitter(Qt::Vertical, market);
    m_shareChart = new ShareChartWidget(marketSplit);
    m_shareTable = new QTableWidget(marketSplit);
    m_shareTable->setObjectName(QStringLiteral("shareTable"));
    m_shareTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shareTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shareTable->verticalHeader()->hide();
    m_shareTable->horizontalHeader()->setStretchLastSection(true);
    m_shareTable->setWordWrap(false);
    marketSplit->addWidget(m_shareChart);
    marketSplit->addWidget(m_shareTable);
    marketSplit->setStretchFactor(0, 3);
    marketSplit->setStretchFactor(1, 1);
    marketLayout->addWidget(marketSplit, 1);
    m_marketNote = noteLabel(market);
    marketLayout->addWidget(m_marketNote);
    m_tabs->addTab(market, QString());

    // Per chip
    auto *chips = new QWidget(m_tabs);
    auto *chipsLayout = new QVBoxLayout(chips);
    auto *chipsBar = new QHBoxLayout;
    m_measureLabel = new QLabel(chips);
    m_measure = new QComboBox(chips);
    m_measure->setObjectName(QStringLiteral("measureBox"));
    m_measure->addItem(QString(), int(ChipMemoryChart::Measure::Capacity));
    m_measure->addItem(QString(), int(ChipMemoryChart::Measure::Bandwidth));
    m_measureLabel->setBuddy(m_measure);
    chipsBar->addWidget(m_measureLabel);
    chipsBar->addWidget(m_measure);
    chipsBar->addStretch(1);
    chipsLayout->addLayout(chipsBar);
    auto *chipsSplit = new QSplitter(Qt::Vertical, chips);
    m_chipChart = new ChipMemoryChart(ChipMemoryChart::Measure::Capacity, chipsSplit);
    m_chipChart->setObjectName(QStringLiteral("chipChart"));
    m_readsChart = new ChipMemoryChart(ChipMemoryChart::Measure::ReadsPerSecond, chipsSplit);
    m_readsChart->setObjectName(QStringLiteral("readsChart"));
    chipsSplit->addWidget(m_chipChart);
    chipsSplit->addWidget(m_readsChart);
    chipsLayout->addWidget(chipsSplit, 1);
    m_chipNote = noteLabel(chips);
    chipsLayout->addWidget(m_chipNote);
    m_tabs->addTab(chips, QString());

    // HBF outlook
    auto *outlook = new QWidget(m_tabs);
    auto *outlookLayout = new QVBoxLayout(outlook);
    m_outlook = new QTextBrowser(outlook);
    m_outlook->setObjectName(QStringLiteral("outlookText"));
    m_outlook->setOpenExternalLinks(true);
    outlookLayout->addWidget(m_outlook, 1);
    auto *outlookBar = new QHBoxLayout;
    m_rooflineButton = new QPushButton(outlook);
    m_rooflineButton->setObjectName(QStringLiteral("rooflineButton"));
    outlookBar->addWidget(m_rooflineButton);
    outlookBar->addStretch(1);
    outlookLayout->addLayout(outlookBar);
    m_tabs->addTab(outlook, QString());
    connect(m_rooflineButton, &QPushButton::clicked, this, [this] {
        if (!m_hbfCapacity || !m_hbfBandwidth)
            return;
        emit openViewRequested(QStringLiteral("roofline"),
                               {{QStringLiteral("tier"), QVariantMap{{QStringLiteral("name"), QStringLiteral("HBF")},
                                                                     {QStringLiteral("capacity_bytes"), *m_hbfCapacity},
                                                                     {QStringLiteral("bandwidth_bytes_per_s"), *m_hbfBandwidth},
                                                                     {QStringLiteral("holds"), QStringLiteral("weights")}}}});
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);

    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] { refreshMarket(); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_chipChart->setMeasure(ChipMemoryChart::Measure(m_measure->currentData().toInt()));
    });
}

QString MemoryView::companyName(const QString &id) const
{
    const Company *c = m_catalog.company(id);
    if (!c)
        return id;
    const QString &zh = m_language == Language::TraditionalChinese ? c->nameZhHant
        : m_language == Language::SimplifiedChinese                ? c->nameZhHans
                                                                   : c->nameEn;
    return zh.isEmpty() ? c->nameEn : zh;
}

void MemoryView::setLanguage(Language language)
{
    m_language = language;
    retranslateUi();
}

void MemoryView::retranslateUi()
{
    m_tabs->setTabText(0, tr("Market"));
    m_tabs->setTabText(1, tr("Per chip"));
    m_tabs->setTabText(2, tr("HBF outlook"));
    m_segmentLabel->setText(tr("&Segment:"));
    m_measureLabel->setText(tr("&Upper panel:"));
    m_measure->setItemText(0, tr("Capacity"));
    m_measure->setItemText(1, tr("Bandwidth"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(exportStatusTip());
    m_exportMenu->clear();
    connect(m_exportMenu->addAction(tr("Market shares table…")), &QAction::triggered, this, [this] { exportReportWithDialog(Table::Shares); });
    connect(m_exportMenu->addAction(tr("Memory per chip table…")), &QAction::triggered, this, [this] { exportReportWithDialog(Table::Chips); });
    connect(m_exportMenu->addAction(tr("HBF outlook table…")), &QAction::triggered, this, [this] { exportReportWithDialog(Table::Outlook); });
    connect(m_exportMenu->addAction(tr("Chart shown as PNG or SVG…")), &QAction::triggered, this, [this] { exportImageWithDialog(); });
    m_marketNote->setText(tr("Shares from different firms or of different things (revenue, shipments, bits) are drawn side by side, never "
                             "added together. A period no source covers stays empty. Hover a bar for its source.")
                              .toHtmlEscaped());
    m_chipNote->setText(tr("Every chip with a stated capacity and bandwidth, at its availability date. Reads per second = bandwidth ÷ "
                           "capacity: decoding reads every weight once per token step, so a model that fills the memory can run at most "
                           "this many steps a second on one chip. %1")
                            .arg(NumberFormat::binaryNote())
                            .toHtmlEscaped());
    refreshMarket();
    refreshChips();
    refreshOutlook();
}

void MemoryView::refreshMarket()
{
    const QString segment = m_segment->currentData().toString();
    QHash<QString, QString> names;
    QList<MarketShare> rows;
    for (const MarketShare &s : std::as_const(m_data.shares)) {
        names.insert(s.companyId, companyName(s.companyId));
        if (s.segment == segment)
            rows << s;
    }
    const ShareChart chart = ::shareChart(m_data.shares, segment);
    m_shareChart->setChart(chart, segment, names, m_catalog.sources(), m_language);

    const QStringList headers{tr("Period"), tr("Share of"), tr("Supplier"), tr("Share"), tr("Basis"), tr("Source")};
    m_shareTable->clear();
    m_shareTable->setColumnCount(int(headers.size()));
    m_shareTable->setHorizontalHeaderLabels(headers);
    m_shareTable->setRowCount(0);
    for (const ShareColumn &col : chart.columns) {
        for (const MarketShare &s : col.rows) {
            const int r = m_shareTable->rowCount();
            m_shareTable->insertRow(r);
            const Source *source = m_catalog.source(s.sourceId);
            const QString basis = s.isEstimate() ? tr("forecast") : s.basis == QLatin1String("official") ? tr("official") : tr("reported");
            const QStringList cells{DateFormat::text(s.period, m_language), shareOfText(col.shareOf), names.value(s.companyId),
                                    QStringLiteral("%1%").arg(NumberFormat::decimal(s.sharePct, 3)), basis,
                                    source ? QStringLiteral("%1 — %2").arg(source->publisher, source->title) : s.sourceId};
            const QString toolTip = m_shareChart->shareToolTip(col, s); // one per row: it lays out a text to fit
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c == 3)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(toolTip);
                m_shareTable->setItem(r, c, item);
            }
        }
    }
    // resizeColumnsToContents() without measuring the same period, supplier or source again on every row; the
    // source, last, takes the rest of the width (stretchLastSection).
    QHeaderView *header = m_shareTable->horizontalHeader();
    for (int c = 0; c < m_shareTable->columnCount() - (header->stretchLastSection() ? 1 : 0); ++c)
        m_shareTable->setColumnWidth(c, std::max(ColumnFitter::contentWidth(m_shareTable, c), header->sectionSizeHint(c)));
}

void MemoryView::refreshChips()
{
    m_chipChart->setPoints(m_points, m_catalog.sources(), m_language);
    m_readsChart->setPoints(m_points, m_catalog.sources(), m_language);
}

void MemoryView::refreshOutlook()
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(tr("High-bandwidth flash (HBF): announced, not shipping").toHtmlEscaped(),
                            tr("HBF stacks NAND flash like HBM stacks DRAM, to put far more capacity beside an accelerator at a "
                               "bandwidth near HBM's, for inference weights that are read, not rewritten. Every figure below is a "
                               "target a company has stated, on the date shown; none is a product specification.")
                                .toHtmlEscaped());
    std::optional<double> bandwidth, capacity;
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\" border=\"0\" width=\"100%\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
                .arg(tr("Stated").toHtmlEscaped(), tr("Who").toHtmlEscaped(), tr("What").toHtmlEscaped(), tr("Target").toHtmlEscaped(),
                     tr("Source").toHtmlEscaped());
    for (const MemoryOutlook &o : std::as_const(m_data.outlook)) {
        QString target;
        if (o.value)
            target = NumberFormat::si(*o.value, o.unit);
        if (!o.targetOn.isEmpty())
            target += (target.isEmpty() ? QString() : QStringLiteral(", ")) + DateFormat::text(o.targetOn, m_language);
        if (o.kind == QLatin1String("bandwidth_target") && o.value && o.unit == QLatin1String("B/s"))
            bandwidth = o.value;
        if (o.kind == QLatin1String("capacity_target") && o.value && o.unit == QLatin1String("B"))
            capacity = o.value;
        const Source *s = m_catalog.source(o.sourceId);
        const QString source = s ? (s->url.isEmpty() ? s->publisher.toHtmlEscaped()
                                                     : QStringLiteral("<a href=\"%1\">%2</a>").arg(s->url.toHtmlEscaped(), s->publisher.toHtmlEscaped()))
                                 : o.sourceId.toHtmlEscaped();
        const QString kind = outlookKindText(o.kind);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br><span style=\"color:gray\">%4</span></td><td>%5</td><td>%6</td></tr>")
                    .arg(DateFormat::text(o.statedOn, m_language).toHtmlEscaped(), companyName(o.companyId).toHtmlEscaped(),
                         o.title(m_language).toHtmlEscaped(), kind.toHtmlEscaped(),
                         o.isTarget() ? QStringLiteral("<i>%1</i>").arg(target.toHtmlEscaped()) : target.toHtmlEscaped(), source);
    }
    html += QStringLiteral("</table>");
    if (bandwidth && capacity && *capacity > 0) {
        // What the memory-wall measure says of the targets: one stack read whole, compared with the chips' HBM.
        double lo = 1e300, hi = 0;
        for (const ChipMemoryPoint &p : std::as_const(m_points))
            if (!p.projected && p.generation.startsWith(QLatin1String("HBM"))) {
                lo = std::min(lo, p.readsPerSecond());
                hi = std::max(hi, p.readsPerSecond());
            }
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("At these targets one HBF stack could be read whole %1 times a second (%2 ÷ %3). The HBM of the chips in "
                            "the Per chip tab is read %4 to %5 times a second: HBF adds capacity for weights, not speed, and a model "
                            "served from it would take fewer decode steps a second than one served from HBM.")
                             .arg(NumberFormat::decimal(*bandwidth / *capacity, 2), NumberFormat::si(*bandwidth, QStringLiteral("B/s")),
                                  NumberFormat::si(*capacity, QStringLiteral("B")), NumberFormat::decimal(lo, 2), NumberFormat::decimal(hi, 2))
                             .toHtmlEscaped());
    }
    m_outlook->setHtml(html);
    m_hbfCapacity = capacity;
    m_hbfBandwidth = bandwidth;
    m_rooflineButton->setEnabled(capacity && bandwidth);
    m_rooflineButton->setText(tr("Try it in the Roofline view…"));
    m_rooflineButton->setToolTip(
        capacity && bandwidth
            ? tr("Opens the Roofline calculator for LLM decoding with one HBF stack per chip at the announced targets (%1, %2), "
                 "holding the model's weights: choose the model and chips there and compare tokens per second and cost.")
                  .arg(NumberFormat::si(*capacity, QStringLiteral("B")), NumberFormat::si(*bandwidth, QStringLiteral("B/s")))
            : tr("No announced capacity and bandwidth targets to try."));
}

Report MemoryView::report(Table table) const
{
    const CompanyNames names = companyNames(m_catalog.companies(), m_language);
    const QDate today = QDate::currentDate();
    switch (table) {
    case Table::Chips: return memoryChipsReport(m_points, m_catalog.sources(), m_language, m_catalog.datasetVersion(), today);
    case Table::Outlook: return memoryOutlookReport(m_data.outlook, names, m_catalog.sources(), m_language, m_catalog.datasetVersion(), today);
    case Table::Shares: break;
    }
    return memorySharesReport(m_data.shares, names, m_catalog.sources(), m_language, m_catalog.datasetVersion(), today);
}

QString MemoryView::exportStatusTip() const
{
    return tr("Write the HBM shares, the memory of every chip or the HBF outlook to a spreadsheet, PDF, web page, Markdown, CSV or JSON file");
}

void MemoryView::exportWithDialog()
{
    exportReportWithDialog(m_tabs->currentIndex() == 1 ? Table::Chips : m_tabs->currentIndex() == 2 ? Table::Outlook : Table::Shares);
}

void MemoryView::exportReportWithDialog(Table table)
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
    const QString stem = table == Table::Chips ? QStringLiteral("memory-per-chip") : table == Table::Outlook ? QStringLiteral("hbf-outlook")
                                                                                                             : QStringLiteral("hbm-shares");
    const auto chosen = ExportFileDialog::ask(this, tr("Export the table"), formats, [&](int) {
        return QStringLiteral("compute-atlas-%1-%2").arg(stem, QDate::currentDate().toString(Qt::ISODate));
    }, m_reportExport);
    if (!chosen)
        return;
    const ReportFormat format = reportFormatFromFileName(chosen->path).value_or(choices.at(chosen->format).second);
    QString error;
    if (!ReportExportProgress::write(this, report(table), format, chosen->path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written:\n%2").arg(QDir::toNativeSeparators(chosen->path), error));
        return;
    }
    emit exported(chosen->path);
}

bool MemoryView::exportChart(const QString &path, QString *error) const
{
    QWidget *widget = m_tabs->currentIndex() == 1 ? static_cast<QWidget *>(m_chipChart->parentWidget())
        : m_tabs->currentIndex() == 2             ? static_cast<QWidget *>(m_outlook)
                                                  : static_cast<QWidget *>(m_shareChart);
    return saveWidgetImage(widget, path, imageFormatOf(path), error);
}

void MemoryView::exportImageWithDialog()
{
    const QList<ExportFileDialog::Format> formats{{tr("PNG image (*.png)"), QStringLiteral("png")}, {tr("SVG drawing (*.svg)"), QStringLiteral("svg")}};
    const auto chosen = ExportFileDialog::ask(this, tr("Export the chart"), formats, [&](int) {
        return m_tabs->currentIndex() == 1 ? QStringLiteral("compute-atlas-memory-per-chip") : QStringLiteral("compute-atlas-hbm-shares");
    }, m_imageExport);
    if (!chosen)
        return;
    QString error;
    if (!exportChart(chosen->path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written:\n%2").arg(QDir::toNativeSeparators(chosen->path), error));
        return;
    }
    emit exported(chosen->path);
}

void MemoryView::restoreSettings(const QSettings &settings)
{
    m_tabs->setCurrentIndex(std::clamp(settings.value(kPrefix + QStringLiteral("tab"), 0).toInt(), 0, m_tabs->count() - 1));
    const int segment = m_segment->findData(settings.value(kPrefix + QStringLiteral("segment")).toString());
    if (segment >= 0)
        m_segment->setCurrentIndex(segment);
    m_measure->setCurrentIndex(std::clamp(settings.value(kPrefix + QStringLiteral("measure"), 0).toInt(), 0, m_measure->count() - 1));
    m_reportExport.directory = m_imageExport.directory = settings.value(kPrefix + QStringLiteral("exportDir")).toString();
}

void MemoryView::saveSettings(QSettings &settings) const
{
    settings.setValue(kPrefix + QStringLiteral("tab"), m_tabs->currentIndex());
    settings.setValue(kPrefix + QStringLiteral("segment"), m_segment->currentData().toString());
    settings.setValue(kPrefix + QStringLiteral("measure"), m_measure->currentIndex());
    settings.setValue(kPrefix + QStringLiteral("exportDir"), m_reportExport.directory.isEmpty() ? m_imageExport.directory : m_reportExport.directory);
}
