#include "operator_model.h"

#include "common/chip_palette.h"
#include "roofline_text.h"

#include <QColor>

namespace {

// A kernel as an operator, so a GEMM or an intensity reads like one row of an LLM step.
OperatorResult kernelOperator(const KernelResult &k, const Ceilings &c, bool gemm)
{
    OperatorResult op;
    op.name = gemm ? QStringLiteral("gemm") : QStringLiteral("kernel");
    op.flops = k.flops.value_or(0);
    op.bytes = k.bytes.value_or(0);
    op.intensity = k.intensity;
    op.attainableFlops = k.attainableFlops;
    op.bound = k.bound;
    if (k.flops && k.bytes) {
        op.computeTime = *k.flops / c.peakFlops;
        op.memoryTime = *k.bytes / c.hbm().bandwidth;
    }
    op.time = k.time.value_or(0);
    return op;
}

} // namespace

OperatorModel::OperatorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OperatorModel::setRun(const RooflineRun &run)
{
    QList<OperatorResult> ops;
    std::optional<Ceilings> ceilings;
    double step = 0;
    const ChipOutcome *o = run.focusOutcome();
    if (o && o->ok()) {
        ceilings = o->ceilings;
        if (o->inference) {
            ops = o->inference->operators;
            step = o->inference->stepTime;
        } else if (o->kernel) {
            ops << kernelOperator(*o->kernel, *o->ceilings, run.scenario.workload == WorkloadKind::Gemm);
            step = o->kernel->time.value_or(0);
        }
    }
    const Chip *chip = run.focusChip();
    const QString chipId = chip ? chip->id : QString();
    bool sameRows = chipId == m_chipId && ops.size() == m_operators.size();
    for (int i = 0; sameRows && i < ops.size(); ++i)
        sameRows = ops.at(i).name == m_operators.at(i).name;
    if (sameRows) {
        m_operators = ops;
        m_ceilings = ceilings;
        m_stepTime = step;
        if (!ops.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_chipId = chipId;
    m_chipName = chip ? chip->name : QString();
    m_operators = ops;
    m_ceilings = ceilings;
    m_stepTime = step;
    endResetModel();
}

void OperatorModel::setLanguage(Language language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OperatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperatorModel::text(const OperatorResult &op, int column) const
{
    const Precision p = m_ceilings ? m_ceilings->precision : Precision::BF16;
    switch (column) {
    case Name: return RooflineText::operatorName(op.name);
    case Flops: return op.flops > 0 ? NumberFormat::si(op.flops, isIntegerPrecision(p) ? QStringLiteral("OP") : QStringLiteral("FLOP"), 4) : QStringLiteral("—");
    case Bytes: return op.bytes > 0 ? RooflineText::bytes(op.bytes) : QStringLiteral("—");
    case Intensity: return op.bytes > 0 ? RooflineText::intensity(op.intensity) : QStringLiteral("—");
    case Attainable: return op.flops > 0 ? RooflineText::rate(op.attainableFlops, p) : QStringLiteral("—");
    case Bound: return RooflineText::bound(op.bound);
    case Time: return op.time > 0 ? RooflineText::time(op.time) : QStringLiteral("—");
    case Share: return m_stepTime > 0 ? RooflineText::percent(op.time / m_stepTime) : QStringLiteral("—");
    default: return {};
    }
}

QString OperatorModel::tooltip(const OperatorResult &op) const
{
    return m_ceilings ? RooflineText::operatorHtml(op, *m_ceilings, m_stepTime, m_chipName) : QString();
}

QVariant OperatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperatorResult &op = m_operators.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(op, index.column());
    case Qt::ToolTipRole: return tooltip(op);
    case KeyRole: return op.name;
    case RawValueRole:
        switch (index.column()) {
        case Name: return op.name;
        case Flops: return op.flops;
        case Bytes: return op.bytes;
        case Intensity: return op.intensity;
        case Attainable: return op.attainableFlops;
        case Bound: return boundKey(op.bound);
        case Time: return op.time;
        case Share: return m_stepTime > 0 ? QVariant(op.time / m_stepTime) : QVariant();
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Bound)
            return op.bound == ::Bound::Compute ? ChipPalette::computeBound.darker(130)
                : op.bound == ::Bound::Memory   ? ChipPalette::memoryBound
                                                : ChipPalette::linkBound;
        return {};
    default: return {};
    }
}

QVariant OperatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Operator");
    case Flops: return tr("FLOPs");
    case Bytes: return tr("Bytes moved");
    case Intensity: return tr("Intensity");
    case Attainable: return tr("Attainable");
    case Bound: return tr("Bound");
    case Time: return tr("Time");
    case Share: return tr("Share of step");
    default: return {};
    }
}
