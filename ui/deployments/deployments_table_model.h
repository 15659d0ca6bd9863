#pragma once
// The deployments shown, one row each (issue 9): country, owner, site, chip, units, kind, power, announced,
// target, source and note, in the interface language; sortable by any column (raw values, not text); a tooltip
// on every row with where it comes from, and marks for totals and rows that may overlap.

#include "deployment_set.h"

#include <QAbstractTableModel>

class DeploymentsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Country, Owner, Site, Chip, Units, Kind, Power, Announced, Target, Source, Note, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    DeploymentsTableModel(const DeploymentSet &set, QObject *parent = nullptr);

    void setRows(const QList<const Deployment *> &rows);
    void setLanguage(Language language);
    const Deployment *rowAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;
    const QList<const Deployment *> &rows() const { return m_rows; }

    // Text of a cell as shown (also for the export's names).
    QString countryText(const Deployment &d) const;
    QString ownerText(const Deployment &d) const;
    QString chipText(const Deployment &d) const;
    QString kindText(const QString &datasetKind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QVariant sortKey(const Deployment &d, int column) const;
    void sortRows(); // by m_sortColumn and m_sortOrder, without signals
    QString toolTip(const Deployment &d) const;

    const DeploymentSet &m_set;
    QList<const Deployment *> m_rows;
    Language m_language = Language::English;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
