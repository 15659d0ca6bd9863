#pragma once
// The Roofline view's figures and words in the interface language: bounds, times, rates, tokens, money and
// batches, shared by its tables, charts and summary so each reads the same everywhere.

#include "number_format.h"
#include "precision.h"
#include "roofline.h"

#include <QCoreApplication>
#include <QString>

class RooflineText {
    Q_DECLARE_TR_FUNCTIONS(RooflineText)
public:
    static QString bound(Bound b);                       // "memory-bound"
    static QString precision(Precision p);               // "FP8"
    static QString rateUnit(Precision p);                // "FLOP/s", or "OP/s" for int8
    static QString rate(double flopsPerS, Precision p);  // "4.5 PFLOP/s"
    static QString bandwidth(double bytesPerS);          // "22 TB/s"
    static QString bytes(double bytes);                  // "141 GB" (binary, like every amount of memory)
    static QString time(double seconds);                 // "5.141 ms"
    static QString intensity(double flopPerByte);        // "795 FLOP/byte"
    static QString tokens(double tokensPerS, Language language); // "12,448", or "1.245萬" for large amounts
    static QString usd(double value, Language language); // "USD 0.0361", "0.0361美元"
    static QString percent(double fraction);             // "89.3%"
    static QString count(double value);                  // "2,476"
    static QString phase(bool decode);                   // "decode" / "prefill"
    static QString layout(int tp, int ep, bool dpAttention); // "TP 8", "EP 72 · DP attention"
    static QString operatorName(const QString &key);     // "attn_scores" → "Attention scores (Q·Kᵀ)"
    // An operator's figures and formulas with their numbers, as rich text for a tooltip; `stepTime` 0 = no share.
    static QString operatorHtml(const OperatorResult &op, const Ceilings &ceilings, double stepTime, const QString &chipName);
};
