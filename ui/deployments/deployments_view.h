#pragma once
// The Deployments view (DESIGN §4, issue 9): where the accelerators go. A choropleth world map coloured by the
// chosen measure (units, H100-equivalents, power or tokens per second), charts of the top countries and owners and
// of units announced over time, and a table of the deployments shown with where each comes from. Filters: kind,
// sector, vendor and announcement dates; a click on a country filters everything but the map and the country
// chart. Totals never add a total to its parts, and rows that may overlap are flagged (data/model).
// Accepts openRequest {"country": "KR"}.

#include "catalog.h"
#include "common/atlas_view.h"
#include "common/export_file_dialog.h"
#include "deployment_set.h"
#include "report.h"
#include "system_economics.h"

#include <memory>

class DeploymentCharts;
class DeploymentsTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QSpinBox;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;
class WorldMapWidget;

class DeploymentsView : public AtlasView {
    Q_OBJECT
public:
    // `rows`: the deployments to show, else the catalog's (bundled and user rows).
    explicit DeploymentsView(const Catalog &catalog, QWidget *parent = nullptr);
    DeploymentsView(const Catalog &catalog, QList<Deployment> rows, QWidget *parent = nullptr);
    ~DeploymentsView() override;

    void setLanguage(Language language) override;
    void restoreSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool canExport() const override { return true; }
    QString exportStatusTip() const override;
    void exportWithDialog() override;
    void openRequest(const QVariantMap &request) override;

    // What is shown, for tests and the benchmark.
    DeploymentFilter filter() const;
    DeploymentMeasure measure() const;
    void setMeasure(DeploymentMeasure measure);
    void setKindFilter(std::optional<UnitsKind> kind);
    void setSelectedCountry(const QString &iso2);
    QString selectedCountry() const { return m_country; }
    void setFamilyChip(const QString &familyKey, const QString &chipId); // empty chip: leave the family out
    const DeploymentSet &deployments() const { return *m_set; }
    // The system table, so a site's megawatts can be read as accelerators of its chip in the chip's default system.
    void setSystems(const QList<SystemSpec> &systems);
    const DeploymentTotals &shownTotals() const { return m_shownTotals; }
    // The per-country totals the map is coloured by (every country, whatever is selected).
    const QHash<QString, DeploymentTotals> &countryTotals() const { return m_countryTotals; }
    QString countryToolTip(const QString &iso2, const QString &fileName = {}) const;

    // Writes the table (or, with `totals`, the totals by country) in the interface language.
    Report tableReport() const;
    Report totalsReport(GroupBy by) const;
    bool exportMap(const QString &path, QString *error) const;   // .png or .svg
    bool exportChart(const QString &path, QString *error) const; // the chart on show, .png or .svg

    WorldMapWidget *map() const { return m_map; }
    DeploymentCharts *charts() const { return m_charts; }
    QTableView *table() const { return m_table; }
    DeploymentsTableModel *model() const { return m_model; }
    QTextBrowser *provenancePanel() const { return m_provenance; }
    QLabel *summaryLabel() const { return m_summary; }

    // Recomputes everything shown from the filters (called on every change).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void fillChoices();
    void rebuildAssumptionsMenu();
    void updateServing();
    void showProvenance();
    QString measureTitle(DeploymentMeasure m) const;
    QString formatMeasure(DeploymentMeasure m, double value) const;
    QString summaryHtml() const;
    QString rowHtml(const Deployment &d) const;
    QString assumptionsHtml() const;
    QStringList reportNotes() const;
    void exportReportWithDialog(bool totals);
    void exportImageWithDialog(bool map);

    const Catalog &m_catalog;
    std::unique_ptr<DeploymentSet> m_set;
    QList<SystemSpec> m_systems;
    Language m_language = Language::English;
    bool m_updating = false;
    QString m_country; // the country clicked, "" for all

    QComboBox *m_kind = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_vendor = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_llm = nullptr;
    QComboBox *m_precision = nullptr;
    QSpinBox *m_context = nullptr;
    QWidget *m_servingBox = nullptr;
    QLabel *m_kindLabel = nullptr, *m_sectorLabel = nullptr, *m_vendorLabel = nullptr, *m_datesLabel = nullptr,
           *m_measureLabel = nullptr, *m_modelLabel = nullptr, *m_contextLabel = nullptr, *m_toLabel = nullptr;
    QToolButton *m_assumptions = nullptr;
    QMenu *m_assumptionsMenu = nullptr;
    QToolButton *m_countryButton = nullptr;
    QToolButton *m_resetMap = nullptr;
    QToolButton *m_export = nullptr;
    QMenu *m_exportMenu = nullptr;
    QLabel *m_summary = nullptr;
    WorldMapWidget *m_map = nullptr;
    DeploymentCharts *m_charts = nullptr;
    QTableView *m_table = nullptr;
    DeploymentsTableModel *m_model = nullptr;
    QLabel *m_provenanceTitle = nullptr;
    QTextBrowser *m_provenance = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_top = nullptr;
    QSplitter *m_bottom = nullptr;

    QList<const Deployment *> m_shownRows;
    DeploymentTotals m_shownTotals;
    QHash<QString, DeploymentTotals> m_countryTotals;
    ExportFileDialog::Memory m_reportExport, m_imageExport;
};
