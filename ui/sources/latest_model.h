#pragma once
// The Sources view's "Latest" list (issue 14): chip claims, money flows, deployments and events by date, newest
// first, so a reader sees what moved since they last looked. One row per fact: date, what kind of fact, what it
// says in the interface language, and the source it rests on.

#include "catalog.h"
#include "fact_timeline.h"
#include "number_format.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

class LatestModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, What, SourceColumn, ColumnCount };
    enum Role { SourceIdRole = Qt::UserRole + 1, TableRole, RowIdRole };

    LatestModel(const Catalog &catalog, const QList<QSqlDatabase> &databases, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DatedFact &fact(int row) const { return m_facts.at(row); }
    // Texts follow the language; headers are re-read through tr().
    void setLanguage(Language language);

private:
    QString kindText(const DatedFact &fact) const;
    QString whatText(const DatedFact &fact) const;

    const Catalog &m_catalog;
    QList<DatedFact> m_facts;
    QHash<QString, SpecClaim> m_claims; // by claim id
    Language m_language = Language::English;
};
