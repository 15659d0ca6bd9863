#pragma once
// Hand-made flows for the money-flow tests: one call per flow, the amounts in USD billions so the arithmetic in
// the tests' comments reads as written.

#include "flow.h"

#include <QList>
#include <QString>
#include <optional>

namespace FlowPresets {

struct Options {
    QString kind = QStringLiteral("equity");
    bool upTo = false;
    QString status = FlowWords::active;
    QString announced = QStringLiteral("2025-09-01");
};

// A flow `from` → `to` of `billions` USD (nullopt: not disclosed).
inline Flow flow(const QString &from, const QString &to, std::optional<double> billions, const Options &o = {})
{
    static int serial = 0;
    Flow f;
    f.id = QStringLiteral("%1-%2-%3").arg(from, to).arg(++serial);
    f.fromId = from;
    f.toId = to;
    f.kind = o.kind;
    if (billions)
        f.amountUsd = *billions * 1e9;
    f.upperBound = o.upTo;
    f.status = o.status;
    f.announcedOn = o.announced;
    f.descriptionEn = f.id;
    f.sourceId = QStringLiteral("test");
    return f;
}

inline Options upTo() { Options o; o.upTo = true; return o; }
inline Options kind(const QString &k) { Options o; o.kind = k; return o; }
inline Options status(const QString &s) { Options o; o.status = s; return o; }
inline Options announced(const QString &d) { Options o; o.announced = d; return o; }

} // namespace FlowPresets
