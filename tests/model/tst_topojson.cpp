// The TopoJSON decoder and the map projection (issue 9), on a hand-written topology whose every coordinate is
// worked out in the comments, and on the vendored Natural Earth file.
#include "map_projection.h"
#include "topojson.h"

#include <QFile>
#include <QTest>

namespace {

// Quantized: longitude = x × 0.5 − 10, latitude = y × 0.25 + 20, positions delta-encoded within each arc.
//   arc 0: (0,0) (4,0) (4,4)         → (−10, 20) (−8, 20) (−8, 21)
//   arc 1: (4,4) (0,4) (0,0)         → (−8, 21) (−10, 21) (−10, 20)
//   arc 2: (1,1) (1,3) (3,3) (3,1) (1,1) → (−9.5, 20.25) (−9.5, 20.75) (−8.5, 20.75) (−8.5, 20.25) (−9.5, 20.25)
//   arc 3: (20,0) (22,0) (22,2) (20,0)   → (0, 20) (1, 20) (1, 20.5) (0, 20)
const QByteArray kTopology = R"({
  "type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [-10, 20]},
  "objects": {"countries": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "id": "410", "properties": {"name": "Square with a hole"}, "arcs": [[0, 1], [2]]},
    {"type": "MultiPolygon", "id": 158, "properties": {"name": "Two parts"}, "arcs": [[[-2, -1]], [[3]]]},
    {"type": null, "id": "999"},
    {"type": "LineString", "arcs": [0]},
    {"type": "Polygon", "properties": {"name": "No id"}, "arcs": [[3]]}
  ]}},
  "arcs": [
    [[0, 0], [4, 0], [0, 4]],
    [[4, 4], [-4, 0], [0, -4]],
    [[1, 1], [0, 2], [2, 0], [0, -2], [-2, 0]],
    [[20, 0], [2, 0], [0, 2], [-2, -2]]
  ]
})";

GeoRing ring(std::initializer_list<QPointF> points)
{
    return GeoRing(points);
}

} // namespace

class TestTopoJson : public QObject {
    Q_OBJECT
private slots:
    void decodesQuantizedDeltaArcs()
    {
        const auto features = decodeTopoJson(kTopology, QStringLiteral("countries"));
        QVERIFY2(features, qPrintable(features.error));
        // The null geometry and the line have no area: three features remain.
        QCOMPARE(features->size(), 3);

        const GeoFeature &square = features->at(0);
        QCOMPARE(square.id, QStringLiteral("410"));
        QCOMPARE(square.name, QStringLiteral("Square with a hole"));
        QCOMPARE(square.polygons.size(), 1);
        // Arcs 0 then 1, their shared point (−8, 21) once: a closed ring of five points.
        QCOMPARE(square.polygons.first().rings.first(),
                 ring({{-10, 20}, {-8, 20}, {-8, 21}, {-10, 21}, {-10, 20}}));
        QCOMPARE(square.polygons.first().rings.at(1),
                 ring({{-9.5, 20.25}, {-9.5, 20.75}, {-8.5, 20.75}, {-8.5, 20.25}, {-9.5, 20.25}}));
    }

    void reversedArcsAndMultiPolygons()
    {
        const auto features = decodeTopoJson(kTopology, QStringLiteral("countries"));
        const GeoFeature &two = features->at(1);
        QCOMPARE(two.id, QStringLiteral("158")); // a numeric id reads as its digits
        QCOMPARE(two.polygons.size(), 2);
        // ~1 = −2 is arc 1 backwards: (−10, 20) (−10, 21) (−8, 21); then ~0 = −1, arc 0 backwards without its first
        // point: (−8, 20) (−10, 20).
        QCOMPARE(two.polygons.at(0).rings.first(), ring({{-10, 20}, {-10, 21}, {-8, 21}, {-8, 20}, {-10, 20}}));
        QCOMPARE(two.polygons.at(1).rings.first(), ring({{0, 20}, {1, 20}, {1, 20.5}, {0, 20}}));
        QVERIFY(features->at(2).id.isEmpty());
        QCOMPARE(features->at(2).name, QStringLiteral("No id"));
    }

    void unquantizedTopology()
    {
        // Without a transform, positions are absolute coordinates.
        const QByteArray json = R"({"type": "Topology", "objects": {"c": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "1", "arcs": [[0]]}]}},
            "arcs": [[[170, 10], [-170, 10], [-170, 20], [170, 20], [170, 10]]]})";
        const auto features = decodeTopoJson(json, QStringLiteral("c"));
        QVERIFY2(features, qPrintable(features.error));
        QCOMPARE(features->first().polygons.first().rings.first(),
                 ring({{170, 10}, {-170, 10}, {-170, 20}, {170, 20}, {170, 10}}));
    }

    void badInputIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << "not JSON";
        QTest::newRow("not a topology") << QByteArray(R"({"type": "FeatureCollection"})") << "not a TopoJSON topology";
        QTest::newRow("no such object") << QByteArray(R"({"type": "Topology", "objects": {}, "arcs": []})") << "no geometry collection named 'countries'";
        QTest::newRow("arc out of range")
            << QByteArray(R"({"type": "Topology", "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                   {"type": "Polygon", "arcs": [[5]]}]}}, "arcs": []})")
            << "arc index 5 is out of range (0 arcs)";
    }
    void badInputIsAnError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto features = decodeTopoJson(json, QStringLiteral("countries"));
        QVERIFY(!features);
        QVERIFY2(features.error.contains(error), qPrintable(features.error));
    }

    void equalEarth()
    {
        // x = λ cos θ ÷ (√3/2 × (A1 + 3A2θ² + θ⁶(7A3 + 9A4θ²))), y = θ(A1 + A2θ² + θ⁶(A3 + A4θ²)), sin θ = √3/2 sin φ.
        // On the equator θ = 0: x(180°) = π ÷ (0.8660254 × 1.340264) = 2.706630. At the pole θ = π/3 and
        // y = 1.047198 × (1.340264 − 0.081106 × 1.096623 + 1.318813 × (0.000893 + 0.003796 × 1.096623)) = 1.317363.
        QCOMPARE(MapProjection::equalEarth(0, 0), QPointF(0, 0));
        QVERIFY(qAbs(MapProjection::equalEarth(180, 0).x() - 2.706630) < 1e-6);
        QVERIFY(qAbs(MapProjection::equalEarth(0, 90).y() - 1.317363) < 1e-6);
        QVERIFY(qAbs(MapProjection::equalEarth(-180, 0).x() + 2.706630) < 1e-6);
        // Seoul (127° E, 37.5° N): θ = asin(0.8660254 × sin 37.5°) = 0.5553, giving (1.718291, 0.730401).
        const QPointF seoul = MapProjection::equalEarth(127, 37.5);
        QVERIFY(qAbs(seoul.x() - 1.718291) < 1e-6);
        QVERIFY(qAbs(seoul.y() - 0.730401) < 1e-6);
    }

    void ringsAcrossTheAntimeridian()
    {
        // A ring that steps from 170° E to 170° W: unwrapped it runs 170 → 190, and a copy 360° to the west
        // (−190 → −170) draws the part past the edge.
        const GeoRing fiji = ring({{170, 10}, {-170, 10}, {-170, 20}, {170, 20}, {170, 10}});
        const QList<GeoRing> parts = MapProjection::antimeridianSafe(fiji);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), ring({{170, 10}, {190, 10}, {190, 20}, {170, 20}, {170, 10}}));
        QCOMPARE(parts.at(1), ring({{-190, 10}, {-170, 10}, {-170, 20}, {-190, 20}, {-190, 10}}));
        // A ring that never crosses is returned as it is.
        const GeoRing korea = ring({{126, 34}, {129, 35}, {128, 38}, {126, 34}});
        QCOMPARE(MapProjection::antimeridianSafe(korea), QList<GeoRing>{korea});
    }

    void ringsRoundAPole()
    {
        // −120 → 0 → 120 → −120 goes once round the south pole: the last step (−240°) unwraps to +120, so the
        // walk ends at 240 = −120 + 360. It is closed along the pole (−90°) back to where it began.
        const GeoRing antarctica = ring({{-120, -70}, {0, -75}, {120, -70}, {-120, -70}});
        const QList<GeoRing> parts = MapProjection::antimeridianSafe(antarctica);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), ring({{-120, -70}, {0, -75}, {120, -70}, {240, -70}, {240, -90}, {-120, -90}, {-120, -70}}));
        QCOMPARE(parts.at(1).first(), QPointF(-480, -70)); // the copy, 360° to the west
    }

    void theVendoredNaturalEarthFile()
    {
        QFile file(QStringLiteral(ATLAS_SOURCE_DIR "/resources/maps/countries-110m.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto features = decodeTopoJson(file.readAll(), QStringLiteral("countries"));
        QVERIFY2(features, qPrintable(features.error));
        QCOMPARE(features->size(), 177); // 148 Polygons and 29 MultiPolygons (resources/maps/README.md)
        const auto korea = std::find_if(features->begin(), features->end(), [](const GeoFeature &f) { return f.id == QLatin1String("410"); });
        QVERIFY(korea != features->end());
        QCOMPARE(korea->name, QStringLiteral("South Korea"));
        // Every point of South Korea lies inside its bounding box, 124.5–130° E, 33–39° N.
        for (const GeoPolygon &p : korea->polygons)
            for (const QPointF &pt : p.rings.first()) {
                QVERIFY(pt.x() > 124.5 && pt.x() < 130);
                QVERIFY(pt.y() > 33 && pt.y() < 39);
            }
    }
};

QTEST_GUILESS_MAIN(TestTopoJson)
#include "tst_topojson.moc"
