#pragma once
// Claims, sources and their vocabulary (kinds, bases, statuses) put into words in the interface language:
// the one place the compare tooltips, the provenance panel and the Sources view take their wording from.

#include "catalog.h"
#include "number_format.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ClaimText {
    Q_DECLARE_TR_FUNCTIONS(ClaimText)
public:
    static QString kind(const QString &kind);     // a source's kind: official, filing, press, analyst …
    static QString role(const QString &role);     // a citation's role: primary, secondary, article, dispute
    static QString basis(const QString &basis);   // a claim's basis: official, derived, reported, estimate, projected
    static QString status(const QString &status); // a chip's status: shipping, announced, reported, projected
    static QString languageName(const QString &bcp47); // a source's language in the reader's: "Japanese", 日文, 日语
    // What a measurement measured: "gemm" → "measured matrix multiply (GEMM)".
    static QString measurement(const QString &what);
    // What a claim is about: "Dense BF16", "Sparse FP8", "Memory bandwidth".
    static QString metric(const SpecClaim &claim);
    // A value in its unit, as people read it: "3.35 TB/s", "80 GB", "USD 27.5K", "72 chips".
    static QString value(double value, const QString &unit, Language language, int significant = 4);
    static QString value(const SpecClaim &claim, Language language);
    // The history of a figure, oldest first: "13 TB/s (2025-03-18, AI Tide) → 22 TB/s (2026-01-05, Genius Firms)".
    // `html`: rich text, each value kept on one line.
    static QString history(const QList<SpecClaim> &claims, const Catalog &catalog, Language language, bool html = false);
    // "Title — Publisher, 2025-03-18, press" with the title linked to the source (rich text).
    static QString sourceHtml(const Catalog &catalog, const QString &sourceId);
    // Every source of a fact row (rich text lines): "Primary source: …", "Secondary: …", "Disputed by: … (note)".
    static QStringList sourcesHtml(const Catalog &catalog, const QList<Citation> &sources);
    // True if a source of the row disputes it.
    static bool isDisputed(const QList<Citation> &sources);
    // One claim with where it comes from (rich text): sources, date, basis, the figure's history and the note;
    // `heading` puts the metric and value first (where several claims are listed together).
    static QString claimHtml(const SpecClaim &claim, const Catalog &catalog, Language language, bool heading = true);
    // The mark of a row the user imported or added (issue 20): "✎ your data" as rich text, and its sign alone
    // for tables and histories.
    static QString yourDataHtml();
    static QString yourDataSign() { return QStringLiteral("✎"); }
    // The note an export carries when it holds the user's own rows: what the mark means.
    static QString yourDataNote();
    // The header of an export's column that names the user's own figures in a row.
    static QString yourDataColumn();
    // A rich-text paragraph with the tight spacing the provenance panels use.
    static QString paragraph(const QString &html);
    // Rich text that is not broken across lines: a value and its unit ("22 TB/s" must not wrap after the slash).
    static QString unbroken(const QString &html);
    // "Note: …" in the language where the dataset gives the note in it; otherwise the English note, labelled
    // "Note (in English): …" for a Chinese reader.
    static QString noteLine(const QString &english, const QString &zhHant, const QString &zhHans, Language language);
};
