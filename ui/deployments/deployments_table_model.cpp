#include "deployments_table_model.h"

#include "common/claim_text.h"

#include "partial_date.h"

#include <QFont>
#include <algorithm>

DeploymentsTableModel::DeploymentsTableModel(const DeploymentSet &set, QObject *parent)
    : QAbstractTableModel(parent)
    , m_set(set)
{
}

void DeploymentsTableModel::setRows(const QList<const Deployment *> &rows)
{
    beginResetModel();
    m_rows = rows;
    sortRows(); // within the reset: no layout change of its own
    endResetModel();
}

void DeploymentsTableModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DeploymentsTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i)->id == id)
            return i;
    return -1;
}

int DeploymentsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentsTableModel::countryText(const Deployment &d) const
{
    return m_set.groupName(GroupBy::Country, d.countryIso2, m_language);
}

QString DeploymentsTableModel::ownerText(const Deployment &d) const
{
    return d.ownerId.isEmpty() ? tr("(not attributed)") : m_set.groupName(GroupBy::Owner, d.ownerId, m_language);
}

QString DeploymentsTableModel::chipText(const Deployment &d) const
{
    if (!d.chipId.isEmpty())
        return m_set.groupName(GroupBy::Chip, d.chipId, m_language);
    return d.accelerator;
}

QString DeploymentsTableModel::kindText(const QString &k) const
{
    if (k == QLatin1String("installed"))
        return tr("installed");
    if (k == QLatin1String("delivered"))
        return tr("delivered");
    if (k == QLatin1String("ordered"))
        return tr("ordered");
    if (k == QLatin1String("planned"))
        return tr("planned");
    if (k == QLatin1String("estimated"))
        return tr("estimated");
    return k;
}

QString DeploymentsTableModel::toolTip(const Deployment &d) const
{
    QStringList lines;
    const ::Source *s = m_set.catalog().source(d.sourceId);
    lines << tr("Source: %1").arg(s ? QStringLiteral("%1 — %2, %3").arg(s->title, s->publisher, s->publishedOn) : d.sourceId);
    const RowCount c = m_set.counts().value(d.id);
    if (c.isTotal && d.units)
        lines << tr("A total: its parts add up to %1, so it adds %2 to any total that holds it.")
                     .arg(NumberFormat::count(c.partsUnits, m_language), NumberFormat::count(c.units.value_or(0), m_language));
    if (!d.partOf.isEmpty())
        lines << tr("Part of %1.").arg(d.partOf);
    if (!d.overlaps.isEmpty())
        lines << tr("May count some of the same accelerators as %1.").arg(d.overlaps.join(tr(", ", "list separator")));
    const ChipChoice choice = m_set.chipOf(d);
    if (choice.assumed())
        lines << (choice.chipId.isEmpty() ? tr("No chip is assumed for this family: left out of H100-equivalents.")
                                          : tr("Counted as %1 in H100-equivalents (assumed for its family).")
                                                .arg(m_set.groupName(GroupBy::Chip, choice.chipId, m_language)));
    return lines.join(QLatin1Char('\n'));
}

QVariant DeploymentsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Deployment &d = *m_rows.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == SortRole)
        return sortKey(d, index.column());
    if (role == Qt::ToolTipRole)
        return toolTip(d);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Units || index.column() == Power ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::FontRole && index.column() == Units && m_set.counts().value(d.id).isTotal) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Country: return countryText(d);
    case Owner: return ownerText(d);
    case Site: // the user's own rows are marked, here and in the exports made from this table
        return m_set.catalog().isUserRow(QStringLiteral("deployment"), d.id) ? ClaimText::yourDataSign() + QLatin1Char(' ') + d.site : d.site;
    case Chip: return chipText(d);
    case Units: {
        if (!d.units)
            return tr("not disclosed");
        QString text = NumberFormat::count(*d.units, m_language);
        if (m_set.counts().value(d.id).isTotal)
            text = tr("%1 (total)").arg(text);
        if (!d.overlaps.isEmpty())
            text = QStringLiteral("⚠ ") + text;
        return text;
    }
    case Kind: return kindText(d.unitsKind);
    case Power: return d.powerMw ? QStringLiteral("%1 MW").arg(NumberFormat::decimal(*d.powerMw, 4)) : QString();
    case Announced: return d.announcedOn;
    case Target: return d.targetOn;
    case Source: {
        const ::Source *s = m_set.catalog().source(d.sourceId);
        return s ? s->publisher : d.sourceId;
    }
    case Note: return d.note;
    }
    return {};
}

QVariant DeploymentsTableModel::sortKey(const Deployment &d, int column) const
{
    switch (column) {
    case Units: return d.units.value_or(-1);
    case Power: return d.powerMw.value_or(-1);
    case Announced:
    case Target: {
        const auto date = PartialDate::parse(column == Announced ? d.announcedOn : d.targetOn);
        return date ? date->sortKey() : qint64(0);
    }
    default: return {};
    }
}

void DeploymentsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged();
    sortRows();
    emit layoutChanged();
}

void DeploymentsTableModel::sortRows()
{
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    if (column < 0)
        return;
    const auto number = [&](const Deployment *d) { return sortKey(*d, column).toDouble(); };
    const auto text = [&](const Deployment *d) -> QString {
        switch (column) {
        case Country: return countryText(*d);
        case Owner: return ownerText(*d);
        case Site: return d->site;
        case Chip: return chipText(*d);
        case Kind: return kindText(d->unitsKind);
        case Source: return d->sourceId;
        default: return d->note;
        }
    };
    const bool numeric = column == Units || column == Power || column == Announced || column == Target;
    if (numeric) {
        // Each row's key once, not once per comparison.
        QList<QPair<double, const Deployment *>> keyed;
        keyed.reserve(m_rows.size());
        for (const Deployment *d : std::as_const(m_rows))
            keyed.append({number(d), d});
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            return order == Qt::AscendingOrder ? a.first < b.first : a.first > b.first;
        });
        for (qsizetype i = 0; i < keyed.size(); ++i)
            m_rows[i] = keyed.at(i).second;
    } else {
        // Each row's text once, not once per comparison.
        QList<QPair<QString, const Deployment *>> keyed;
        keyed.reserve(m_rows.size());
        for (const Deployment *d : std::as_const(m_rows))
            keyed.append({text(d), d});
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            const int c = QString::localeAwareCompare(a.first, b.first);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        for (qsizetype i = 0; i < keyed.size(); ++i)
            m_rows[i] = keyed.at(i).second;
    }
}

QVariant DeploymentsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Country: return tr("Country");
    case Owner: return tr("Owner");
    case Site: return tr("Site");
    case Chip: return tr("Chip");
    case Units: return tr("Units");
    case Kind: return tr("Kind");
    case Power: return tr("Power");
    case Announced: return tr("Announced");
    case Target: return tr("Target");
    case Source: return tr("Source");
    case Note: return tr("Note");
    }
    return {};
}
