#pragma once
// The countries of the vendored Natural Earth map (resources/maps) as projected paths, each found by its ISO
// numeric id in the dataset's country table. Decoded and projected at build time (atlas-mapc writes the shapes
// the program embeds: parsing the TopoJSON and clipping the shapes that cross the antimeridian took 50 M
// instructions of the Deployments view's start), read when the Deployments view is built.

#include "deployment.h"

#include <QList>
#include <QPainterPath>
#include <QString>
#include <optional>

struct MapShape {
    QString fileId;     // the id the file gives it: the ISO numeric code ("840"), or none
    QString iso2;       // empty when the file's id is not in the country table (or the shape has none)
    QString fileName;   // the name the file gives it ("N. Cyprus")
    QPainterPath path;  // Equal Earth, in Earth radii, y pointing up (north)
    QRectF bounds;
};

struct WorldMapShapes {
    QList<MapShape> shapes;
    QPainterPath outline; // the world's edge, to clip to and to draw the sea in
    QString error;        // why there are no shapes

    // Reads the shapes atlas-mapc wrote (":/maps/countries-110m.shapes"), or a TopoJSON file (`path` ending in .json).
    static WorldMapShapes load(const QList<Country> &countries, const QString &path = QStringLiteral(":/maps/countries-110m.shapes"));
    // Decodes and projects a TopoJSON map (its "countries" object); iso2 left empty.
    static WorldMapShapes fromTopoJson(const QByteArray &json);
    // The shapes (not iso2) as atlas-mapc writes them, and back; nullopt if `data` is not such a file.
    QByteArray serialized() const;
    static std::optional<WorldMapShapes> deserialized(const QByteArray &data);
};
