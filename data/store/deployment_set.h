#pragma once
// The catalog's deployments made ready to filter and total fast (issue 9): each row's counted units (totals
// give way to their parts), chip, vendor and announcement date worked out once, so the view and the command line
// answer a new filter or grouping by walking plain arrays, even with 100,000 user rows.

#include "catalog.h"
#include "deployment_measures.h"
#include "number_format.h"

#include <QDate>
#include <array>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct DeploymentFilter {
    std::optional<UnitsKind> kind;  // nullopt: every kind
    QStringList countries;          // ISO codes; empty: every country
    QString sector;                 // public, private, mixed; empty: every sector
    QString vendorId;               // the accelerators' vendor (named or assumed chip, else the text); empty: any
    std::optional<QDate> from, to;  // announced within [from, to] (a partial date counts if its period touches it)

    bool operator==(const DeploymentFilter &) const = default;
};

class DeploymentSet {
public:
    explicit DeploymentSet(const Catalog &catalog); // the catalog's rows
    DeploymentSet(const Catalog &catalog, QList<Deployment> rows); // other rows (the benchmark's), the catalog's chips
    // The context looks rows up in this object's own arrays: a copy would look in the wrong place.
    DeploymentSet(const DeploymentSet &) = delete;
    DeploymentSet &operator=(const DeploymentSet &) = delete;

    const Catalog &catalog() const { return *m_catalog; }
    const QList<Deployment> &rows() const { return m_rows; }
    const QHash<QString, RowCount> &counts() const { return m_counts; }
    const Deployment *find(const QString &id) const;

    // Family rules for rows that name no chip; changing them re-derives every row's chip and vendor.
    const QList<FamilyAssumption> &assumptions() const { return m_context.assumptions; }
    void setAssumptions(const QList<FamilyAssumption> &assumptions);
    // Serving capacity per chip for `settings` (every chip the rows name or are assumed to be).
    void setServing(const std::optional<ServingSettings> &settings);
    const std::optional<ServingSettings> &serving() const { return m_serving; }
    const MeasureContext &context() const { return m_context; }

    // The position of a row of rows() (-1 for a row from elsewhere), and what is known of it by position.
    qsizetype indexOf(const Deployment &row) const;
    const RowFacts &factsOf(qsizetype row) const { return m_facts.at(row); }
    QDate announcedFirstDay(qsizetype row) const { return QDate::fromJulianDay(m_first.at(row)); }
    ChipChoice chipOf(const Deployment &row) const;
    QString vendorOf(int row) const { return m_vendors.at(row); }
    // The vendors rows name, by company id, in catalog order.
    QStringList vendorIds() const;

    QList<const Deployment *> select(const DeploymentFilter &filter) const;
    DeploymentTotals totals(const QList<const Deployment *> &rows) const;
    QList<DeploymentTotals> groups(const QList<const Deployment *> &rows, GroupBy by) const;

    // A group's name in `language`: a country's or owner's name, a chip's name or the accelerator text, a site.
    QString groupName(GroupBy by, const QString &key, Language language) const;
    // Units of the shown rows each family rule was used for.
    double assumedUnits(const QList<const Deployment *> &rows, const QString &ruleKey) const;
    QHash<QString, double> assumedUnitsByRule(const QList<const Deployment *> &rows) const; // by rule key

private:
    void deriveFacts(); // after the assumptions or the serving question change

    const Catalog *m_catalog = nullptr;
    QList<Deployment> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, RowCount> m_counts;
    QList<RowFacts> m_facts; // by position: counts, chips, H100e and token factors
    // By position, each row's country, owner and chip numbered (-1: none), and the keys the numbers stand for.
    std::array<QList<int>, 3> m_groupKey;
    std::array<QStringList, 3> m_groupKeyNames;
    QList<QString> m_vendors;
    QList<qint64> m_first, m_last; // announced_on period as Julian days
    QList<qint64> m_dateKey;       // PartialDate::sortKey of announced_on
    MeasureContext m_context;
    std::optional<ServingSettings> m_serving;
};

// A country's name in the language; the ISO code if the country table lacks it.
QString countryName(const Catalog &catalog, const QString &iso2, Language language);
