#pragma once
// The Roofline view's results as an item model: one row per figure (attainable FLOP/s, bound, time per token,
// tokens/s, memory stall, fits, KV wall, USD per million tokens, tokens per joule …), one column per chosen chip.
// Values are formatted in the interface language; every cell's tooltip gives the formula with its numbers and the
// claims behind the chip's peak and bandwidth. A chip that cannot run the workload keeps its column and says why
// ("no FP4"), it is never dropped.

#include "catalog.h"
#include "number_format.h"
#include "roofline_run.h"

#include <QAbstractTableModel>
#include <QList>

class RooflineResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Row {
        Peak,
        Bandwidth,
        Ridge,
        Intensity,
        Attainable,
        Bound,
        KernelTime,
        StepTime,       // decode: time per token; prefill: time to first token
        TokensGroup,
        TokensPerChip,  // the bound: every efficiency factor 1
        ExpectedTokensPerChip, // at efficiencies fitted to the measurement table, shown only beside the bound
        ExpectedCompute, // the expected figure's compute factor and what it was fitted from
        ExpectedMemory,  // its memory factor and what it was fitted from
        TokensPerUser,
        Ttft,           // whole requests: time to first token
        InputTokensPerChip, // whole requests: input tokens processed per second per chip
        MemoryStall,
        Fits,
        KvWall,
        ComputeBoundBatch,
        UsdPerChipHour,
        UsdPerMillionTokens,
        TokensPerJoule,
        // Costed as part of a system (the economics panel): per accelerator, then what a gigawatt holds.
        System,
        FacilityPower,
        SystemUsdPerHour,
        SystemUsdPerMillionTokens,
        TokensPerMW,
        GwAccelerators,
        GwSystems,
        GwCapex,
        GwTokens,
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // double in SI units, bool (fits) or text (bound key); invalid where unknown
        RowKeyRole,                      // "attainable_flops", "usd_per_million_tokens" …
        ChipIdRole,
        BoundRole,                       // "memory", "compute", "link" on the bound row
        ProblemRole,                     // bool: the chip cannot run the workload
        UnitRole,                        // the raw value's SI unit ("FLOP/s", "s", "USD"); empty for text
        BestRole,                        // bool: the best of its row (bold)
    };

    explicit RooflineResultsModel(const Catalog &catalog, QObject *parent = nullptr);

    // A new run: the same chips and rows only change the cells (dataChanged), others reset the model.
    void setRun(const RooflineRun &run);
    const RooflineRun &run() const { return m_run; }
    void setLanguage(Language language);
    Language language() const { return m_language; }

    QList<Row> rows() const { return m_rows; }
    static QString rowKey(Row row);
    int rowOf(Row row) const; // -1 when the workload does not show it
    QString rowLabel(Row row) const;
    QString rowUnit(Row row) const; // the unit people read, for headers ("FLOP/s", "s", "USD")
    int columnOf(const QString &chipId) const;

    // The cell as text and as a raw value, for display and for exports.
    QString text(int row, int column) const;
    QVariant rawValue(int row, int column) const;
    QString tooltip(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How a chip's problem reads in a cell: "no FP4", "TP 16 > 8 chips".
    QString problemText(const ChipOutcome &outcome) const;
    QString problemExplanation(const ChipOutcome &outcome, const Chip &chip) const;
    // Why a chip whose model does not fit has no speed or cost, and how many chips it needs; empty if it fits.
    QString doesNotFitText(const ChipOutcome &outcome) const;
    // The best value of a row that is a merit (tokens/s, cost per token …) among chips that run it, projections
    // excluded, when more than one chip has a value: shown bold, as in Compare.
    bool isBest(int row, int column) const;
    // Rows that exist only when the workload runs (fits in memory): time, throughput, cost, energy per token.
    static bool needsToRun(Row row);
    // The system rows of a chip as "label: formula with its numbers" lines, for the working; empty unless costed in a
    // system.
    QStringList systemWorking(int column) const;
    // Whole requests, accepted tokens per step, the expected figure and the frontier's pick of a chip as
    // "label: formula with its numbers" lines, for the working; each only where it applies.
    QStringList servingWorking(int column) const;

private:
    static QList<Row> rowsFor(const RooflineRun &run);
    QString expectedFactorText(Row row, int column) const;
    QString expectedFormula(const Chip &chip, int column) const;
    QString requestFormula(Row row, int column) const;
    QVariant systemRawValue(Row row, int column) const;
    QString systemFormula(Row row, const Chip &chip, int column) const;
    QString systemSources(int column) const;
    QString formula(Row row, const Chip &chip, const ChipOutcome &o) const;
    QString sources(Row row, const Chip &chip, const ChipOutcome &o) const;
    QString precisionName() const;
    QString rateUnit() const; // FLOP/s, or OP/s for int8

    const Catalog &m_catalog;
    RooflineRun m_run;
    QList<Row> m_rows;
    Language m_language = Language::English;
};
