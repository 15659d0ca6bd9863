#include "vendor_option.h"

#include "cli_args.h"

namespace {
// Every name a company goes by: id, the names in three languages, and each without or inside its parenthesis
// ("AMD (Advanced Micro Devices)" → "AMD"; "Amazon Web Services (AWS)" → "AWS").
QStringList namesOf(const Company &c)
{
    QStringList names{c.id};
    for (const QString &full : {c.nameEn, c.nameZhHant, c.nameZhHans}) {
        if (full.isEmpty())
            continue;
        names << full;
        for (const auto &[open, close] : {std::pair{QStringLiteral(" ("), QStringLiteral(")")}, std::pair{QStringLiteral("（"), QStringLiteral("）")}}) {
            const qsizetype at = full.indexOf(open);
            if (at > 0 && full.endsWith(close)) {
                names << full.left(at).trimmed();
                names << full.mid(at + open.size(), full.size() - at - open.size() - close.size()).trimmed();
            }
        }
    }
    return names;
}
}

QStringList vendorChoices(const Catalog &catalog)
{
    QStringList ids;
    for (const Chip &c : catalog.chips())
        if (!ids.contains(c.vendorId))
            ids << c.vendorId;
    for (const RoadmapEvent &e : catalog.events())
        if (!ids.contains(e.companyId))
            ids << e.companyId;
    return ids;
}

std::optional<QStringList> vendorIdsFromNames(const QStringList &names, const Catalog &catalog, QString *error)
{
    const QStringList choices = vendorChoices(catalog);
    QStringList ids;
    for (const QString &name : names) {
        QString found;
        for (const QString &id : choices) {
            const Company *company = catalog.company(id);
            const QStringList known = company ? namesOf(*company) : QStringList{id};
            if (std::any_of(known.cbegin(), known.cend(), [&](const QString &k) { return k.compare(name.trimmed(), Qt::CaseInsensitive) == 0; })) {
                found = id;
                break;
            }
        }
        if (found.isEmpty()) {
            *error = invalidChoice(QStringLiteral("vendor"), name, choices);
            return std::nullopt;
        }
        if (!ids.contains(found))
            ids << found;
    }
    return ids;
}
