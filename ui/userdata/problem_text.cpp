#include "problem_text.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace ProblemText {

namespace {
struct Pattern {
    QRegularExpression english; // the validator's message, its arguments captured in order
    const char *translated;     // the same message with %1 … for the captures
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list{
        {QRegularExpression(QStringLiteral("^'(.*)' is required$")), QT_TRANSLATE_NOOP("ProblemText", "'%1' is required")},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn$")),
         QT_TRANSLATE_NOOP("ProblemText", "'%1' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn")},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a number \\(write plain SI values such as 989.4e12\\)$")),
         QT_TRANSLATE_NOOP("ProblemText", "'%1' is not a number (write plain SI values such as 989.4e12)")},
        {QRegularExpression(QStringLiteral("^'(.*)' must be a whole number$")), QT_TRANSLATE_NOOP("ProblemText", "'%1' must be a whole number")},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a valid id: use lower-case letters, digits, '-' and '.'$")),
         QT_TRANSLATE_NOOP("ProblemText", "'%1' is not a valid id: use lower-case letters, digits, '-' and '.'")},
        {QRegularExpression(QStringLiteral("^(\\S+) = (\\S+) is outside the plausible range (\\S+) to (\\S+)$")),
         QT_TRANSLATE_NOOP("ProblemText", "%1 = %2 is outside the plausible range %3 to %4")},
        {QRegularExpression(QStringLiteral("^(\\S+) must be positive, not (.*)$")), QT_TRANSLATE_NOOP("ProblemText", "%1 must be positive, not %2")},
        {QRegularExpression(QStringLiteral("^(\\S+) '(.*)' does not exist in (\\S+)$")),
         QT_TRANSLATE_NOOP("ProblemText", "%1 '%2' does not exist in %3")},
        {QRegularExpression(QStringLiteral("^id '(.*)' already exists in (\\S+); choose another id$")),
         QT_TRANSLATE_NOOP("ProblemText", "id '%1' already exists in %2; choose another id")},
        {QRegularExpression(QStringLiteral("^duplicate id '(.*)' \\(first on line (\\d+)\\)$")),
         QT_TRANSLATE_NOOP("ProblemText", "duplicate id '%1' (first on line %2)")},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a valid (\\S+); valid: (.*)$")),
         QT_TRANSLATE_NOOP("ProblemText", "'%1' is not a valid %2; valid: %3")},
        {QRegularExpression(QStringLiteral("^'(.*)' must be 0 or 1, not '(.*)'$")), QT_TRANSLATE_NOOP("ProblemText", "'%1' must be 0 or 1, not '%2'")},
        {QRegularExpression(QStringLiteral("^(\\S+) (\\S+) is before (\\S+) (\\S+)$")), QT_TRANSLATE_NOOP("ProblemText", "%1 %2 is before %3 %4")},
        {QRegularExpression(QStringLiteral("^(\\S+) is stored in (.*), not '(.*)'$")), QT_TRANSLATE_NOOP("ProblemText", "%1 is stored in %2, not '%3'")},
        {QRegularExpression(QStringLiteral("^a (\\S+) figure must say in its note how it was obtained$")),
         QT_TRANSLATE_NOOP("ProblemText", "a %1 figure must say in its note how it was obtained")},
        {QRegularExpression(QStringLiteral("^a projected figure must say how it was projected in Chinese too \\((\\S+)\\)$")),
         QT_TRANSLATE_NOOP("ProblemText", "a projected figure must say how it was projected in Chinese too (%1)")},
        {QRegularExpression(QStringLiteral("^name the accelerator: give chip_id or accelerator text$")),
         QT_TRANSLATE_NOOP("ProblemText", "name the accelerator: give chip_id or accelerator text")},
        {QRegularExpression(QStringLiteral("^only peak_flops can be sparse$")), QT_TRANSLATE_NOOP("ProblemText", "only peak_flops can be sparse")},
        {QRegularExpression(QStringLiteral("^peak_flops needs a precision \\((.*)\\)$")),
         QT_TRANSLATE_NOOP("ProblemText", "peak_flops needs a precision (%1)")},
    };
    return list;
}
} // namespace

QString translated(const QString &message)
{
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.english.match(message);
        if (!m.hasMatch())
            continue;
        QString text = QCoreApplication::translate("ProblemText", p.translated);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            text = text.arg(m.captured(i));
        return text;
    }
    return message;
}

} // namespace ProblemText
