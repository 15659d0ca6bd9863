#include "flow_cycles.h"

#include <QHash>
#include <algorithm>
#include <vector>

QList<int> FlowCycle::flowIndices() const
{
    QList<int> all;
    for (const CycleHop &h : hops)
        all += h.flows;
    return all;
}

void measureCycle(const FlowGraph &graph, FlowCycle &cycle)
{
    cycle.minUsd.reset();
    cycle.minIsUpperBound = false;
    cycle.totalUsd = 0;
    cycle.includesUpperBounds = false;
    cycle.undisclosedFlows = 0;
    cycle.firstAnnounced = cycle.lastAnnounced = QDate();
    cycle.firstAnnouncedOn.clear();
    cycle.lastAnnouncedOn.clear();
    bool everyHopKnown = true;
    double smallest = 0;
    bool smallestUpper = false;
    for (CycleHop &hop : cycle.hops) {
        hop.amountUsd.reset();
        hop.upperBound = false;
        hop.undisclosed = 0;
        for (int f : std::as_const(hop.flows)) {
            const Flow &flow = graph.flows().at(f);
            if (flow.amountUsd) {
                hop.amountUsd = hop.amountUsd.value_or(0) + *flow.amountUsd;
                hop.upperBound = hop.upperBound || flow.upperBound;
            } else {
                ++hop.undisclosed;
            }
            const QDate d = flow.announcedFirst();
            if (d.isValid()) {
                if (!cycle.firstAnnounced.isValid() || d < cycle.firstAnnounced) {
                    cycle.firstAnnounced = d;
                    cycle.firstAnnouncedOn = flow.announcedOn;
                }
                if (!cycle.lastAnnounced.isValid() || d > cycle.lastAnnounced) {
                    cycle.lastAnnounced = d;
                    cycle.lastAnnouncedOn = flow.announcedOn;
                }
            }
        }
        cycle.undisclosedFlows += hop.undisclosed;
        cycle.includesUpperBounds = cycle.includesUpperBounds || hop.upperBound;
        if (!hop.amountUsd) {
            everyHopKnown = false;
            continue;
        }
        cycle.totalUsd += *hop.amountUsd;
        if (&hop == &cycle.hops.first() || *hop.amountUsd < smallest) {
            smallest = *hop.amountUsd;
            smallestUpper = hop.upperBound;
        } else if (*hop.amountUsd == smallest) {
            smallestUpper = smallestUpper || hop.upperBound;
        }
    }
    if (everyHopKnown && !cycle.hops.isEmpty()) {
        cycle.minUsd = smallest;
        cycle.minIsUpperBound = smallestUpper;
    }
}

namespace {

// Johnson's algorithm (D. B. Johnson, "Finding all the elementary circuits of a directed graph", SIAM J. Comput.
// 4(1), 1975) on the simple graph under the multigraph: for each start node s in turn, the circuits through s
// that use only nodes ≥ s and stay in s's strongly connected component. Blocking keeps the work proportional to
// the circuits found. With a length limit the blocking no longer holds (a node blocked for a long path may close
// a short one), so the bounded search prunes by each node's distance back to s instead.
class CycleFinder {
public:
    CycleFinder(const FlowGraph &graph, const CycleSearch &search)
        : m_graph(graph)
        , m_search(search)
        , m_n(graph.nodeCount())
        , m_succ(size_t(m_n))
        , m_pred(size_t(m_n))
    {
        for (int f = 0; f < int(graph.flows().size()); ++f) {
            const Flow &flow = graph.flows().at(f);
            if (flow.kind == FlowWords::capex || flow.kind == FlowWords::acquisition || flow.status == FlowWords::subset)
                continue;
            const int v = graph.fromNode(f), w = graph.toNode(f);
            QList<int> &hop = m_hopFlows[key(v, w)];
            if (hop.isEmpty()) {
                m_succ[size_t(v)].push_back(w);
                m_pred[size_t(w)].push_back(v);
            }
            hop.append(f);
        }
        for (auto &s : m_succ)
            std::sort(s.begin(), s.end());
        m_inComponent.assign(size_t(m_n), 0);
        m_blocked.assign(size_t(m_n), 0);
        m_blockedBy.assign(size_t(m_n), {});
        m_distance.assign(size_t(m_n), 0);
    }

    CycleSearchResult run()
    {
        for (m_start = 0; m_start < m_n && !m_stop; ++m_start) {
            if (!markComponent())
                continue;
            if (m_search.maxLength > 0) {
                measureDistances();
                boundedSearch(m_start);
            } else {
                std::fill(m_blocked.begin(), m_blocked.end(), 0);
                for (auto &b : m_blockedBy)
                    b.clear();
                circuit(m_start);
            }
        }
        std::sort(m_result.cycles.begin(), m_result.cycles.end(), [this](const FlowCycle &a, const FlowCycle &b) {
            if (a.minUsd.has_value() != b.minUsd.has_value())
                return a.minUsd.has_value();
            if (a.minUsd && *a.minUsd != *b.minUsd)
                return *a.minUsd > *b.minUsd;
            if (a.totalUsd != b.totalUsd)
                return a.totalUsd > b.totalUsd;
            if (a.length() != b.length())
                return a.length() < b.length();
            return names(a) < names(b);
        });
        return std::move(m_result);
    }

private:
    static qint64 key(int v, int w) { return (qint64(v) << 32) | quint32(w); }

    QStringList names(const FlowCycle &c) const
    {
        QStringList ids;
        for (int v : c.nodes)
            ids << m_graph.nodeId(v);
        return ids;
    }

    // Marks the nodes ≥ start that lie on some circuit through start: reachable from it and reaching it back.
    // False if there are none (not even a self-loop).
    bool markComponent()
    {
        std::vector<char> forward(size_t(m_n), 0), backward(size_t(m_n), 0);
        walk(m_succ, forward);
        walk(m_pred, backward);
        bool any = false;
        for (int v = 0; v < m_n; ++v) {
            m_inComponent[size_t(v)] = v >= m_start && forward[size_t(v)] && backward[size_t(v)];
            any = any || (v != m_start && m_inComponent[size_t(v)]);
        }
        const auto &own = m_succ[size_t(m_start)];
        return any || std::binary_search(own.begin(), own.end(), m_start);
    }

    void walk(const std::vector<std::vector<int>> &edges, std::vector<char> &seen) const
    {
        std::vector<int> todo{m_start};
        seen[size_t(m_start)] = 1;
        while (!todo.empty()) {
            const int v = todo.back();
            todo.pop_back();
            for (int w : edges[size_t(v)])
                if (w >= m_start && !seen[size_t(w)]) {
                    seen[size_t(w)] = 1;
                    todo.push_back(w);
                }
        }
    }

    // Fewest hops from each node of the component back to the start (breadth-first over the reversed edges).
    void measureDistances()
    {
        std::fill(m_distance.begin(), m_distance.end(), m_n + 1);
        std::vector<int> queue{m_start};
        m_distance[size_t(m_start)] = 0;
        for (size_t i = 0; i < queue.size(); ++i) {
            const int v = queue[i];
            for (int u : m_pred[size_t(v)])
                if (m_inComponent[size_t(u)] && m_distance[size_t(u)] > m_n) {
                    m_distance[size_t(u)] = m_distance[size_t(v)] + 1;
                    queue.push_back(u);
                }
        }
    }

    void unblock(int u)
    {
        m_blocked[size_t(u)] = 0;
        std::vector<int> waiting;
        waiting.swap(m_blockedBy[size_t(u)]);
        for (int w : waiting)
            if (m_blocked[size_t(w)])
                unblock(w);
    }

    bool circuit(int v)
    {
        bool found = false;
        m_path.push_back(v);
        m_blocked[size_t(v)] = 1;
        for (int w : m_succ[size_t(v)]) {
            if (m_stop)
                break;
            if (!m_inComponent[size_t(w)])
                continue;
            if (w == m_start) {
                record();
                found = true;
            } else if (!m_blocked[size_t(w)] && circuit(w)) {
                found = true;
            }
        }
        if (found) {
            unblock(v);
        } else {
            for (int w : m_succ[size_t(v)]) {
                if (!m_inComponent[size_t(w)])
                    continue;
                auto &waiting = m_blockedBy[size_t(w)];
                if (std::find(waiting.begin(), waiting.end(), v) == waiting.end())
                    waiting.push_back(v);
            }
        }
        m_path.pop_back();
        return found;
    }

    void boundedSearch(int v)
    {
        m_path.push_back(v);
        m_blocked[size_t(v)] = 1; // here: on the current path
        const int edges = int(m_path.size()); // hops of the loop if the next step closes it
        for (int w : m_succ[size_t(v)]) {
            if (m_stop)
                break;
            if (!m_inComponent[size_t(w)])
                continue;
            if (w == m_start) {
                if (edges <= m_search.maxLength)
                    record();
            } else if (!m_blocked[size_t(w)] && edges + m_distance[size_t(w)] <= m_search.maxLength) {
                boundedSearch(w);
            }
        }
        m_blocked[size_t(v)] = 0;
        m_path.pop_back();
    }

    void record()
    {
        FlowCycle c;
        const int n = int(m_path.size());
        // Each hop's flows once (shared, not copied), then read the loop from its biggest payer: the start of the
        // largest disclosed hop.
        QList<QList<int>> hops(n);
        int first = 0;
        double largest = -1;
        for (int i = 0; i < n; ++i) {
            hops[i] = m_hopFlows.value(key(m_path[size_t(i)], m_path[size_t((i + 1) % n)]));
            double amount = 0;
            for (int f : std::as_const(hops[i]))
                amount += m_graph.flows().at(f).amountUsd.value_or(0);
            if (amount > largest) {
                largest = amount;
                first = i;
            }
        }
        c.nodes.reserve(n);
        c.hops.reserve(n);
        for (int i = 0; i < n; ++i) {
            const int at = (first + i) % n;
            const int v = m_path[size_t(at)];
            const int w = m_path[size_t((at + 1) % n)];
            c.nodes.append(v);
            c.hops.append(CycleHop{v, w, hops.at(at), {}, false, 0});
        }
        measureCycle(m_graph, c);
        m_result.cycles.append(std::move(c));
        if (m_search.maxCycles > 0 && m_result.cycles.size() >= m_search.maxCycles) {
            m_result.truncated = true;
            m_stop = true;
        }
    }

    const FlowGraph &m_graph;
    const CycleSearch m_search;
    const int m_n;
    std::vector<std::vector<int>> m_succ, m_pred;
    QHash<qint64, QList<int>> m_hopFlows;
    std::vector<char> m_inComponent, m_blocked;
    std::vector<std::vector<int>> m_blockedBy;
    std::vector<int> m_distance;
    std::vector<int> m_path;
    int m_start = 0;
    bool m_stop = false;
    CycleSearchResult m_result;
};

} // namespace

CycleSearchResult findCycles(const FlowGraph &graph, const CycleSearch &search)
{
    return CycleFinder(graph, search).run();
}
