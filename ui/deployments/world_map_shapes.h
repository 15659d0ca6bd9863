#pragma once
// The countries of the vendored Natural Earth map (resources/maps) as projected paths, each found by its ISO
// numeric id in the dataset's country table. Decoded and projected once, when the Deployments view is built.

#include "deployment.h"

#include <QList>
#include <QPainterPath>
#include <QString>

struct MapShape {
    QString iso2;       // empty when the file's id is not in the country table (or the shape has none)
    QString fileName;   // the name the file gives it ("N. Cyprus")
    QPainterPath path;  // Equal Earth, in Earth radii, y pointing up (north)
    QRectF bounds;
};

struct WorldMapShapes {
    QList<MapShape> shapes;
    QPainterPath outline; // the world's edge, to clip to and to draw the sea in
    QString error;        // why there are no shapes

    // Reads ":/maps/countries-110m.json" (or `path`).
    static WorldMapShapes load(const QList<Country> &countries, const QString &path = QStringLiteral(":/maps/countries-110m.json"));
};
