#include "roofline_report.h"

#include "common/chip_palette.h"
#include "common/claim_text.h"
#include "roofline_results_model.h"
#include "date_format.h"
#include "roofline_text.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RooflineReport", text);
}

// What the numbers are for: the workload and every assumption, in words.
QString workload(const RooflineScenario &s)
{
    const QString precision = RooflineText::precision(s.precision);
    switch (s.workload) {
    case WorkloadKind::Intensity:
        return translated(QT_TRANSLATE_NOOP("RooflineReport", "Workload: a kernel of %1, dense %2.")).arg(RooflineText::intensity(s.intensity), precision);
    case WorkloadKind::FlopsBytes: // the command line's kernel; the view does not offer it
        return translated(QT_TRANSLATE_NOOP("RooflineReport", "Workload: a kernel of %1, dense %2.")).arg(RooflineText::intensity(s.flops / s.bytes), precision);
    case WorkloadKind::Gemm:
        return translated(QT_TRANSLATE_NOOP("RooflineReport", "Workload: matrix multiply M = %1, N = %2, K = %3, dense %4."))
            .arg(RooflineText::count(s.gemm.m), RooflineText::count(s.gemm.n), RooflineText::count(s.gemm.k), precision);
    case WorkloadKind::Llm: break;
    }
    const bool decode = s.inference.phase == InferencePhase::Decode;
    const int n = s.inference.tensorParallel;
    const QString text = decode ? QCoreApplication::translate("RooflineReport", "Workload: %1, decode, batch %2, context %3 tokens, tensor "
                                                              "parallel over %n chip(s); weights and compute %4, KV cache %5.", nullptr, n)
                                      .arg(s.model.name, RooflineText::count(s.inference.batch), RooflineText::count(s.inference.context),
                                           precision, RooflineText::precision(kvPrecisionFor(s.inference, s.precision)))
                                : QCoreApplication::translate("RooflineReport", "Workload: %1, prefill, batch %2, prompt %3 tokens, tensor "
                                                              "parallel over %n chip(s); weights and compute %4, KV cache %5.", nullptr, n)
                                      .arg(s.model.name, RooflineText::count(s.inference.batch), RooflineText::count(s.inference.prompt),
                                           precision, RooflineText::precision(kvPrecisionFor(s.inference, s.precision)));
    return text;
}

QStringList assumptions(const RooflineScenario &s, Language language)
{
    QStringList notes;
    notes << translated(QT_TRANSLATE_NOOP("RooflineReport",
        "Every figure is the roofline's upper bound: dense peak throughput and memory bandwidth as the dataset gives them, "
        "no efficiency losses. Real systems reach less; real costs are higher."));
    if (s.workload != WorkloadKind::Llm)
        return notes;
    notes << translated(QT_TRANSLATE_NOOP("RooflineReport", "Memory kept back on every chip for activations and workspace: %1."))
                 .arg(RooflineText::percent(s.inference.memoryReserve));
    if (s.extraTier)
        notes << translated(QT_TRANSLATE_NOOP("RooflineReport", "What-if memory tier %1: %2 GB and %3 per chip, holding the %4."))
                     .arg(s.extraTier->tier.name, RooflineText::count(s.extraTier->tier.capacityBytes / (1024.0 * 1024.0 * 1024.0)),
                          RooflineText::bandwidth(s.extraTier->tier.bandwidth),
                          s.extraTier->holds == TierUse::Weights ? translated(QT_TRANSLATE_NOOP("RooflineReport", "weights"))
                                                                 : translated(QT_TRANSLATE_NOOP("RooflineReport", "KV cache")));
    if (s.cost.rentalUsdPerHour)
        notes << translated(QT_TRANSLATE_NOOP("RooflineReport", "Cost: chips rented at %1 per chip-hour, the same for every chip (an assumption)."))
                     .arg(RooflineText::usd(*s.cost.rentalUsdPerHour, language));
    else
        notes << translated(QT_TRANSLATE_NOOP("RooflineReport", "Cost: chips bought at %1 each (the dataset's estimate where it has one), written off over %2 years, "
                                                        "power at TDP × PUE %3 × %4 per kWh."))
                     .arg(RooflineText::usd(s.cost.priceUsd.value_or(0), language))
                     .arg(s.cost.years)
                     .arg(s.cost.pue)
                     .arg(RooflineText::usd(s.cost.electricityUsdPerKWh, language));
    notes << translated(QT_TRANSLATE_NOOP("RooflineReport", "Tokens per joule count the chip's energy at its TDP, without facility overhead: a lower bound."));
    return notes;
}

// Each chip's system and every facility assumption, with its value and where it comes from (issue 17).
QStringList systemAssumptions(const RooflineRun &run, const Catalog &catalog, Language language)
{
    QStringList lines;
    if (!run.systemInput)
        return lines;
    const FacilityAssumptions &a = run.systemInput->facility;
    for (int c = 0; c < run.chips.size() && c < run.systemCosts.size(); ++c) {
        const SystemCosting &sc = run.systemCosts.at(c);
        const SystemSpec &s = sc.system;
        QString power;
        if (!sc.power)
            power = translated(QT_TRANSLATE_NOOP("RooflineReport", "no power figure"));
        else if (sc.power->basis == AcceleratorPower::Basis::SystemPower)
            power = translated(QT_TRANSLATE_NOOP("RooflineReport", "power %1 per accelerator from the system (%2)"))
                        .arg(NumberFormat::si(sc.power->itWatts, QStringLiteral("W"), 4), ClaimText::basis(s.powerBasis));
        else
            power = translated(QT_TRANSLATE_NOOP("RooflineReport", "power %1 per accelerator: the chip's TDP × %2, no system figure"))
                        .arg(NumberFormat::si(sc.power->itWatts, QStringLiteral("W"), 4))
                        .arg(a.tdpOverhead);
        QString price;
        switch (sc.priceFrom) {
        case SystemCosting::PriceFrom::System: {
            const Source *source = catalog.source(s.priceSourceId);
            price = translated(QT_TRANSLATE_NOOP("RooflineReport", "price %1 (%2, %3, %4)"))
                        .arg(NumberFormat::usd(*s.priceUsd, language), ClaimText::basis(s.priceBasis), s.priceOn,
                             source ? source->title : s.priceSourceId);
            break;
        }
        case SystemCosting::PriceFrom::ChipPriceTimesAccelerators:
            price = translated(QT_TRANSLATE_NOOP("RooflineReport", "no system price: the chip's own price × accelerators, %1"))
                        .arg(NumberFormat::usd(*s.priceUsd, language));
            break;
        case SystemCosting::PriceFrom::Rental:
            if (sc.rentalPrice) {
                const Company *provider = catalog.company(sc.rentalPrice->provider);
                const Source *source = catalog.source(sc.rentalPrice->sourceId);
                price = translated(QT_TRANSLATE_NOOP("RooflineReport", "rented at %1's on-demand list price for %2, %3 per accelerator-hour "
                                                                       "(as of %4, %5)"))
                            .arg(provider ? companyShortName(*provider, language) : sc.rentalPrice->provider, sc.rentalPrice->offer,
                                 NumberFormat::usd(sc.rentalPrice->usdPerAcceleratorHour, language),
                                 DateFormat::text(sc.rentalPrice->asOf, language), source ? source->title : sc.rentalPrice->sourceId);
            } else {
                price = translated(QT_TRANSLATE_NOOP("RooflineReport", "rented"));
            }
            break;
        case SystemCosting::PriceFrom::None: price = translated(QT_TRANSLATE_NOOP("RooflineReport", "no price")); break;
        }
        lines << translated(QT_TRANSLATE_NOOP("RooflineReport", "%1 in %2: %3; %4."))
                     .arg(run.chips.at(c)->localName(language), s.name, power, price);
    }
    if (run.systemInput->rentalUsdPerHour)
        lines << translated(QT_TRANSLATE_NOOP("RooflineReport", "Cost basis: rented, power and hosting included: at the list price named "
                                                                "for each system above, else at %1 per accelerator-hour (typed)."))
                     .arg(NumberFormat::usd(*run.systemInput->rentalUsdPerHour, language));
    else
        lines << translated(QT_TRANSLATE_NOOP("RooflineReport", "Cost basis: bought at the system's price, written off over %1 years at a "
                                                                "cost of capital of %2 (0: evenly)."))
                     .arg(a.years)
                     .arg(RooflineText::percent(a.costOfCapital));
    lines << translated(QT_TRANSLATE_NOOP("RooflineReport", "Utilisation %1: the share of hours doing paid work (100%: every hour, the bound)."))
                 .arg(RooflineText::percent(a.utilization));
    if (!run.systemInput->rentalUsdPerHour) {
        lines << translated(QT_TRANSLATE_NOOP("RooflineReport", "Facility capex %1 per MW of facility power (0: left out)."))
                     .arg(NumberFormat::usd(a.facilityCapexUsdPerMW, language));
        lines << translated(QT_TRANSLATE_NOOP("RooflineReport", "Electricity %1 per kWh (default 0.08: an industrial tariff in the US)."))
                     .arg(NumberFormat::usd(a.electricityUsdPerKWh, language));
    }
    lines << translated(QT_TRANSLATE_NOOP("RooflineReport", "PUE %1: facility power ÷ IT power (default 1.2: a modern AI data hall)."))
                 .arg(a.pue);
    return lines;
}

} // namespace

Report rooflineReport(const RooflineResultsModel &model, const Catalog &catalog, const QDate &date)
{
    const RooflineRun &run = model.run();
    const Language language = model.language();
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = catalog.datasetVersion();
    const int chips = int(run.chips.size());
    r.title = run.isLlm() ? QCoreApplication::translate("RooflineReport", "Roofline: %1 on %n chip(s)", nullptr, chips).arg(run.scenario.model.name)
                          : QCoreApplication::translate("RooflineReport", "Roofline on %n chip(s)", nullptr, chips);
    r.subtitle = workload(run.scenario);
    r.sheetName = translated(QT_TRANSLATE_NOOP("RooflineReport", "Roofline"));

    DataTable &t = r.table;
    t.name = QStringLiteral("roofline");
    t.title = r.title;
    t.columns << QStringLiteral("metric") << QStringLiteral("unit");
    t.headers << translated(QT_TRANSLATE_NOOP("RooflineReport", "Figure")) << translated(QT_TRANSLATE_NOOP("RooflineReport", "Unit"));
    for (const Chip *chip : run.chips) {
        t.columns << chip->id;
        t.headers << chip->localName(language);
    }

    QStringList sourceIds;
    const QList<RooflineResultsModel::Row> rows = model.rows();
    for (int row = 0; row < rows.size(); ++row) {
        const RooflineResultsModel::Row key = rows.at(row);
        const QString unit = model.rowUnit(key);
        QVariantList values{RooflineResultsModel::rowKey(key), unit};
        // Only prefixed units get a number format (XLSX): times, money and counts keep their digits.
        const bool prefixed = unit.endsWith(QLatin1String("/s")) && unit != QLatin1String("tokens/s");
        QStringList units{QString(), QString()};
        QList<ReportCellStyle> styles(2);
        styles[0].display = model.rowLabel(key);
        styles[1].display = NumberFormat::unitName(unit); // "bytes/s" for people; CSV keeps the raw unit
        styles[1].rawInCsv = true;
        for (int c = 0; c < run.chips.size(); ++c) {
            const Chip &chip = *run.chips.at(c);
            const ChipOutcome &o = run.outcomes.at(c);
            ReportCellStyle s;
            s.display = model.text(row, c);
            s.best = model.isBest(row, c);
            QVariant raw = o.ok() ? model.rawValue(row, c) : QVariant();
            s.projected = raw.isValid() && chip.isProjected(Metric::PeakFlops, run.scenario.precision);
            if (key == RooflineResultsModel::Row::MemoryStall && raw.isValid())
                raw = raw.toDouble() * 100.0; // the unit column says %
            if (key == RooflineResultsModel::Row::Bound && raw.isValid())
                raw = s.display;
            if (!o.ok() && row == 0)
                raw = s.display; // "no FP4": the reason, not a blank
            // Peak and bandwidth cite their claims; every other figure is computed from those two rows.
            const bool peakRow = key == RooflineResultsModel::Row::Peak;
            if (o.ok() && (peakRow || key == RooflineResultsModel::Row::Bandwidth)) {
                const auto it = peakRow ? chip.currentClaims.constFind(claimKey(Metric::PeakFlops, run.scenario.precision))
                                        : chip.currentClaims.constFind(claimKey(Metric::MemoryBandwidth, std::nullopt));
                if (it != chip.currentClaims.constEnd() && !it->sourceId.isEmpty()) {
                    s.sourceIds << it->sourceId;
                    if (!sourceIds.contains(it->sourceId))
                        sourceIds << it->sourceId;
                }
            }
            values << raw;
            units << (prefixed && raw.typeId() == QMetaType::Double ? unit : QString());
            styles << s;
        }
        t.rows << values;
        r.units << units;
        r.styles << styles;
    }
    // The systems' own sources (specification and price) are cited too.
    for (const SystemCosting &sc : run.systemCosts)
        for (const QString &id : {sc.system.sourceId, sc.system.priceSourceId})
            if (!id.isEmpty() && !sourceIds.contains(id))
                sourceIds << id;
    r.sources = citedSources(sourceIds, catalog.sources());
    r.assumptions << assumptions(run.scenario, language) << systemAssumptions(run, catalog, language); // the workload is the subtitle
    r.notes << translated(QT_TRANSLATE_NOOP("RooflineReport", "%1 marks a figure computed from projected chip figures, not vendor specifications."))
                   .arg(Report::projectedMarker());
    for (int c = 0; c < run.chips.size(); ++c)
        if (!run.outcomes.at(c).ok())
            r.notes << model.problemExplanation(run.outcomes.at(c), *run.chips.at(c));
    return r;
}
