#include "topojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Arcs = QList<GeoRing>;

ValueOrError<Arcs> decodeArcs(const QJsonObject &topology)
{
    using R = ValueOrError<Arcs>;
    // Quantized topologies give a transform; positions are then integers, each relative to the one before.
    const QJsonObject transform = topology.value(QStringLiteral("transform")).toObject();
    const bool quantized = !transform.isEmpty();
    const QJsonArray scale = transform.value(QStringLiteral("scale")).toArray();
    const QJsonArray translate = transform.value(QStringLiteral("translate")).toArray();
    if (quantized && (scale.size() != 2 || translate.size() != 2))
        return R::failure(QStringLiteral("the transform needs a scale and a translate of two numbers each"));
    const double sx = scale.at(0).toDouble(1), sy = scale.at(1).toDouble(1);
    const double tx = translate.at(0).toDouble(), ty = translate.at(1).toDouble();

    Arcs arcs;
    const QJsonArray list = topology.value(QStringLiteral("arcs")).toArray();
    arcs.reserve(list.size());
    for (const QJsonValue &arcValue : list) {
        const QJsonArray positions = arcValue.toArray();
        GeoRing arc;
        arc.reserve(positions.size());
        double x = 0, y = 0;
        for (const QJsonValue &pv : positions) {
            const QJsonArray p = pv.toArray();
            if (p.size() < 2)
                return R::failure(QStringLiteral("arc %1 has a position without two coordinates").arg(arcs.size()));
            if (quantized) {
                x += p.at(0).toDouble();
                y += p.at(1).toDouble();
                arc.append(QPointF(x * sx + tx, y * sy + ty));
            } else {
                arc.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
            }
        }
        arcs.append(arc);
    }
    return arcs;
}

// A ring from its arc indices: each arc starts where the one before ended, so that shared point is taken once;
// a negative index ~i walks arc i backwards.
ValueOrError<GeoRing> ringOf(const QJsonArray &indices, const Arcs &arcs)
{
    GeoRing ring;
    for (const QJsonValue &v : indices) {
        const int index = v.toInt();
        const int arcIndex = index < 0 ? ~index : index;
        if (arcIndex >= arcs.size())
            return ValueOrError<GeoRing>::failure(QStringLiteral("arc index %1 is out of range (%2 arcs)").arg(index).arg(arcs.size()));
        GeoRing arc = arcs.at(arcIndex);
        if (index < 0)
            std::reverse(arc.begin(), arc.end());
        if (!ring.isEmpty() && !arc.isEmpty())
            arc.removeFirst();
        ring += arc;
    }
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    return ring;
}

ValueOrError<GeoPolygon> polygonOf(const QJsonArray &rings, const Arcs &arcs)
{
    GeoPolygon polygon;
    for (const QJsonValue &r : rings) {
        auto ring = ringOf(r.toArray(), arcs);
        if (!ring)
            return ValueOrError<GeoPolygon>::failure(ring.error);
        if (ring->size() >= 4) // a closed ring needs three distinct points
            polygon.rings.append(*ring);
    }
    return polygon;
}

} // namespace

ValueOrError<QList<GeoFeature>> decodeTopoJson(const QByteArray &json, const QString &objectName)
{
    using R = ValueOrError<QList<GeoFeature>>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return R::failure(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject topology = doc.object();
    if (topology.value(QStringLiteral("type")).toString() != QLatin1String("Topology"))
        return R::failure(QStringLiteral("not a TopoJSON topology (its type is not \"Topology\")"));
    const QJsonObject object = topology.value(QStringLiteral("objects")).toObject().value(objectName).toObject();
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("GeometryCollection"))
        return R::failure(QStringLiteral("the topology has no geometry collection named '%1'").arg(objectName));
    const auto arcs = decodeArcs(topology);
    if (!arcs)
        return R::failure(arcs.error);

    QList<GeoFeature> features;
    for (const QJsonValue &gv : object.value(QStringLiteral("geometries")).toArray()) {
        const QJsonObject g = gv.toObject();
        const QString type = g.value(QStringLiteral("type")).toString();
        QList<QJsonArray> polygons;
        if (type == QLatin1String("Polygon"))
            polygons << g.value(QStringLiteral("arcs")).toArray();
        else if (type == QLatin1String("MultiPolygon"))
            for (const QJsonValue &p : g.value(QStringLiteral("arcs")).toArray())
                polygons << p.toArray();
        else
            continue; // points, lines and null geometries have no area to fill
        GeoFeature f;
        const QJsonValue id = g.value(QStringLiteral("id"));
        f.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
        f.name = g.value(QStringLiteral("properties")).toObject().value(QStringLiteral("name")).toString();
        for (const QJsonArray &rings : polygons) {
            auto polygon = polygonOf(rings, *arcs);
            if (!polygon)
                return R::failure(QStringLiteral("geometry %1: %2").arg(features.size()).arg(polygon.error));
            if (!polygon->rings.isEmpty())
                f.polygons.append(*polygon);
        }
        features.append(f);
    }
    return features;
}
