#pragma once
// The options of a window invocation (DESIGN §6): compute-atlas [--lang L] [--view NAME]
// [--screenshot FILE.png [--size WxH]].

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

struct WindowOptions {
    QString language;   // as given; empty = the saved choice
    QString view;       // empty = the last view (the first view for a screenshot)
    QString screenshot; // render the view to this PNG and exit
    QSize size;         // invalid = remembered geometry (window) or 1280x800 (screenshot)

    // `views`: the valid view names, for the message. Returns nullopt with `error` set on a bad invocation.
    static std::optional<WindowOptions> parse(const QStringList &args, const QStringList &views, QString *error);
};
