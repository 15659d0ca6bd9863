#include "html_writer.h"

#include "report_chart.h"
#include "report_text.h"

#include <QUrl>

namespace HtmlWriter {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString citationMarks(const Report &report, int r, int c)
{
    QStringList links;
    for (int n : report.citations(r, c))
        links << QStringLiteral("<a href=\"#source-%1\">%1</a>").arg(n);
    return links.isEmpty() ? QString() : QStringLiteral("<sup class=\"cite\">") + links.join(QLatin1Char(',')) + QStringLiteral("</sup>");
}

QString cellHtml(const Report &report, int r, int c)
{
    const QString text = report.cellText(r, c);
    if (text.isEmpty())
        return report.isUnknown(r, c) ? QStringLiteral("<span class=\"unknown\">") + ReportText::unknown() + QStringLiteral("</span>") : QString();
    const ReportCellStyle s = report.style(r, c);
    QString html = escaped(text);
    if (s.projected)
        html = QStringLiteral("<em>") + html + QStringLiteral("</em><span class=\"marker\">") + Report::projectedMarker() + QStringLiteral("</span>");
    if (s.best)
        html = QStringLiteral("<strong>") + html + QStringLiteral("</strong>");
    return html + citationMarks(report, r, c);
}

const char *const kStyle =
    "body{font-family:system-ui,'Noto Sans','Noto Sans CJK TC','Noto Sans CJK SC',sans-serif;margin:1.5em;color:#1b1b1b}"
    // The page fits a 1280-pixel browser window: text wraps (process names, long headers) and a number may break
    // between its digits and its unit, so no column is wider than its longest word.
    "table{border-collapse:collapse;font-size:0.92em;max-width:100%}"
    "th,td{border:1px solid #c8c8c8;padding:0.3em 0.5em;vertical-align:top;overflow-wrap:anywhere}"
    "th{background:#f0f0f0;text-align:left}"
    "td.num{text-align:right}"
    "td.projected{background:#fafafa}"
    ".marker{color:#8a5a00}"
    ".unknown{color:#999}"
    "sup.cite{font-size:0.7em;color:#555;margin-left:0.15em}"
    "p.meta,p.legend{color:#555}"
    "figure.chart{margin:1em 0}"
    "figure.chart svg{max-width:100%;height:auto}";

} // namespace

QString languageTag(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("en");
    case Language::TraditionalChinese: return QStringLiteral("zh-Hant");
    case Language::SimplifiedChinese: return QStringLiteral("zh-Hans");
    }
    return QStringLiteral("en");
}

QString linkTarget(const QString &url)
{
    const QUrl parsed(url.trimmed());
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return {};
    return parsed.toString(QUrl::FullyEncoded);
}

QByteArray render(const Report &report)
{
    const DataTable &t = report.table;
    const int columns = int(t.columns.size());
    QList<bool> numeric(columns, false);
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < columns; ++c)
            numeric[c] = numeric[c] || report.isNumber(r, c);

    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(languageTag(report.language));
    h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<meta name=\"generator\" content=\"compute-atlas\">\n");
    h += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n").arg(escaped(report.title), QString::fromLatin1(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n").arg(escaped(report.title));
    if (!report.subtitle.isEmpty())
        h += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(escaped(report.subtitle));
    if (const QString meta = ReportText::dateAndVersion(report); !meta.isEmpty())
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escaped(meta));

    h += QStringLiteral("<table>\n<thead>\n<tr>");
    for (int c = 0; c < columns; ++c)
        h += QStringLiteral("<th scope=\"col\">%1</th>").arg(escaped(t.header(c)));
    h += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
    for (int r = 0; r < t.rows.size(); ++r) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c) {
            QStringList classes;
            if (numeric.at(c))
                classes << QStringLiteral("num");
            if (report.style(r, c).projected)
                classes << QStringLiteral("projected");
            const QString tag = c == 0 ? QStringLiteral("th") : QStringLiteral("td");
            const QString attributes = (c == 0 ? QStringLiteral(" scope=\"row\"") : QString())
                + (classes.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(classes.join(QLatin1Char(' '))));
            h += QStringLiteral("<%1%2>%3</%1>").arg(tag, attributes, cellHtml(report, r, c));
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody>\n</table>\n");

    if (const QString legends = ReportText::legends(report); !legends.isEmpty())
        h += QStringLiteral("<p class=\"legend\">%1</p>\n").arg(escaped(legends));

    // The charts inline as SVG, 960 pixels wide and shrinking with the window (a 1280-pixel window has room).
    if (!report.charts.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(escaped(ReportText::charts()));
        for (const ReportChart &chart : report.charts)
            h += QStringLiteral("<figure class=\"chart\">%1</figure>\n").arg(ReportChartDrawing::svg(ReportChartDrawing::layout(report, chart, 960, 13)));
    }

    if (!report.assumptions.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul class=\"assumptions\">\n").arg(escaped(ReportText::assumptions()));
        for (const QString &line : report.assumptions)
            h += QStringLiteral("<li>%1</li>\n").arg(escaped(line));
        h += QStringLiteral("</ul>\n");
    }
    if (!report.notes.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul class=\"notes\">\n").arg(escaped(ReportText::notes()));
        for (const QString &note : report.notes)
            h += QStringLiteral("<li>%1</li>\n").arg(escaped(note));
        h += QStringLiteral("</ul>\n");
    }
    if (!report.sources.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ol class=\"sources\">\n").arg(escaped(ReportText::sources()));
        for (int i = 0; i < report.sources.size(); ++i) {
            const Source &s = report.sources.at(i);
            const QString href = linkTarget(s.url);
            const QString title = href.isEmpty() ? escaped(s.title)
                                                 : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(href), escaped(s.title));
            const QString details = ReportText::sourceDetails(s);
            h += QStringLiteral("<li id=\"source-%1\">%2%3</li>\n")
                     .arg(i + 1)
                     .arg(title, details.isEmpty() ? QString() : QStringLiteral(" — ") + escaped(details));
        }
        h += QStringLiteral("</ol>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace HtmlWriter
