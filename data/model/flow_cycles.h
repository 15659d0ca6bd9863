#pragma once
// Circular financing, found and measured: every simple directed cycle of a FlowGraph (Johnson's algorithm), each
// with its flows, the most money that can go all the way round, the sum and the date span.
//
// A cycle is a loop of companies; a hop is one step of it (A → B) and holds every counted flow from A to B, so
// parallel flows add up. Capex flows (spending with a catch-all supplier) take part in no cycle, nor do acquisitions
// (buying a company is not financing that comes back) or a flow that is part of a larger one (status subset): the
// larger flow already carries its money.

#include "flow_graph.h"

#include <QDate>
#include <QList>
#include <optional>

struct CycleHop {
    int from = -1; // graph nodes
    int to = -1;
    QList<int> flows;                // graph flow indices, in the graph's order
    std::optional<double> amountUsd; // the hop's disclosed amounts added up; empty if none of its flows has one
    bool upperBound = false;         // some of that amount is an "up to"
    int undisclosed = 0;             // flows of the hop without an amount
};

struct FlowCycle {
    QList<int> nodes;     // graph nodes in loop order; the loop closes back to nodes.first()
    QList<CycleHop> hops; // hops[i] goes from nodes[i] to nodes[i + 1] (the last one back to nodes[0])
    // The smallest hop: at most this much can go all the way round. Empty if some hop has no disclosed amount.
    std::optional<double> minUsd;
    bool minIsUpperBound = false;     // the smallest hop rests on an "up to" amount
    double totalUsd = 0;              // every disclosed amount on the loop added up
    bool includesUpperBounds = false; // some amount on the loop is an "up to"
    int undisclosedFlows = 0;         // flows on the loop without an amount
    QDate firstAnnounced, lastAnnounced;         // first days of the earliest and latest announcement
    QString firstAnnouncedOn, lastAnnouncedOn;   // those announcements as the dataset dates them ("2025-05")

    int length() const { return int(nodes.size()); }
    QList<int> flowIndices() const; // hop by hop
};

struct CycleSearch {
    int maxLength = 0; // longest loop, in companies; 0: no limit
    int maxCycles = 0; // stop after this many; 0: no limit
};

struct CycleSearchResult {
    // Largest circular amount (minUsd) first; loops with an undisclosed hop last; then by total, then shorter.
    // Each loop starts at the company whose outgoing hop is the largest, so it reads from the biggest payer.
    QList<FlowCycle> cycles;
    bool truncated = false; // the search stopped at maxCycles: there may be more
};

CycleSearchResult findCycles(const FlowGraph &graph, const CycleSearch &search = {});

// The loop's measures (minUsd … lastAnnounced) from its nodes and hops' flows; findCycles calls it.
void measureCycle(const FlowGraph &graph, FlowCycle &cycle);
