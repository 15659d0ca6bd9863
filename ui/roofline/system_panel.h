#pragma once
// The Roofline view's systems economics panel (issue 17): each chip costed as part of the system it is bought or
// rented in — the system of the chip whose operators are shown (its other chips keep their own choice or their
// default system), bought at the system's price or rented per accelerator-hour, and the facility assumptions
// (utilisation, cost of capital, years, facility capex per MW, PUE, electricity), each with its default and where it
// comes from, and the sources of the chosen system's power and price. Unticked, the results show the chip-level
// economics alone. Emits changed() on every edit; remembers itself.

#include "catalog.h"
#include "number_format.h"
#include "roofline_run.h"

#include <QGroupBox>
#include <QList>
#include <QMap>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSettings;

class SystemPanel : public QGroupBox {
    Q_OBJECT
public:
    SystemPanel(const Catalog &catalog, const QList<SystemSpec> &systems, QWidget *parent = nullptr,
                const QList<RentalPrice> &rentalPrices = {});

    // The chips chosen and the one whose system the panel shows (the "Operators of" chip).
    void setChips(const QStringList &chipIds, const QString &focusChipId);
    // Nothing when the panel is unticked.
    std::optional<RooflineRun::SystemInput> input() const;
    SystemSpec systemFor(const Chip &chip) const;
    // The price list's offer `chip` is rented at: the one chosen for it, else its first offer; nullopt for the typed
    // price (chosen, or the chip has no offer).
    std::optional<RentalPrice> rentalPriceFor(const Chip &chip) const;

    void restoreDefaults();
    void setLanguage(Language language);
    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

    QComboBox *systemBox() const { return m_system; }
    QComboBox *basisBox() const { return m_basis; }
    QDoubleSpinBox *rentalBox() const { return m_rental; }
    QComboBox *rentalPriceBox() const { return m_rentalPrice; }
    QDoubleSpinBox *utilizationBox() const { return m_utilization; }
    QDoubleSpinBox *waccBox() const { return m_wacc; }
    QDoubleSpinBox *yearsBox() const { return m_years; }
    QDoubleSpinBox *facilityCapexBox() const { return m_facilityCapex; }
    QDoubleSpinBox *pueBox() const { return m_pue; }
    QDoubleSpinBox *electricityBox() const { return m_electricity; }
    QLabel *sourcesLabel() const { return m_sources; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillSystems();
    void fillRentalPrices();
    void updateSources();
    void updateVisibility();
    void emitChanged();

    const Catalog &m_catalog;
    QList<SystemSpec> m_systems;
    Language m_language = Language::English;
    bool m_updating = false;
    QStringList m_chipIds;
    QString m_focusChipId;
    QMap<QString, QString> m_chosen; // chip id → system id the user chose
    QList<RentalPrice> m_rentalPrices;
    QMap<QString, QString> m_chosenRental; // chip id → rental price id the user chose; "" for the typed price

    QLabel *m_systemLabel = nullptr;
    QComboBox *m_system = nullptr;
    QLabel *m_basisLabel = nullptr;
    QComboBox *m_basis = nullptr;
    QLabel *m_rentalPriceLabel = nullptr;
    QComboBox *m_rentalPrice = nullptr;
    QLabel *m_rentalLabel = nullptr;
    QDoubleSpinBox *m_rental = nullptr;
    QLabel *m_utilizationLabel = nullptr;
    QDoubleSpinBox *m_utilization = nullptr;
    QLabel *m_waccLabel = nullptr;
    QDoubleSpinBox *m_wacc = nullptr;
    QLabel *m_yearsLabel = nullptr;
    QDoubleSpinBox *m_years = nullptr;
    QLabel *m_facilityCapexLabel = nullptr;
    QDoubleSpinBox *m_facilityCapex = nullptr;
    QLabel *m_pueLabel = nullptr;
    QDoubleSpinBox *m_pue = nullptr;
    QLabel *m_electricityLabel = nullptr;
    QDoubleSpinBox *m_electricity = nullptr;
    QLabel *m_sources = nullptr;
    QPushButton *m_defaults = nullptr;
};
