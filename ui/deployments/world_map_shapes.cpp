#include "world_map_shapes.h"

#include "map_projection.h"
#include "topojson.h"

#include <QFile>
#include <QHash>

namespace {

// Degrees → a closed path of projected points; `projected` rings are taken as they are.
QPainterPath pathOf(const GeoRing &ring, bool projected = false)
{
    QPainterPath path;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = projected ? ring.at(i) : MapProjection::equalEarth(ring.at(i).x(), ring.at(i).y());
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

WorldMapShapes WorldMapShapes::load(const QList<Country> &countries, const QString &path)
{
    WorldMapShapes out;
    out.outline = pathOf(MapProjection::worldOutline(), true);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read the map %1: %2").arg(path, file.errorString());
        return out;
    }
    const auto features = decodeTopoJson(file.readAll(), QStringLiteral("countries"));
    if (!features) {
        out.error = features.error;
        return out;
    }
    QHash<int, QString> isoOfNumeric;
    for (const Country &c : countries)
        isoOfNumeric.insert(c.isoNumeric, c.iso2);
    for (const GeoFeature &f : *features) {
        MapShape shape;
        bool numeric = false;
        const int code = f.id.toInt(&numeric);
        shape.iso2 = numeric ? isoOfNumeric.value(code) : QString();
        shape.fileName = f.name;
        // Outer rings and holes alike go in with the odd-even fill rule: a hole is drawn as a hole.
        shape.path.setFillRule(Qt::OddEvenFill);
        bool crosses = false;
        for (const GeoPolygon &polygon : f.polygons)
            for (const GeoRing &ring : polygon.rings) {
                const QList<GeoRing> parts = MapProjection::antimeridianSafe(ring);
                crosses |= parts.size() > 1;
                for (const GeoRing &part : parts)
                    shape.path.addPath(pathOf(part));
            }
        if (crosses) // the unwrapped ring and its copy both run past the edge: keep what lies on the map
            shape.path = shape.path.intersected(out.outline);
        shape.bounds = shape.path.boundingRect();
        out.shapes.append(shape);
    }
    return out;
}
