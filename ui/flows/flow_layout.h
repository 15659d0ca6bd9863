#pragma once
// Where each company sits in the Money flows graph: columns by role, investors on the left, then model labs,
// clouds, chip designers and the suppliers on the right, so money mostly runs left to right and a loop shows as an
// arc that comes back. Positions are fractions of the drawing area (0 … 1), so the picture is the same at any size;
// within a column the order reduces crossings (barycentre sweeps) and is the same for the same data.

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>

struct FlowLayoutNode {
    QString id;
    QString role;          // FlowWords::roles(); anything else counts as "other"
    double volumeUsd = 0;  // disclosed amounts in and out: the biggest companies start at the top
};

struct FlowLayout {
    struct Column {
        double x = 0;      // centre, as a fraction of the width
        QStringList roles; // the roles it holds, in role order (small supplier groups share a column)
        bool continues = false; // a further column of the same roles follows (a large group is split)
    };
    QHash<QString, QPointF> positions; // company id → centre, fractions of the area
    QList<Column> columns;
    int rows = 0;                      // most companies in one column
};

// `links`: (from, to) company pairs, one per flow; they decide the order within columns.
FlowLayout layoutFlowGraph(const QList<FlowLayoutNode> &nodes, const QList<QPair<QString, QString>> &links);
