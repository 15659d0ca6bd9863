#pragma once
// World map projection for the Deployments view: Equal Earth (Šavrič, Patterson & Jenny, 2018), an equal-area
// projection, so a country's colour is not weighed by its latitude; and rings made safe across the antimeridian.

#include "topojson.h"

#include <QList>
#include <QPointF>

namespace MapProjection {
// Longitude and latitude in degrees → projected x (east) and y (north), in units of the Earth's radius.
// x spans about ±2.706 and y ±1.317.
QPointF equalEarth(double longitude, double latitude);
// The projected outline of the world (the meridians ±180° closed by the poles), clockwise from the north-west.
QList<QPointF> worldOutline(int stepsPerSide = 90);

// A ring as one or more rings whose consecutive points are less than 180° of longitude apart. A ring that jumps
// across the antimeridian is unwrapped (its longitudes continue past ±180) and returned twice, once shifted by
// 360°, so clipping to the world outline draws both halves; a ring that goes all the way round a pole
// (Antarctica) is closed along the pole instead.
QList<GeoRing> antimeridianSafe(const GeoRing &ring);
}
