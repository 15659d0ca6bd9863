#include "cli_args.h"

QString invalidChoice(const QString &what, const QString &given, const QStringList &valid)
{
    return QStringLiteral("'%1' is not a valid %2; valid: %3").arg(given, what, valid.join(QStringLiteral(", ")));
}

QString CliArgs::value(const QString &option, const QString &fallback) const
{
    const QStringList v = m_values.value(option);
    return v.isEmpty() ? fallback : v.last();
}

std::optional<CliArgs> CliArgs::parse(const QStringList &args, const Spec &spec, QString *error)
{
    CliArgs parsed;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1 && !arg.at(1).isDigit()) {
            QString inlineValue;
            bool hasInline = false;
            if (const int eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
                inlineValue = arg.mid(eq + 1);
                arg = arg.left(eq);
                hasInline = true;
            }
            if (spec.valueOptions.contains(arg)) {
                if (!hasInline && i + 1 >= args.size()) {
                    *error = QStringLiteral("%1: %2 needs a value").arg(spec.command, arg);
                    return std::nullopt;
                }
                parsed.m_values[arg] << (hasInline ? inlineValue : args.at(++i));
            } else if (spec.flags.contains(arg) && !hasInline) {
                parsed.m_values[arg] << QString();
            } else {
                QStringList valid = spec.valueOptions + spec.flags;
                *error = QStringLiteral("%1: unknown option '%2'; valid options: %3")
                             .arg(spec.command, arg, valid.isEmpty() ? QStringLiteral("none") : valid.join(QStringLiteral(", ")));
                return std::nullopt;
            }
        } else {
            parsed.m_positional << arg;
        }
    }
    if (spec.maxPositional >= 0 && parsed.m_positional.size() > spec.maxPositional) {
        *error = QStringLiteral("%1: unexpected argument '%2'").arg(spec.command, parsed.m_positional.value(spec.maxPositional));
        return std::nullopt;
    }
    return parsed;
}
