#include "world_map_shapes.h"

#include "map_projection.h"
#include "topojson.h"

#include <QDataStream>
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

WorldMapShapes WorldMapShapes::fromTopoJson(const QByteArray &json)
{
    WorldMapShapes out;
    out.outline = pathOf(MapProjection::worldOutline(), true);
    const auto features = decodeTopoJson(json, QStringLiteral("countries"));
    if (!features) {
        out.error = features.error;
        return out;
    }
    for (const GeoFeature &f : *features) {
        MapShape shape;
        shape.fileId = f.id;
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

namespace {
constexpr quint32 kShapesMagic = 0x41544d50; // "ATMP"
constexpr quint32 kShapesVersion = 1;
} // namespace

QByteArray WorldMapShapes::serialized() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kShapesMagic << kShapesVersion << outline << qint32(shapes.size());
    for (const MapShape &shape : shapes)
        out << shape.fileId << shape.fileName << shape.path << shape.bounds;
    return data;
}

std::optional<WorldMapShapes> WorldMapShapes::deserialized(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    qint32 count = 0;
    WorldMapShapes out;
    in >> magic >> version >> out.outline >> count;
    if (in.status() != QDataStream::Ok || magic != kShapesMagic || version != kShapesVersion || count < 0)
        return std::nullopt;
    out.shapes.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        MapShape shape;
        in >> shape.fileId >> shape.fileName >> shape.path >> shape.bounds;
        out.shapes.append(shape);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return out;
}

WorldMapShapes WorldMapShapes::load(const QList<Country> &countries, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        WorldMapShapes out;
        out.outline = pathOf(MapProjection::worldOutline(), true);
        out.error = QStringLiteral("cannot read the map %1: %2").arg(path, file.errorString());
        return out;
    }
    WorldMapShapes out;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        out = fromTopoJson(file.readAll());
    } else if (auto read = deserialized(file.readAll())) {
        out = std::move(*read);
    } else {
        out.outline = pathOf(MapProjection::worldOutline(), true);
        out.error = QStringLiteral("the map %1 is not a file of shapes this program wrote").arg(path);
        return out;
    }
    QHash<int, QString> isoOfNumeric;
    for (const Country &c : countries)
        isoOfNumeric.insert(c.isoNumeric, c.iso2);
    for (MapShape &shape : out.shapes) {
        bool numeric = false;
        const int code = shape.fileId.toInt(&numeric);
        shape.iso2 = numeric ? isoOfNumeric.value(code) : QString();
    }
    return out;
}
