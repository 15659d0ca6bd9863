#pragma once
// The Roofline view (DESIGN §4, issue 5): the calculator. Controls on the left; on the right a one-line answer,
// the roofline and the batch sweep side by side, and below them the results per chip and the operators of one
// chip, with "Show the working" revealing every formula with its numbers. Recomputes on every change (the engine
// takes well under a millisecond); exports the results table in every report format and the charts as PNG/SVG.

#include "catalog.h"
#include "common/atlas_view.h"
#include "common/chart_image.h"
#include "number_format.h"
#include "report.h"
#include "roofline_run.h"


class BatchSweepChart;
class FrontierChart;
class OperatorModel;
class QCheckBox;
class QLabel;
class QSettings;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class RooflineChart;
class RooflineControls;
class SystemPanel;
class RooflineResultsModel;

class RooflineView : public AtlasView {
    Q_OBJECT
public:
    explicit RooflineView(const Catalog &catalog, QWidget *parent = nullptr);
    // With the system table (issue 17): each chip can be costed as part of a system (the economics panel).
    RooflineView(const Catalog &catalog, const QList<SystemSpec> &systems, QWidget *parent = nullptr);
    // With the public rental price list the systems panel offers in rental mode.
    RooflineView(const Catalog &catalog, const QList<SystemSpec> &systems, const QList<RentalPrice> &rentalPrices,
                 QWidget *parent = nullptr);

    const RooflineRun &run() const { return m_run; }
    void recompute();

    void setLanguage(Language language) override;
    void restoreSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool canExport() const override { return true; }
    QString exportStatusTip() const override;
    // Accepts {"tier": {"name", "capacity_bytes", "bandwidth_bytes_per_s", "holds": "weights"|"kv_cache"}} (the Memory
    // view's HBF outlook): an LLM decode with that what-if tier per chip; other settings stay as they are.
    void openRequest(const QVariantMap &request) override;

    // The results table as shown, in the interface language; false with `error` set if it failed.
    bool exportTo(const QString &path, ReportFormat format, QString *error) const;
    enum class Chart { Roofline, BatchSweep, Frontier };
    bool exportChart(Chart chart, const QString &path, ChartImageFormat format, QString *error) const;
    // Asks where and in which format (a table format, or a chart as PNG or SVG), then writes it (File → Export…).
    void exportWithDialog() override;

    // The answer line above the charts, as plain text: it answers for the controls as set, and links to the
    // batch where the chosen chip turns compute-bound and to the chips a model that does not fit needs.
    QString summaryText() const;
    QString summaryRichText() const;
    // A link in the answer line, as a click on it: "atlas:batch/845" sets the batch, "atlas:tp/3" the tensor-parallel
    // chips.
    void followSummaryLink(const QString &target);

    RooflineControls *controls() const { return m_controls; }
    SystemPanel *systemPanel() const { return m_systemPanel; }
    RooflineResultsModel *resultsModel() const { return m_results; }
    OperatorModel *operatorModel() const { return m_operators; }
    RooflineChart *rooflineChart() const { return m_roofline; }
    BatchSweepChart *sweepChart() const { return m_sweep; }
    // The frontier chart: null until its tab is first shown (showFrontier builds it).
    FrontierChart *frontierChart() const { return m_frontier; }
    void showFrontier();
    QTabWidget *chartTabs() const { return m_chartTabs; }
    QTableView *resultsTable() const { return m_resultsTable; }
    QTextBrowser *workingPanel() const { return m_working; }
    QCheckBox *workingToggle() const { return m_showWorking; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    // The two charts side by side, or as tabs below this width of the charts' pane.
    void arrangeCharts(bool sideBySide);
    void buildFrontier();
    // A short charts pane (a 1024 × 640 window) has no room for the legends below the plots: they go beside them.
    void placeChartLegends();
    static constexpr int kLegendBesideBelowHeight = 330;
    void updateFrontier(); // the run's frontiers, for the chips the chart or the working needs
    static constexpr int kChartsSideBySideWidth = 760;
    void updateSummary();
    void updateLegendStrip();
    void updateWorking();
    QString summaryHtml() const;
    QString chipLabel(const Chip &chip) const; // the chip's short name in the interface language

    const Catalog &m_catalog;
    QList<SystemSpec> m_systems; // for the scale-out network a layout wider than the scale-up domain crosses
    Language m_language = Language::English;
    RooflineRun m_run;

    RooflineControls *m_controls = nullptr;
    SystemPanel *m_systemPanel = nullptr;
    RooflineResultsModel *m_results = nullptr;
    OperatorModel *m_operators = nullptr;
    RooflineChart *m_roofline = nullptr;
    BatchSweepChart *m_sweep = nullptr;
    FrontierChart *m_frontier = nullptr;
    QWidget *m_frontierPage = nullptr; // the frontier's tab, empty until first shown
    std::optional<bool> m_sideBySide;
    QLabel *m_summary = nullptr;
    QLabel *m_legend = nullptr;
    QTabWidget *m_tabs = nullptr; // results, operators, working
    QTableView *m_resultsTable = nullptr;
    QTableView *m_operatorTable = nullptr;
    QCheckBox *m_showWorking = nullptr;
    QTextBrowser *m_working = nullptr;
    QSplitter *m_chartSplitter = nullptr;
    QSplitter *m_chartsTableSplitter = nullptr; // charts above, the results below
    QSplitter *m_controlsSplitter = nullptr;    // the controls' column beside the rest
    QTabWidget *m_chartTabs = nullptr;
    QWidget *m_chartsPane = nullptr;
    QString m_lastExportDir;
    int m_lastExportFormat = 0;
};
