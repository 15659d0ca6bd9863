#include "sql_dataset_index.h"

#include "number_format.h"

#include <QSqlError>
#include <QVariant>

namespace {
// Positive answers are kept (a reference to "nvidia" is asked a million times in a big import); a long import of
// distinct keys must not grow this without end.
constexpr qsizetype kMaxRemembered = 1 << 16;

QString fieldText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return NumberFormat::exact(v.toDouble());
    return v.toString();
}
} // namespace

SqlDatasetIndex::SqlDatasetIndex(QList<Layer> layers)
    : m_layers(std::move(layers))
{
    m_queries.resize(m_layers.size());
    m_smallKeys.resize(m_layers.size());
}

SqlDatasetIndex::~SqlDatasetIndex() = default;

void SqlDatasetIndex::setCurrentRow(const TableSpec &table, const QString &key, const RowPlace &place)
{
    m_current = {&table, key, place};
}

QSqlQuery &SqlDatasetIndex::prepared(int layer, const QString &sql)
{
    QHash<QString, QSqlQuery> &queries = m_queries[layer];
    auto it = queries.find(sql);
    if (it == queries.end()) {
        QSqlQuery q(m_layers.at(layer).db);
        q.setForwardOnly(true);
        if (!q.prepare(sql) && m_error.isEmpty())
            m_error = q.lastError().text();
        it = queries.insert(sql, q);
    }
    return *it;
}

QString SqlDatasetIndex::selectSql(const TableSpec &spec)
{
    // Table and column names come from table_schema.cpp, never from a user.
    return QStringLiteral("SELECT rowid, %1 FROM %2").arg(spec.columnNames().join(QLatin1Char(',')), spec.name);
}

DatasetRow SqlDatasetIndex::rowAt(const TableSpec &spec, const QSqlQuery &query, const RowPlace &place)
{
    DatasetRow row{&spec, place, {}, {}};
    row.fields.reserve(spec.columns.size());
    for (int c = 0; c < spec.columns.size(); ++c)
        row.fields << fieldText(query.value(c + 1));
    return row;
}

std::optional<RowPlace> SqlDatasetIndex::placeOfKey(const TableSpec &table, const QString &key)
{
    const QString column = table.idColumn();
    if (column.isEmpty() || key.isEmpty())
        return std::nullopt;
    QHash<QString, RowPlace> &found = m_found[&table];
    if (const auto it = found.constFind(key); it != found.cend())
        return *it;
    for (int l = 0; l < m_layers.size(); ++l) {
        const Layer &layer = m_layers.at(l);
        std::optional<qint64> rowid;
        if (layer.small) {
            auto &keys = m_smallKeys[l][&table];
            if (!keys) {
                keys = std::make_shared<QHash<QString, qint64>>();
                QSqlQuery &q = prepared(l, QStringLiteral("SELECT rowid, %1 FROM %2 ORDER BY rowid").arg(column, table.name));
                if (q.exec())
                    while (q.next())
                        if (!keys->contains(q.value(1).toString()))
                            keys->insert(q.value(1).toString(), q.value(0).toLongLong());
            }
            if (const auto it = keys->constFind(key); it != keys->cend())
                rowid = *it;
        } else if (l == m_layers.size() - 1 && m_current.table == &table && m_current.key == key) {
            return m_current.place; // not remembered: it is asked once
        } else {
            QSqlQuery &q = prepared(l, QStringLiteral("SELECT rowid FROM %1 WHERE %2 = ? ORDER BY rowid LIMIT 1").arg(table.name, column));
            q.bindValue(0, key);
            if (!q.exec()) {
                if (m_error.isEmpty())
                    m_error = q.lastError().text();
            } else if (q.next()) {
                rowid = q.value(0).toLongLong();
            }
            q.finish();
        }
        if (rowid) {
            const RowPlace place = layer.placeOf(table, *rowid);
            if (found.size() >= kMaxRemembered)
                found.clear();
            found.insert(key, place);
            return place;
        }
    }
    return std::nullopt;
}

void SqlDatasetIndex::select(const TableSpec &table, const Equal &equal, const std::function<bool(const DatasetRow &)> &visit)
{
    QStringList where;
    for (const auto &pair : equal)
        where << pair.first + QStringLiteral(" IS ?"); // IS: an empty field is stored as NULL and matches ""
    const QString sql = selectSql(table) + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY rowid");
    for (int l = 0; l < m_layers.size(); ++l) {
        QSqlQuery &q = prepared(l, sql);
        for (int i = 0; i < equal.size(); ++i)
            q.bindValue(i, equal.at(i).second.isEmpty() ? QVariant() : QVariant(equal.at(i).second));
        if (!q.exec()) {
            if (m_error.isEmpty())
                m_error = q.lastError().text();
            continue;
        }
        bool more = true;
        while (more && q.next())
            more = visit(rowAt(table, q, m_layers.at(l).placeOf(table, q.value(0).toLongLong())));
        q.finish();
        if (!more)
            return;
    }
}
