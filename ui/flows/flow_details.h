#pragma once
// What the Money flows view says about a flow, a company and a loop, as rich text in the interface language:
// the tooltips on the graph and the Loops and Company panels. Every amount says whether it is an "up to", every
// flow names its source (linked), and a note's source ids become the sources' titles.

#include "catalog.h"
#include "flow_cycles.h"
#include "flow_totals.h"

#include <QCoreApplication>
#include <QString>

class FlowDetails {
    Q_DECLARE_TR_FUNCTIONS(FlowDetails)
public:
    // Hovering an arrow: who pays whom, kind, amount, status, dates, description and source.
    static QString flowToolTip(const Flow &flow, const Catalog &catalog, Language language);
    // Hovering a company: name, role and what it commits and receives among the flows counted.
    static QString companyToolTip(const Company &company, const CompanyFlows &totals, Language language);
    // One deal as a list entry: description, amount, dates, period, status, source and note.
    static QString flowHtml(const Flow &flow, const Catalog &catalog, Language language);
    // A loop: what goes round, the sum and the dates, then hop by hop its flows with their sources.
    static QString loopHtml(const FlowGraph &graph, const FlowCycle &cycle, const Catalog &catalog, Language language);
    // A company: totals in and out (firm and "up to" apart), by counterparty and by kind, then every deal.
    static QString companyHtml(const QString &companyId, const FlowGraph &graph, const Catalog &catalog, Language language);
    // `note` as rich text, with each source id it mentions replaced by that source's linked title.
    static QString noteHtml(const QString &note, const Catalog &catalog);
    // "OpenAI", or the id if the dataset does not list the company.
    static QString name(const Catalog &catalog, const QString &companyId, Language language);
    // What a flow of status subset says about itself: why its amount is in no sum.
    static QString subsetText();
    // The loop's companies by name.
    static QStringList loopNames(const FlowGraph &graph, const FlowCycle &cycle, const Catalog &catalog, Language language);
};
