#include "flow_layout.h"

#include "flow.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace {
// Left to right: who pays first, who is paid last.
const QStringList &roleOrder()
{
    static const QStringList order{QStringLiteral("investor_sovereign"), QStringLiteral("model_lab"), QStringLiteral("cloud"),
                                   QStringLiteral("chip_designer"), QStringLiteral("memory"), QStringLiteral("foundry"),
                                   QStringLiteral("server_maker"), QStringLiteral("other")};
    return order;
}

// Roles small enough to share a column with their neighbours (the suppliers at the right end).
bool canShare(const QString &role)
{
    return role == QLatin1String("memory") || role == QLatin1String("foundry") || role == QLatin1String("server_maker")
        || role == QLatin1String("other");
}
} // namespace

FlowLayout layoutFlowGraph(const QList<FlowLayoutNode> &nodes, const QList<QPair<QString, QString>> &links)
{
    FlowLayout layout;
    if (nodes.isEmpty())
        return layout;
    const int perColumn = std::max(8, int(std::ceil(nodes.size() / 6.0)));

    // Role groups, biggest company first, then split into columns of at most perColumn.
    QList<QList<FlowLayoutNode>> groups(roleOrder().size());
    for (const FlowLayoutNode &n : nodes) {
        const qsizetype at = roleOrder().indexOf(n.role);
        groups[at < 0 ? roleOrder().size() - 1 : at].append(n);
    }
    struct Column {
        QStringList roles;
        QStringList ids;
        bool continues = false;
    };
    QList<Column> columns;
    for (int g = 0; g < groups.size(); ++g) {
        QList<FlowLayoutNode> &group = groups[g];
        if (group.isEmpty())
            continue;
        std::stable_sort(group.begin(), group.end(), [](const FlowLayoutNode &a, const FlowLayoutNode &b) {
            return a.volumeUsd != b.volumeUsd ? a.volumeUsd > b.volumeUsd : a.id < b.id;
        });
        const QString &role = roleOrder().at(g);
        if (canShare(role) && !columns.isEmpty() && canShare(columns.last().roles.last())
            && columns.last().ids.size() + group.size() <= perColumn) {
            columns.last().roles << role;
            for (const FlowLayoutNode &n : group)
                columns.last().ids << n.id;
            continue;
        }
        // A group too big for one column is dealt out in turn, biggest first, so the big companies (big nodes) do
        // not all crowd into the first of its columns.
        const int parts = int(std::ceil(group.size() / double(perColumn)));
        for (int p = 0; p < parts; ++p) {
            Column c;
            c.roles << role;
            for (int i = p; i < group.size(); i += parts)
                c.ids << group.at(i).id;
            c.continues = p + 1 < parts;
            columns << c;
        }
    }

    // Barycentre sweeps: each column sorted by the mean height of its neighbours, left to right then back.
    QHash<QString, QStringList> neighbours;
    for (const auto &[from, to] : links) {
        if (from == to)
            continue;
        neighbours[from] << to;
        neighbours[to] << from;
    }
    QHash<QString, double> y;
    const auto place = [&](const Column &c) {
        for (int i = 0; i < c.ids.size(); ++i)
            y[c.ids.at(i)] = (i + 0.5) / c.ids.size();
    };
    for (const Column &c : columns)
        place(c);
    const auto sweep = [&](Column &c) {
        QHash<QString, double> key;
        for (const QString &id : c.ids) {
            const QStringList &ns = neighbours.value(id);
            double sum = 0;
            int count = 0;
            for (const QString &n : ns)
                if (y.contains(n) && !c.ids.contains(n)) {
                    sum += y.value(n);
                    ++count;
                }
            key[id] = count ? sum / count : y.value(id);
        }
        std::stable_sort(c.ids.begin(), c.ids.end(), [&](const QString &a, const QString &b) { return key.value(a) < key.value(b); });
        place(c);
    };
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < columns.size(); ++i)
            sweep(columns[i]);
        for (int i = int(columns.size()) - 1; i >= 0; --i)
            sweep(columns[i]);
    }

    for (int i = 0; i < columns.size(); ++i) {
        const double x = (i + 0.5) / columns.size();
        layout.columns << FlowLayout::Column{x, columns.at(i).roles, columns.at(i).continues};
        layout.rows = std::max<int>(layout.rows, columns.at(i).ids.size());
        for (const QString &id : columns.at(i).ids)
            layout.positions.insert(id, QPointF(x, y.value(id)));
    }
    return layout;
}
