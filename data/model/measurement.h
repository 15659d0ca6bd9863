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
