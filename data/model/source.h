#pragma once
// A document that backs facts, and a company or public body (DESIGN §2.1 tables source and company).

#include <QString>
#include <QStringList>
#include <algorithm>
#include <utility>

struct Source {
    QString id, title, publisher, url, publishedOn, kind, language, note;
};

struct Company {
    QString id, nameEn, nameZhHant, nameZhHans, countryIso2, ticker;

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
