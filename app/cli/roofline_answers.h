#pragma once
// The calculator's answers to a roofline request: each chip put through the shared scenario (roofline_scenario.h),
// one JSON result per chip and batch, and the chips that could not answer under --chip all.

#include "roofline_request.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct SkippedChip {
    QString chip;
    QString reason;
};

struct RooflineAnswers {
    QList<QJsonObject> results; // rooflineResultJson, in chip order, batches in the order given
    QList<SkippedChip> skipped;
};

// Fails with the first chip asked for by name that cannot answer, as one line naming the fix.
ValueOrError<RooflineAnswers> answerRooflineRequest(const RooflineRequest &request);
