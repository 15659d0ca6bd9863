#include "vendor_option.h"

#include "cli_args.h"

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
            const QStringList known = QStringList{id} + (company ? company->names() : QStringList());
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
