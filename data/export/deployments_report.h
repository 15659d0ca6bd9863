#pragma once
// The Deployments view's two tables as Reports (issue 9): the deployments shown, one row each with its source,
// and their totals by country, owner, chip or site. Raw values stay numbers (units, H100-equivalents, MW,
// tokens/s); headers and notes are in the chosen language (QCoreApplication::translate, "DeploymentsReport").

#include "deployment.h"
#include "deployment_measures.h"
#include "report.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A group's totals with the name people read.
struct NamedTotals {
    DeploymentTotals totals;
    QString name;
};

// Machine columns: key, name, units, units_installed, units_planned, units_unknown, h100e, h100e_assumed_units,
// units_without_h100e, power_mw, sites, as_of, units_maybe_counted_twice[, tokens_per_s, units_without_tokens].
DataTable deploymentGroupsTable(const QList<NamedTotals> &groups, bool withTokens);
QString groupByKey(GroupBy by); // "country", "owner", "chip", "site"
std::optional<GroupBy> groupByFromKey(QStringView key);

// One deployment as the table shows it: the row, the names of its country, owner and chip, and what it counts.
struct DeploymentLine {
    const Deployment *row = nullptr;
    QString country, owner, chip; // names in the report's language; chip: the chip's name or the source's words
    RowCount counted;
};

// What the totals rest on, in words: the kinds kept apart, totals and their parts, the family assumptions used.
QStringList deploymentNotes(const QStringList &assumptionsUsed, const QString &servingText);

Report deploymentGroupsReport(const QList<NamedTotals> &groups, GroupBy by, bool withTokens, const QStringList &notes,
                              Language language, const QString &datasetVersion, const QDate &date);
Report deploymentRowsReport(const QList<DeploymentLine> &lines, const QList<Source> &known, const QStringList &notes,
                            Language language, const QString &datasetVersion, const QDate &date);
