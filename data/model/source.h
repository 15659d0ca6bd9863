#pragma once
// A document that backs facts, and a company or public body (DESIGN §2.1 tables source and company).

#include <QString>

struct Source {
    QString id, title, publisher, url, publishedOn, kind, language, note;
};

struct Company {
    QString id, nameEn, nameZhHant, nameZhHans, countryIso2, ticker;
    QString role; // one of FlowWords::roles() (flow.h): where it stands in the money flows
};
