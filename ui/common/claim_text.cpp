#include "claim_text.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

QString ClaimText::kind(const QString &kind)
{
    if (kind == QLatin1String("official"))
        return tr("official publication", "source kind");
    if (kind == QLatin1String("filing"))
        return tr("filing", "source kind");
    if (kind == QLatin1String("press"))
        return tr("press report", "source kind");
    if (kind == QLatin1String("analyst"))
        return tr("analyst", "source kind");
    if (kind == QLatin1String("article"))
        return tr("article", "source kind");
    if (kind == QLatin1String("measurement"))
        return tr("measurement", "source kind");
    if (kind == QLatin1String("user"))
        return tr("user", "source kind");
    return kind;
}

QString ClaimText::role(const QString &role)
{
    if (role == QLatin1String("primary"))
        return tr("Primary source", "citation role");
    if (role == QLatin1String("secondary"))
        return tr("Secondary (copy or report)", "citation role");
    if (role == QLatin1String("article"))
        return tr("Discussed in", "citation role");
    if (role == QLatin1String("dispute"))
        return tr("Disputed by", "citation role");
    return role;
}

QString ClaimText::basis(const QString &basis)
{
    if (basis == QLatin1String("official"))
        return tr("official figure", "claim basis");
    if (basis == QLatin1String("derived"))
        return tr("derived from official figures", "claim basis");
    if (basis == QLatin1String("reported"))
        return tr("reported, not confirmed by the vendor", "claim basis");
    if (basis == QLatin1String("estimate"))
        return tr("estimate", "claim basis");
    if (basis == QLatin1String("projected"))
        return tr("projection", "claim basis");
    return basis;
}

QString ClaimText::status(const QString &status)
{
    if (status == QLatin1String("shipping"))
        return tr("Shipping", "chip status");
    if (status == QLatin1String("announced"))
        return tr("Announced", "chip status");
    if (status == QLatin1String("reported"))
        return tr("Reported", "chip status");
    if (status == QLatin1String("projected"))
        return tr("Projected", "chip status");
    return status;
}

QString ClaimText::languageName(const QString &bcp47)
{
    if (bcp47.isEmpty())
        return {};
    const QLocale locale(bcp47);
    if (locale.language() == QLocale::C)
        return bcp47;
    // Named in the reader's language ("Japanese", 日文, 日语), not in itself: a Chinese reader of the Sources view
    // should not meet "English" or "日本語", nor traditional characters on a simplified screen. Chinese is named
    // with its script, the distinction its readers care about; English without its variety, which the dataset does
    // not record.
    switch (locale.language()) {
    case QLocale::English: return tr("English", "a source's language");
    case QLocale::Chinese:
        return locale.script() == QLocale::TraditionalChineseScript ? tr("Traditional Chinese", "a source's language")
                                                                    : tr("Simplified Chinese", "a source's language");
    case QLocale::Japanese: return tr("Japanese", "a source's language");
    case QLocale::Korean: return tr("Korean", "a source's language");
    case QLocale::German: return tr("German", "a source's language");
    case QLocale::French: return tr("French", "a source's language");
    case QLocale::Spanish: return tr("Spanish", "a source's language");
    case QLocale::Portuguese: return tr("Portuguese", "a source's language");
    case QLocale::Polish: return tr("Polish", "a source's language");
    case QLocale::Czech: return tr("Czech", "a source's language");
    case QLocale::Lithuanian: return tr("Lithuanian", "a source's language");
    default: break;
    }
    return QLocale::languageToString(locale.language()); // a language no source uses yet: its English name
}

QString ClaimText::measurement(const QString &what)
{
    if (what == QLatin1String("gemm"))
        return tr("measured matrix multiply (GEMM)");
    if (what == QLatin1String("stream"))
        return tr("measured memory bandwidth (copy)");
    if (what.startsWith(QLatin1String("mlperf")))
        return tr("MLPerf result (%1)").arg(what.mid(7));
    return tr("measured %1").arg(what);
}

QString ClaimText::metric(const SpecClaim &claim)
{
    if (claim.metric == Metric::PeakFlops) {
        const QString precision = claim.precision ? precisionKey(*claim.precision).toUpper() : QString();
        return claim.sparse ? tr("Sparse %1", "peak throughput at a precision, with 2:4 sparsity").arg(precision)
                            : tr("Dense %1", "peak throughput at a precision").arg(precision);
    }
    if (claim.metric == Metric::MemoryCapacity)
        return QCoreApplication::translate("CompareTable", "Memory capacity");
    if (claim.metric == Metric::MemoryBandwidth)
        return QCoreApplication::translate("CompareTable", "Memory bandwidth");
    if (claim.metric == Metric::Tdp)
        return QCoreApplication::translate("CompareTable", "TDP");
    if (claim.metric == Metric::ScaleupBandwidth)
        return QCoreApplication::translate("CompareTable", "Scale-up bandwidth");
    if (claim.metric == Metric::ScaleupDomain)
        return tr("Scale-up domain");
    if (claim.metric == Metric::Price)
        return tr("Price per chip");
    if (claim.metric == QLatin1String("system_power_per_accelerator"))
        return QCoreApplication::translate("CompareTable", "System power per accelerator");
    if (claim.metric == QLatin1String("system_price_per_accelerator"))
        return QCoreApplication::translate("CompareTable", "System price per accelerator");
    return claim.metric;
}

QString ClaimText::value(double value, const QString &unit, Language language, int significant)
{
    if (unit == QLatin1String("USD"))
        return NumberFormat::usd(value, language);
    if (unit == QLatin1String("chips"))
        return tr("%n chip(s)", "", int(std::lround(value)));
    return NumberFormat::si(value, unit, significant);
}

QString ClaimText::value(const SpecClaim &claim, Language language)
{
    return value(claim.value, claim.unit, language);
}

QString ClaimText::yourDataNote()
{
    return tr("%1 your data: rows you imported or added, not part of the bundled dataset.").arg(yourDataSign());
}

QString ClaimText::yourDataColumn()
{
    return tr("%1 Your data").arg(yourDataSign());
}

QString ClaimText::yourDataHtml()
{
    return QStringLiteral("<span style=\"color:#6a1b9a\">%1 <b>%2</b></span>")
        .arg(yourDataSign(), tr("your data: you imported or added this row").toHtmlEscaped());
}

QString ClaimText::history(const QList<SpecClaim> &claims, const Catalog &catalog, Language language, bool html)
{
    QStringList steps;
    for (const SpecClaim &c : claims) {
        const Source *s = catalog.source(c.sourceId);
        QString where = s ? s->publisher : c.sourceId;
        if (catalog.isUserRow(QStringLiteral("spec_claim"), c.id))
            where = tr("%1, your data", "a claim in a history: its publisher, and that the user added it").arg(where);
        if (html)
            steps << tr("%1 (%2, %3)", "a claim in a history: value (date, publisher)")
                         .arg(unbroken(value(c, language).toHtmlEscaped()), c.claimedOn.toHtmlEscaped(), where.toHtmlEscaped());
        else
            steps << tr("%1 (%2, %3)", "a claim in a history: value (date, publisher)").arg(value(c, language), c.claimedOn, where);
    }
    return steps.join(QStringLiteral(" → "));
}

QString ClaimText::sourceHtml(const Catalog &catalog, const QString &sourceId)
{
    const Source *s = catalog.source(sourceId);
    if (!s)
        return sourceId.toHtmlEscaped();
    const QString title = s->url.isEmpty()
        ? s->title.toHtmlEscaped()
        : QStringLiteral("<a href=\"%1\">%2</a>").arg(s->url.toHtmlEscaped(), s->title.toHtmlEscaped());
    QStringList details{s->publisher.toHtmlEscaped()};
    if (!s->publishedOn.isEmpty())
        details << s->publishedOn.toHtmlEscaped();
    details << kind(s->kind).toHtmlEscaped();
    return tr("%1 — %2", "source title — publisher, date, kind").arg(title, details.join(tr(", ", "list separator")));
}

QString ClaimText::claimHtml(const SpecClaim &claim, const Catalog &catalog, Language language, bool heading)
{
    QStringList lines;
    if (heading) {
        QString line = QStringLiteral("<b>%1</b>").arg(tr("%1: %2", "a figure: metric: value")
                                                           .toHtmlEscaped()
                                                           .arg(metric(claim).toHtmlEscaped(), unbroken(value(claim, language).toHtmlEscaped())));
        if (claim.isProjected())
            line += QStringLiteral(" <i>%1</i>").arg(tr("(projected)").toHtmlEscaped());
        lines << line;
    }
    if (catalog.isUserRow(QStringLiteral("spec_claim"), claim.id))
        lines << yourDataHtml();
    lines << sourcesHtml(catalog, catalog.sourcesOf(claim));
    lines << tr("Claimed: %1 · basis: %2", "when a figure was claimed, and how it was obtained")
                 .toHtmlEscaped()
                 .arg(claim.claimedOn.toHtmlEscaped(), basis(claim.basis).toHtmlEscaped());
    // The history before the note: how a figure moved is what a datasheet cannot show.
    QList<SpecClaim> history;
    for (const SpecClaim &c : catalog.claims(claim.chipId, claim.metric, claim.precision))
        if (c.sparse == claim.sparse)
            history << c;
    if (history.size() > 1)
        lines << tr("History: %1").toHtmlEscaped().arg(ClaimText::history(history, catalog, language, true));
    if (!claim.note.isEmpty())
        lines << noteLine(claim.note, claim.noteZhHant, claim.noteZhHans, language).toHtmlEscaped();
    return paragraph(lines.join(QStringLiteral("<br>")));
}

QString ClaimText::unbroken(const QString &html)
{
    return QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(html);
}

QString ClaimText::noteLine(const QString &english, const QString &zhHant, const QString &zhHans, Language language)
{
    const QString &chinese = language == Language::TraditionalChinese ? zhHant : zhHans;
    if (language == Language::English || !chinese.isEmpty())
        return tr("Note: %1").arg(language == Language::English ? english : chinese);
    return tr("Note (in English): %1", "a note the dataset gives only in English").arg(english);
}

QStringList ClaimText::sourcesHtml(const Catalog &catalog, const QList<Citation> &sources)
{
    if (sources.size() == 1 && sources.first().role == QLatin1String("primary"))
        return {tr("Source: %1").toHtmlEscaped().arg(sourceHtml(catalog, sources.first().sourceId))};
    // Primary first, then copies, writing about it, and last what disputes it.
    QStringList lines;
    for (const QString &role : {QStringLiteral("primary"), QStringLiteral("secondary"), QStringLiteral("article"), QStringLiteral("dispute")}) {
        for (const Citation &c : sources) {
            if (c.role != role)
                continue;
            QString line = tr("%1: %2", "citation role: source").toHtmlEscaped().arg(ClaimText::role(role).toHtmlEscaped(), sourceHtml(catalog, c.sourceId));
            if (!c.note.isEmpty())
                line = tr("%1 (%2)", "a cited source (the citation's note)").toHtmlEscaped().arg(line, c.note.toHtmlEscaped());
            if (role == QLatin1String("dispute"))
                line = QStringLiteral("<span style=\"color:#b35900\">%1</span>").arg(line);
            lines << line;
        }
    }
    return lines;
}

bool ClaimText::isDisputed(const QList<Citation> &sources)
{
    return std::any_of(sources.cbegin(), sources.cend(), [](const Citation &c) { return c.role == QLatin1String("dispute"); });
}

QString ClaimText::paragraph(const QString &html)
{
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:6px\">%1</p>").arg(html);
}
