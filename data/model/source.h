#pragma once
// A document that backs facts, a company or public body, and one source's role for one fact row (DESIGN §2.1
// tables source, company and citation).

#include <QString>

struct Source {
    QString id, title, publisher, url, publishedOn, kind, language, note;
};

struct Company {
    QString id, nameEn, nameZhHant, nameZhHans, countryIso2, ticker;
};

// One source of one fact row: the row's own source_id (role primary unless a citation says otherwise) or a
// row of the citation table. Roles: primary, secondary, article, dispute (data/schema/0005_citations.sql).
struct Citation {
    QString table;  // the fact table: spec_claim, flow, event …
    QString rowId;  // the row's id in that table
    QString sourceId;
    QString role;
    QString note;   // what this source says about the row, e.g. the figure it gives instead
    bool isLead = false; // the row's own source_id
};
