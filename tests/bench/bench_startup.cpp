// Start-up against a bare Qt window (not a test: it prints timings). Run: make bench, or
// build/tests/bench/bench_startup [ROUNDS]. Figures and how to reproduce them are in README.md.
//
// Whole processes, interleaved round by round so both see the same machine: bare_qt_window (one Qt Widgets window
// with one Qt Charts chart) and `compute-atlas --view NAME` for every view, each with --quit-after-first-frame
// (exit as soon as the main window's first frame is painted: the window with its navigation, menus and status bar,
// the data being read) and again with --quit-after-view-frame (exit once the view, built on the data read right
// after that first frame, has been painted: the window complete), offscreen, with an empty home so no user database or
// remembered settings are read. Wall time is fork to exit; peak memory is the child's maximum resident set
// (getrusage's ru_maxrss); CPU time is the child's user + system time (wait4). Medians over the rounds, and each view's ratio to the bare window.
// Also the headless `compute-atlas chips --format json`, whose goal is 40 ms whole-process.

#include "main_window.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run {
    double seconds = 0;
    double cpuSeconds = 0; // user + system: what the other work on a shared machine does not inflate
    double peakMiB = 0;
    bool ok = false;
};

double now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Runs `argv` to completion, its output thrown away; times it and reads its peak resident set.
Run runProcess(const QStringList &args)
{
    QList<QByteArray> bytes;
    for (const QString &a : args)
        bytes << a.toLocal8Bit();
    QList<char *> argv;
    for (QByteArray &b : bytes)
        argv << b.data();
    argv << nullptr;

    const double start = now();
    const pid_t pid = fork();
    if (pid == 0) {
        if (std::freopen("/dev/null", "w", stdout) == nullptr || std::freopen("/dev/null", "w", stderr) == nullptr)
            _exit(126);
        alarm(60); // survives exec: a program that never paints is killed, not waited for
        execv(argv.at(0), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return {};
    const auto secondsOf = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return {now() - start, secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime), double(usage.ru_maxrss) / 1024.0,
            WIFEXITED(status) && WEXITSTATUS(status) == 0};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

struct Case {
    QString label;
    QStringList args;
    QList<double> seconds, cpuSeconds, peakMiB;
    int failures = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 15;

    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", home.path().toLocal8Bit());

    const QString atlas = QStringLiteral(ATLAS_BINARY);
    QList<Case> cases;
    cases.append({QStringLiteral("bare Qt window + chart"), {QStringLiteral(ATLAS_BARE_WINDOW), QStringLiteral("--quit-after-first-frame")}, {}, {}, {}, 0});
    for (const QString &view : MainWindow::viewNames())
        cases.append({QStringLiteral("--view ") + view, {atlas, QStringLiteral("--view"), view, QStringLiteral("--quit-after-first-frame")}, {}, {}, {}, 0});
    for (const QString &view : MainWindow::viewNames())
        cases.append({QStringLiteral("--view %1, view painted").arg(view),
                      {atlas, QStringLiteral("--view"), view, QStringLiteral("--quit-after-view-frame")}, {}, {}, {}, 0});
    cases.append({QStringLiteral("chips --format json"), {atlas, QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")}, {}, {}, {}, 0});

    for (Case &c : cases) // one warm-up each: the first run of a binary pays for the page cache
        runProcess(c.args);
    for (int r = 0; r < rounds; ++r) {
        for (Case &c : cases) {
            const Run run = runProcess(c.args);
            if (!run.ok) {
                ++c.failures;
                continue;
            }
            c.seconds << run.seconds;
            c.cpuSeconds << run.cpuSeconds;
            c.peakMiB << run.peakMiB;
        }
    }

    QTextStream out(stdout);
    const double bareTime = median(cases.first().seconds);
    const double bareMem = median(cases.first().peakMiB);
    const double bareCpu = median(cases.first().cpuSeconds);
    out << QStringLiteral("start-up to the first painted frame, offscreen, median of %1 interleaved rounds\n").arg(rounds);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n").arg(QStringLiteral("case"), -34).arg(QStringLiteral("time"), 9)
               .arg(QStringLiteral("× bare"), 7).arg(QStringLiteral("CPU"), 9).arg(QStringLiteral("× bare"), 7)
               .arg(QStringLiteral("peak MiB"), 9).arg(QStringLiteral("× bare"), 7);
    bool within = true;
    for (const Case &c : cases) {
        const double t = median(c.seconds), cpu = median(c.cpuSeconds), m = median(c.peakMiB);
        const bool window = c.args.contains(QStringLiteral("--quit-after-first-frame")) && &c != &cases.first();
        if (window && (t > 1.5 * bareTime || m > 1.5 * bareMem))
            within = false;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7%8\n")
                   .arg(c.label, -34)
                   .arg(QStringLiteral("%1 ms").arg(t * 1000, 0, 'f', 1), 9)
                   .arg(QStringLiteral("%1×").arg(t / bareTime, 0, 'f', 2), 7)
                   .arg(QStringLiteral("%1 ms").arg(cpu * 1000, 0, 'f', 1), 9)
                   .arg(QStringLiteral("%1×").arg(bareCpu > 0 ? cpu / bareCpu : 0.0, 0, 'f', 2), 7)
                   .arg(m, 9, 'f', 1)
                   .arg(QStringLiteral("%1×").arg(m / bareMem, 0, 'f', 2), 7)
                   .arg(c.failures ? QStringLiteral("  (%1 runs failed)").arg(c.failures) : QString());
    }
    out << (within ? "the window's first frame within 1.5x of the bare window in time and memory, for every view\n"
                   : "the window's first frame NOT within 1.5x of the bare window for every view\n");
    return 0;
}
