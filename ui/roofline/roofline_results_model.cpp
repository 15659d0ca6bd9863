#include "roofline_results_model.h"

#include "common/chip_palette.h"
#include "common/claim_text.h"
#include "date_format.h"
#include "roofline_text.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <cmath>

namespace {

QIcon swatch(const QColor &color, bool dashed)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 3);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.drawLine(QPointF(1, 7), QPointF(13, 7));
    return QIcon(pixmap);
}

} // namespace

RooflineResultsModel::RooflineResultsModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

QList<RooflineResultsModel::Row> RooflineResultsModel::rowsFor(const RooflineRun &run)
{
    const RooflineScenario &s = run.scenario;
    switch (s.workload) {
    case WorkloadKind::Intensity:
        return {Row::Peak, Row::Bandwidth, Row::Ridge, Row::Intensity, Row::Attainable, Row::Bound};
    case WorkloadKind::Gemm:
    case WorkloadKind::FlopsBytes: // the command line's kernel; like a GEMM it has a size, so a time
        return {Row::Peak, Row::Bandwidth, Row::Ridge, Row::Intensity, Row::Attainable, Row::Bound, Row::KernelTime};
    case WorkloadKind::Llm:
        break;
    }
    // Grouped so the answer comes first: throughput (bound beside expected), cost, then the system and what a gigawatt
    // holds, then the roofline's own figures. At 1280 × 800 the per-gigawatt rows stay above the fold.
    const bool decode = s.inference.phase == InferencePhase::Decode;
    QList<Row> rows{Row::TokensPerChip, Row::ExpectedTokensPerChip, Row::ExpectedCompute, Row::ExpectedMemory,
                    Row::TokensPerUser};
    if (run.request)
        rows << Row::Ttft << Row::InputTokensPerChip;
    if (std::max(s.inference.tensorParallel, s.inference.expertParallel) > 1)
        rows << Row::TokensGroup;
    // Rented, every chip costs the same per hour: the summary and the tooltips state it, the row would repeat it.
    if (!s.cost.rentalUsdPerHour)
        rows << Row::UsdPerChipHour;
    rows << Row::UsdPerMillionTokens;
    if (run.systemInput)
        rows << Row::System << Row::SystemUsdPerMillionTokens << Row::GwTokens << Row::GwAccelerators << Row::GwSystems << Row::GwCapex
             << Row::TokensPerMW << Row::FacilityPower << Row::SystemUsdPerHour;
    rows << Row::TokensPerJoule << Row::StepTime << Row::Bound << Row::MemoryStall << Row::Fits << Row::KvWall;
    if (decode)
        rows << Row::ComputeBoundBatch;
    rows << Row::Peak << Row::Bandwidth << Row::Attainable;
    return rows;
}

void RooflineResultsModel::setRun(const RooflineRun &run)
{
    const QList<Row> rows = rowsFor(run);
    bool sameShape = rows == m_rows && run.chips.size() == m_run.chips.size();
    for (int i = 0; sameShape && i < run.chips.size(); ++i)
        sameShape = run.chips.at(i)->id == m_run.chips.at(i)->id;
    if (sameShape) {
        m_run = run;
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        // Headers carry the precision a chip lacks.
        if (columnCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        return;
    }
    beginResetModel();
    m_run = run;
    m_rows = rows;
    endResetModel();
}

void RooflineResultsModel::setLanguage(Language language)
{
    m_language = language;
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RooflineResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_run.chips.isEmpty() ? 0 : int(m_rows.size());
}

int RooflineResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_run.chips.size());
}

int RooflineResultsModel::rowOf(Row row) const
{
    return int(m_rows.indexOf(row));
}

int RooflineResultsModel::columnOf(const QString &chipId) const
{
    return m_run.indexOf(chipId);
}

QString RooflineResultsModel::rowKey(Row row)
{
    switch (row) {
    case Row::Peak: return QStringLiteral("peak_flops");
    case Row::Bandwidth: return QStringLiteral("memory_bandwidth");
    case Row::Ridge: return QStringLiteral("ridge_intensity");
    case Row::Intensity: return QStringLiteral("intensity");
    case Row::Attainable: return QStringLiteral("attainable_flops");
    case Row::Bound: return QStringLiteral("bound");
    case Row::KernelTime: return QStringLiteral("time_s");
    case Row::StepTime: return QStringLiteral("step_time_s");
    case Row::TokensGroup: return QStringLiteral("tokens_per_s");
    case Row::TokensPerChip: return QStringLiteral("tokens_per_s_per_chip");
    case Row::ExpectedTokensPerChip: return QStringLiteral("expected_tokens_per_s_per_chip");
    case Row::ExpectedCompute: return QStringLiteral("expected_compute_efficiency");
    case Row::ExpectedMemory: return QStringLiteral("expected_memory_efficiency");
    case Row::TokensPerUser: return QStringLiteral("tokens_per_s_per_user");
    case Row::Ttft: return QStringLiteral("ttft_s");
    case Row::InputTokensPerChip: return QStringLiteral("input_tokens_per_s_per_chip");
    case Row::MemoryStall: return QStringLiteral("memory_stall_fraction");
    case Row::Fits: return QStringLiteral("fits");
    case Row::KvWall: return QStringLiteral("max_batch");
    case Row::ComputeBoundBatch: return QStringLiteral("compute_bound_batch");
    case Row::UsdPerChipHour: return QStringLiteral("usd_per_chip_hour");
    case Row::UsdPerMillionTokens: return QStringLiteral("usd_per_million_tokens");
    case Row::TokensPerJoule: return QStringLiteral("tokens_per_joule");
    case Row::System: return QStringLiteral("system");
    case Row::FacilityPower: return QStringLiteral("facility_power_w");
    case Row::SystemUsdPerHour: return QStringLiteral("system_usd_per_accelerator_hour");
    case Row::SystemUsdPerMillionTokens: return QStringLiteral("system_usd_per_million_tokens");
    case Row::TokensPerMW: return QStringLiteral("tokens_per_s_per_mw");
    case Row::GwAccelerators: return QStringLiteral("accelerators_per_gw");
    case Row::GwSystems: return QStringLiteral("systems_per_gw");
    case Row::GwCapex: return QStringLiteral("capex_usd_per_gw");
    case Row::GwTokens: return QStringLiteral("tokens_per_s_per_gw");
    }
    return {};
}

QString RooflineResultsModel::precisionName() const
{
    return RooflineText::precision(m_run.scenario.precision);
}

QString RooflineResultsModel::rateUnit() const
{
    return RooflineText::rateUnit(m_run.scenario.precision);
}

QString RooflineResultsModel::rowLabel(Row row) const
{
    const bool decode = m_run.scenario.inference.phase == InferencePhase::Decode;
    switch (row) {
    case Row::Peak: return tr("Peak, dense %1").arg(precisionName());
    case Row::Bandwidth: return tr("Memory bandwidth");
    case Row::Ridge: return tr("Ridge point");
    case Row::Intensity: return tr("Arithmetic intensity");
    case Row::Attainable: return tr("Attainable throughput");
    case Row::Bound: return tr("Bound");
    case Row::KernelTime: return tr("Time");
    case Row::StepTime: return decode ? tr("Time per token") : tr("Time to first token");
    case Row::TokensGroup:
        return tr("Tokens/s, all %n chip(s)", "", std::max(m_run.scenario.inference.tensorParallel, m_run.scenario.inference.expertParallel));
    case Row::TokensPerChip: return m_run.isLlm() ? tr("Tokens/s per chip: bound") : tr("Tokens/s per chip");
    case Row::ExpectedTokensPerChip: return tr("Tokens/s per chip: expected");
    case Row::ExpectedCompute: return tr("Expected: compute factor");
    case Row::ExpectedMemory: return tr("Expected: memory factor");
    case Row::TokensPerUser: return tr("Tokens/s per user");
    case Row::Ttft: return tr("Time to first token");
    case Row::InputTokensPerChip: return tr("Input tokens/s per chip");
    case Row::MemoryStall: return tr("Memory stall");
    case Row::Fits: return tr("Fits in memory");
    case Row::KvWall: return tr("KV wall (largest batch)");
    case Row::ComputeBoundBatch: return tr("Compute-bound from batch");
    case Row::UsdPerChipHour: return tr("Cost per chip-hour");
    case Row::UsdPerMillionTokens: return tr("Cost per million tokens");
    case Row::TokensPerJoule: return tr("Tokens per joule");
    case Row::System: return tr("System");
    case Row::FacilityPower: return tr("Power per accelerator, at the wall");
    case Row::SystemUsdPerHour: return tr("Cost per accelerator-hour, in the system");
    case Row::SystemUsdPerMillionTokens: return tr("Cost per million tokens, in the system");
    case Row::TokensPerMW: return tr("Tokens/s per MW");
    case Row::GwAccelerators: return tr("Per gigawatt: accelerators");
    case Row::GwSystems: return tr("Per gigawatt: systems");
    case Row::GwCapex: return tr("Per gigawatt: capex");
    case Row::GwTokens: return tr("Per gigawatt: tokens/s");
    }
    return {};
}

QString RooflineResultsModel::rowUnit(Row row) const
{
    switch (row) {
    case Row::Peak:
    case Row::Attainable: return rateUnit();
    case Row::Bandwidth: return QStringLiteral("B/s");
    case Row::Ridge:
    case Row::Intensity: return QStringLiteral("FLOP/B");
    case Row::KernelTime:
    case Row::StepTime:
    case Row::Ttft: return QStringLiteral("s");
    case Row::TokensGroup:
    case Row::ExpectedTokensPerChip:
    case Row::InputTokensPerChip:
    case Row::TokensPerChip:
    case Row::TokensPerUser: return QStringLiteral("tokens/s");
    case Row::UsdPerChipHour:
    case Row::UsdPerMillionTokens: return QStringLiteral("USD");
    case Row::TokensPerJoule: return QStringLiteral("tokens/J");
    case Row::FacilityPower: return QStringLiteral("W");
    case Row::SystemUsdPerHour:
    case Row::SystemUsdPerMillionTokens:
    case Row::GwCapex: return QStringLiteral("USD");
    case Row::TokensPerMW:
    case Row::GwTokens: return QStringLiteral("tokens/s");
    case Row::System:
    case Row::ExpectedCompute:
    case Row::ExpectedMemory:
    case Row::GwAccelerators:
    case Row::GwSystems: return {};
    case Row::MemoryStall: return QStringLiteral("%");
    case Row::Bound:
    case Row::Fits:
    case Row::KvWall:
    case Row::ComputeBoundBatch: return {};
    }
    return {};
}

QString RooflineResultsModel::problemText(const ChipOutcome &o) const
{
    switch (o.problem) {
    case ChipOutcome::Problem::None: return {};
    case ChipOutcome::Problem::MissingPrecision: return tr("no %1", "the chip has no figure for this precision: \"no FP4\"").arg(precisionName());
    case ChipOutcome::Problem::ScaleupDomain: return tr("TP too wide", "tensor parallelism wider than the chip's scale-up domain");
    case ChipOutcome::Problem::Other: return tr("cannot compute");
    }
    return {};
}

QString RooflineResultsModel::problemExplanation(const ChipOutcome &o, const Chip &chip) const
{
    switch (o.problem) {
    case ChipOutcome::Problem::None: return {};
    case ChipOutcome::Problem::MissingPrecision: {
        QStringList has;
        for (Precision p : allPrecisions)
            if (chip.peak(p))
                has << RooflineText::precision(p);
        return tr("%1 has no dense %2 figure in the dataset; it has %3. Choose one of those precisions to include it.")
            .arg(chip.localName(m_language), precisionName(), has.join(tr(", ", "list separator")));
    }
    case ChipOutcome::Problem::ScaleupDomain:
        return tr("Tensor parallelism over %1 chips is more than %2's scale-up domain of %3 chips.")
            .arg(m_run.scenario.inference.tensorParallel)
            .arg(chip.localName(m_language))
            .arg(chip.scaleupDomain.value_or(0));
    case ChipOutcome::Problem::Other: return tr("The calculator cannot run this workload on %1: %2").arg(chip.localName(m_language), o.error);
    }
    return {};
}

QString RooflineResultsModel::doesNotFitText(const ChipOutcome &o) const
{
    if (!o.inference)
        return {};
    if (o.inference->fits) {
        const RequestResult *req = m_run.requestResult(m_run.indexOf(o.chipId));
        if (!m_run.request || (req && req->fits))
            return {};
        return tr("The KV cache of a whole request (%1 input + %2 output tokens) at this batch does not fit by its last token: "
                  "lower the batch or the lengths, or add chips.")
            .arg(RooflineText::count(m_run.request->input), RooflineText::count(m_run.request->output));
    }
    const int n = o.inference->config.tensorParallel;
    if (!o.inference->minChips)
        return tr("The model does not fit in memory on any number of chips at this batch and context: the KV cache each chip "
                  "must hold alone is too large. A smaller batch or context fits.");
    return tr("The model does not fit in memory on %n chip(s) at this batch and context, so it has no speed or cost here.", "", n)
        + QLatin1Char(' ') + tr("It needs %n chip(s): set tensor parallelism to that, or lower the batch or context.", "", *o.inference->minChips);
}

QVariant RooflineResultsModel::rawValue(int row, int column) const
{
    const ChipOutcome &o = m_run.outcomes.at(column);
    const Row r = m_rows.at(row);
    if (!o.ceilings)
        return {};
    const Ceilings &c = *o.ceilings;
    const InferenceResult *inf = o.inference ? &*o.inference : nullptr;
    if (!m_run.runs(column) && needsToRun(r))
        return {};
    const RequestResult *req = m_run.requestResult(column);
    const ExpectedFigure *expected = m_run.expectedFigure(column);
    switch (r) {
    case Row::Peak: return c.peakFlops;
    case Row::Bandwidth: return c.hbm().bandwidth;
    case Row::Ridge: return c.ridgeIntensity();
    case Row::Intensity: return o.intensity;
    case Row::Attainable: return o.attainableFlops;
    case Row::Bound: return boundKey(o.bound);
    case Row::KernelTime: return o.kernel && o.kernel->time ? QVariant(*o.kernel->time) : QVariant();
    case Row::StepTime: return inf ? QVariant(inf->stepTime) : QVariant();
    case Row::TokensGroup:
        if (req)
            return req->outputTokensPerSPerChip * req->decode.groupChips;
        return inf ? QVariant(inf->tokensPerS) : QVariant();
    case Row::TokensPerChip: {
        const auto v = m_run.tokensPerSPerChip(column);
        return v ? QVariant(*v) : QVariant();
    }
    case Row::ExpectedTokensPerChip:
        return expected && expected->tokensPerSPerChip ? QVariant(*expected->tokensPerSPerChip) : QVariant();
    case Row::ExpectedCompute: return expected ? QVariant(expected->efficiency.compute) : QVariant();
    case Row::ExpectedMemory: return expected ? QVariant(expected->efficiency.memory) : QVariant();
    case Row::Ttft: return req ? QVariant(req->ttft) : QVariant();
    case Row::InputTokensPerChip: return req ? QVariant(req->inputTokensPerSPerChip) : QVariant();
    case Row::TokensPerUser: return inf ? QVariant(inf->tokensPerSPerUser) : QVariant();
    case Row::MemoryStall: return inf ? QVariant(inf->memoryStallFraction) : QVariant();
    case Row::Fits:
        if (req)
            return req->fits;
        return inf ? QVariant(inf->fits) : QVariant();
    case Row::KvWall: return inf && inf->maxBatch ? QVariant(double(*inf->maxBatch)) : QVariant();
    case Row::ComputeBoundBatch: return inf && inf->computeBoundBatch ? QVariant(double(*inf->computeBoundBatch)) : QVariant();
    case Row::UsdPerChipHour: return o.cost ? QVariant(o.cost->usdPerHour) : QVariant();
    case Row::UsdPerMillionTokens: return o.economics ? QVariant(o.economics->usdPerMillionTokens) : QVariant();
    case Row::TokensPerJoule: return o.tokensPerJoule ? QVariant(*o.tokensPerJoule) : QVariant();
    default: return systemRawValue(r, column);
    }
    return {};
}

QVariant RooflineResultsModel::systemRawValue(Row row, int column) const
{
    const SystemCosting *sc = m_run.systemCost(column);
    if (!sc)
        return {};
    const auto opt = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    const PerGigawatt *gw = sc->perGigawatt ? &*sc->perGigawatt : nullptr;
    switch (row) {
    case Row::System: return sc->system.id;
    case Row::FacilityPower: return sc->power ? QVariant(sc->power->facilityWatts) : QVariant();
    case Row::SystemUsdPerHour: return sc->cost ? QVariant(sc->cost->usdPerHour) : QVariant();
    case Row::SystemUsdPerMillionTokens: return sc->tokens ? opt(sc->tokens->usdPerMillionTokens) : QVariant();
    case Row::TokensPerMW: return sc->tokens ? QVariant(sc->tokens->tokensPerSecondPerMW) : QVariant();
    case Row::GwAccelerators: return gw ? QVariant(gw->accelerators) : QVariant();
    case Row::GwSystems: return gw ? QVariant(gw->systems) : QVariant();
    case Row::GwCapex: return gw ? opt(gw->capexUsd) : QVariant();
    case Row::GwTokens: return gw ? opt(gw->tokensPerSecond) : QVariant();
    default: return {};
    }
}

bool RooflineResultsModel::needsToRun(Row row)
{
    switch (row) {
    case Row::SystemUsdPerMillionTokens:
    case Row::TokensPerMW:
    case Row::GwTokens:
    case Row::StepTime:
    case Row::TokensGroup:
    case Row::TokensPerChip:
    case Row::ExpectedTokensPerChip:
    case Row::TokensPerUser:
    case Row::Ttft:
    case Row::InputTokensPerChip:
    case Row::UsdPerChipHour:
    case Row::UsdPerMillionTokens:
    case Row::TokensPerJoule: return true;
    default: return false;
    }
}

QString RooflineResultsModel::text(int row, int column) const
{
    const ChipOutcome &o = m_run.outcomes.at(column);
    const Row r = m_rows.at(row);
    if (!o.ok())
        return row == 0 ? problemText(o) : QStringLiteral("—");
    if (!m_run.runs(column) && needsToRun(r))
        return QStringLiteral("—");
    const InferenceResult *inf = o.inference ? &*o.inference : nullptr;
    const QVariant raw = rawValue(row, column);
    switch (r) {
    case Row::Peak:
    case Row::Attainable: return RooflineText::rate(raw.toDouble(), m_run.scenario.precision);
    case Row::Bandwidth: return RooflineText::bandwidth(raw.toDouble());
    case Row::Ridge:
    case Row::Intensity: return RooflineText::intensity(raw.toDouble());
    case Row::Bound: return RooflineText::bound(o.bound);
    case Row::KernelTime:
    case Row::Ttft:
    case Row::StepTime: return raw.isValid() ? RooflineText::time(raw.toDouble()) : QStringLiteral("—");
    case Row::TokensGroup:
    case Row::TokensPerChip:
    case Row::InputTokensPerChip:
    case Row::TokensPerUser: return RooflineText::tokens(raw.toDouble(), m_language);
    case Row::ExpectedTokensPerChip: return raw.isValid() ? RooflineText::tokens(raw.toDouble(), m_language) : QStringLiteral("—");
    case Row::ExpectedCompute:
    case Row::ExpectedMemory: return expectedFactorText(r, column);
    case Row::MemoryStall: return RooflineText::percent(raw.toDouble());
    case Row::Fits:
        if (raw.toBool())
            return tr("yes");
        if (inf->fits) // a whole request that fits at its mean context but not by its last token
            return tr("no: full before the last token");
        return inf->minChips ? tr("no: needs %n chip(s)", "", *inf->minChips) : tr("no: never fits");
    case Row::KvWall:
        return inf->maxBatch && *inf->maxBatch > 0 ? RooflineText::count(double(*inf->maxBatch))
                                                    : tr("not even batch 1", "the KV wall: no batch fits in memory");
    case Row::ComputeBoundBatch:
        return inf->computeBoundBatch ? RooflineText::count(double(*inf->computeBoundBatch)) : tr("never", "no batch makes the step compute-bound");
    case Row::UsdPerChipHour:
    case Row::UsdPerMillionTokens: return raw.isValid() ? RooflineText::usd(raw.toDouble(), m_language) : QStringLiteral("—");
    case Row::TokensPerJoule: return raw.isValid() ? NumberFormat::decimal(raw.toDouble(), 3) : QStringLiteral("—");
    case Row::System: {
        const SystemCosting *sc = m_run.systemCost(column);
        return sc->system.accelerators == 1 && sc->system.id.endsWith(QLatin1String("-chip-only")) ? tr("chip alone") : sc->system.name;
    }
    case Row::FacilityPower: return raw.isValid() ? NumberFormat::si(raw.toDouble(), QStringLiteral("W"), 4) : QStringLiteral("—");
    case Row::SystemUsdPerHour:
    case Row::SystemUsdPerMillionTokens:
    case Row::GwCapex: return raw.isValid() ? RooflineText::usd(raw.toDouble(), m_language) : QStringLiteral("—");
    case Row::TokensPerMW:
    case Row::GwTokens: // millions and billions: "21.9B", "219億", never "21,903,111,777"
        return raw.isValid() ? NumberFormat::count(raw.toDouble(), m_language) : QStringLiteral("—");
    case Row::GwAccelerators:
    case Row::GwSystems: return raw.isValid() ? RooflineText::count(raw.toDouble()) : QStringLiteral("—");
    }
    return {};
}

QString RooflineResultsModel::formula(Row row, const Chip &chip, const ChipOutcome &o) const
{
    const Ceilings &c = *o.ceilings;
    const Precision p = m_run.scenario.precision;
    const InferenceResult *inf = o.inference ? &*o.inference : nullptr;
    const QString peak = RooflineText::rate(c.peakFlops, p);
    const QString bw = RooflineText::bandwidth(c.hbm().bandwidth);
    // Output tokens/s per chip as cost and energy use it: over the whole request when one is set.
    const double tokensPerChip = m_run.tokensPerSPerChip(m_run.indexOf(chip.id)).value_or(0);
    switch (row) {
    case Row::Peak:
        return tr("The dense %1 peak the dataset gives for %2, without 2:4 sparsity (a vendor's sparse figure is twice as high).")
            .arg(precisionName(), chip.localName(m_language));
    case Row::Bandwidth: return tr("The bandwidth of %1's own memory (HBM).").arg(chip.localName(m_language));
    case Row::Ridge: return tr("ridge = peak ÷ bandwidth = %1 ÷ %2 = %3").arg(peak, bw, RooflineText::intensity(c.ridgeIntensity()));
    case Row::Intensity:
        if (o.kernel && o.kernel->flops && o.kernel->bytes)
            return tr("intensity = FLOPs ÷ bytes = %1 ÷ %2 = %3")
                .arg(NumberFormat::si(*o.kernel->flops, QStringLiteral("FLOP"), 4), RooflineText::bytes(*o.kernel->bytes),
                     RooflineText::intensity(o.intensity));
        return tr("The intensity you chose: FLOPs done per byte moved.");
    case Row::Attainable:
        if (inf)
            return tr("attainable = Σ FLOPs ÷ time per step = %1 ÷ %2 = %3 (%4 of the peak)")
                .arg(NumberFormat::si(o.attainableFlops * inf->stepTime, QStringLiteral("FLOP"), 4), RooflineText::time(inf->stepTime),
                     RooflineText::rate(o.attainableFlops, p), RooflineText::percent(o.attainableFlops / c.peakFlops));
        return tr("attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4")
            .arg(peak, RooflineText::intensity(o.intensity), bw, RooflineText::rate(o.attainableFlops, p));
    case Row::Bound:
        if (inf)
            return tr("Σ compute time %1 vs Σ memory time %2 over the step's operators: %3")
                .arg(RooflineText::time(inf->computeTime), RooflineText::time(inf->memoryTime), RooflineText::bound(o.bound));
        return tr("intensity %1 %2 ridge %3: %4")
            .arg(RooflineText::intensity(o.intensity), o.bound == Bound::Compute ? QStringLiteral("≥") : QStringLiteral("<"),
                 RooflineText::intensity(c.ridgeIntensity()), RooflineText::bound(o.bound));
    case Row::KernelTime:
        if (o.kernel && o.kernel->time && o.kernel->flops && o.kernel->bytes)
            return tr("time = max(FLOPs ÷ peak, bytes ÷ bandwidth) = max(%1, %2) = %3")
                .arg(RooflineText::time(*o.kernel->flops / c.peakFlops), RooflineText::time(*o.kernel->bytes / c.hbm().bandwidth),
                     RooflineText::time(*o.kernel->time));
        return {};
    case Row::StepTime:
        return tr("Σ over operators of max(FLOPs ÷ peak, bytes ÷ bandwidth) = %1; compute alone would take %2, memory alone %3")
            .arg(RooflineText::time(inf->stepTime), RooflineText::time(inf->computeTime), RooflineText::time(inf->memoryTime));
    case Row::ExpectedTokensPerChip: return expectedFormula(chip, m_run.indexOf(chip.id));
    case Row::ExpectedCompute:
    case Row::ExpectedMemory: {
        const ExpectedFigure *e = m_run.expectedFigure(m_run.indexOf(chip.id));
        QStringList lines{tr("The expected figure is the bound's workload on ceilings lowered by two factors: compute (a GEMM "
                             "measured ÷ the dense peak) and memory (a stream measured ÷ HBM bandwidth). A chip without its own "
                             "measurement of a kind takes the median over every chip measured.")};
        if (e)
            lines += e->notes;
        return lines.join(QLatin1Char('\n'));
    }
    case Row::Ttft:
    case Row::InputTokensPerChip: return requestFormula(row, m_run.indexOf(chip.id));
    case Row::TokensGroup:
    case Row::TokensPerChip:
    case Row::TokensPerUser: {
        if (row != Row::TokensPerUser && m_run.requestResult(m_run.indexOf(chip.id)))
            return requestFormula(row, m_run.indexOf(chip.id));
        const int n = inf->groupChips;
        const QString group = RooflineText::tokens(inf->tokensPerS, m_language);
        const double accept = inf->config.acceptedTokens;
        QString text = inf->config.phase == InferencePhase::Decode && accept != 1
            ? tr("tokens/s = batch × tokens accepted per step ÷ time per step = %1 × %2 ÷ %3 = %4")
                  .arg(inf->config.batch)
                  .arg(NumberFormat::decimal(accept, 3), RooflineText::time(inf->stepTime), group)
            : inf->config.phase == InferencePhase::Decode
            ? tr("tokens/s = batch ÷ time per token = %1 ÷ %2 = %3").arg(inf->config.batch).arg(RooflineText::time(inf->stepTime), group)
            : tr("tokens/s = batch × prompt ÷ time to first token = %1 × %2 ÷ %3 = %4")
                  .arg(inf->config.batch)
                  .arg(inf->config.prompt)
                  .arg(RooflineText::time(inf->stepTime), group);
        if (row == Row::TokensPerChip)
            text += QStringLiteral("\n") + tr("per chip = %1 ÷ %n chip(s) = %2", "", n).arg(group, RooflineText::tokens(inf->tokensPerSPerChip, m_language));
        if (row == Row::TokensPerUser)
            text += QStringLiteral("\n") + tr("per user = %1 ÷ %2 sequences = %3").arg(group).arg(inf->config.batch).arg(RooflineText::tokens(inf->tokensPerSPerUser, m_language));
        return text;
    }
    case Row::MemoryStall:
        return tr("memory stall = time the compute units wait on memory ÷ time per step = %1 ÷ %2 = %3")
            .arg(RooflineText::time(inf->memoryStallFraction * inf->stepTime), RooflineText::time(inf->stepTime),
                 RooflineText::percent(inf->memoryStallFraction));
    case Row::Fits:
        return tr("per chip: weights %1 + KV cache %2 = %3, against %4 usable (%5 kept back)")
            .arg(RooflineText::bytes(inf->weightsBytesPerChip), RooflineText::bytes(inf->kvBytesPerChip),
                 RooflineText::bytes(inf->weightsBytesPerChip + inf->kvBytesPerChip), RooflineText::bytes(inf->usableKvTierBytes),
                 RooflineText::percent(inf->config.memoryReserve))
            + (inf->minChips ? QStringLiteral("\n") + tr("fewest chips that hold it: %1").arg(*inf->minChips) : QString())
            + QStringLiteral("\n") + NumberFormat::binaryNote();
    case Row::KvWall:
        return tr("largest batch whose KV cache (%1 per token of context) fits beside the weights at context %2")
            .arg(RooflineText::bytes(inf->kvBytesPerToken), RooflineText::count(inf->contextTokens));
    case Row::ComputeBoundBatch:
        return inf->computeBoundBatch
            ? tr("smallest batch at which Σ FLOPs ÷ peak ≥ Σ bytes ÷ bandwidth at context %1").arg(RooflineText::count(inf->contextTokens))
            : tr("No batch turns the step compute-bound at context %1: attention reads the whole KV cache for every token, and its "
                 "intensity stays below the ridge. Shorter contexts turn compute-bound.")
                  .arg(RooflineText::count(inf->contextTokens));
    case Row::UsdPerChipHour:
        if (!o.cost)
            return o.costError;
        if (o.cost->rented)
            return tr("Rental price per chip-hour, your assumption; it covers power and hosting.");
        return tr("price ÷ (years × 8,766 h) + TDP × PUE × electricity = %1 ÷ (%2 × 8,766) + %3 kW × %4 × %5 per kWh = %6")
            .arg(RooflineText::usd(o.priceUsd.value_or(0), m_language))
            .arg(m_run.scenario.cost.years)
            .arg(o.cost->watts / 1000.0)
            .arg(m_run.scenario.cost.pue)
            .arg(RooflineText::usd(m_run.scenario.cost.electricityUsdPerKWh, m_language), RooflineText::usd(o.cost->usdPerHour, m_language))
            + (o.catalogPrice ? QStringLiteral("\n") + tr("The price is the dataset's estimate for %1.").arg(chip.localName(m_language)) : QString());
    case Row::UsdPerMillionTokens:
        if (!o.economics)
            return o.costError;
        return tr("cost per chip-hour ÷ (tokens/s per chip × 3,600) × 1,000,000 = %1 ÷ (%2 × 3,600) × 10⁶ = %3. Chips kept busy "
                  "at the bound: real costs are higher.")
            .arg(RooflineText::usd(o.cost->usdPerHour, m_language), RooflineText::tokens(tokensPerChip, m_language),
                 RooflineText::usd(o.economics->usdPerMillionTokens, m_language));
    case Row::TokensPerJoule:
        if (!o.tokensPerJoule)
            return tr("The dataset has no TDP figure for %1.").arg(chip.localName(m_language));
        return tr("tokens per joule = tokens/s per chip ÷ TDP = %1 ÷ %2 W = %3 (at full TDP: a lower bound)")
            .arg(RooflineText::tokens(tokensPerChip, m_language), NumberFormat::decimal(*chip.tdpWatts, 4),
                 NumberFormat::decimal(*o.tokensPerJoule, 3));
    default: return systemFormula(row, chip, m_run.indexOf(chip.id));
    }
    return {};
}

QString RooflineResultsModel::expectedFactorText(Row row, int column) const
{
    const ExpectedFigure *e = m_run.expectedFigure(column);
    if (!e)
        return {};
    // Short enough for a cell: the factor and where it came from; the tooltip names the measurement and its source.
    if (row == Row::ExpectedCompute)
        return e->ownCompute ? tr("%1 (own)", "an efficiency factor from the chip's own measurement").arg(RooflineText::percent(e->efficiency.compute))
             : e->fleetGemm > 0 ? tr("%1 (median)").arg(RooflineText::percent(e->efficiency.compute))
                                : tr("100% (none)", "no measurement of the kind on any chip");
    return e->ownMemory ? tr("%1 (own)", "an efficiency factor from the chip's own measurement").arg(RooflineText::percent(e->efficiency.memory))
         : e->fleetStream > 0 ? tr("%1 (median)").arg(RooflineText::percent(e->efficiency.memory))
                              : tr("100% (none)", "no measurement of the kind on any chip");
}

QString RooflineResultsModel::expectedFormula(const Chip &chip, int column) const
{
    const ExpectedFigure *e = m_run.expectedFigure(column);
    const auto bound = m_run.tokensPerSPerChip(column);
    if (!e || !e->tokensPerSPerChip || !bound)
        return {};
    QStringList lines;
    lines << tr("expected = the same workload at compute × %1 and memory × %2 = %3 tokens/s per chip, %4 of the bound %5")
                 .arg(NumberFormat::decimal(e->efficiency.compute, 3), NumberFormat::decimal(e->efficiency.memory, 3),
                      RooflineText::tokens(*e->tokensPerSPerChip, m_language), RooflineText::percent(*e->tokensPerSPerChip / *bound),
                      RooflineText::tokens(*bound, m_language));
    if (!e->ownCompute)
        lines << tr("%1 has no GEMM measured at %2: compute takes the median measured ÷ peak over %n GEMM measurement(s) of every chip.", "",
                    e->fleetGemm)
                     .arg(chip.localName(m_language), precisionName());
    if (!e->ownMemory)
        lines << tr("%1 has no stream measured: memory takes the median measured ÷ bandwidth over %n stream measurement(s) of every chip.",
                    "", e->fleetStream)
                     .arg(chip.localName(m_language));
    lines += e->notes;
    return lines.join(QLatin1Char('\n'));
}

QString RooflineResultsModel::requestFormula(Row row, int column) const
{
    const RequestResult *q = m_run.requestResult(column);
    if (!q)
        return {};
    const int chips = q->decode.groupChips;
    const double batch = q->decode.config.batch;
    const double accept = q->decode.config.acceptedTokens;
    const QString requestTime =
        tr("request time = time to first token + output ÷ accepted per step × time per step = %1 + %2 ÷ %3 × %4 = %5")
            .arg(RooflineText::time(q->ttft), RooflineText::count(q->outputTokens), NumberFormat::decimal(accept, 3),
                 RooflineText::time(q->decode.stepTime), RooflineText::time(q->requestTime));
    if (q->chunk > 0) {
        // Chunked prefill: no separate prefill; each mixed step carries prompt tokens beside the decoding sequences.
        const QString mixed = tr("chunked prefill: each step of %1 carries %2 prompt tokens beside %3 decoding sequences")
                                  .arg(RooflineText::time(q->decode.stepTime), NumberFormat::decimal(q->chunkTokensPerStep, 4),
                                       RooflineText::count(q->decodingSequences));
        switch (row) {
        case Row::Ttft:
            return mixed + QLatin1Char('\n')
                + tr("time to first token = ⌈input ÷ chunk⌉ × step = ⌈%1 ÷ %2⌉ × %3 = %4")
                      .arg(RooflineText::count(q->inputTokens), RooflineText::count(q->chunk), RooflineText::time(q->decode.stepTime),
                           RooflineText::time(q->ttft));
        case Row::InputTokensPerChip:
            return mixed + QLatin1Char('\n')
                + tr("input tokens/s per chip = output tokens/s per chip × input ÷ output = %1 × %2 ÷ %3 = %4")
                      .arg(RooflineText::tokens(q->outputTokensPerSPerChip, m_language), RooflineText::count(q->inputTokens),
                           RooflineText::count(q->outputTokens), RooflineText::tokens(q->inputTokensPerSPerChip, m_language));
        case Row::TokensGroup:
        case Row::TokensPerChip:
            return mixed + QLatin1Char('\n')
                + tr("output tokens/s per chip = decoding sequences × accepted per step ÷ step ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5")
                      .arg(RooflineText::count(q->decodingSequences), NumberFormat::decimal(accept, 3), RooflineText::time(q->decode.stepTime))
                      .arg(chips)
                      .arg(RooflineText::tokens(q->outputTokensPerSPerChip, m_language));
        default: return {};
        }
    }
    switch (row) {
    case Row::Ttft:
        return tr("time to first token = prefill of the batch's %1 prompts of %2 tokens at once = %3")
            .arg(RooflineText::count(batch), RooflineText::count(q->inputTokens), RooflineText::time(q->ttft));
    case Row::InputTokensPerChip:
        return requestTime + QLatin1Char('\n')
            + tr("input tokens/s per chip = batch × input ÷ request time ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5")
                  .arg(RooflineText::count(batch), RooflineText::count(q->inputTokens), RooflineText::time(q->requestTime))
                  .arg(chips)
                  .arg(RooflineText::tokens(q->inputTokensPerSPerChip, m_language));
    case Row::TokensGroup:
    case Row::TokensPerChip:
        return requestTime + QLatin1Char('\n')
            + tr("output tokens/s per chip = batch × output ÷ request time ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5")
                  .arg(RooflineText::count(batch), RooflineText::count(q->outputTokens), RooflineText::time(q->requestTime))
                  .arg(chips)
                  .arg(RooflineText::tokens(q->outputTokensPerSPerChip, m_language))
            + QLatin1Char('\n') + tr("Decode runs at the mean context, input + output ÷ 2 = %1 tokens.").arg(RooflineText::count(q->decode.contextTokens));
    default: return {};
    }
}

QString RooflineResultsModel::systemFormula(Row row, const Chip &chip, int column) const
{
    const SystemCosting *sc = m_run.systemCost(column);
    if (!sc || !m_run.systemInput)
        return {};
    const FacilityAssumptions &a = m_run.systemInput->facility;
    const SystemSpec &s = sc->system;
    const QString name = chip.localName(m_language);
    if (!sc->power && row != Row::System)
        return tr("No source gives the power of %1 and the dataset has no TDP for %2: no power, cost or per-gigawatt figure.")
            .arg(s.name, name);
    const QString watts = sc->power ? NumberFormat::si(sc->power->facilityWatts, QStringLiteral("W"), 4) : QString();
    const QString usdHour = sc->cost ? RooflineText::usd(sc->cost->usdPerHour, m_language) : QString();
    switch (row) {
    case Row::System:
        return tr("%1 holds %n accelerator(s). Choose another system of the chip under \"Systems and facility\".", "", s.accelerators).arg(s.name);
    case Row::FacilityPower:
        if (sc->power->basis == AcceleratorPower::Basis::SystemPower)
            return tr("system IT power ÷ accelerators × PUE = %1 ÷ %2 × %3 = %4")
                .arg(NumberFormat::si(*s.powerW, QStringLiteral("W"), 4))
                .arg(s.accelerators)
                .arg(a.pue)
                .arg(watts);
        return tr("No source gives the system's power: chip TDP × overhead × PUE = %1 W × %2 × %3 = %4")
            .arg(NumberFormat::decimal(chip.tdpWatts.value_or(0), 4))
            .arg(a.tdpOverhead)
            .arg(a.pue)
            .arg(watts);
    case Row::SystemUsdPerHour:
        if (!sc->cost)
            return tr("No price is reported for %1 and the dataset has no price for %2.").arg(s.name, name);
        if (sc->priceFrom == SystemCosting::PriceFrom::Rental && sc->rentalPrice) {
            const Company *provider = m_catalog.company(sc->rentalPrice->provider);
            return tr("%1's on-demand list price (%2, as of %3) ÷ utilisation = %4 ÷ %5 = %6")
                .arg(provider ? companyShortName(*provider, m_language) : sc->rentalPrice->provider, sc->rentalPrice->offer,
                     DateFormat::text(sc->rentalPrice->asOf, m_language),
                     RooflineText::usd(sc->rentalPrice->usdPerAcceleratorHour, m_language), RooflineText::percent(a.utilization), usdHour);
        }
        if (sc->priceFrom == SystemCosting::PriceFrom::Rental)
            return tr("rental price ÷ utilisation = %1 ÷ %2 = %3")
                .arg(RooflineText::usd(*m_run.systemInput->rentalUsdPerHour, m_language), RooflineText::percent(a.utilization), usdHour);
        return tr("(capex repaid over %1 years at %2 + energy) ÷ utilisation = (%3 + %4 kW × %5 per kWh) ÷ %6 = %7; capex per "
                  "accelerator = %8 (price ÷ accelerators + facility capex per MW × MW)")
                   .arg(a.years)
                   .arg(RooflineText::percent(a.costOfCapital))
                   .arg(RooflineText::usd(sc->cost->capitalUsdPerHour, m_language))
                   .arg(sc->power->facilityWatts / 1000)
                   .arg(RooflineText::usd(a.electricityUsdPerKWh, m_language), RooflineText::percent(a.utilization), usdHour,
                        RooflineText::usd(sc->cost->capexUsd, m_language))
            + (sc->priceFrom == SystemCosting::PriceFrom::ChipPriceTimesAccelerators
                   ? QStringLiteral("\n") + tr("No price is reported for the system: the chip's own price × accelerators, which leaves "
                                                "out the server, network and rack.")
                   : QString());
    case Row::SystemUsdPerMillionTokens:
        if (!sc->tokens || !sc->tokens->usdPerMillionTokens)
            return tr("No cost per accelerator-hour for %1.").arg(s.name);
        return tr("cost per accelerator-hour ÷ (tokens/s per chip × 3,600) × 10⁶ = %1 ÷ (%2 × 3,600) × 10⁶ = %3")
            .arg(usdHour, RooflineText::tokens(m_run.tokensPerSPerChip(column).value_or(0), m_language),
                 RooflineText::usd(*sc->tokens->usdPerMillionTokens, m_language));
    case Row::TokensPerMW:
        return tr("tokens/s per chip × 10⁶ ÷ power per accelerator at the wall = %1 × 10⁶ ÷ %2 = %3")
            .arg(RooflineText::tokens(m_run.tokensPerSPerChip(column).value_or(0), m_language), watts,
                 RooflineText::tokens(sc->tokens->tokensPerSecondPerMW, m_language));
    case Row::GwAccelerators:
        return tr("10⁹ W ÷ %1 = %2 accelerators").arg(watts, RooflineText::count(sc->perGigawatt->accelerators));
    case Row::GwSystems:
        return tr("%1 accelerators ÷ %2 per system = %3")
            .arg(RooflineText::count(sc->perGigawatt->accelerators))
            .arg(s.accelerators)
            .arg(RooflineText::count(sc->perGigawatt->systems));
    case Row::GwCapex:
        if (!sc->perGigawatt->capexUsd)
            return sc->priceFrom == SystemCosting::PriceFrom::Rental ? tr("Rented: nothing is bought.") : tr("No price: no capex.");
        return tr("%1 accelerators × %2 capex each = %3")
            .arg(RooflineText::count(sc->perGigawatt->accelerators), RooflineText::usd(sc->cost->capexUsd, m_language),
                 RooflineText::usd(*sc->perGigawatt->capexUsd, m_language));
    case Row::GwTokens:
        return tr("%1 accelerators × %2 tokens/s each = %3")
            .arg(RooflineText::count(sc->perGigawatt->accelerators),
                 RooflineText::tokens(m_run.tokensPerSPerChip(column).value_or(0), m_language),
                 RooflineText::tokens(sc->perGigawatt->tokensPerSecond.value_or(0), m_language));
    default: return {};
    }
}

QStringList RooflineResultsModel::systemWorking(int column) const
{
    QStringList lines;
    if (column < 0 || column >= m_run.chips.size() || !m_run.systemCost(column))
        return lines;
    const Chip &chip = *m_run.chips.at(column);
    const bool runs = m_run.runs(column);
    for (Row row : m_rows) {
        if (row < Row::System || (!runs && needsToRun(row)))
            continue;
        const QString f = systemFormula(row, chip, column);
        if (!f.isEmpty())
            lines << tr("%1: %2", "a result: its formula").arg(rowLabel(row), f);
    }
    return lines;
}

QStringList RooflineResultsModel::servingWorking(int column) const
{
    QStringList lines;
    if (column < 0 || column >= m_run.chips.size() || !m_run.isLlm())
        return lines;
    const Chip &chip = *m_run.chips.at(column);
    const ChipOutcome &o = m_run.outcomes.at(column);
    if (!o.ok() || !o.inference)
        return lines;
    const InferenceResult &inf = *o.inference;
    const double accept = inf.config.acceptedTokens;
    if (inf.config.phase == InferencePhase::Decode && accept != 1)
        lines << tr("Accepted per step: each decode step runs %1 × %2 query tokens through every matmul and attention but reads the "
                    "weights and the KV cache once; tokens/s = %1 × %2 ÷ %3 = %4")
                     .arg(RooflineText::count(inf.config.batch), NumberFormat::decimal(accept, 3), RooflineText::time(inf.stepTime),
                          RooflineText::tokens(inf.tokensPerS, m_language));
    if (const RequestResult *q = m_run.requestResult(column)) {
        lines << tr("%1: %2", "a result: its formula").arg(rowLabel(Row::Ttft), requestFormula(Row::Ttft, column));
        lines << tr("%1: %2", "a result: its formula").arg(tr("Whole request"), requestFormula(Row::TokensPerChip, column));
        lines << tr("%1: %2", "a result: its formula").arg(rowLabel(Row::InputTokensPerChip), requestFormula(Row::InputTokensPerChip, column).section(QLatin1Char('\n'), 1));
        if (!q->fits)
            lines << doesNotFitText(o);
        else if (o.economics)
            lines << tr("Cost and energy per token use the output tokens/s over the whole request, %1, not one decode step's %2.")
                         .arg(RooflineText::tokens(q->outputTokensPerSPerChip, m_language), RooflineText::tokens(inf.tokensPerSPerChip, m_language));
    }
    const QString expected = expectedFormula(chip, column);
    if (!expected.isEmpty())
        lines << tr("%1: %2", "a result: its formula").arg(rowLabel(Row::ExpectedTokensPerChip), expected);
    if (m_run.hasFrontier(column)) {
        const QList<FrontierPoint> &front = m_run.frontiers.at(column);
        const double target = m_run.targetTokensPerUser.value_or(0);
        QString text = tr("%n point(s) no other beats on both tokens/s per chip and tokens/s per user, over tensor and expert "
                          "parallel layouts within the scale-up domain and batches from 1 to 4,096.", "", int(front.size()));
        const std::optional<FrontierPoint> &pick = m_run.picks.value(column);
        if (pick) {
            text += QLatin1Char('\n')
                + tr("Best at %1 tokens/s per user or more: %2, batch %3: %4 tokens/s per chip (bound) at %5 tokens/s per user")
                      .arg(RooflineText::count(target), RooflineText::layout(pick->tp, pick->ep, pick->dpAttention), RooflineText::count(pick->batch),
                           RooflineText::tokens(pick->tokensPerSPerChip, m_language), RooflineText::tokens(pick->tokensPerSPerUser, m_language));
            if (pick->expectedTokensPerSPerChip)
                text += QLatin1Char('\n') + tr("expected there: %1 tokens/s per chip").arg(RooflineText::tokens(*pick->expectedTokensPerSPerChip, m_language));
        } else {
            const FrontierPoint &fastest = front.first(); // sorted fastest per user first
            text += QLatin1Char('\n')
                + tr("No layout reaches %1 tokens/s per user: the fastest is %2 at batch %3, %4 tokens/s per user.")
                      .arg(RooflineText::count(target), RooflineText::layout(fastest.tp, fastest.ep, fastest.dpAttention),
                           RooflineText::count(fastest.batch), RooflineText::tokens(fastest.tokensPerSPerUser, m_language));
        }
        lines << tr("%1: %2", "a result: its formula").arg(tr("Frontier"), text);
    }
    return lines;
}

QString RooflineResultsModel::systemSources(int column) const
{
    const SystemCosting *sc = m_run.systemCost(column);
    if (!sc)
        return {};
    const SystemSpec &s = sc->system;
    QString html;
    if (!s.sourceId.isEmpty())
        html += ClaimText::paragraph(tr("System: %1").toHtmlEscaped().arg(ClaimText::sourceHtml(m_catalog, s.sourceId)));
    if (s.powerW && !s.powerBasis.isEmpty())
        html += ClaimText::paragraph(tr("Power: %1").toHtmlEscaped().arg(ClaimText::basis(s.powerBasis).toHtmlEscaped()));
    if (!s.priceSourceId.isEmpty())
        html += ClaimText::paragraph(tr("Price (%1, %2): %3")
                                         .toHtmlEscaped()
                                         .arg(ClaimText::basis(s.priceBasis).toHtmlEscaped(), s.priceOn.toHtmlEscaped(),
                                              ClaimText::sourceHtml(m_catalog, s.priceSourceId)));
    if (!s.note.isEmpty())
        html += ClaimText::paragraph(s.note.toHtmlEscaped());
    return html;
}

QString RooflineResultsModel::sources(Row row, const Chip &chip, const ChipOutcome &o) const
{
    if (row >= Row::System)
        return systemSources(m_run.indexOf(chip.id));
    if (row == Row::ExpectedTokensPerChip || row == Row::ExpectedCompute || row == Row::ExpectedMemory) {
        // The chip's own measurements behind its factors, each with its source (a fleet median has none of its own).
        const ExpectedFigure *e = m_run.expectedFigure(m_run.indexOf(chip.id));
        const QString notes = e ? e->notes.join(QLatin1Char('\n')) : QString();
        QString html;
        for (const Measurement &m : m_catalog.measurements())
            if (m.chipId.compare(chip.id, Qt::CaseInsensitive) == 0 && !m.id.isEmpty() && notes.contains(m.id))
                html += ClaimText::paragraph(tr("Measurement %1: %2").toHtmlEscaped().arg(m.id.toHtmlEscaped(), ClaimText::sourceHtml(m_catalog, m.sourceId)));
        return html;
    }
    QList<SpecClaim> claims;
    auto add = [&](const QString &metric, std::optional<Precision> precision) {
        const auto it = chip.currentClaims.constFind(claimKey(metric, precision));
        if (it != chip.currentClaims.constEnd())
            claims << *it;
    };
    if (row != Row::Bandwidth)
        add(Metric::PeakFlops, m_run.scenario.precision);
    if (row != Row::Peak)
        add(Metric::MemoryBandwidth, std::nullopt);
    if (row == Row::Fits || row == Row::KvWall)
        add(Metric::MemoryCapacity, std::nullopt);
    if (row == Row::TokensPerJoule || (row == Row::UsdPerChipHour && o.cost && !o.cost->rented))
        add(Metric::Tdp, std::nullopt);
    if ((row == Row::UsdPerChipHour || row == Row::UsdPerMillionTokens) && o.catalogPrice)
        add(Metric::Price, std::nullopt);
    if ((row == Row::TokensGroup || row == Row::StepTime) && m_run.scenario.inference.tensorParallel > 1)
        add(Metric::ScaleupBandwidth, std::nullopt);
    QString html;
    for (const SpecClaim &claim : claims)
        html += ClaimText::claimHtml(claim, m_catalog, m_language, true);
    return html;
}

QString RooflineResultsModel::tooltip(int row, int column) const
{
    const Chip &chip = *m_run.chips.at(column);
    const ChipOutcome &o = m_run.outcomes.at(column);
    const Row r = m_rows.at(row);
    QString head = QStringLiteral("<b>%1 — %2</b>").arg(chip.localName(m_language).toHtmlEscaped(), rowLabel(r).toHtmlEscaped());
    if (!o.ok())
        return ClaimText::paragraph(head) + ClaimText::paragraph(problemExplanation(o, chip).toHtmlEscaped());
    if (!m_run.runs(column) && needsToRun(r))
        return ClaimText::paragraph(head) + ClaimText::paragraph(doesNotFitText(o).toHtmlEscaped());
    head += QStringLiteral(" &nbsp; <b>%1</b>").arg(text(row, column).toHtmlEscaped());
    if (chip.isProjected(Metric::PeakFlops, m_run.scenario.precision))
        head += QStringLiteral(" <i>%1</i>").arg(tr("(from projected figures)").toHtmlEscaped());
    QString html = ClaimText::paragraph(head);
    const QString f = formula(r, chip, o);
    if (!f.isEmpty())
        html += ClaimText::paragraph(f.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html + sources(r, chip, o);
}

QVariant RooflineResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChipOutcome &o = m_run.outcomes.at(index.column());
    const Row r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(index.row(), index.column());
    case Qt::ToolTipRole: return tooltip(index.row(), index.column());
    case RawValueRole: return o.ok() ? rawValue(index.row(), index.column()) : QVariant();
    case RowKeyRole: return rowKey(r);
    case ChipIdRole: return m_run.chips.at(index.column())->id;
    case BoundRole: return o.ok() && r == Row::Bound ? QVariant(boundKey(o.bound)) : QVariant();
    case ProblemRole: return !o.ok();
    case UnitRole: return rowUnit(r);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!o.ok())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (r == Row::Bound)
            return o.bound == Bound::Compute ? ChipPalette::computeBound.darker(130)
                : o.bound == Bound::Memory   ? ChipPalette::memoryBound
                                             : ChipPalette::linkBound;
        if (r == Row::Fits && o.inference && !o.inference->fits)
            return ChipPalette::memoryBound;
        return {};
    case Qt::FontRole:
        // Bold means what it means in Compare: the best of its row.
        if (!o.ok() || isBest(index.row(), index.column())) {
            QFont font;
            font.setItalic(!o.ok());
            font.setBold(o.ok());
            return font;
        }
        return {};
    case BestRole: return isBest(index.row(), index.column());
    default: return {};
    }
}

bool RooflineResultsModel::isBest(int row, int column) const
{
    // Rows that are merits have a direction; projections never win a row, and more than one chip must compete.
    int direction = 0; // +1 higher is better, -1 lower
    switch (m_rows.at(row)) {
    case Row::Attainable:
    case Row::TokensGroup:
    case Row::TokensPerChip:
    case Row::TokensPerUser:
    case Row::TokensPerJoule:
    case Row::TokensPerMW:
    case Row::GwTokens: direction = 1; break;
    case Row::KernelTime:
    case Row::StepTime:
    case Row::UsdPerMillionTokens:
    case Row::SystemUsdPerMillionTokens: direction = -1; break;
    default: return false;
    }
    const auto candidate = [&](int c) -> std::optional<double> {
        const QVariant v = m_run.outcomes.at(c).ok() ? rawValue(row, c) : QVariant();
        if (!v.isValid() || m_run.chips.at(c)->isProjected(Metric::PeakFlops, m_run.scenario.precision))
            return std::nullopt;
        return v.toDouble();
    };
    const std::optional<double> mine = candidate(column);
    if (!mine)
        return false;
    int competitors = 0;
    for (int c = 0; c < m_run.chips.size(); ++c) {
        const std::optional<double> other = candidate(c);
        if (!other)
            continue;
        ++competitors;
        if (direction * (*other - *mine) > 0)
            return false;
    }
    return competitors > 1;
}

QVariant RooflineResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const Row r = m_rows.at(section);
        switch (role) {
        case Qt::DisplayRole: return rowLabel(r);
        case Qt::ToolTipRole: {
            const QString unit = rowUnit(r);
            return unit.isEmpty() ? rowLabel(r) : tr("%1 (%2)", "row label (unit)").arg(rowLabel(r), NumberFormat::unitName(unit));
        }
        case RowKeyRole: return rowKey(r);
        default: return {};
        }
    }
    if (section < 0 || section >= m_run.chips.size())
        return {};
    const Chip &chip = *m_run.chips.at(section);
    const ChipOutcome &o = m_run.outcomes.at(section);
    const bool projected = chip.isProjected(Metric::PeakFlops, m_run.scenario.precision);
    switch (role) {
    case Qt::DisplayRole: {
        QString name = ChipPalette::shortName(chip.localName(m_language));
        if (projected)
            name += QLatin1Char('\n') + tr("(projected)");
        return name;
    }
    case Qt::DecorationRole: return swatch(ChipPalette::color(section), projected);
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(chip.localName(m_language).toHtmlEscaped());
        tip += QStringLiteral("<br>") + tr("Status: %1").toHtmlEscaped().arg(ClaimText::status(chip.status).toHtmlEscaped());
        if (!o.ok())
            tip += QStringLiteral("<br>") + problemExplanation(o, chip).toHtmlEscaped();
        else if (!o.runs())
            tip += QStringLiteral("<br>") + doesNotFitText(o).toHtmlEscaped();
        if (projected)
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("Projected figures: drawn dashed on the charts.").toHtmlEscaped());
        if (chip.id == m_run.focusChipId)
            tip += QStringLiteral("<br>") + tr("Its operators are shown on the roofline and in the operator table.").toHtmlEscaped();
        return tip;
    }
    case Qt::FontRole:
        if (chip.id == m_run.focusChipId) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ChipIdRole: return chip.id;
    case ProblemRole: return !o.ok();
    default: return {};
    }
}
