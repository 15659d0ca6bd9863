#pragma once
// Decodes a TopoJSON topology (the format of world-atlas' Natural Earth countries) into polygons of longitude and
// latitude: arcs quantized by the topology's transform and delta-encoded, shared between neighbours, reversed by
// the one's-complement index (~i); Polygon and MultiPolygon geometries (others are skipped). Rings come out closed,
// outer ring first, as the file orders them. See the TopoJSON specification, §2.1–2.2.

#include "roofline.h" // ValueOrError

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

// x = longitude, y = latitude, in degrees.
using GeoRing = QList<QPointF>;

struct GeoPolygon {
    QList<GeoRing> rings; // [0] the outer ring, then holes
};

struct GeoFeature {
    QString id;   // the geometry's id ("410"), empty if it has none
    QString name; // properties.name, if given
    QList<GeoPolygon> polygons;
};

// The geometries of the GeometryCollection `objectName` ("countries").
ValueOrError<QList<GeoFeature>> decodeTopoJson(const QByteArray &json, const QString &objectName);
