#pragma once
// A result measured on real hardware, used to calibrate and check the calculator (DESIGN §3).

#include "precision.h"

#include <QString>
#include <optional>

struct Measurement {
    QString id;
    QString chipId;
    QString what; // gemm, stream, mlperf_*
    std::optional<Precision> precision;
    double value = 0;
    QString unit; // FLOP/s, B/s, tokens/s
    QString conditions;
    QString measuredOn;
    QString sourceId;
    QString note;
};

// A measurement its note marks "LOW CONFIDENCE" (read from a plot, unclear accounting): listed and checked against
// its bound like any other, but not used to calibrate unless asked (data/dataset/README.md, measurement.csv).
inline bool isLowConfidence(const Measurement &m)
{
    return m.note.trimmed().startsWith(QLatin1String("LOW CONFIDENCE"), Qt::CaseInsensitive);
}
