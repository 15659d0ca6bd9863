// XlsxWriter (data/export/xlsx_writer.h): the workbook is unzipped and its XML read — sheet names, header
// strings, numbers stored as numbers with unit-bearing formats, the frozen header row, the Sources and Notes
// sheets, Chinese names — and a failed write leaves nothing behind.
#include "compare_fixture.h"
#include "xlsx_writer.h"

#include <QDir>
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
        const qsizetype sources = workbook.indexOf(QLatin1String("<sheet name=\"Sources\""));
        const qsizetype notes = workbook.indexOf(QLatin1String("<sheet name=\"Notes\""));
        QVERIFY2(table > 0 && sources > table && notes > sources, qPrintable(workbook));
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
        // Memory capacity (row 5): 80 × 2^30 = 85,899,345,920 B.
        QVERIFY(sheet.contains(QLatin1String("<v>85899345920</v>")));
        // Feynman has no BF16 figure: the cell is absent, not zero.
        QVERIFY(!sheet.contains(QLatin1String("<c r=\"E2\"")));
    }

    void numberFormatsCarryTheUnit()
    {
        const QString xlsx = written(report(), QStringLiteral("formats.xlsx"));
        const QString styles = part(xlsx, QStringLiteral("xl/styles.xml"));
        // 989.5e12 shows as "989.5 TFLOP/s": four thousands-commas divide by 10^12.
        QVERIFY2(styles.contains(QLatin1String("formatCode=\"#,##0.0##,,,,&quot; TFLOP/s&quot;\"")), qPrintable(styles));
        QVERIFY(styles.contains(QLatin1String("formatCode=\"#,##0,,,,&quot; TFLOP/s&quot;\""))); // 2,250 TFLOP/s
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"0.00&quot;×&quot;\"")));
        // Feynman's projected 82 TB/s carries the marker in its format (and is italic).
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"#,##0,,,,&quot; TB/s&quot;&quot; †&quot;\"")));
        QVERIFY(styles.contains(QLatin1String("<i/>")));
        QVERIFY(styles.contains(QLatin1String("<b/>")));
    }

    void numberFormatRules_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("rowMagnitude");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("format");
        QTest::newRow("TFLOP/s") << "FLOP/s" << 989.5e12 << 989.5e12 << "#,##0.0##,,,,\" TFLOP/s\"";
        QTest::newRow("row prefix") << "FLOP/s" << 989.5e12 << 9000e12 << "#,##0,,,,\" TFLOP/s\"";
        QTest::newRow("TB/s") << "B/s" << 3.35e12 << 3.35e12 << "#,##0.0##,,,,\" TB/s\"";
        QTest::newRow("per watt") << "FLOP/s/W" << 1.4136e12 << 1.4136e12 << "#,##0.0##,,,,\" TFLOP/s/W\"";
        QTest::newRow("bytes stay bytes") << "B" << 85899345920.0 << 85899345920.0 << "#,##0\" B\"";
        QTest::newRow("watts") << "W" << 700.0 << 700.0 << "#,##0\" W\"";
        QTest::newRow("ridge") << "FLOP/B" << 295.37 << 295.37 << "#,##0.0#\" FLOP/B\"";
        QTest::newRow("ratio") << "×" << 2.27 << 2.27 << "0.00\"×\"";
        QTest::newRow("usd") << "USD" << 3e11 << 3e11 << "\"USD \"#,##0";
        QTest::newRow("plain") << "" << 5.0 << 5.0 << "";
    }
    void numberFormatRules()
    {
        QFETCH(QString, unit);
        QFETCH(double, rowMagnitude);
        QFETCH(double, value);
        QFETCH(QString, format);
        QCOMPARE(XlsxWriter::numberFormat(unit, rowMagnitude, value), format);
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
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet2.xml"));
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
        const QString rels = part(xlsx, QStringLiteral("xl/worksheets/_rels/sheet2.xml.rels"));
        QVERIFY(rels.contains(QLatin1String("https://www.nvidia.com/en-us/data-center/h100/")));
    }

    void notesSheetHasTitleVersionAndConventions()
    {
        const QString xlsx = written(report(), QStringLiteral("notes.xlsx"));
        const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet3.xml"));
        const QStringList strings = sharedStrings(xlsx);
        QCOMPARE(cell(sheet, strings, QStringLiteral("A1")), QStringLiteral("Accelerator comparison"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("A2")), QStringLiteral("Baseline: H100 SXM"));
        QCOMPARE(cell(sheet, strings, QStringLiteral("A3")), QStringLiteral("Date: 2026-01-15 · Dataset version: 2026.01"));
        const QString all = strings.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("2:4 structured sparsity")));
        QVERIFY(all.contains(feynmanNote()));
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
