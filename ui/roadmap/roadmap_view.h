#pragma once
// The Roadmap view (DESIGN §4, issue 12): when each accelerator was announced and ships, how fast its figures grow,
// and whether memory keeps up. Three tabs over one set of vendors: the timeline (lanes per vendor, events, today),
// the trends (a metric on a log scale with a fit per vendor and its doubling time) and the memory wall (flagships'
// compute against bandwidth and capacity as indexes). A side panel shows the selected chip's figures and how each
// claim changed, with a button to open it in Compare. Exports the tab's table in every report format and its chart
// as PNG or SVG.

#include "catalog.h"
#include "common/atlas_view.h"
#include "common/chart_image.h"
#include "common/export_file_dialog.h"
#include "number_format.h"
#include "report.h"
#include "trend_analysis.h"

#include <array>

class ChipPanel;
class MemoryWallChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;
class QSettings;
class QSplitter;
class QTabWidget;
class QToolButton;
class TimelineChart;
class TrendChart;

class RoadmapView : public AtlasView {
    Q_OBJECT
public:
    explicit RoadmapView(const Catalog &catalog, QWidget *parent = nullptr);

    enum class Tab { Timeline, Trends, MemoryWall };
    static QString defaultChipId() { return QStringLiteral("rubin"); } // its bandwidth claims moved the most

    void setTab(Tab tab);
    Tab tab() const;
    void setMetric(TrendMetric metric);
    TrendMetric metric() const;
    void setBasis(DateBasis basis);
    DateBasis basis() const;
    void setIncludeProjected(bool include);
    bool includeProjected() const;
    void setWallPrecision(Precision precision);
    Precision wallPrecision() const;
    // Only these vendors (ids) in every tab; empty: all of them.
    void setVendors(const QStringList &vendorIds);
    QStringList vendors() const;
    void selectChip(const QString &chipId);
    QString selectedChip() const;

    void setLanguage(Language language) override;
    void restoreSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool canExport() const override { return true; }
    QString exportStatusTip() const override;
    void exportWithDialog() override;
    // Accepts {"chip": id or alias} (selects it) and {"tab": "timeline" | "trends" | "memory-wall"}.
    void openRequest(const QVariantMap &request) override;

    // The current tab's table in the interface language, or its chart; false with `error` set if it failed.
    bool exportTo(const QString &path, ReportFormat format, QString *error) const;
    bool exportChart(const QString &path, ChartImageFormat format, QString *error) const;
    Report currentReport() const;

    TimelineChart *timeline();
    // Brought up to date first: a hidden tab's chart is built when it is shown (or asked for here).
    TrendChart *trendChart();
    MemoryWallChart *memoryWallChart();
    int chartRebuilds() const { return m_rebuilds; }
    ChipPanel *chipPanel() const { return m_panel; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *basisBox() const { return m_basis; }
    QComboBox *precisionBox() const { return m_precision; }
    QCheckBox *projectionsBox() const { return m_projections; }
    QCheckBox *eventsBox() const { return m_events; }
    QToolButton *vendorButton() const { return m_vendorButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void recompute();
    void refreshTab(Tab t);
    void updateControls();
    void updateVendorButton();
    QHash<QString, QString> vendorNames() const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    QStringList m_allVendors;
    QStringList m_vendorFilter; // empty: every vendor

    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_timelineScroll = nullptr;
    TimelineChart *m_timeline = nullptr;
    TrendChart *m_trend = nullptr;
    MemoryWallChart *m_wall = nullptr;
    ChipPanel *m_panel = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_vendorButton = nullptr;
    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metric = nullptr;
    QLabel *m_precisionLabel = nullptr;
    QComboBox *m_precision = nullptr;
    QLabel *m_basisLabel = nullptr;
    QComboBox *m_basis = nullptr;
    QCheckBox *m_projections = nullptr;
    QCheckBox *m_events = nullptr;
    ExportFileDialog::Memory m_exportMemory;
    bool m_updating = false;
    // Tabs whose chart shows data older than the choices (by Tab): recompute() rebuilds the tab shown and marks
    // the others, which are rebuilt when shown. Start-up builds one chart, not three.
    std::array<bool, 3> m_stale{};
    int m_rebuilds = 0; // charts rebuilt since construction, for the tests
};
