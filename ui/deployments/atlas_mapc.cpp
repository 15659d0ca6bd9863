// atlas-mapc decodes the vendored TopoJSON world map and projects it (Equal Earth, the antimeridian cut) at build
// time into the shapes the program embeds, so that the Deployments view only reads them.
// Usage: atlas-mapc MAP.json OUT.shapes
#include "deployments/world_map_shapes.h"

#include <QFile>
#include <QSaveFile>
#include <QString>
#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: atlas-mapc MAP.json OUT.shapes\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "atlas-mapc: cannot read %s: %s\n", argv[1], qPrintable(in.errorString()));
        return 1;
    }
    const WorldMapShapes shapes = WorldMapShapes::fromTopoJson(in.readAll());
    if (!shapes.error.isEmpty() || shapes.shapes.isEmpty()) {
        std::fprintf(stderr, "atlas-mapc: %s: %s\n", argv[1], shapes.error.isEmpty() ? "no countries" : qPrintable(shapes.error));
        return 1;
    }
    QSaveFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(shapes.serialized()) < 0 || !out.commit()) {
        std::fprintf(stderr, "atlas-mapc: cannot write %s: %s\n", argv[2], qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
