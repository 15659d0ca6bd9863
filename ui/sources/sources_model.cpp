#include "sources_model.h"

#include "common/claim_text.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSqlQuery>

SourcesModel::SourcesModel(const Catalog &catalog, const QList<QSqlDatabase> &databases, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    for (const QString &table : citingTables()) {
        for (const QSqlDatabase &db : databases) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // The table name is one of ours, never the user's: no binding needed (nor possible) here.
            if (!q.exec(QStringLiteral("SELECT source_id, COUNT(*) FROM %1 GROUP BY source_id").arg(table)))
                continue;
            while (q.next())
                m_usage[q.value(0).toString()][table] += q.value(1).toInt();
        }
    }
    // A system's price usually has a source of its own (issue 17): it backs that system row too.
    for (const QSqlDatabase &db : databases) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT price_source_id, COUNT(*) FROM system WHERE price_source_id IS NOT NULL AND price_source_id <> '' "
                                   "AND price_source_id <> source_id GROUP BY price_source_id")))
            continue;
        while (q.next())
            m_usage[q.value(0).toString()][QStringLiteral("system")] += q.value(1).toInt();
    }
    // A source also backs the rows that cite it in the citation table.
    for (const QSqlDatabase &db : databases) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT source_id, fact_table, COUNT(*) FROM citation GROUP BY source_id, fact_table")))
            continue;
        while (q.next())
            m_usage[q.value(0).toString()][q.value(1).toString()] += q.value(2).toInt();
    }
}

QString SourcesModel::tableLabel(const QString &table)
{
    if (table == QLatin1String("spec_claim"))
        return tr("chip figure");
    if (table == QLatin1String("measurement"))
        return tr("measurement");
    if (table == QLatin1String("llm_model"))
        return tr("model preset");
    if (table == QLatin1String("event"))
        return tr("event");
    if (table == QLatin1String("deployment"))
        return tr("deployment");
    if (table == QLatin1String("flow"))
        return tr("money flow");
    if (table == QLatin1String("market_share"))
        return tr("market-share figure");
    if (table == QLatin1String("chip_memory"))
        return tr("chip memory technology");
    if (table == QLatin1String("memory_outlook"))
        return tr("memory outlook item");
    if (table == QLatin1String("system"))
        return tr("system");
    if (table == QLatin1String("rental_price"))
        return tr("rental price");
    return table;
}

QStringList SourcesModel::citingTables()
{
    return {QStringLiteral("spec_claim"), QStringLiteral("measurement"), QStringLiteral("llm_model"), QStringLiteral("event"),
            QStringLiteral("deployment"), QStringLiteral("flow"), QStringLiteral("market_share"),
            QStringLiteral("chip_memory"), QStringLiteral("memory_outlook"), QStringLiteral("system"), QStringLiteral("rental_price")};
}

QString SourcesModel::backsText(const QString &sourceId) const
{
    const QMap<QString, int> usage = m_usage.value(sourceId);
    QStringList parts;
    for (const QString &table : citingTables()) {
        const int n = usage.value(table);
        if (n == 0)
            continue;
        if (table == QLatin1String("spec_claim"))
            parts << tr("%n chip figure(s)", "", n);
        else if (table == QLatin1String("measurement"))
            parts << tr("%n measurement(s)", "", n);
        else if (table == QLatin1String("llm_model"))
            parts << tr("%n model preset(s)", "", n);
        else if (table == QLatin1String("event"))
            parts << tr("%n event(s)", "", n);
        else if (table == QLatin1String("deployment"))
            parts << tr("%n deployment(s)", "", n);
        else if (table == QLatin1String("flow"))
            parts << tr("%n money flow(s)", "", n);
        else if (table == QLatin1String("market_share"))
            parts << tr("%n market-share figure(s)", "", n);
        else if (table == QLatin1String("chip_memory"))
            parts << tr("%n chip memory technology claim(s)", "", n);
        else if (table == QLatin1String("memory_outlook"))
            parts << tr("%n memory outlook item(s)", "", n);
        else if (table == QLatin1String("system"))
            parts << tr("%n system(s)", "", n);
        else if (table == QLatin1String("rental_price"))
            parts << tr("%n rental price(s)", "", n);
    }
    return parts.join(tr(", ", "list separator"));
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.sources().size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &s = source(index.row());
    if (role == SourceIdRole)
        return s.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Title: return s.title;
        case Publisher: return s.publisher;
        case Date: return s.publishedOn;
        case Kind: return ClaimText::kind(s.kind);
        case LanguageColumn: return ClaimText::languageName(s.language);
        case Backs: {
            if (role == SortRole) {
                int total = 0;
                for (int n : m_usage.value(s.id))
                    total += n;
                return total;
            }
            const QString text = backsText(s.id);
            return text.isEmpty() ? tr("background reading") : text;
        }
        case Url: return s.url;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Url)
            return s.url.isEmpty() ? QVariant() : QVariant(tr("Open %1 in the browser").arg(s.url));
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(s.title.toHtmlEscaped(), s.publisher.toHtmlEscaped());
        if (!s.note.isEmpty())
            tip += QStringLiteral("<br>") + s.note.toHtmlEscaped();
        return tip;
    }
    if (index.column() == Url && !s.url.isEmpty()) {
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().color(QPalette::Link);
        if (role == Qt::FontRole) {
            QFont f;
            f.setUnderline(true);
            return f;
        }
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Title");
    case Publisher: return tr("Publisher");
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case LanguageColumn: return tr("Language");
    case Backs: return tr("Backs");
    case Url: return tr("Address");
    }
    return {};
}

void SourcesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
