#include "chip.h"

QString claimKey(const QString &metric, std::optional<Precision> precision)
{
    return precision ? metric + QLatin1Char(':') + precisionKey(*precision) : metric;
}

bool Chip::isProjected(const QString &metric, std::optional<Precision> precision) const
{
    if (isProjected())
        return true;
    const auto it = currentClaims.constFind(claimKey(metric, precision));
    return it != currentClaims.constEnd() && it->isProjected();
}

namespace {
// `zhHant` or `zhHans` for a Chinese reader, where given; else the English text.
const QString &inLanguage(Language language, const QString &english, const QString &zhHant, const QString &zhHans, bool *translated = nullptr)
{
    const QString &chinese = language == Language::TraditionalChinese ? zhHant : language == Language::SimplifiedChinese ? zhHans : english;
    const bool use = language != Language::English && !chinese.isEmpty();
    if (translated)
        *translated = use;
    return use ? chinese : english;
}
} // namespace

QString Chip::localName(Language language) const
{
    return inLanguage(language, name, nameZhHant, nameZhHans);
}

QString Chip::localProcessNode(Language language) const
{
    return inLanguage(language, processNode, processNodeZhHant, processNodeZhHans);
}

QString SpecClaim::localNote(Language language, bool *translated) const
{
    return inLanguage(language, note, noteZhHant, noteZhHans, translated);
}
