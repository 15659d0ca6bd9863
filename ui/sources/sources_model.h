#pragma once
// Every source in the dataset as an item model for the Sources view: title, publisher, date, kind, language,
// what it backs (how many rows of each table cite it, as their own source or through the citation table) and
// its address.

#include "catalog.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QSqlDatabase>

class SourcesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Publisher, Date, Kind, LanguageColumn, Backs, Url, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // what the column sorts by (the total for Backs)
        SourceIdRole,
    };

    // `databases`: where to count the rows that cite each source (bundled first, then the user's).
    SourcesModel(const Catalog &catalog, const QList<QSqlDatabase> &databases, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Source &source(int row) const { return m_catalog.sources().at(row); }
    // Rows citing the source, per table ("spec_claim" → 12).
    QMap<QString, int> usage(const QString &sourceId) const { return m_usage.value(sourceId); }
    // "12 chip figures, 2 events" in the interface language; empty if nothing cites it.
    QString backsText(const QString &sourceId) const;
    // The tables counted, in the order backsText() lists them.
    static QStringList citingTables();
    // What one row of a table is called ("chip figure", "money flow") in the interface language.
    static QString tableLabel(const QString &table);

    // Headers and texts are re-read through tr().
    void retranslate();

private:
    const Catalog &m_catalog;
    QHash<QString, QMap<QString, int>> m_usage;
};
