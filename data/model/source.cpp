#include "source.h"

QString companyName(const Company &company, Language language)
{
    const QString &name = language == Language::TraditionalChinese ? company.nameZhHant
        : language == Language::SimplifiedChinese                  ? company.nameZhHans
                                                                   : company.nameEn;
    return name.isEmpty() ? company.nameEn : name;
}

QString companyShortName(const Company &company, Language language)
{
    const QString name = companyName(company, language);
    for (const QString &open : {QStringLiteral(" ("), QStringLiteral("（")}) {
        const qsizetype at = name.indexOf(open);
        if (at > 0)
            return name.left(at).trimmed();
    }
    return name;
}
