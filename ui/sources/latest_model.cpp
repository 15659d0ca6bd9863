#include "latest_model.h"

#include "common/claim_text.h"

LatestModel::LatestModel(const Catalog &catalog, const QList<QSqlDatabase> &databases, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_facts(FactTimeline::read(databases))
{
    for (const Chip &chip : catalog.chips())
        for (const SpecClaim &c : catalog.claims(chip.id))
            m_claims.insert(c.id, c);
}

int LatestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int LatestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LatestModel::kindText(const DatedFact &fact) const
{
    if (fact.table == QLatin1String("spec_claim"))
        return tr("Chip figure");
    if (fact.table == QLatin1String("flow"))
        return tr("Money flow");
    if (fact.table == QLatin1String("deployment"))
        return tr("Deployment");
    if (fact.table == QLatin1String("event"))
        return tr("Event");
    return fact.table;
}

QString LatestModel::whatText(const DatedFact &fact) const
{
    if (fact.table == QLatin1String("spec_claim")) {
        const auto it = m_claims.constFind(fact.rowId);
        if (it == m_claims.constEnd())
            return fact.rowId;
        const Chip *chip = m_catalog.findChip(it->chipId);
        QString text = tr("%1 — %2: %3", "chip — metric: value")
                           .arg(chip ? chip->localName(m_language) : it->chipId, ClaimText::metric(*it), ClaimText::value(*it, m_language));
        if (it->isProjected())
            text += QLatin1Char(' ') + tr("(projected)");
        return text;
    }
    QString text = m_language == Language::TraditionalChinese ? fact.textZhHant
        : m_language == Language::SimplifiedChinese            ? fact.textZhHans
                                                               : fact.textEn;
    if (fact.table == QLatin1String("deployment") && !fact.chipId.isEmpty())
        if (const Chip *chip = m_catalog.findChip(fact.chipId))
            text = tr("%1 (%2)", "deployment site (chip)").arg(text, chip->localName(m_language));
    return text;
}

QVariant LatestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatedFact &f = m_facts.at(index.row());
    switch (role) {
    case SourceIdRole: return f.sourceId;
    case TableRole: return f.table;
    case RowIdRole: return f.rowId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return f.date;
        case Kind: return kindText(f);
        case What: return whatText(f);
        case SourceColumn: {
            const Source *s = m_catalog.source(f.sourceId);
            return s ? s->publisher : f.sourceId;
        }
        }
        return {};
    case Qt::ToolTipRole: {
        const Source *s = m_catalog.source(f.sourceId);
        QString tip = QStringLiteral("<b>%1</b>").arg(whatText(f).toHtmlEscaped());
        if (s)
            tip += QStringLiteral("<br>") + ClaimText::sourceHtml(m_catalog, f.sourceId);
        return tip;
    }
    }
    return {};
}

QVariant LatestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case What: return tr("What");
    case SourceColumn: return tr("Source");
    }
    return {};
}

void LatestModel::setLanguage(Language language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
