#pragma once
// The dataset read into model types: chips with their current figures, claim history, models, measurements,
// roadmap events, companies and money flows.
// Loaded once from an open store (a few hundred rows, a few milliseconds) and then queried in memory. Events are
// read the first time they are asked for: a user may import a million of them, and every start reads the catalog.

#include "chip.h"
#include "flow.h"
#include "deployment.h"
#include "llm_model.h"
#include "measurement.h"
#include "roadmap_event.h"
#include "source.h"
#include "spec_claim.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class Catalog {
public:
    // Reads every database given, in order (bundled first, then the user's); later rows with the same key
    // add to, never replace, earlier ones.
    static Catalog load(const QList<QSqlDatabase> &databases);

    const QList<Chip> &chips() const { return m_chips; }
    // By id or alias, case-insensitive ("Ironwood", "tpu-v7", "TPU7x").
    const Chip *findChip(QStringView idOrAlias) const;
    QStringList chipIds() const;
    // Every claim about a chip, oldest first (history of a figure).
    QList<SpecClaim> claims(const QString &chipId) const;
    QList<SpecClaim> claims(const QString &chipId, const QString &metric, std::optional<Precision> precision) const;

    const QList<LlmModel> &llmModels() const { return m_models; }
    const LlmModel *findLlmModel(QStringView id) const;
    QStringList llmModelIds() const;

    const QList<Measurement> &measurements() const { return m_measurements; }

    const Source *source(const QString &id) const;
    const QList<Source> &sources() const { return m_sources; }
    const Company *company(const QString &id) const;
    const QList<Company> &companies() const { return m_companies; }

    // Every roadmap event, in date order (a tie keeps the rows' order), from the databases the catalog was loaded
    // from (they must still be open the first time this is called).
    const QList<RoadmapEvent> &events() const;
    // Every money flow, in dataset order (bundled, then the user's).
    const QList<Flow> &flows() const { return m_flows; }
    const QList<Deployment> &deployments() const { return m_deployments; }
    const QList<Country> &countries() const { return m_countries; }
    const Country *country(QStringView iso2) const; // case-insensitive

    // Every source of a fact row: its own source first (primary unless a citation gives it another role), then
    // its citations in file order.
    QList<Citation> sourcesOf(const QString &table, const QString &rowId, const QString &ownSourceId) const;
    QList<Citation> sourcesOf(const SpecClaim &claim) const;
    // The citation rows that name a source (not the rows whose own source_id it is).
    QList<Citation> citationsOf(const QString &sourceId) const;
    // True if a source is the vendor's or body's own publication or a filing.
    bool isOfficial(const QString &sourceId) const;
    // True if one of the claim's primary sources is official (the measure of issue 14).
    bool hasOfficialPrimary(const SpecClaim &claim) const;

    QString datasetVersion() const { return m_datasetVersion; }

    // True if the row (a flow, deployment, spec_claim or source, by id) came from the user's database, not the
    // bundled data: views and exports mark it as the user's own.
    bool isUserRow(const QString &table, const QString &id) const { return m_userRows.value(table).contains(id); }

private:
    QList<Chip> m_chips;
    QList<SpecClaim> m_claims;
    QList<LlmModel> m_models;
    QList<Measurement> m_measurements;
    QList<Source> m_sources;
    QList<Company> m_companies;
    QList<QSqlDatabase> m_databases;
    mutable std::shared_ptr<const QList<RoadmapEvent>> m_events; // read on first use, shared by copies made after
    QList<Deployment> m_deployments;
    QList<Country> m_countries;
    QHash<QString, QList<Citation>> m_citations; // "table|row id" → citations in file order
    QList<Flow> m_flows;
    QString m_datasetVersion;
    QHash<QString, QSet<QString>> m_userRows; // table → ids of the rows read from the user's database
};
