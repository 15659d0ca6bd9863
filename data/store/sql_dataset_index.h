#pragma once
// The rows of the store's databases as the cross-table rules see them (DatasetIndex, dataset_validator.h): the
// bundled database, then the user's, asked by SQL through their key indexes. Checking one new row against a
// million stored ones then reads a few pages, not the tables.

#include "dataset_validator.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>

class SqlDatasetIndex : public DatasetIndex {
public:
    struct Layer {
        QSqlDatabase db;
        // Where one of its rows is, for messages: ("bundled:chip", rowid), or, for rows an import is adding,
        // the file and the line.
        std::function<RowPlace(const TableSpec &, qint64 rowid)> placeOf;
        bool small = false; // few rows (the bundled data): each table's keys are read once and kept
    };
    explicit SqlDatasetIndex(QList<Layer> layers);
    ~SqlDatasetIndex() override;

    // The row about to be checked is stored in the last layer under `key`, whose column is unique there (the
    // table's primary key, TableSpec::keyColumn): asking for that key needs no query. A million-row import would otherwise ask a million times.
    void setCurrentRow(const TableSpec &table, const QString &key, const RowPlace &place);
    // A query that failed: the database could not be read (not a problem of the data).
    QString error() const { return m_error; }

    std::optional<RowPlace> placeOfKey(const TableSpec &table, const QString &key) override;
    void select(const TableSpec &table, const Equal &equal, const std::function<bool(const DatasetRow &)> &visit) override;

    // "SELECT rowid, <every column of spec> FROM <table>" and the row such a query is on, as the rules read it.
    static QString selectSql(const TableSpec &spec);
    static DatasetRow rowAt(const TableSpec &spec, const QSqlQuery &query, const RowPlace &place);

private:
    QSqlQuery &prepared(int layer, const QString &sql);

    QList<Layer> m_layers;
    QList<QHash<QString, QSqlQuery>> m_queries;                          // per layer, by SQL text
    QList<QHash<const TableSpec *, std::shared_ptr<QHash<QString, qint64>>>> m_smallKeys; // per small layer and table
    QHash<const TableSpec *, QHash<QString, RowPlace>> m_found;           // table → key → first place
    struct Current {
        const TableSpec *table = nullptr;
        QString key;
        RowPlace place;
    } m_current;
    QString m_error;
};
