#include "map_projection.h"

#include <cmath>
#include <numbers>

namespace MapProjection {

QPointF equalEarth(double longitude, double latitude)
{
    constexpr double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    const double m = std::sqrt(3.0) / 2.0;
    const double lambda = longitude * std::numbers::pi / 180.0;
    const double phi = latitude * std::numbers::pi / 180.0;
    const double theta = std::asin(m * std::sin(phi));
    const double t2 = theta * theta, t6 = t2 * t2 * t2;
    const double x = lambda * std::cos(theta) / (m * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    const double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return {x, y};
}

QList<QPointF> worldOutline(int steps)
{
    QList<QPointF> outline;
    for (int i = 0; i <= steps; ++i) // east edge, north to south
        outline << equalEarth(180, 90 - 180.0 * i / steps);
    for (int i = 0; i <= steps; ++i) // west edge, south to north
        outline << equalEarth(-180, -90 + 180.0 * i / steps);
    return outline;
}

QList<GeoRing> antimeridianSafe(const GeoRing &ring)
{
    if (ring.size() < 2)
        return {ring};
    GeoRing unwrapped;
    unwrapped.reserve(ring.size());
    unwrapped << ring.first();
    double shift = 0;
    bool crossed = false;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const double previous = ring.at(i - 1).x(), here = ring.at(i).x();
        if (here - previous > 180) {
            shift -= 360;
            crossed = true;
        } else if (here - previous < -180) {
            shift += 360;
            crossed = true;
        }
        unwrapped << QPointF(here + shift, ring.at(i).y());
    }
    if (!crossed)
        return {ring};
    if (shift != 0) {
        // Round a pole: the walk ends a whole turn from where it began. Close it along the nearer pole.
        const double poleLatitude = unwrapped.first().y() < 0 ? -90.0 : 90.0;
        const double endX = unwrapped.last().x(), startX = unwrapped.first().x();
        unwrapped << QPointF(endX, poleLatitude) << QPointF(startX, poleLatitude) << unwrapped.first();
        // The loop spans 360°: its copy on the other side fills what falls past the edge.
        GeoRing copy = unwrapped;
        const double offset = (endX + startX) / 2 > 0 ? -360.0 : 360.0;
        for (QPointF &p : copy)
            p.rx() += offset;
        return {unwrapped, copy};
    }
    double minX = unwrapped.first().x(), maxX = minX;
    for (const QPointF &p : unwrapped) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
    }
    GeoRing copy = unwrapped;
    const double offset = maxX > 180 ? -360.0 : minX < -180 ? 360.0 : 0.0;
    for (QPointF &p : copy)
        p.rx() += offset;
    return {unwrapped, copy};
}

} // namespace MapProjection
