#pragma once
// One roofline answer as the JSON object issue 4 specifies (snake_case keys, SI units): the form every output
// format of `compute-atlas roofline` starts from.

#include "roofline_request.h"
#include "roofline_scenario.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

// A finite number, else null (JSON has no infinity: an intensity with no bytes moved).
QJsonValue jsonNumber(double v);
QJsonValue jsonNumber(const std::optional<double> &v);
QJsonValue jsonCount(const std::optional<long long> &v);
QJsonArray jsonStrings(const QStringList &lines);

// The chip's ceilings at the efficiencies measurements support (expectedEfficiency over request.validation), for
// the expected figure beside the bound; computed once per chip. nullopt when they cannot be made.
std::optional<Ceilings> expectedCeilings(const Chip &chip, const Ceilings &bound, const RooflineRequest &request);

// `outcome` is one chip's answer (one batch of a sweep) that has no problem; `notes` are printed with it;
// `expected` is expectedCeilings for the chip (LLM workloads).
QJsonObject rooflineResultJson(const Chip &chip, const ChipOutcome &outcome, const RooflineRequest &request,
                               const QStringList &notes, const std::optional<Ceilings> &expected);
