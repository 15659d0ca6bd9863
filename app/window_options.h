#pragma once
// The options of a window invocation (DESIGN §6): compute-atlas [--lang L] [--view NAME]
// [--import FILE.csv] [--screenshot FILE.png [--size WxH]] [--quit-after-first-frame | --quit-after-view-frame].

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

struct WindowOptions {
    QString language;   // as given; empty = the saved choice
    QString view;       // empty = the last view (the first view for a screenshot)
    QString screenshot; // render the view to this PNG and exit
    QString importFile; // open File → Import… for this file (with a screenshot: render the dialog once it has checked it)
    QSize size;         // invalid = remembered geometry (window) or 1280x800 (screenshot)
    // Exit 0 as soon as the main window's first frame is painted: how start-up is measured from outside
    // (tests/bench/bench_startup). Leaves the settings alone, like a screenshot.
    bool quitAfterFirstFrame = false;
    // Exit 0 as soon as the first view's first frame is painted: the window's first frame shows the navigation,
    // menus and status bar, and the data is read and the view built right after it; this measures that too.
    bool quitAfterViewFrame = false;

    // `views`: the valid view names, for the message. Returns nullopt with `error` set on a bad invocation.
    static std::optional<WindowOptions> parse(const QStringList &args, const QStringList &views, QString *error);
};
