#pragma once
// The dataset read into model types: chips with their current figures, claim history, models, measurements,
// roadmap events.
// Loaded once from an open store (a few hundred rows, a few milliseconds) and then queried in memory.

#include "chip.h"
#include "llm_model.h"
#include "measurement.h"
#include "roadmap_event.h"
#include "source.h"
#include "spec_claim.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
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

    // Every roadmap event, in date order (a tie keeps the rows' order).
    const QList<RoadmapEvent> &events() const { return m_events; }

    QString datasetVersion() const { return m_datasetVersion; }

private:
    QList<Chip> m_chips;
    QList<SpecClaim> m_claims;
    QList<LlmModel> m_models;
    QList<Measurement> m_measurements;
    QList<Source> m_sources;
    QList<Company> m_companies;
    QList<RoadmapEvent> m_events;
    QString m_datasetVersion;
};
