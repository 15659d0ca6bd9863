#include "system_panel.h"

#include "common/claim_text.h"
#include "date_format.h"
#include "number_format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kPrefix = QStringLiteral("roofline/system/");

QDoubleSpinBox *numberBox(double min, double max, int decimals, const QString &prefix = {}, const QString &suffix = {})
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setPrefix(prefix);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    box->setKeyboardTracking(false);
    box->setFocusPolicy(Qt::StrongFocus); // the wheel changes it only when focused
    return box;
}

} // namespace

SystemPanel::SystemPanel(const Catalog &catalog, const QList<SystemSpec> &systems, QWidget *parent,
                         const QList<RentalPrice> &rentalPrices)
    : QGroupBox(parent)
    , m_catalog(catalog)
    , m_systems(systems)
    , m_rentalPrices(rentalPrices)
{
    setObjectName(QStringLiteral("systemPanel"));
    setCheckable(true);
    m_system = new QComboBox;
    m_system->setObjectName(QStringLiteral("systemBox"));
    m_basis = new QComboBox;
    m_basis->setObjectName(QStringLiteral("systemBasisBox"));
    m_basis->addItem(QString(), QStringLiteral("capex"));
    m_basis->addItem(QString(), QStringLiteral("rental"));
    m_rentalPrice = new QComboBox;
    m_rentalPrice->setObjectName(QStringLiteral("rentalPriceBox"));
    m_rental = numberBox(0.01, 1000, 2, QStringLiteral("USD "));
    m_utilization = numberBox(1, 100, 0, QString(), QStringLiteral(" %"));
    m_wacc = numberBox(0, 50, 1, QString(), QStringLiteral(" %"));
    m_years = numberBox(0.5, 20, 1);
    m_facilityCapex = numberBox(0, 100, 1, QStringLiteral("USD "), QStringLiteral(" M"));
    m_pue = numberBox(1, 3, 2);
    m_electricity = numberBox(0, 2, 3, QStringLiteral("USD "));
    m_sources = new QLabel;
    m_sources->setObjectName(QStringLiteral("systemSources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setOpenExternalLinks(true);
    m_sources->setMinimumWidth(1); // wraps to the panel's width instead of widening it
    m_defaults = new QPushButton;
    for (QComboBox *box : {m_system, m_basis, m_rentalPrice}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto row = [&](QLabel *&label, QWidget *field) {
        label = new QLabel;
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(m_systemLabel, m_system);
    row(m_basisLabel, m_basis);
    row(m_rentalPriceLabel, m_rentalPrice);
    row(m_rentalLabel, m_rental);
    row(m_utilizationLabel, m_utilization);
    row(m_waccLabel, m_wacc);
    row(m_yearsLabel, m_years);
    row(m_facilityCapexLabel, m_facilityCapex);
    row(m_pueLabel, m_pue);
    row(m_electricityLabel, m_electricity);
    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_sources);
    fieldsLayout->addWidget(m_defaults, 0, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(fields);
    connect(this, &QGroupBox::toggled, fields, &QWidget::setVisible);

    connect(this, &QGroupBox::toggled, this, &SystemPanel::emitChanged);
    connect(m_system, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        if (!m_focusChipId.isEmpty())
            m_chosen.insert(m_focusChipId, m_system->currentData().toString());
        updateSources();
        emitChanged();
    });
    connect(m_rentalPrice, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        if (!m_focusChipId.isEmpty())
            m_chosenRental.insert(m_focusChipId, m_rentalPrice->currentData().toString());
        updateSources();
        updateVisibility();
        emitChanged();
    });
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] {
        updateSources();
        updateVisibility();
        emitChanged();
    });
    for (QDoubleSpinBox *box : {m_rental, m_utilization, m_wacc, m_years, m_facilityCapex, m_pue, m_electricity})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SystemPanel::emitChanged);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        restoreDefaults();
        emitChanged();
    });
    retranslateUi();
    restoreDefaults();
}

void SystemPanel::restoreDefaults()
{
    const FacilityAssumptions defaults;
    const bool was = m_updating;
    m_updating = true;
    setChecked(true);
    m_chosen.clear();
    m_chosenRental.clear();
    m_basis->setCurrentIndex(0);
    m_rental->setValue(defaultRentalUsdPerChipHour);
    m_utilization->setValue(defaults.utilization * 100);
    m_wacc->setValue(defaults.costOfCapital * 100);
    m_years->setValue(defaults.years);
    m_facilityCapex->setValue(defaults.facilityCapexUsdPerMW / 1e6);
    m_pue->setValue(defaults.pue);
    m_electricity->setValue(defaults.electricityUsdPerKWh);
    fillSystems();
    m_updating = was;
    updateVisibility();
}

void SystemPanel::emitChanged()
{
    if (!m_updating)
        emit changed();
}

void SystemPanel::setChips(const QStringList &chipIds, const QString &focusChipId)
{
    if (chipIds == m_chipIds && focusChipId == m_focusChipId)
        return; // every recompute passes the chips: refill the systems only when they change
    m_chipIds = chipIds;
    m_focusChipId = focusChipId;
    fillSystems();
}

SystemSpec SystemPanel::systemFor(const Chip &chip) const
{
    const QString chosen = m_chosen.value(chip.id);
    for (const SystemSpec &s : systemsOf(chip.id, m_systems))
        if (s.id == chosen)
            return s;
    if (chosen == chip.id + QStringLiteral("-chip-only"))
        return defaultSystemFor(chip, {});
    return defaultSystemFor(chip, m_systems);
}

std::optional<RentalPrice> SystemPanel::rentalPriceFor(const Chip &chip) const
{
    const QList<RentalPrice> offers = rentalPricesOf(chip.id, m_rentalPrices);
    const auto chosen = m_chosenRental.constFind(chip.id);
    if (chosen != m_chosenRental.constEnd()) {
        for (const RentalPrice &p : offers)
            if (p.id == *chosen)
                return p;
        if (chosen->isEmpty())
            return std::nullopt; // the typed price, chosen
    }
    return offers.isEmpty() ? std::nullopt : std::optional<RentalPrice>(offers.first());
}

std::optional<RooflineRun::SystemInput> SystemPanel::input() const
{
    if (!isChecked())
        return std::nullopt;
    RooflineRun::SystemInput in;
    for (const QString &id : m_chipIds)
        if (const Chip *chip = m_catalog.findChip(id))
            in.systems.insert(id, systemFor(*chip));
    in.facility.utilization = m_utilization->value() / 100;
    in.facility.costOfCapital = m_wacc->value() / 100;
    in.facility.years = m_years->value();
    in.facility.facilityCapexUsdPerMW = m_facilityCapex->value() * 1e6;
    in.facility.pue = m_pue->value();
    in.facility.electricityUsdPerKWh = m_electricity->value();
    if (m_basis->currentData().toString() == QLatin1String("rental")) {
        in.rentalUsdPerHour = m_rental->value();
        for (const QString &id : m_chipIds)
            if (const Chip *chip = m_catalog.findChip(id))
                if (const auto price = rentalPriceFor(*chip))
                    in.rentalPrices.insert(id, *price);
    }
    return in;
}

void SystemPanel::fillSystems()
{
    const bool was = m_updating;
    m_updating = true;
    m_system->clear();
    const Chip *chip = m_catalog.findChip(m_focusChipId);
    if (chip) {
        for (const SystemSpec &s : systemsOf(chip->id, m_systems))
            m_system->addItem(s.name, s.id);
        m_system->addItem(tr("%1 alone", "a chip costed without a system").arg(chip->localName(m_language)),
                          chip->id + QStringLiteral("-chip-only"));
        m_system->setCurrentIndex(std::max(0, m_system->findData(systemFor(*chip).id)));
    }
    m_system->setEnabled(chip);
    m_updating = was;
    fillRentalPrices();
}

void SystemPanel::fillRentalPrices()
{
    const bool was = m_updating;
    m_updating = true;
    m_rentalPrice->clear();
    const Chip *chip = m_catalog.findChip(m_focusChipId);
    if (chip) {
        for (const RentalPrice &p : rentalPricesOf(chip->id, m_rentalPrices)) {
            const Company *provider = m_catalog.company(p.provider);
            // Short enough for the panel's width; the offer, its date and the division are in the tooltip and below.
            m_rentalPrice->addItem(tr("%1: %2", "provider: its price per accelerator-hour")
                                       .arg(provider ? companyShortName(*provider, m_language) : p.provider,
                                            NumberFormat::usd(p.usdPerAcceleratorHour, m_language)),
                                   p.id);
            m_rentalPrice->setItemData(m_rentalPrice->count() - 1,
                                       QStringLiteral("%1 (%2)\n%3").arg(p.offer, DateFormat::text(p.asOf, m_language), p.note),
                                       Qt::ToolTipRole);
        }
        m_rentalPrice->addItem(tr("Typed price", "a rental price the user types"), QString());
        const auto price = rentalPriceFor(*chip);
        m_rentalPrice->setCurrentIndex(std::max(0, m_rentalPrice->findData(price ? price->id : QString())));
    }
    m_rentalPrice->setEnabled(chip);
    m_updating = was;
    updateSources();
    updateVisibility();
}

void SystemPanel::updateSources()
{
    const Chip *chip = m_catalog.findChip(m_focusChipId);
    if (!chip) {
        m_sources->clear();
        return;
    }
    const SystemSpec s = systemFor(*chip);
    QStringList lines;
    if (s.powerW)
        lines << tr("Power: %1 for %n accelerator(s), %2", "", s.accelerators)
                     .toHtmlEscaped()
                     .arg(NumberFormat::si(*s.powerW, QStringLiteral("W"), 4).toHtmlEscaped(), ClaimText::basis(s.powerBasis).toHtmlEscaped());
    else
        lines << tr("Power: no source gives it; the chip's TDP × 1.4 (GB200 NVL72: 120 kW ÷ 72 = 1,667 W over a 1,200 W TDP).").toHtmlEscaped();
    if (s.priceUsd)
        lines << tr("Price: %1, %2, %3")
                     .toHtmlEscaped()
                     .arg(NumberFormat::usd(*s.priceUsd, m_language).toHtmlEscaped(), ClaimText::basis(s.priceBasis).toHtmlEscaped(),
                          ClaimText::sourceHtml(m_catalog, s.priceSourceId));
    else if (chip->priceUsd)
        lines << tr("Price: none reported for the system; the chip's own estimate × accelerators (no server, network or rack).").toHtmlEscaped();
    else
        lines << tr("Price: none reported.").toHtmlEscaped();
    if (!s.sourceId.isEmpty())
        lines << tr("System: %1").toHtmlEscaped().arg(ClaimText::sourceHtml(m_catalog, s.sourceId));
    if (m_basis->currentData().toString() == QLatin1String("rental")) {
        if (const auto price = rentalPriceFor(*chip)) {
            const Company *provider = m_catalog.company(price->provider);
            lines << tr("Rental: %1's on-demand list price for %2, %3 per accelerator-hour, as of %4, %5")
                         .toHtmlEscaped()
                         .arg((provider ? companyShortName(*provider, m_language) : price->provider).toHtmlEscaped(), price->offer.toHtmlEscaped(),
                              NumberFormat::usd(price->usdPerAcceleratorHour, m_language).toHtmlEscaped(),
                              DateFormat::text(price->asOf, m_language).toHtmlEscaped(), ClaimText::sourceHtml(m_catalog, price->sourceId));
        } else {
            lines << tr("Rental: your typed price per accelerator-hour.").toHtmlEscaped();
        }
    }
    m_sources->setText(QStringLiteral("<small>%1</small>").arg(lines.join(QStringLiteral("<br>"))));
    m_sources->setToolTip(s.note);
}

void SystemPanel::updateVisibility()
{
    const bool rented = m_basis->currentData().toString() == QLatin1String("rental");
    m_rentalPriceLabel->setVisible(rented);
    m_rentalPrice->setVisible(rented);
    // The typed price only when the chip under "Operators of" is rented at it.
    const bool typed = m_rentalPrice->currentData().toString().isEmpty();
    m_rentalLabel->setVisible(rented && typed);
    m_rental->setVisible(rented && typed);
    // Rented, the price covers the hardware, the building and the power: only utilisation applies.
    for (QWidget *w : QList<QWidget *>{m_waccLabel, m_wacc, m_yearsLabel, m_years, m_facilityCapexLabel, m_facilityCapex, m_electricityLabel,
                                       m_electricity})
        w->setVisible(!rented);
}

void SystemPanel::setLanguage(Language language)
{
    m_language = language;
    // Dollars the way the language writes them, as in the controls above: "USD 3.00", "3.00 美元".
    for (QDoubleSpinBox *box : {m_rental, m_electricity}) {
        box->setPrefix(NumberFormat::usdPrefix(language));
        box->setSuffix(NumberFormat::usdSuffix(language));
    }
    fillSystems();
}

void SystemPanel::restoreSettings(const QSettings &settings)
{
    auto value = [&](const char *key) { return settings.value(kPrefix + QLatin1String(key)); };
    m_updating = true;
    if (value("enabled").isValid())
        setChecked(value("enabled").toBool());
    if (const int at = m_basis->findData(value("basis")); at >= 0)
        m_basis->setCurrentIndex(at);
    auto setDouble = [&](QDoubleSpinBox *box, const char *key) {
        if (value(key).isValid())
            box->setValue(value(key).toDouble());
    };
    setDouble(m_rental, "rental");
    setDouble(m_utilization, "utilization_percent");
    setDouble(m_wacc, "wacc_percent");
    setDouble(m_years, "years");
    setDouble(m_facilityCapex, "facility_capex_musd_per_mw");
    setDouble(m_pue, "pue");
    setDouble(m_electricity, "electricity");
    const QVariantMap chosenRental = value("chosen_rental").toMap();
    m_chosenRental.clear();
    for (auto it = chosenRental.constBegin(); it != chosenRental.constEnd(); ++it)
        m_chosenRental.insert(it.key(), it.value().toString());
    const QVariantMap chosen = value("chosen").toMap();
    m_chosen.clear();
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it)
        m_chosen.insert(it.key(), it.value().toString());
    fillSystems();
    m_updating = false;
    updateVisibility();
}

void SystemPanel::saveSettings(QSettings &settings) const
{
    auto set = [&](const char *key, const QVariant &v) { settings.setValue(kPrefix + QLatin1String(key), v); };
    set("enabled", isChecked());
    set("basis", m_basis->currentData());
    set("rental", m_rental->value());
    set("utilization_percent", m_utilization->value());
    set("wacc_percent", m_wacc->value());
    set("years", m_years->value());
    set("facility_capex_musd_per_mw", m_facilityCapex->value());
    set("pue", m_pue->value());
    set("electricity", m_electricity->value());
    QVariantMap chosen;
    for (auto it = m_chosen.constBegin(); it != m_chosen.constEnd(); ++it)
        chosen.insert(it.key(), it.value());
    set("chosen", chosen);
    QVariantMap chosenRental;
    for (auto it = m_chosenRental.constBegin(); it != m_chosenRental.constEnd(); ++it)
        chosenRental.insert(it.key(), it.value());
    set("chosen_rental", chosenRental);
}

void SystemPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void SystemPanel::retranslateUi()
{
    setTitle(tr("Systems and facility"));
    setToolTip(tr("Cost each chip as part of the system it is bought or rented in: the system's power per accelerator, its price, "
                  "the facility around it. Adds power per accelerator, cost per million tokens, tokens/s per MW and what a "
                  "gigawatt holds to the results. Untick for the chip-level economics alone."));
    m_systemLabel->setText(tr("S&ystem"));
    m_basisLabel->setText(tr("Cost &basis"));
    m_rentalPriceLabel->setText(tr("Price &list (per hour)"));
    m_rentalPrice->setToolTip(tr("A cloud's public on-demand price per accelerator-hour for the chip under \"Operators of\", with the "
                                 "date it was read; or a price you type. Each chip keeps its own choice; a chip without a listed "
                                 "price is rented at the typed price."));
    m_rentalLabel->setText(tr("Per accelerator-hour"));
    m_utilizationLabel->setText(tr("&Utilisation"));
    m_waccLabel->setText(tr("Cost of capital (WACC)"));
    m_yearsLabel->setText(tr("Written off over (years)"));
    m_facilityCapexLabel->setText(tr("Facility capex per MW"));
    m_pueLabel->setText(tr("PUE"));
    m_electricityLabel->setText(tr("Electricity per kWh"));
    m_basis->setItemText(0, tr("Bought (capex)"));
    m_basis->setItemText(1, tr("Rented"));
    m_defaults->setText(tr("Defaults"));
    m_system->setToolTip(tr("The system the chip under \"Operators of\" is costed in: the first of its systems with a reported price "
                            "unless you choose another. Each chip keeps its own choice."));
    m_rental->setToolTip(tr("A price list's on-demand price per accelerator-hour, power and hosting included."));
    m_utilization->setToolTip(tr("Share of hours the accelerators do paid work; the cost of an hour of work is divided by it. "
                                 "Default 100 %: the bound, real costs are higher."));
    m_wacc->setToolTip(tr("The yearly rate the purchase is financed at. Default 0: the price is written off evenly."));
    m_years->setToolTip(tr("Default 4 years: a common depreciation schedule for servers."));
    m_facilityCapex->setToolTip(tr("Buildings, power and cooling per MW of facility power, in millions of USD. Default 0: left out "
                                   "unless you give it. For scale: Cushman & Wakefield's Data Center Development Cost Guide 2025 "
                                   "puts the cost of one MW of critical (IT) load at USD 11.7 M on average over 19 US markets "
                                   "(9.3 to 15.0), land and fit-out excluded; at PUE 1.2 that is about USD 9.75 M per MW of "
                                   "facility power."));
    m_pue->setToolTip(tr("Power usage effectiveness: facility power ÷ IT power. Default 1.2, a modern AI data hall."));
    m_electricity->setToolTip(tr("Default USD 0.08 per kWh: an industrial tariff in the US."));
    m_defaults->setToolTip(tr("Back to the defaults: each chip in its default system, bought, 100 % utilisation, no cost of capital, "
                              "4 years, no facility capex, PUE 1.2, USD 0.08 per kWh."));
    fillSystems();
}
