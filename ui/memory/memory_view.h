#pragma once
// The Memory view (DESIGN §4, issue 16): the HBM market and the memory wall. Market: stacked shares per supplier
// per period, what each is a share of marked, gaps left empty, hover for the source. Per chip: capacity or
// bandwidth against availability, coloured by generation, and reads per second (bandwidth ÷ capacity), which
// bounds decode. HBF outlook: what SanDisk and SK hynix have announced, dated and sourced, as targets. Exports
// every table in every report format and the charts as PNG or SVG. Reads its tables when it is first built.

#include "catalog.h"
#include "common/atlas_view.h"
#include "common/export_file_dialog.h"
#include "memory_market.h"
#include "report.h"

#include <QSqlDatabase>

class ChipMemoryChart;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QToolButton;
class QMenu;
class QPushButton;
class ShareChartWidget;

class MemoryView : public AtlasView {
    Q_OBJECT
public:
    MemoryView(const Catalog &catalog, const QList<QSqlDatabase> &databases, QWidget *parent = nullptr);

    void setLanguage(Language language) override;
    void restoreSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool canExport() const override { return true; }
    void exportWithDialog() override;
    QString exportStatusTip() const override;

    enum class Table { Shares, Chips, Outlook };
    Report report(Table table) const;
    bool exportChart(const QString &path, QString *error) const; // the chart(s) of the tab shown

    // Parts, for tests.
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *measureBox() const { return m_measure; }
    ShareChartWidget *shareChart() const { return m_shareChart; }
    ChipMemoryChart *chipChart() const { return m_chipChart; }
    ChipMemoryChart *readsChart() const { return m_readsChart; }
    QTableWidget *shareTable() const { return m_shareTable; }
    QTextBrowser *outlookText() const { return m_outlook; }
    // Opens the Roofline view with one HBF stack per chip at the announced targets, holding the weights.
    QPushButton *rooflineButton() const { return m_rooflineButton; }
    const MemoryData &data() const { return m_data; }

private:
    void retranslateUi();
    void refreshMarket();
    void refreshChips();
    void refreshOutlook();
    void exportReportWithDialog(Table table);
    void exportImageWithDialog();
    QString companyName(const QString &id) const;

    const Catalog &m_catalog;
    MemoryData m_data;
    QList<ChipMemoryPoint> m_points;
    Language m_language = Language::English;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QComboBox *m_segment = nullptr;
    QLabel *m_marketNote = nullptr;
    ShareChartWidget *m_shareChart = nullptr;
    QTableWidget *m_shareTable = nullptr;
    QLabel *m_measureLabel = nullptr;
    QComboBox *m_measure = nullptr;
    QLabel *m_chipNote = nullptr;
    ChipMemoryChart *m_chipChart = nullptr;
    ChipMemoryChart *m_readsChart = nullptr;
    QTextBrowser *m_outlook = nullptr;
    QPushButton *m_rooflineButton = nullptr;
    std::optional<double> m_hbfCapacity, m_hbfBandwidth; // the announced per-stack targets (B, B/s)
    QToolButton *m_export = nullptr;
    QMenu *m_exportMenu = nullptr;
    ExportFileDialog::Memory m_reportExport, m_imageExport;
};
