#pragma once
// The Money flows view (DESIGN §4, issue 8): who pays whom. The graph of companies and flows in role columns, every
// loop of circular financing with the most that can go round it, each company's totals and deals, the amounts
// announced per quarter with a date slider that replays the graph, filters by kind, status, date and amount, and
// exports of the tables (every report format) and the pictures (PNG, SVG). Everything it counts comes from
// data/model (FlowGraph, findCycles, companyFlows); it only decides what to show and says it in the interface
// language.

#include "catalog.h"
#include "common/atlas_view.h"
#include "common/chart_image.h"
#include "common/export_file_dialog.h"
#include "flow_cycles.h"
#include "flow_graph.h"
#include "flow_layout.h"
#include "report.h"

#include <QHash>
#include <QPointF>

class FlowGraphView;
class FlowTimelineChart;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QSlider;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QPushButton;

class FlowsView : public AtlasView {
    Q_OBJECT
public:
    explicit FlowsView(const Catalog &catalog, QWidget *parent = nullptr);

    void setLanguage(Language language) override;
    void restoreSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool canExport() const override { return true; }
    void exportWithDialog() override;
    QString exportStatusTip() const override;
    // Accepts {"company": id}: selects that company.
    void openRequest(const QVariantMap &request) override;

    // What the view counts now, and what it found.
    FlowFilter filter() const;
    const FlowGraph &graph() const { return m_graph; }
    const QList<FlowCycle> &cycles() const { return m_cycles; }

    // Filters and selections, as the controls set them (tests and requests).
    void setKinds(const QStringList &kinds);
    void setStatusChoice(int index); // 0 active, 1 active and lapsed, 2 every status
    void setMinimumAmount(double usd);
    void setAsOfBar(int bar);        // the timeline bar "as of" falls on; the last one = no limit
    void selectCompany(const QString &id);
    void selectLoop(int row);
    QString selectedCompany() const;

    enum class Table { Flows, Loops, Companies };
    enum class Picture { Graph, Timeline };
    Report report(Table table) const;
    bool exportTable(Table table, const QString &path, ReportFormat format, QString *error) const;
    bool exportPicture(Picture picture, const QString &path, ChartImageFormat format, QString *error);

    FlowGraphView *graphView() const { return m_graphView; }
    FlowTimelineChart *timeline() const { return m_timeline; }
    QListWidget *loopList() const { return m_loops; }
    QTextBrowser *loopDetails() const { return m_loopDetails; }
    QTextBrowser *companyPanel() const { return m_companyPanel; }
    QSlider *asOfSlider() const { return m_asOf; }
    QLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void recompute();
    void updateGraph();
    void updateTimeline();
    void updateLoops();
    void updateCompanyPanel();
    void updateAsOfLabel();
    void fillMinimumBox();
    void fillCompanyBox();
    void showLoop(int row);
    void replayStep();
    void openLink(const QUrl &url);
    QDate asOfDate() const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    FlowLayout m_layout;
    QHash<QString, QPointF> m_moved; // positions the user dragged companies to
    QStringList m_companiesWithFlows;
    QDate m_windowStart;             // the first quarter the timeline draws; earlier flows share one bar
    QDate m_windowEnd;
    bool m_hasEarlier = false;       // some flow is older than the window: the timeline starts with an "Earlier" bar

    FlowGraph m_graph;               // what is counted
    QList<FlowCycle> m_cycles;
    bool m_cyclesTruncated = false;
    QList<Flow> m_faded;             // drawn faded, not counted (other statuses)

    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_showFaded = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_minimumLabel = nullptr;
    QComboBox *m_minimum = nullptr;
    QPushButton *m_resetLayout = nullptr;
    QList<QToolButton *> m_kindBoxes; // toggles that are also the colour legend
    QLabel *m_legend = nullptr;
    QLabel *m_summary = nullptr;
    FlowGraphView *m_graphView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_loops = nullptr;
    QTextBrowser *m_loopDetails = nullptr;
    QComboBox *m_companyBox = nullptr;
    QTextBrowser *m_companyPanel = nullptr;
    FlowTimelineChart *m_timeline = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QSlider *m_asOf = nullptr;
    QToolButton *m_replay = nullptr;
    QTimer *m_replayTimer = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QString m_selectedCompany;
    ExportFileDialog::Memory m_exportMemory;
    bool m_updating = false;
};
