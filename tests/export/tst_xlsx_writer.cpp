// XlsxWriter (data/export/xlsx_writer.h): the workbook is unzipped and its XML read — sheet names, header
// strings, numbers stored as numbers with unit-bearing formats, the frozen header row, the Sources and Notes
// sheets, Chinese names — and a failed write leaves nothing behind.
#include "compare_fixture.h"
#include "xlsx_writer.h"

#include <QDir>
#include <QLocale>
#include <cmath>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Fixture;

namespace {
// One part of the zip, as unzip prints it; empty (and a warning) if unzip fails.
QString part(const QString &xlsx, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) {
        qWarning() << "unzip failed for" << name << unzip.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The shared strings in index order (cells of type "s" refer to them by index).
QStringList sharedStrings(const QString &xlsx)
{
    QStringList strings;
    static const QRegularExpression item(QStringLiteral("<si><t[^>]*>([^<]*)</t></si>"));
    for (const auto &m : item.globalMatch(part(xlsx, QStringLiteral("xl/sharedStrings.xml"))))
        strings << m.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"));
    return strings;
}

// The text of cell `ref` ("A1") of a sheet, resolving shared strings; numbers as written.
QString cell(const QString &sheetXml, const QStringList &strings, const QString &ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\"([^>]*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v></c>").arg(ref));
    const auto m = re.match(sheetXml);
    if (!m.hasMatch())
        return {};
    return m.captured(1).contains(QLatin1String("t=\"s\"")) ? strings.value(m.captured(2).toInt()) : m.captured(2);
}
} // namespace

// What Excel shows for `value` in a format of the shapes XlsxWriter::cellNumber makes: ["before"]#,##0[.0…][,,,]["after"].
QString excelText(double value, const QString &format)
{
    static const QRegularExpression shape(QStringLiteral("^(?:\"([^\"]*)\")?#,##0(?:\\.(0+))?(,*)(?:\"([^\"]*)\")?$"));
    const QRegularExpressionMatch m = shape.match(format);
    if (!m.hasMatch())
        return QStringLiteral("<format not understood: %1>").arg(format);
    const int decimals = int(m.captured(2).size());
    const double scaled = value / std::pow(1000.0, m.captured(3).size());
    return m.captured(1) + QLocale(QLocale::English).toString(scaled, 'f', decimals) + m.captured(4);
}

class TestXlsxWriter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString written(const Report &report, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!XlsxWriter::write(report, path, &error))
            qWarning() << error;
        return path;
    }

private slots:
    void sheetsInOrder()
    {
        const QString xlsx = written(report(), QStringLiteral("sheets.xlsx"));
        const QString workbook = part(xlsx, QStringLiteral("xl/workbook.xml"));
        const qsizetype table = workbook.indexOf(QLatin1String("<sheet name=\"Comparison\""));
        const qsizetype charts = workbook.indexOf(QLatin1String("<sheet name=\"Charts\""));
        const qsizetype sources = workbook.indexOf(QLatin1String("<sheet name=\"Sources\""));
        const qsizetype notes = workbook.indexOf(QLatin1String("<sheet name=\"Notes\""));
        QVERIFY2(table > 0 && charts > table && sources > charts && notes > sources, qPrintable(workbook));
    }

    // The fixture's numeric rows each get a native bar chart whose series are ranges of the Comparison sheet.
    // Columns: A metric, B unit, C H100 SXM, D B200, E Feynman, then ratios; row 1 headers, row 2 dense BF16.
    void chartsAreNativeAndFedByTheTableCells()
    {
        const Report r = report();
        QVERIFY(r.charts.size() >= 3);
        const QString xlsx = written(r, QStringLiteral("charts.xlsx"));
        for (int i = 1; i <= r.charts.size(); ++i)
            QVERIFY2(!part(xlsx, QStringLiteral("xl/charts/chart%1.xml").arg(i)).isEmpty(), qPrintable(QString::number(i)));
        QVERIFY(part(xlsx, QStringLiteral("xl/charts/chart%1.xml").arg(r.charts.size() + 1)).isEmpty());

        // Chart 1 is dense BF16: categories are the chips' names in the header row, values the row's cells.
        const QString first = part(xlsx, QStringLiteral("xl/charts/chart1.xml"));
        QVERIFY2(first.contains(QLatin1String("<c:barDir val=\"bar\"/>")), qPrintable(first.left(2000)));
        QVERIFY(first.contains(QLatin1String("<c:f>Comparison!$C$1:$E$1</c:f>")));
        QVERIFY(first.contains(QLatin1String("<c:f>Comparison!$C$2:$E$2</c:f>")));
        QVERIFY(first.contains(QLatin1String("Dense BF16")));
        // 2,250 ÷ 989.5 = 2.27: within a decade, a linear axis.
        QVERIFY(!first.contains(QLatin1String("<c:logBase")));
        // The table's order top to bottom: the category axis runs reversed.
        QVERIFY(first.contains(QLatin1String("<c:orientation val=\"maxMin\"/>")));

        // Memory bandwidth: Feynman's 82 TB/s is a projection, in the second series, hatched; 82 ÷ 3.35 = 24.5 spans
        // more than a decade, so the value axis is logarithmic.
        const int bandwidthRow = rowOf(r, QStringLiteral("memory_bandwidth"));
        int bandwidthChart = -1;
        for (int i = 0; i < r.charts.size(); ++i)
            if (r.charts.at(i).row == bandwidthRow)
                bandwidthChart = i + 1;
        QVERIFY(bandwidthChart > 0);
        const QString bandwidth = part(xlsx, QStringLiteral("xl/charts/chart%1.xml").arg(bandwidthChart));
        const QString values = QStringLiteral("<c:f>Comparison!$C$%1:$E$%1</c:f>").arg(bandwidthRow + 2);
        QCOMPARE(bandwidth.count(values), 2); // both series read the same cells
        QVERIFY2(bandwidth.contains(QStringLiteral("<c:v>Projected †</c:v>")), qPrintable(bandwidth.left(3000)));
        QVERIFY(bandwidth.contains(QLatin1String("<a:pattFill prst=\"wdUpDiag\">")));
        QVERIFY(bandwidth.contains(QLatin1String("<c:logBase val=\"10\"/>")));

        // Under each chart, its sources; the first chart (dense BF16) cites H100's and B200's datasheets.
        const QString charts = part(xlsx, QStringLiteral("xl/worksheets/sheet2.xml"));
        QVERIFY(charts.contains(QLatin1String("<drawing r:id=")));
        QVERIFY(sharedStrings(xlsx).contains(QStringLiteral("Sources: NVIDIA, 2022-03-22; NVIDIA, 2024-03-18")));
    }

    void chartsAreTitledInTheReportsLanguage()
    {
        ChineseScope chinese;
        const QString xlsx = written(report(Language::TraditionalChinese), QStringLiteral("charts-zh.xlsx"));
        const QString workbook = part(xlsx, QStringLiteral("xl/workbook.xml"));
        QVERIFY2(workbook.contains(QStringLiteral("<sheet name=\"圖表\"")), qPrintable(workbook));
        const QString first = part(xlsx, QStringLiteral("xl/charts/chart1.xml"));
        QVERIFY2(first.contains(QStringLiteral("稠密 BF16")), qPrintable(first.left(2000)));
        QVERIFY(first.contains(QStringLiteral("<c:f>'比較'!$C$2:$E$2</c:f>")));
    }

    void headersAreStringsInTheFirstRow()
    {
        const QString xlsx = written(report(), QStringLiteral("headers.xlsx"));
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        const QStringList strings = sharedStrings(xlsx);
        QCOMPARE(cell(sheet, strings, QStringLiteral("A1")), QStringLiteral("Metric"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("B1")), QStringLiteral("Unit"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("C1")), QStringLiteral("H100 SXM"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("F1")), QStringLiteral("B200 ÷ H100 SXM"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("A2")), QStringLiteral("Dense BF16"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("B2")), QStringLiteral("FLOP/s"));
    }

    void numbersAreNumericCells()
    {
        const QString xlsx = written(report(), QStringLiteral("numbers.xlsx"));
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        // Row 2 is dense BF16: H100 989.5e12 and B200 2,250e12 FLOP/s as raw numbers, not text.
        QVERIFY2(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"C2\" s=\"\\d+\"><v>989500000000000</v></c>"))), qPrintable(sheet.left(3000)));
        QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"D2\" s=\"\\d+\"><v>2250000000000000</v></c>"))));
        // The ratio 2,250 / 989.5 = 2.27387…
        QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"F2\" s=\"\\d+\"><v>2\\.2738756947953\\d*</v></c>"))));
        // Memory capacity (row 5): binary GB, which no Excel format can divide by, so the cell holds the GB shown:
        // 85,899,345,920 bytes ÷ 2^30 = 80.
        QVERIFY2(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"C5\" s=\"\\d+\"><v>80</v></c>"))), qPrintable(sheet.left(3000)));
        // Feynman has no BF16 figure: the cell is absent, not zero.
        QVERIFY(!sheet.contains(QLatin1String("<c r=\"E2\"")));
    }

    void numberFormatsCarryTheUnit()
    {
        const QString xlsx = written(report(), QStringLiteral("formats.xlsx"));
        const QString styles = part(xlsx, QStringLiteral("xl/styles.xml"));
        // Each value keeps the prefix and digits the window shows: 989.5e12 is "989.5 TFLOP/s" (four thousands-commas
        // divide by 10^12), B200's 2,250e12 "2.25 PFLOP/s" (five), not "2,250 TFLOP/s".
        QVERIFY2(styles.contains(QLatin1String("formatCode=\"#,##0.0,,,,&quot; TFLOP/s&quot;\"")), qPrintable(styles));
        QVERIFY(styles.contains(QLatin1String("formatCode=\"#,##0.00,,,,,&quot; PFLOP/s&quot;\"")));
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"#,##0.00&quot;×&quot;\""))); // 2.27×
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"#,##0&quot; GB&quot;\""))); // 80 GB, binary
        // Feynman's projected 82 TB/s carries the marker in its format (and is italic).
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"#,##0,,,,&quot; TB/s&quot;&quot; †&quot;\"")));
        QVERIFY(styles.contains(QLatin1String("<i/>")));
        QVERIFY(styles.contains(QLatin1String("<b/>")));
    }

    // Issue 10, item 9: a cell reads as the formatter wrote it, in every case the window has.
    void cellNumbersReadAsTheFormatterWrites_data()
    {
        QTest::addColumn<double>("raw");
        QTest::addColumn<QString>("display");
        QTest::addColumn<double>("stored");
        QTest::addColumn<QString>("format");
        // Powers of 1,000: the raw SI value stays in the cell; each trailing comma divides by 1,000.
        QTest::newRow("TFLOP/s") << 989.5e12 << "989.5 TFLOP/s" << 989.5e12 << "#,##0.0,,,,\" TFLOP/s\"";
        QTest::newRow("Rubin BF16, PFLOP/s") << 4e15 << "4 PFLOP/s" << 4e15 << "#,##0,,,,,\" PFLOP/s\"";
        QTest::newRow("TB/s") << 3.35e12 << "3.35 TB/s" << 3.35e12 << "#,##0.00,,,,\" TB/s\"";
        QTest::newRow("watts") << 1400.0 << "1,400 W" << 1400.0 << "#,##0\" W\"";
        QTest::newRow("ridge, no prefix") << 1256.0 << "1,256 FLOP/byte" << 1256.0 << "#,##0\" FLOP/byte\"";
        QTest::newRow("ratio 0.998") << 0.998 << "0.998×" << 0.998 << "#,##0.000\"×\"";
        QTest::newRow("USD 300B") << 300e9 << "USD 300B" << 300e9 << "\"USD \"#,##0,,,\"B\"";
        QTest::newRow("USD 0.0098") << 0.0098 << "USD 0.0098" << 0.0098 << "\"USD \"#,##0.0000";
        // Other scales: the cell holds the value in the unit shown. 288 × 2^30 bytes = 288 GB; 300e9 = 3,000 億.
        QTest::newRow("binary GB") << 288.0 * 1073741824.0 << "288 GB" << 288.0 << "#,##0\" GB\"";
        QTest::newRow("億美元") << 300e9 << "3,000 億美元" << 3000.0 << "#,##0\" 億美元\"";
        QTest::newRow("ms") << 0.00464 << "4.64 ms" << 4.64 << "#,##0.00\" ms\"";
        // Nothing in the display scales the number: General.
        QTest::newRow("a count") << 845.0 << "845" << 845.0 << "#,##0";
    }
    void cellNumbersReadAsTheFormatterWrites()
    {
        QFETCH(double, raw);
        QFETCH(QString, display);
        QFETCH(double, stored);
        QFETCH(QString, format);
        const auto n = XlsxWriter::cellNumber(raw, display);
        QVERIFY(n.has_value());
        QVERIFY2(std::abs(n->value - stored) <= 1e-9 * std::abs(stored), qPrintable(QString::number(n->value)));
        QCOMPARE(n->format, format);
    }

    // Issue 10, item 9: a number cell reads in Excel exactly as the window and the other formats show it.
    void everyNumberReadsAsShown()
    {
        for (Language language : {Language::English, Language::TraditionalChinese}) {
            const ChineseScope chinese;
            const Report r = report(language);
            int checked = 0;
            for (int row = 0; row < r.table.rows.size(); ++row) {
                for (int c = 0; c < r.table.columns.size(); ++c) {
                    if (!r.isNumber(row, c))
                        continue;
                    const QString shown = r.cellText(row, c);
                    const auto n = XlsxWriter::cellNumber(r.table.rows.at(row).at(c).toDouble(), shown);
                    QVERIFY(n.has_value());
                    QCOMPARE(excelText(n->value, n->format), shown);
                    ++checked;
                }
            }
            QVERIFY(checked > 10);
        }
    }

    void headerRowIsFrozenAndColumnsHaveWidths()
    {
        const QString xlsx = written(report(), QStringLiteral("frozen.xlsx"));
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(sheet.contains(QLatin1String("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")), qPrintable(sheet.left(1500)));
        QVERIFY(sheet.contains(QLatin1String("<cols>")));
        QVERIFY(sheet.contains(QLatin1String("customWidth=\"1\"")));
    }

    void sourcesSheetListsEveryCitedSource()
    {
        const Report r = report();
        const QString xlsx = written(r, QStringLiteral("sources.xlsx"));
        // Sheet 2 is Charts: the sources are sheet 3.
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet3.xml"));
        const QStringList strings = sharedStrings(xlsx);
        QCOMPARE(cell(sheet, strings, QStringLiteral("B1")), QStringLiteral("Title"));
        for (int i = 0; i < r.sources.size(); ++i) {
            const QString row = QString::number(i + 2);
            QCOMPARE(cell(sheet, strings, QStringLiteral("A") + row), QString::number(i + 1));
            QCOMPARE(cell(sheet, strings, QStringLiteral("B") + row), r.sources.at(i).title);
            QCOMPARE(cell(sheet, strings, QStringLiteral("G") + row), r.sources.at(i).id);
        }
        // Links are real hyperlinks.
        QVERIFY(sheet.contains(QLatin1String("<hyperlink ref=\"F2\"")));
        const QString rels = part(xlsx, QStringLiteral("xl/worksheets/_rels/sheet3.xml.rels"));
        QVERIFY(rels.contains(QLatin1String("https://www.nvidia.com/en-us/data-center/h100/")));
    }

    void notesSheetHasTitleVersionAndConventions()
    {
        const QString xlsx = written(report(), QStringLiteral("notes.xlsx"));
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet4.xml"));
        const QStringList strings = sharedStrings(xlsx);
        QCOMPARE(cell(sheet, strings, QStringLiteral("A1")), QStringLiteral("Accelerator comparison"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("A2")), QStringLiteral("Baseline: H100 SXM"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("A3")), QStringLiteral("Date: 2026-01-15 · Dataset version: 2026.01"));
        const QString all = strings.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("2:4 structured sparsity")));
        QVERIFY(all.contains(feynmanNote()));
    }

    void assumptionsGetASheetOfTheirOwn()
    {
        Report r = report();
        // No assumptions: no sheet.
        QVERIFY(!part(written(r, QStringLiteral("plain.xlsx")), QStringLiteral("xl/workbook.xml")).contains(QLatin1String("Assumptions")));
        r.assumptions << QStringLiteral("PUE 1.2: facility power ÷ IT power.") << QStringLiteral("Utilisation 100.0%.");
        const QString xlsx = written(r, QStringLiteral("assumptions.xlsx"));
        QVERIFY(part(xlsx, QStringLiteral("xl/workbook.xml")).contains(QLatin1String("<sheet name=\"Assumptions\"")));
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet5.xml"));
        const QStringList strings = sharedStrings(xlsx);
        QCOMPARE(cell(sheet, strings, QStringLiteral("A3")), QStringLiteral("Assumptions"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("A4")), QStringLiteral("PUE 1.2: facility power ÷ IT power."));
        QCOMPARE(cell(sheet, strings, QStringLiteral("A5")), QStringLiteral("Utilisation 100.0%."));
    }

    void chineseSheetNamesAndHeaders()
    {
        const ChineseScope chinese;
        const QString xlsx = written(report(Language::TraditionalChinese), QStringLiteral("zh.xlsx"));
        const QString workbook = part(xlsx, QStringLiteral("xl/workbook.xml"));
        QVERIFY2(workbook.contains(QStringLiteral("<sheet name=\"比較\"")), qPrintable(workbook));
        QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"資料來源\"")));
        QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"附註\"")));
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        const QStringList strings = sharedStrings(xlsx);
        QCOMPARE(cell(sheet, strings, QStringLiteral("A1")), QStringLiteral("指標"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("A2")), QStringLiteral("稠密 BF16"));
    }

    void sheetNamesAreMadeValid()
    {
        QCOMPARE(XlsxWriter::sheetName(QStringLiteral("a/b:c*d?e[f]g\\h"), QStringLiteral("x")), QStringLiteral("a b c d e f g h"));
        QCOMPARE(XlsxWriter::sheetName(QStringLiteral("'quoted'"), QStringLiteral("x")), QStringLiteral("quoted"));
        QCOMPARE(XlsxWriter::sheetName(QString(40, QLatin1Char('z')), QStringLiteral("x")).size(), 31);
        QCOMPARE(XlsxWriter::sheetName(QString(), QStringLiteral("Table")), QStringLiteral("Table"));
        QCOMPARE(XlsxWriter::sheetName(QStringLiteral("History"), QStringLiteral("Table")), QStringLiteral("Table"));
    }

    void sameNameSheetsStayDistinct()
    {
        // A table titled like the Sources sheet (the dataset's own source table) must not clash with it.
        Report r = report();
        r.sheetName = QStringLiteral("Sources");
        const QString workbook = part(written(r, QStringLiteral("clash.xlsx")), QStringLiteral("xl/workbook.xml"));
        QVERIFY2(workbook.contains(QLatin1String("<sheet name=\"Sources\"")) && workbook.contains(QLatin1String("<sheet name=\"Sources (2)\"")), qPrintable(workbook));
    }

    void replacesAnExistingFileWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.xlsx"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old contents");
        }
        QString error;
        QVERIFY2(XlsxWriter::write(report(), path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK"); // a zip
    }

    void failedWriteLeavesNothingAndSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/dir/x.xlsx"));
        QString error;
        QVERIFY(!XlsxWriter::write(report(), path, &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot write ") + path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("missing"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsx_writer.moc"
