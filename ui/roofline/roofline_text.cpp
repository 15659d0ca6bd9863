#include "roofline_text.h"

#include "explain.h"

#include <cmath>

QString RooflineText::bound(Bound b)
{
    switch (b) {
    case Bound::Compute: return tr("compute-bound");
    case Bound::Memory: return tr("memory-bound");
    case Bound::Link: return tr("link-bound", "bound by the scale-up link between chips");
    }
    return {};
}

QString RooflineText::precision(Precision p)
{
    return precisionKey(p).toUpper();
}

QString RooflineText::rateUnit(Precision p)
{
    return isIntegerPrecision(p) ? QStringLiteral("OP/s") : QStringLiteral("FLOP/s");
}

QString RooflineText::rate(double flopsPerS, Precision p)
{
    return NumberFormat::si(flopsPerS, rateUnit(p), 3);
}

QString RooflineText::bandwidth(double bytesPerS)
{
    return NumberFormat::si(bytesPerS, QStringLiteral("B/s"), 3);
}

QString RooflineText::bytes(double bytes)
{
    // Binary GB like the capacities they are compared with (NumberFormat::si).
    return NumberFormat::si(bytes, QStringLiteral("B"));
}

QString RooflineText::time(double seconds)
{
    return NumberFormat::si(seconds, QStringLiteral("s"));
}

QString RooflineText::intensity(double flopPerByte)
{
    if (!std::isfinite(flopPerByte))
        return QStringLiteral("∞");
    return NumberFormat::si(flopPerByte, QStringLiteral("FLOP/B"), 3);
}

QString RooflineText::tokens(double tokensPerS, Language language)
{
    // Chinese readers count from 10,000 up in 萬 / 万 (DESIGN §5); the same threshold for every cell keeps a
    // row comparable (2.384萬 beside 41.87萬, not 23,836 beside 41.87萬).
    if (language != Language::English && tokensPerS >= 1e4)
        return NumberFormat::count(tokensPerS, language);
    return NumberFormat::decimal(tokensPerS, 3);
}

QString RooflineText::usd(double value, Language language)
{
    return NumberFormat::usd(value, language);
}

QString RooflineText::percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QString RooflineText::count(double value)
{
    return NumberFormat::decimal(value, 1);
}

QString RooflineText::phase(bool decode)
{
    return decode ? tr("decode", "LLM inference phase") : tr("prefill", "LLM inference phase");
}

QString RooflineText::operatorName(const QString &key)
{
    if (key == QLatin1String("qkv"))
        return tr("QKV projection");
    if (key == QLatin1String("attn_scores"))
        return tr("Attention scores (Q·Kᵀ)");
    if (key == QLatin1String("attn_v"))
        return tr("Attention × V");
    if (key == QLatin1String("out_proj"))
        return tr("Output projection");
    if (key == QLatin1String("ffn"))
        return tr("Feed-forward (FFN)");
    if (key == QLatin1String("router"))
        return tr("Expert router");
    if (key == QLatin1String("experts"))
        return tr("Experts (MoE FFN)");
    if (key == QLatin1String("lm_head"))
        return tr("LM head");
    if (key == QLatin1String("all_reduce"))
        return tr("All-reduce (tensor parallel)");
    if (key == QLatin1String("kernel"))
        return tr("Kernel");
    if (key == QLatin1String("gemm"))
        return tr("Matrix multiply (GEMM)");
    return key;
}

QString RooflineText::operatorHtml(const OperatorResult &op, const Ceilings &c, double stepTime, const QString &chipName)
{
    const Precision p = c.precision;
    const QString flops = NumberFormat::si(op.flops, isIntegerPrecision(p) ? QStringLiteral("OP") : QStringLiteral("FLOP"), 4);
    const QString bytesText = bytes(op.bytes);
    QStringList lines;
    lines << QStringLiteral("<b>%1 — %2</b>").arg(chipName.toHtmlEscaped(), operatorName(op.name).toHtmlEscaped());
    if (op.linkBytes > 0)
        lines << tr("time = bytes sent over the scale-up link ÷ link bandwidth = %1 ÷ %2 = %3")
                     .arg(bytes(op.linkBytes), bandwidth(c.linkBandwidth), time(op.linkTime))
                     .toHtmlEscaped();
    if (op.flops > 0 && op.bytes > 0) {
        lines << tr("intensity = FLOPs ÷ bytes = %1 ÷ %2 = %3")
                     .arg(flops, bytesText, intensity(op.intensity))
                     .toHtmlEscaped();
        if (c.tiers.size() == 1)
            lines << tr("time = max(FLOPs ÷ peak, bytes ÷ bandwidth) = max(%1 ÷ %2, %3 ÷ %4) = max(%5, %6) = %7: %8")
                         .arg(flops, rate(c.peakFlops, p), bytesText, bandwidth(c.hbm().bandwidth),
                              time(op.computeTime), time(op.memoryTime), time(op.time),
                              bound(op.bound))
                         .toHtmlEscaped();
        else
            lines << tr("time = max(FLOPs ÷ peak, the slowest memory tier's bytes ÷ its bandwidth) = max(%1, %2) = %3: %4")
                         .arg(time(op.computeTime), time(op.memoryTime), time(op.time),
                              bound(op.bound))
                         .toHtmlEscaped();
        lines << tr("attainable = FLOPs ÷ time = %1").arg(rate(op.attainableFlops, p)).toHtmlEscaped();
    } else if (op.name == QLatin1String("kernel")) {
        lines << tr("attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4: %5")
                     .arg(rate(c.peakFlops, p), intensity(op.intensity), bandwidth(c.hbm().bandwidth),
                          rate(op.attainableFlops, p), bound(op.bound))
                     .toHtmlEscaped();
    }
    if (stepTime > 0 && op.time > 0)
        lines << tr("%1 of the step").arg(percent(op.time / stepTime)).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}


QString RooflineText::layout(int tp, int ep, bool dpAttention)
{
    QStringList parts;
    if (tp > 1 || ep <= 1)
        parts << tr("TP %1", "tensor parallelism over N chips").arg(tp);
    if (ep > 1)
        parts << tr("EP %1", "expert parallelism over N chips").arg(ep);
    if (dpAttention)
        parts << tr("DP attention", "data-parallel attention");
    return parts.join(QStringLiteral(" · "));
}
