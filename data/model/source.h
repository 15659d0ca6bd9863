#pragma once
// A document that backs facts, and a company or public body (DESIGN §2.1 tables source and company).

#include "number_format.h"

#include <QString>

struct Source {
    QString id, title, publisher, url, publishedOn, kind, language, note;
};

struct Company {
    QString id, nameEn, nameZhHant, nameZhHans, countryIso2, ticker;
    QString role; // one of FlowWords::roles() (flow.h): where it stands in the money flows
};

// A company's name in `language` (falls back to English where the dataset has no translation).
QString companyName(const Company &company, Language language);
// The same without a trailing parenthesis ("AMD (Advanced Micro Devices)" → "AMD"), for tight places.
QString companyShortName(const Company &company, Language language);
