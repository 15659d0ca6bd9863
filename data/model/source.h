#pragma once
// A document that backs facts, a company or public body, and one source's role for one fact row (DESIGN §2.1
// tables source, company and citation).

#include "number_format.h"

#include <QString>
#include <QStringList>
#include <algorithm>
#include <utility>

struct Source {
    QString id, title, publisher, url, publishedOn, kind, language, note;
};

struct Company {
    QString id, nameEn, nameZhHant, nameZhHans, countryIso2, ticker;
    QString role; // one of FlowWords::roles() (flow.h): where it stands in the money flows

    // Every name it goes by, longest first: each of its three names, and each without and inside its parenthesis
    // ("Amazon Web Services (AWS)" → also "Amazon Web Services" and "AWS"; "AMD（超威半导体）" → also "AMD").
    QStringList names() const
    {
        QStringList out;
        for (const QString &full : {nameEn, nameZhHant, nameZhHans}) {
            if (full.isEmpty())
                continue;
            out << full;
            for (const auto &[open, close] : {std::pair{QStringLiteral(" ("), QStringLiteral(")")}, std::pair{QStringLiteral("（"), QStringLiteral("）")}}) {
                const qsizetype at = full.indexOf(open);
                if (at > 0 && full.endsWith(close)) {
                    out << full.left(at).trimmed();
                    out << full.mid(at + open.size(), full.size() - at - open.size() - close.size()).trimmed();
                }
            }
        }
        out.removeDuplicates();
        std::stable_sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return out;
    }
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

// A company's name in `language` (falls back to English where the dataset has no translation).
QString companyName(const Company &company, Language language);
// The same without a trailing parenthesis ("AMD (Advanced Micro Devices)" → "AMD"), for tight places.
QString companyShortName(const Company &company, Language language);
