#pragma once
// The headless command line (DESIGN §6): one entry point that dispatches to the sub-commands.

#include <QStringList>

namespace Cli {
// Sub-commands that run without a window.
QStringList commandNames();
// True if `args` (without the program name) ask for a headless sub-command or --version/--help.
bool isHeadless(const QStringList &args);
// True if a headless invocation renders graphics (PDF output) and so needs a QGuiApplication.
bool needsGuiApplication(const QStringList &args);
// Runs a headless invocation; returns the process exit code.
int run(const QStringList &args);
}
