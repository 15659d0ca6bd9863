// The report entry point (data/export/report_writer.h) and its text formats: CSV for spreadsheets (translated
// headers, raw numbers, a BOM in files), JSON with raw values and units, the aligned terminal table, format
// keys, and files written whole or not at all.
#include "compare_fixture.h"
#include "report_writer.h"
#include "text_table_writer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Fixture;

class TestReportWriter : public QObject {
    Q_OBJECT

private slots:
    void formatKeys()
    {
        for (ReportFormat f : {ReportFormat::Csv, ReportFormat::Json, ReportFormat::Xlsx, ReportFormat::Html,
                               ReportFormat::Markdown, ReportFormat::Pdf, ReportFormat::Table})
            QCOMPARE(reportFormatFromKey(reportFormatKey(f)), f);
        QCOMPARE(reportFormatKey(ReportFormat::Markdown), QStringLiteral("md"));
        QVERIFY(!reportFormatFromKey(u"yaml"));
        QCOMPARE(reportFormatFromFileName(QStringLiteral("/tmp/Compare.XLSX")), ReportFormat::Xlsx);
        QCOMPARE(reportFormatFromFileName(QStringLiteral("a.htm")), ReportFormat::Html);
        QCOMPARE(reportFormatFromFileName(QStringLiteral("a.txt")), ReportFormat::Table);
        QVERIFY(!reportFormatFromFileName(QStringLiteral("a")));
        QVERIFY(isBinaryFormat(ReportFormat::Pdf) && isBinaryFormat(ReportFormat::Xlsx) && !isBinaryFormat(ReportFormat::Csv));
        QVERIFY(renderReport(report(), ReportFormat::Xlsx).isEmpty());
    }

    void csvHasHumanHeadersAndRawNumbers()
    {
        const QByteArray csv = renderReport(report(), ReportFormat::Csv);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF")); // stdout: no BOM
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0), QByteArray("Metric,Unit,H100 SXM,B200,Feynman,B200 ÷ H100 SXM,Feynman ÷ H100 SXM\r"));
        // 989.5e12 and 2,250e12 in the shortest text that reads back exactly; 2,250 / 989.5 = 2.2738…
        QVERIFY2(lines.at(1).startsWith("Dense BF16,FLOP/s,989500000000000,2.25e+15,,2.27387569479535"), lines.at(1).constData());
    }

    void csvFileStartsWithBomAndKeepsChinese()
    {
        const ChineseScope chinese;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.csv"));
        QString error;
        QVERIFY2(writeReport(report(Language::TraditionalChinese), ReportFormat::Csv, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes.mid(3)).startsWith(QStringLiteral("指標,單位,H100 SXM")));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("\r\n稠密 BF16,FLOP/s,989500000000000,")));
    }

    void jsonHasRawValuesWithUnits()
    {
        const QJsonObject root = QJsonDocument::fromJson(renderReport(report(), ReportFormat::Json)).object();
        for (const char *key : {"title", "subtitle", "date", "dataset_version", "language", "columns", "rows", "sources", "notes"})
            QVERIFY2(root.contains(QLatin1String(key)), key);
        QCOMPARE(root.value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-15"));
        QCOMPARE(root.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.at(5).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("b200_vs_h100-sxm"));
        QCOMPARE(columns.at(5).toObject().value(QStringLiteral("header")).toString(), QStringLiteral("B200 ÷ H100 SXM"));

        const QJsonObject bf16 = root.value(QStringLiteral("rows")).toArray().at(0).toObject();
        QCOMPARE(bf16.value(QStringLiteral("metric")).toString(), QStringLiteral("bf16_flops"));
        QCOMPARE(bf16.value(QStringLiteral("unit")).toString(), QStringLiteral("FLOP/s"));
        QCOMPARE(bf16.value(QStringLiteral("h100-sxm")).toDouble(), 989.5e12);
        QCOMPARE(bf16.value(QStringLiteral("b200")).toDouble(), 2250e12);
        QVERIFY(bf16.value(QStringLiteral("feynman")).isNull());
        QVERIFY(qAbs(bf16.value(QStringLiteral("b200_vs_h100-sxm")).toDouble() - 2.2739) < 1e-4);
        QCOMPARE(bf16.value(QStringLiteral("units")).toObject().value(QStringLiteral("b200")).toString(), QStringLiteral("FLOP/s"));
        QCOMPARE(bf16.value(QStringLiteral("best")).toArray(), QJsonArray{QStringLiteral("b200")});
        QCOMPARE(bf16.value(QStringLiteral("source_ids")).toObject().value(QStringLiteral("h100-sxm")).toArray(),
                 QJsonArray{QStringLiteral("nvidia-h100-datasheet")});

        const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 3);
        QCOMPARE(sources.at(0).toObject().value(QStringLiteral("url")).toString(), QStringLiteral("https://www.nvidia.com/en-us/data-center/h100/"));
    }

    void tableAlignsColumns()
    {
        const QString text = QString::fromUtf8(renderReport(report(), ReportFormat::Table));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("Accelerator comparison"));
        QCOMPARE(lines.at(1), QStringLiteral("Baseline: H100 SXM"));
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("Metric .*")));
        QVERIFY(header > 0);
        QVERIFY(lines.at(header + 1).startsWith(QLatin1String("---")));
        const QString bf16 = lines.at(header + 2);
        QVERIFY2(bf16.startsWith(QLatin1String("Dense BF16")), qPrintable(bf16));
        // Numbers are right-aligned: "989.5 TFLOP/s" ends where the H100 SXM header's column ends.
        const qsizetype end = bf16.indexOf(QLatin1String("989.5 TFLOP/s")) + 13;
        QCOMPARE(lines.at(header).indexOf(QLatin1String("H100 SXM")) + 8 <= end, true);
        QVERIFY(bf16.contains(QLatin1String("2.25 PFLOP/s*"))); // best
        QVERIFY(text.contains(QStringLiteral("82 TB/s†")));      // projected, and so never best
        QVERIFY(text.contains(QStringLiteral("8 TB/s*")));       // B200, best of the claimed figures
        QVERIFY(text.contains(QStringLiteral("* the best value of its row. † projected value")));
        QVERIFY(text.contains(QStringLiteral("[1] NVIDIA H100 Tensor Core GPU datasheet — NVIDIA, 2022-03-22, official <https://www.nvidia.com/en-us/data-center/h100/>")));
    }

    void longTextIsCutButNumbersAreNot()
    {
        Chip h = h100();
        h.processNode = QStringLiteral("TSMC 3nm-class (N3P reported); 2 reticle-size compute dies + I/O dies");
        const Report r = compareReport(CompareTable::build({h}, 0), {}, Language::English, {}, {});
        const QString text = QString::fromUtf8(renderReport(r, ReportFormat::Table));
        // Cut to 31 columns ("TSMC 3nm-class (N3P reported); "), trimmed, and an ellipsis added.
        QVERIFY2(text.contains(QStringLiteral("  TSMC 3nm-class (N3P reported);…\n")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("989.5 TFLOP/s")));
    }

    void chineseTakesTwoColumns()
    {
        QCOMPARE(TextTableWriter::displayWidth(QStringLiteral("H100")), 4);
        QCOMPARE(TextTableWriter::displayWidth(QStringLiteral("稠密 BF16")), 9); // 2 + 2 + 1 + 4
        QCOMPARE(TextTableWriter::displayWidth(QStringLiteral("３")), 2);        // full-width digit
    }

    void everyFormatWritesAFile_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::newRow("csv") << ReportFormat::Csv;
        QTest::newRow("json") << ReportFormat::Json;
        QTest::newRow("html") << ReportFormat::Html;
        QTest::newRow("md") << ReportFormat::Markdown;
        QTest::newRow("table") << ReportFormat::Table;
        QTest::newRow("xlsx") << ReportFormat::Xlsx;
    }
    void everyFormatWritesAFile()
    {
        QFETCH(ReportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.") + reportFormatKey(format));
        QString error;
        QVERIFY2(writeReport(report(), format, path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 100);
        // Into a directory that does not exist: nothing written, and the reason given.
        const QString bad = dir.filePath(QStringLiteral("missing/report.") + reportFormatKey(format));
        QVERIFY(!writeReport(report(), format, bad, &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot write ") + bad), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }

    // Issue 19: a Markdown file gets its charts as SVG files beside it, linked in the chart order; standard
    // output (renderReport) has nowhere to put them and links none.
    void markdownFileLinksItsChartsAsSvgFiles()
    {
        QTemporaryDir dir;
        const Report r = report();
        const QString path = dir.filePath(QStringLiteral("cmp.md"));
        QString error;
        QVERIFY2(writeReport(r, ReportFormat::Markdown, path, &error), qPrintable(error));
        QFile md(path);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY2(text.contains(QLatin1String("## Charts\n\n![Dense BF16 (FLOP/s)](cmp-chart-1.svg)\n")), qPrintable(text));
        for (int i = 1; i <= r.charts.size(); ++i) {
            QFile svg(dir.filePath(QStringLiteral("cmp-chart-%1.svg").arg(i)));
            QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(svg.fileName()));
            QVERIFY(svg.readAll().contains("<svg xmlns="));
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cmp-chart-%1.svg").arg(r.charts.size() + 1))));
        QVERIFY(!QString::fromUtf8(renderReport(r, ReportFormat::Markdown)).contains(QLatin1String(".svg")));
    }

    void pdfWithoutAGuiApplicationSaysSo()
    {
        // This suite runs on a QCoreApplication, as the headless command line does by default.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY(!writeReport(report(), ReportFormat::Pdf, path, &error));
        QVERIFY2(error.contains(QLatin1String("needs a QGuiApplication")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_report_writer.moc"
