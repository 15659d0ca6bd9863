#include "window_options.h"

#include <QRegularExpression>

namespace {
constexpr int kMinSide = 100;
constexpr int kMaxSide = 8192;
} // namespace

std::optional<WindowOptions> WindowOptions::parse(const QStringList &args, const QStringList &views, QString *error)
{
    WindowOptions o;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--quit-after-first-frame")) {
            o.quitAfterFirstFrame = true;
            continue;
        }
        if (args.at(i) == QLatin1String("--quit-after-view-frame")) {
            o.quitAfterViewFrame = true;
            continue;
        }
        QString option = args.at(i);
        QString value;
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (option.startsWith(QLatin1String("--")) && eq > 0) {
            value = option.mid(eq + 1);
            option = option.left(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(i + 1);
            if (option == QLatin1String("--lang") || option == QLatin1String("--view") || option == QLatin1String("--screenshot")
                || option == QLatin1String("--size") || option == QLatin1String("--import"))
                ++i;
        }
        if (option != QLatin1String("--lang") && option != QLatin1String("--view") && option != QLatin1String("--screenshot")
            && option != QLatin1String("--size") && option != QLatin1String("--import")) {
            *error = QStringLiteral("unknown option '%1'; window options: --lang, --view, --import, --screenshot, --size, "
                                    "--quit-after-first-frame, --quit-after-view-frame")
                         .arg(option);
            return std::nullopt;
        }
        if (value.isEmpty()) {
            *error = QStringLiteral("%1 needs a value").arg(option);
            return std::nullopt;
        }
        if (option == QLatin1String("--lang")) {
            o.language = value;
        } else if (option == QLatin1String("--view")) {
            if (!views.contains(value)) {
                *error = QStringLiteral("unknown view '%1'; valid views: %2").arg(value, views.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            o.view = value;
        } else if (option == QLatin1String("--import")) {
            o.importFile = value;
        } else if (option == QLatin1String("--screenshot")) {
            o.screenshot = value;
        } else {
            static const QRegularExpression wxh(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto m = wxh.match(value);
            if (!m.hasMatch()) {
                *error = QStringLiteral("--size '%1' is not WIDTHxHEIGHT (e.g. 1280x800)").arg(value);
                return std::nullopt;
            }
            o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
            // A screenshot is held in memory whole: 20000x20000 took 3.2 GB and 22 s. An 8K screen is 7680x4320.
            if (o.size.width() > kMaxSide || o.size.height() > kMaxSide || o.size.width() < kMinSide || o.size.height() < kMinSide) {
                *error = QStringLiteral("--size %1 is outside what a window can be: each side from %2 to %3 pixels (an 8K screen is 7680x4320)")
                             .arg(value).arg(kMinSide).arg(kMaxSide);
                return std::nullopt;
            }
        }
    }
    if (!o.screenshot.isEmpty() && o.view.isEmpty() && !views.isEmpty())
        o.view = views.first(); // a screenshot always shows a definite view, not whichever was last
    return o;
}
