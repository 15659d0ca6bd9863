// HtmlWriter and MarkdownWriter (data/export/html_writer.h, markdown_writer.h): a whole UTF-8 page and a GFM
// document with the table (units, best bold, projections italic and marked, citations), notes and linked
// sources; text from the data cannot break out of either format.
#include "compare_fixture.h"
#include "html_writer.h"
#include "markdown_writer.h"
#include "number_format.h"

#include <QTest>

using namespace Fixture;

class TestHtmlMarkdown : public QObject {
    Q_OBJECT

private slots:
    void htmlIsACompletePage()
    {
        const QString html = QString::fromUtf8(HtmlWriter::render(report()));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">")));
        QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QLatin1String("<title>Accelerator comparison</title>")));
        QVERIFY(html.contains(QLatin1String("<h1>Accelerator comparison</h1>")));
        QVERIFY(html.contains(QStringLiteral("Date: 2026-01-15 · Dataset version: 2026.01")));
        QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
    }

    void htmlTable()
    {
        const QString html = QString::fromUtf8(HtmlWriter::render(report()));
        QVERIFY(html.contains(QLatin1String("<th scope=\"col\">Unit</th>")));
        QVERIFY(html.contains(QStringLiteral("<th scope=\"col\">B200 ÷ H100 SXM</th>")));
        QVERIFY(html.contains(QLatin1String("<th scope=\"row\">Dense BF16</th><td>FLOP/s</td>")));
        // H100's figure cites source 1; B200's is the best of the row, bold, citing source 2.
        QVERIFY(html.contains(QLatin1String("<td class=\"num\">989.5 TFLOP/s<sup class=\"cite\"><a href=\"#source-1\">1</a></sup></td>")));
        QVERIFY(html.contains(QLatin1String("<td class=\"num\"><strong>2.25 PFLOP/s</strong><sup class=\"cite\"><a href=\"#source-2\">2</a></sup></td>")));
        // Feynman's projected bandwidth, the best of its row: bold, italic, marked.
        QVERIFY(html.contains(QStringLiteral("<td class=\"num projected\"><em>82 TB/s</em><span class=\"marker\">†</span>")));
        QVERIFY(html.contains(QStringLiteral("<td class=\"num\">2.27×</td>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"unknown\">—</span>")));
    }

    // Issue 19: the charts inline as SVG after the table, one per row with a number, shrinking to fit the window.
    void htmlHasChartsAsSvg()
    {
        const Report r = report();
        const QString html = QString::fromUtf8(HtmlWriter::render(r));
        QCOMPARE(html.count(QLatin1String("<figure class=\"chart\"><svg ")), r.charts.size());
        QVERIFY(html.indexOf(QLatin1String("<svg ")) > html.indexOf(QLatin1String("</table>")));
        QVERIFY(html.contains(QLatin1String("<h2>Charts</h2>")));
        QVERIFY(html.contains(QLatin1String("figure.chart svg{max-width:100%;height:auto}")));
        QVERIFY(html.contains(QLatin1String("<rect class=\"projected\"")));
    }

    // Issue 10, item 10: the page fits a 1280-pixel browser window. No cell may refuse to wrap: a number may break
    // between its digits and its unit, long text (a process, a header) wraps, and the table is never wider than the page.
    void htmlFitsAnOrdinaryWindow()
    {
        const QString html = QString::fromUtf8(HtmlWriter::render(report()));
        QVERIFY(!html.contains(QLatin1String("nowrap")));
        QVERIFY(html.contains(QLatin1String("table{border-collapse:collapse;font-size:0.92em;max-width:100%}")));
        QVERIFY(html.contains(QLatin1String("overflow-wrap:anywhere")));
    }

    // Issue 10, item 9: every value reads the same in every format of one language, as NumberFormat writes it.
    void everyFormatShowsAValueAsTheFormatterWrites()
    {
        for (Language language : {Language::English, Language::TraditionalChinese}) {
            const ChineseScope chinese;
            const Report r = report(language);
            const QString html = QString::fromUtf8(HtmlWriter::render(r));
            const QString md = QString::fromUtf8(MarkdownWriter::render(r));
            int checked = 0;
            for (int row = 0; row < r.table.rows.size(); ++row) {
                for (int c = 0; c < r.table.columns.size(); ++c) {
                    if (!r.isNumber(row, c))
                        continue;
                    const QString shown = r.cellText(row, c);
                    const QString unit = r.unit(row, c);
                    const double raw = r.table.rows.at(row).at(c).toDouble();
                    const QString expected = unit == QStringLiteral("×") ? NumberFormat::ratio(raw)
                                                                         : NumberFormat::si(raw, unit, table().rows.at(row).significantDigits());
                    QCOMPARE(shown, expected);
                    QVERIFY2(html.contains(shown.toHtmlEscaped()), qPrintable(shown));
                    QVERIFY2(md.contains(MarkdownWriter::escaped(shown)), qPrintable(shown));
                    ++checked;
                }
            }
            QVERIFY(checked > 10);
        }
    }

    void htmlNotesAndSources()
    {
        const QString html = QString::fromUtf8(HtmlWriter::render(report()));
        QVERIFY(html.contains(QLatin1String("<h2>Notes</h2>")));
        QVERIFY(html.contains(QLatin1String("2:4 structured sparsity")));
        QVERIFY(html.contains(QStringLiteral("<li id=\"source-1\"><a href=\"https://www.nvidia.com/en-us/data-center/h100/\">NVIDIA H100 Tensor Core GPU datasheet</a> — NVIDIA, 2022-03-22, official</li>")));
        QVERIFY(html.contains(QLatin1String("<li id=\"source-3\">trend-feynman</li>"))); // no URL: not a link
        QVERIFY(html.contains(QStringLiteral("<p class=\"legend\">Bold: the best value of its row. † projected value")));
    }

    void htmlEscapesDataAndLinksOnlyWebAddresses()
    {
        Report r = report();
        r.sources[0].title = QStringLiteral("<script>alert(1)</script> & \"quotes\"");
        r.sources[1].url = QStringLiteral("javascript:alert(1)");
        const QString html = QString::fromUtf8(HtmlWriter::render(r));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")));
        QVERIFY(!html.contains(QLatin1String("javascript:")));
        QCOMPARE(HtmlWriter::linkTarget(QStringLiteral("https://example.com/a b")), QStringLiteral("https://example.com/a%20b"));
    }

    void htmlLanguageTag()
    {
        const ChineseScope chinese;
        const QString html = QString::fromUtf8(HtmlWriter::render(report(Language::TraditionalChinese)));
        QVERIFY(html.contains(QLatin1String("<html lang=\"zh-Hant\">")));
        QVERIFY(html.contains(QStringLiteral("<h1>加速器比較</h1>")));
        QVERIFY(html.contains(QStringLiteral("<th scope=\"row\">稠密 BF16</th>")));
        QCOMPARE(HtmlWriter::languageTag(Language::SimplifiedChinese), QStringLiteral("zh-Hans"));
    }

    void markdownTable()
    {
        const QString md = QString::fromUtf8(MarkdownWriter::render(report()));
        QVERIFY(md.startsWith(QStringLiteral("# Accelerator comparison\n\nBaseline: H100 SXM\n\nDate: 2026-01-15 · Dataset version: 2026.01\n\n")));
        QVERIFY(md.contains(QStringLiteral("| Metric | Unit | H100 SXM | B200 | Feynman | B200 ÷ H100 SXM | Feynman ÷ H100 SXM |\n")));
        // Text columns left, number columns right.
        QVERIFY(md.contains(QLatin1String("|:---|:---|---:|---:|---:|---:|---:|\n")));
        QVERIFY(md.contains(QStringLiteral("| Dense BF16 | FLOP/s | 989.5 TFLOP/s <sup>1</sup> | **2.25 PFLOP/s** <sup>2</sup> | — | 2.27× | — |\n")));
        QVERIFY(md.contains(QStringLiteral("| _82 TB/s_† <sup>3</sup> |")));
        // A text row has no unit (blank); an unknown value shows a dash.
        QVERIFY(md.contains(QStringLiteral("| Process |  | TSMC 4N | — | — | — | — |\n")));
        // Memory in binary GB, said in the unit column; "B" alone would read as "billion".
        QVERIFY2(md.contains(QStringLiteral("| Memory capacity | GB = 2³⁰ bytes | 80 GB <sup>1</sup> | **180 GB** <sup>2</sup> | — | 2.25× | — |\n")), qPrintable(md));
    }

    void markdownNotesAndSources()
    {
        const QString md = QString::fromUtf8(MarkdownWriter::render(report()));
        QVERIFY(md.contains(QLatin1String("\n## Notes\n\n- Throughput is dense FLOP/s.")));
        QVERIFY(md.contains(QStringLiteral("\n## Sources\n\n1. [NVIDIA H100 Tensor Core GPU datasheet](https://www.nvidia.com/en-us/data-center/h100/) — NVIDIA, 2022-03-22, official\n")));
        QVERIFY(md.contains(QLatin1String("3. trend-feynman\n")));
    }

    void markdownEscapesDataText()
    {
        QCOMPARE(MarkdownWriter::escaped(QStringLiteral("a|b *c* _d_ [e](f) <g>\nnext")),
                 QStringLiteral("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g><br>next"));
        // Only what Markdown reads as markup: a note's arrow stays as written, as does "AT&T" (issue 10, item 15).
        QCOMPARE(MarkdownWriter::escaped(QStringLiteral("x2.39 Hopper->Blackwell")), QStringLiteral("x2.39 Hopper->Blackwell"));
        QCOMPARE(MarkdownWriter::escaped(QStringLiteral("AT&T")), QStringLiteral("AT&T"));
        QCOMPARE(MarkdownWriter::escaped(QStringLiteral("&amp;")), QStringLiteral("\\&amp;")); // would become "&"
        QCOMPARE(MarkdownWriter::escaped(QStringLiteral("> quoted")), QStringLiteral("\\> quoted")); // would start a quote
        QCOMPARE(MarkdownWriter::escaped(QStringLiteral("# 1")), QStringLiteral("\\# 1"));
        Report r = report();
        r.sources[0].url = QStringLiteral("https://en.wikipedia.org/wiki/Hopper_(microarchitecture)");
        const QString md = QString::fromUtf8(MarkdownWriter::render(r));
        QVERIFY(md.contains(QLatin1String("(https://en.wikipedia.org/wiki/Hopper_%28microarchitecture%29)")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlMarkdown)
#include "tst_html_markdown.moc"
