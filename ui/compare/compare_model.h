#pragma once
// The comparison table (CompareTable) as an item model for the Compare view: one row per metric (with its
// unit), one column per chip. Values are formatted in the interface language with their ratio to the baseline;
// the best of each row is bold on a tinted background, projections are italic and grey; every cell's tooltip
// says where the value comes from (source, date, kind, basis, note, the claim's history, a derived row's formula).

#include "catalog.h"
#include "compare_table.h"
#include "number_format.h"

#include <QAbstractTableModel>
#include <QStringList>

class CompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        ValueTextRole = Qt::UserRole + 1, // the value alone, formatted: "2.25 PFLOP/s"
        RatioTextRole,                    // "2.27×"; empty in the baseline column and where unknown
        RatioRole,                        // double: value ÷ baseline value; invalid where unknown
        RawValueRole,                     // double (SI units) or text; invalid where unknown
        BestRole,                         // bool: best of its row
        ProjectedRole,                    // bool: a projection, not a vendor figure
        BaselineRole,                     // bool: the cell is in the baseline chip's column
        ProvenanceRole,                   // rich text: where the value comes from (the side panel's text)
        RowKeyRole,                       // "bf16_flops", "memory_bandwidth" …
        ChipIdRole,                       // "b200"
        HistoryLengthRole,                // int: how many dense claims the figure has had (1 = never changed)
        DisputedRole,                     // bool: a source disputes a claim behind the value
        UserDataRole,                     // bool: a claim behind the value is the user's own (issue 20)
        NewerClaimRole,                   // {chip, metric, precision} of the figure, for "add a newer claim"; invalid if derived
    };

    explicit CompareModel(const Catalog &catalog, QObject *parent = nullptr);
    // The system table gives the rows of each chip's system (power and price per accelerator).
    void setSystems(const QList<SystemSpec> &systems) { m_systems = systems; }

    // The chips to compare, in this order; unknown ids are left out. The baseline falls back to the first chip
    // if it is not among them.
    void setSelection(const QStringList &chipIds, const QString &baselineId);
    QStringList chipIds() const;
    QString baselineId() const;
    const CompareTable &table() const { return m_table; }

    // Numbers and data names follow the interface language; headers and texts are re-read through tr().
    void setLanguage(Language language);
    Language language() const { return m_language; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row's label and unit in the interface language ("Memory bandwidth", "bytes/s"; memory: "GB = 2³⁰ bytes").
    QString rowLabel(int row) const;
    QString rowUnit(int row) const;
    // The chip's name split for a narrow header: "GB300", "(per GPU, NVL72)" (or "（每顆 GPU，NVL72）").
    static QStringList chipNameLines(const QString &name);

private:
    QString valueText(const CompareRow &row, int column) const;
    QString ratioText(int column, const CompareCell &cell) const;
    QString provenance(const CompareRow &row, int column) const;
    QString vendorName(const Chip &chip) const;

    const Catalog &m_catalog;
    CompareTable m_table;
    QList<SystemSpec> m_systems;
    Language m_language = Language::English;
};
