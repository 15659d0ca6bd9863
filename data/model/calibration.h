#pragma once
// Measurements beside the calculator's bound for the same case, and efficiencies taken from them (DESIGN §3).
// A measurement above its bound means a wrong figure or a wrong bound: a bug either way.

#include "chip.h"
#include "measurement.h"
#include "roofline.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct ValidationRow {
    Measurement measurement;
    std::optional<double> bound; // the calculator's ceiling for the same case, in the measurement's unit
    QString boundKind;           // "dense bf16 peak", "hbm bandwidth"; empty when no bound applies
    std::optional<double> ratio; // measured / bound
    bool exceedsBound = false;
    QString note;                // why there is no bound, when there is none
};

struct ValidationReport {
    QList<ValidationRow> rows;
    int checked = 0;   // rows with a bound
    int exceeding = 0; // rows above their bound
    bool ok() const { return exceeding == 0; }
};

// gemm → the chip's dense peak at the measurement's precision; stream → its HBM bandwidth. Other kinds
// (mlperf_…) need a full serving configuration the measurement table does not carry: listed without a bound.
ValidationReport validateMeasurements(const QList<Chip> &chips, const QList<Measurement> &measurements);

// Efficiency factors from the best measurement of each kind for the chip: compute = best gemm at `p` / peak,
// memory = best stream / HBM bandwidth; 1.0 where there is none. Each choice is explained in `notes`.
Efficiency calibratedEfficiency(const Chip &chip, Precision p, const QList<Measurement> &measurements,
                                QStringList *notes = nullptr);
