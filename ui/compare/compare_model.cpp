#include "compare_model.h"

#include "common/claim_text.h"
#include "common/interface_language.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace {

bool isNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::Double;
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

CompareModel::CompareModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

void CompareModel::setSelection(const QStringList &chipIds, const QString &baselineId)
{
    QList<Chip> chips;
    int baseline = 0;
    for (const QString &id : chipIds) {
        const Chip *chip = m_catalog.findChip(id);
        if (!chip || std::any_of(chips.cbegin(), chips.cend(), [&](const Chip &c) { return c.id == chip->id; }))
            continue;
        if (chip->id == baselineId)
            baseline = int(chips.size());
        chips << *chip;
    }
    beginResetModel();
    m_table = CompareTable::build(chips, baseline, m_systems);
    endResetModel();
}

QStringList CompareModel::chipIds() const
{
    QStringList ids;
    for (const Chip &c : m_table.chips)
        ids << c.id;
    return ids;
}

QString CompareModel::baselineId() const
{
    return m_table.chips.isEmpty() ? QString() : m_table.chips.at(m_table.baseline).id;
}

void CompareModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_table.rows.isEmpty())
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (!m_table.chips.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_table.chips.isEmpty() ? 0 : int(m_table.rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.chips.size());
}

QString CompareModel::rowLabel(int row) const
{
    return QCoreApplication::translate("CompareTable", m_table.rows.at(row).label.toUtf8().constData());
}

QString CompareModel::rowUnit(int row) const
{
    // Values carry their prefixed unit ("80 GB"); the header names the unit in words, and memory says it is binary.
    const QString unit = m_table.rows.at(row).unit;
    if (unit == QLatin1String("B"))
        return tr("GB = 2³⁰ bytes", "memory capacity is in binary GB");
    return NumberFormat::unitName(unit);
}

QStringList CompareModel::chipNameLines(const QString &name)
{
    // "GB300 (per GPU, NVL72)" and "GB300（每顆 GPU，NVL72）" alike.
    for (const QString &open : {QStringLiteral(" ("), QStringLiteral("（")}) {
        const qsizetype at = name.indexOf(open);
        if (at > 0)
            return {name.left(at), name.mid(at).trimmed()};
    }
    return {name};
}

QString CompareModel::vendorName(const Chip &chip) const
{
    const Company *company = m_catalog.company(chip.vendorId);
    return company ? companyShortName(*company, m_language) : chip.vendorName;
}

QString CompareModel::valueText(const CompareRow &row, int column) const
{
    const CompareCell &cell = row.cells.at(column);
    if (!cell.value.isValid())
        return QStringLiteral("—");
    if (!isNumber(cell.value)) {
        if (row.key == QLatin1String("process"))
            return m_table.chips.at(column).localProcessNode(m_language);
        const QString text = cell.value.toString();
        return row.key == QLatin1String("status") ? ClaimText::status(text) : text;
    }
    return ClaimText::value(cell.value.toDouble(), row.unit, m_language, row.significantDigits());
}

QString CompareModel::ratioText(int column, const CompareCell &cell) const
{
    if (column == m_table.baseline || !cell.ratio)
        return {};
    return NumberFormat::ratio(*cell.ratio);
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompareRow &row = m_table.rows.at(index.row());
    const CompareCell &cell = row.cells.at(index.column());
    const bool baseline = index.column() == m_table.baseline;

    switch (role) {
    case Qt::DisplayRole: {
        const QString ratio = ratioText(index.column(), cell);
        const QString value = data(index, ValueTextRole).toString();
        return ratio.isEmpty() ? value : value + QLatin1Char('\n') + ratio;
    }
    case ValueTextRole: // the user's own figures are marked where they are shown
        return data(index, UserDataRole).toBool() ? ClaimText::yourDataSign() + QLatin1Char(' ') + valueText(row, index.column())
                                                  : valueText(row, index.column());
    case UserDataRole:
        return std::any_of(cell.claims.cbegin(), cell.claims.cend(),
                           [this](const SpecClaim &c) { return m_catalog.isUserRow(QStringLiteral("spec_claim"), c.id); });
    case NewerClaimRole: {
        // A figure read from one claim (not a ratio or a sum of several) can be superseded by a newer one.
        if (cell.claims.size() != 1)
            return {};
        const SpecClaim &c = cell.claims.first();
        return QVariantMap{{QStringLiteral("chip"), c.chipId},
                           {QStringLiteral("metric"), c.metric},
                           {QStringLiteral("precision"), c.precision ? precisionKey(*c.precision) : QString()}};
    }
    case RatioTextRole:
        return ratioText(index.column(), cell);
    case RatioRole:
        return cell.ratio ? QVariant(*cell.ratio) : QVariant();
    case RawValueRole:
        return cell.value;
    case BestRole:
        return cell.best;
    case ProjectedRole:
        return cell.projected;
    case BaselineRole:
        return baseline;
    case Qt::ToolTipRole:
    case ProvenanceRole:
        return provenance(row, index.column());
    case RowKeyRole:
        return row.key;
    case ChipIdRole:
        return m_table.chips.at(index.column()).id;
    case DisputedRole:
        return std::any_of(cell.claims.cbegin(), cell.claims.cend(),
                           [this](const SpecClaim &c) { return ClaimText::isDisputed(m_catalog.sourcesOf(c)); });
    case HistoryLengthRole: {
        int longest = 0;
        for (const SpecClaim &c : cell.claims) {
            const QList<SpecClaim> history = m_catalog.claims(c.chipId, c.metric, c.precision);
            longest = std::max(longest, int(std::count_if(history.cbegin(), history.cend(), [](const SpecClaim &h) { return !h.sparse; })));
        }
        return longest;
    }
    case Qt::TextAlignmentRole:
        return isNumber(cell.value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (cell.best || cell.projected) {
            QFont font;
            font.setBold(cell.best);
            font.setItalic(cell.projected);
            return font;
        }
        return {};
    case Qt::BackgroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (cell.best)
            return blend(palette.color(QPalette::Base), QColor(46, 160, 67), 0.16);
        if (baseline)
            return blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.07);
        return {};
    }
    case Qt::ForegroundRole:
        if (cell.projected)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_table.rows.size())
            return {};
        const CompareRow &row = m_table.rows.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return row.unit.isEmpty() ? rowLabel(section) : rowLabel(section) + QLatin1Char('\n') + rowUnit(section);
        case Qt::ToolTipRole: {
            QString tip = QStringLiteral("<b>%1</b>").arg(rowLabel(section).toHtmlEscaped());
            if (!row.unit.isEmpty())
                tip += QStringLiteral("<br>") + tr("Unit: %1").toHtmlEscaped().arg(rowUnit(section).toHtmlEscaped());
            if (row.unit == QLatin1String("B"))
                tip += QStringLiteral("<br>") + NumberFormat::binaryNote().toHtmlEscaped();
            if (!row.formula.isEmpty())
                tip += QStringLiteral("<br>")
                    + tr("Formula: %1").toHtmlEscaped().arg(QCoreApplication::translate("CompareTable", row.formula.toUtf8().constData()).toHtmlEscaped());
            if (row.key.startsWith(QLatin1String("ridge")))
                tip += QStringLiteral("<br>") + tr("Below this arithmetic intensity a kernel is limited by memory bandwidth, above it by compute.").toHtmlEscaped();
            if (row.better == CompareRow::Better::Higher)
                tip += QStringLiteral("<br>") + tr("Higher is better; the best value is marked in bold.").toHtmlEscaped();
            if (row.key.startsWith(QLatin1String("bf16")) || row.key.startsWith(QLatin1String("fp")))
                tip += QStringLiteral("<br>") + tr("Dense throughput, without 2:4 sparsity: a vendor's sparse figure is twice as high.").toHtmlEscaped();
            return tip;
        }
        case RowKeyRole:
            return row.key;
        default:
            return {};
        }
    }

    if (section < 0 || section >= m_table.chips.size())
        return {};
    const Chip &chip = m_table.chips.at(section);
    const bool baseline = section == m_table.baseline;
    switch (role) {
    case Qt::DisplayRole: {
        // Vendor first: the header aligns to the top, so vendors and names line up across columns. The baseline says
        // so on a line of its own, which keeps its column as narrow as the others.
        QStringList lines = QStringList{vendorName(chip)} + chipNameLines(chip.localName(m_language));
        if (baseline)
            lines << tr("(baseline)");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> — %2").arg(chip.localName(m_language).toHtmlEscaped(), vendorName(chip).toHtmlEscaped());
        if (!chip.family.isEmpty())
            tip += QStringLiteral("<br>") + tr("Family: %1").toHtmlEscaped().arg(chip.family.toHtmlEscaped());
        if (!chip.aliases.isEmpty())
            tip += QStringLiteral("<br>") + tr("Also called: %1").toHtmlEscaped().arg(chip.aliases.join(tr(", ", "list separator")).toHtmlEscaped());
        tip += QStringLiteral("<br>") + tr("Status: %1").toHtmlEscaped().arg(ClaimText::status(chip.status).toHtmlEscaped());
        if (baseline)
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("Baseline: the ratios in the other columns are relative to this chip.").toHtmlEscaped());
        if (!chip.note.isEmpty())
            tip += QStringLiteral("<br>%1").arg(ClaimText::noteLine(chip.note, QString(), QString(), m_language).toHtmlEscaped());
        return tip;
    }
    case Qt::FontRole:
        if (baseline) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ChipIdRole:
        return chip.id;
    case BaselineRole:
        return baseline;
    default:
        return {};
    }
}

QString CompareModel::provenance(const CompareRow &row, int column) const
{
    const Chip &chip = m_table.chips.at(column);
    const CompareCell &cell = row.cells.at(column);
    const int rowIndex = int(&row - m_table.rows.constData());

    // First line: what, how much, against what.
    QString head = QStringLiteral("<b>%1</b> — %2").arg(chip.localName(m_language).toHtmlEscaped(), rowLabel(rowIndex).toHtmlEscaped());
    if (!cell.value.isValid())
        return ClaimText::paragraph(head) + ClaimText::paragraph(tr("The dataset has no figure for this chip.").toHtmlEscaped());
    head += QStringLiteral(" &nbsp; <span style=\"font-size:large\"><b>%1</b></span>").arg(ClaimText::unbroken(valueText(row, column).toHtmlEscaped()));
    if (cell.projected)
        head += QStringLiteral(" <i>%1</i>").arg(tr("(projected)").toHtmlEscaped());
    if (column == m_table.baseline && cell.ratio)
        head += QStringLiteral(" &nbsp; %1").arg(tr("(baseline)").toHtmlEscaped());
    else if (cell.ratio)
        head += QStringLiteral(" &nbsp; %1").arg(tr("%1 the value of %2", "a ratio to the baseline chip: 2.27× the value of H100 SXM")
                                                      .arg(NumberFormat::ratio(*cell.ratio), m_table.chips.at(m_table.baseline).localName(m_language))
                                                      .toHtmlEscaped());
    if (cell.best)
        head += QStringLiteral(" &nbsp; <b>%1</b>").arg(tr("best in this row").toHtmlEscaped());
    QString html = ClaimText::paragraph(head);

    if (cell.projected)
        html += ClaimText::paragraph(QStringLiteral("<i>%1</i>").arg(tr("A projection, not a vendor figure: the note below says how it was made.").toHtmlEscaped()));

    if (!isNumber(cell.value)) {
        // Process, status and dates describe the chip as a whole; its note says what they rest on.
        html += ClaimText::paragraph(tr("Process, status and dates describe the chip as a whole; the note below says what they rest on.").toHtmlEscaped());
        if (!chip.note.isEmpty())
            html += ClaimText::paragraph(ClaimText::noteLine(chip.note, QString(), QString(), m_language).toHtmlEscaped());
        return html;
    }

    if (!row.formula.isEmpty()) {
        QString formula = QCoreApplication::translate("CompareTable", row.formula.toUtf8().constData());
        if (cell.claims.size() == 2)
            formula += QStringLiteral(" = %1 ÷ %2").arg(ClaimText::value(cell.claims.at(0), m_language), ClaimText::value(cell.claims.at(1), m_language));
        html += ClaimText::paragraph(tr("Formula: %1").toHtmlEscaped().arg(formula.toHtmlEscaped()));
    }
    // A figure taken straight from one claim needs no second heading; a derived one names each input.
    const bool headings = !row.formula.isEmpty() || cell.claims.size() > 1;
    for (const SpecClaim &claim : cell.claims)
        html += ClaimText::claimHtml(claim, m_catalog, m_language, headings);
    return html;
}
