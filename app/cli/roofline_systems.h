#pragma once
// `roofline ... --system ID` (issue 17): the options that cost a chip as part of a system (its IT power, its price,
// facility assumptions), taken out of the command line before the chip calculator reads it, and the `system`
// object each matching JSON result gains: all-in power, cost per accelerator-hour, USD per million tokens, tokens
// per second per MW, tokens per joule at the wall and what a gigawatt holds.

#include "catalog.h"
#include "roofline.h"
#include "system_economics.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

struct RooflineSystems {
    QList<const SystemSpec *> systems;
    FacilityAssumptions assumptions;
    QStringList rest; // the arguments left for the chip calculator
};

// The systems asked for and the assumptions, or an error line naming the fix. Without --system the arguments pass
// through untouched.
ValueOrError<RooflineSystems> takeRooflineSystems(const QStringList &args, const QList<SystemSpec> &systems);

// The `system` object for a result of the system's chip at tokensPerSecondPerChip (null when it does not run).
QJsonObject rooflineSystemJson(const SystemSpec &system, const Catalog &catalog, const FacilityAssumptions &assumptions,
                               std::optional<double> tokensPerSecondPerChip);

// The usage lines for `roofline --help`.
extern const char *const kRooflineSystemsUsage;
