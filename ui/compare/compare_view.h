#pragma once
// The Compare view (DESIGN §4, issue 3): chosen chips side by side, every metric with its unit, the ratio to a
// baseline chip, the best of each row marked, projections drawn as projections, and for the selected cell a
// panel saying where its value comes from. Exports the table (File → Export…).

#include "catalog.h"
#include "system_economics.h"
#include "common/atlas_view.h"
#include "number_format.h"
#include "report.h"


class ChipChooser;
class CompareChart;
class QCheckBox;
class QPushButton;
class QStackedWidget;
class ColumnFitter;
class CompareModel;
class QComboBox;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QTextBrowser;

class CompareView : public AtlasView {
    Q_OBJECT
public:
    explicit CompareView(const Catalog &catalog, QWidget *parent = nullptr);
    // With the system table: rows for each chip's system power and price per accelerator (issue 17).
    CompareView(const Catalog &catalog, const QList<SystemSpec> &systems, QWidget *parent = nullptr);

    // What a first start shows: H100 SXM as the baseline against Blackwell, Rubin, Feynman, Ironwood, MI355X.
    static QStringList defaultChipIds();
    static QString defaultBaselineId();

    void setSelection(const QStringList &chipIds, const QString &baselineId);
    QStringList chipIds() const;
    QString baselineId() const;

    void setLanguage(Language language) override;
    void restoreSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool canExport() const override { return true; }
    QString exportStatusTip() const override;
    // Accepts {"chips": [ids], "baseline": id}: shows those chips (ids or aliases), the baseline optional.
    void openRequest(const QVariantMap &request) override;

    // Writes the table as it stands in the interface language to `path`; false with `error` set if it failed.
    bool exportTo(const QString &path, ReportFormat format, QString *error) const;
    // What an export writes: the comparison shown, the user's own figures marked ✎ as in the table.
    Report report() const;
    // Asks where and in which format, then exports with a progress dialog (File → Export…).
    void exportWithDialog() override;

    CompareModel *model() const { return m_model; }
    ChipChooser *chooser() const { return m_chooser; }
    QComboBox *baselineBox() const { return m_baseline; }
    QTableView *table() const { return m_table; }
    // The figure of the current cell, for Edit → Add a newer claim… (empty for a derived figure).
    QVariantMap newerClaimRequest() const override;
    QTextBrowser *provenancePanel() const { return m_provenance; }
    CompareChart *chart() const { return m_chart; }
    QPushButton *chartToggle() const { return m_chartToggle; }
    QCheckBox *logScaleBox() const { return m_logScale; }
    // Shows the chart instead of the table (or back).
    void setChartShown(bool shown);
    bool chartShown() const;
    // The chart as it stands, as a PNG or SVG file; false with `error` set if it failed.
    bool exportChart(const QString &path, bool svg, QString *error);
    // Puts the chart on the clipboard as a picture.
    void copyChart();

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillBaselineBox();
    void applyChooser();
    void showProvenance();
    void restoreCurrentCell();
    void updateChart();

    const Catalog &m_catalog;
    Language m_language = Language::English;
    CompareModel *m_model = nullptr;
    ChipChooser *m_chooser = nullptr;
    QComboBox *m_baseline = nullptr;
    QLabel *m_baselineLabel = nullptr;
    QLabel *m_chipsLabel = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_provenanceTitle = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_provenance = nullptr;
    QStackedWidget *m_pages = nullptr;
    CompareChart *m_chart = nullptr;
    QPushButton *m_chartToggle = nullptr;
    QPushButton *m_copyChart = nullptr;
    QCheckBox *m_logScale = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_tableSplitter = nullptr;
    ColumnFitter *m_columns = nullptr;
    QString m_lastExportDir;
    int m_lastExportFormat = 0;
    bool m_updating = false;
    bool m_sized = false; // the splitter was set to the chip names' width when first shown
    QString m_keptRow;  // the current cell's row key and chip, kept across a model reset
    QString m_keptChip;
};
