#pragma once
// One chip's operators for the Roofline view: for an LLM step each operator (QKV, attention, FFN or experts,
// LM head, all-reduce) summed over layers, for a kernel the kernel itself; FLOPs, bytes, intensity, attainable
// FLOP/s, bound, time and share of the step, with the formula and its numbers as each row's tooltip.

#include "number_format.h"
#include "roofline_run.h"

#include <QAbstractTableModel>

class OperatorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Flops, Bytes, Intensity, Attainable, Bound, Time, Share, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // double (SI units) or the operator / bound key
        KeyRole,                         // the operator's key: "qkv", "ffn", "kernel" …
    };

    explicit OperatorModel(QObject *parent = nullptr);

    // Shows the operators of the run's focus chip.
    void setRun(const RooflineRun &run);
    void setLanguage(Language language);
    QString chipId() const { return m_chipId; }
    const QList<OperatorResult> &operators() const { return m_operators; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const OperatorResult &op, int column) const;
    QString tooltip(const OperatorResult &op) const;

    QString m_chipId;
    QString m_chipName;
    std::optional<Ceilings> m_ceilings;
    QList<OperatorResult> m_operators;
    double m_stepTime = 0;
    Language m_language = Language::English;
};
