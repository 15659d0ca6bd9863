#pragma once
// A dated roadmap event (DESIGN §2.1 table event): a keynote, a conference, a launch, a shipment, earnings.

#include "number_format.h"

#include <QString>

struct RoadmapEvent {
    QString id, date, endDate, kind, companyId, chipId, titleEn, titleZhHant, titleZhHans, location, sourceId;

    // The title in `language`; English where the dataset has no translation.
    QString title(Language language) const
    {
        const QString &zh = language == Language::TraditionalChinese ? titleZhHant
            : language == Language::SimplifiedChinese                ? titleZhHans
                                                                     : titleEn;
        return zh.isEmpty() ? titleEn : zh;
    }
};
