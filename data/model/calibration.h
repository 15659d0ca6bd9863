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
    // The expected figure: the bound × the median efficiency (measured / bound) of the same kind of measurement on
    // the other chips (leave-one-out, low-confidence ones left out), i.e. what the calculator would predict for
    // this chip had it never been measured.
    std::optional<double> expected;
    std::optional<double> expectedRatio; // measured / expected
    std::optional<double> expectedEfficiency; // that median
    bool exceedsBound = false;
    QString note;                // why there is no bound, when there is none
};

struct ValidationReport {
    QList<ValidationRow> rows;
    int checked = 0;   // rows with a bound
    int exceeding = 0; // rows above their bound
    std::optional<double> medianMeasuredOverExpected; // over the rows with an expected figure
    bool ok() const { return exceeding == 0; }
};

// gemm → the chip's dense peak at the measurement's precision; stream → its HBM bandwidth. Other kinds
// (mlperf_…) need a full serving configuration the measurement table does not carry: listed without a bound.
ValidationReport validateMeasurements(const QList<Chip> &chips, const QList<Measurement> &measurements);

// Efficiency factors from the best measurement of each kind for the chip: compute = best gemm at `p` / peak,
// memory = best stream / HBM bandwidth; 1.0 (the bound) where there is none. Measurements marked low-confidence
// are left out unless `includeLowConfidence`. `notes` says, per factor, which measurement (id and source) set it,
// or that none did, and names every low-confidence measurement left out.
Efficiency calibratedEfficiency(const Chip &chip, Precision p, const QList<Measurement> &measurements,
                                QStringList *notes = nullptr, bool includeLowConfidence = false);

// The factors behind the expected figure (the second answer beside the bound): the chip's own calibrated factor
// where it has a measurement of that kind, else the median measured / bound of that kind over every chip in the
// report (low-confidence measurements left out); 1.0 where nothing of the kind is measured at all.
Efficiency expectedEfficiency(const Chip &chip, Precision p, const QList<Measurement> &measurements,
                              const ValidationReport &report);
// The chip's ceilings at the expected efficiency, for the expected figure beside `bound`: the bound's precision, its
// what-if memory tier and its scale-out link kept. nullopt where the chip has no ceilings at that precision.
std::optional<Ceilings> expectedCeilings(const Chip &chip, const Ceilings &bound, const QList<Measurement> &measurements,
                                         const ValidationReport &report);
