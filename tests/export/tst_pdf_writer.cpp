// PdfWriter (data/export/pdf_writer.h): the PDF's text is extracted with pdftotext and its page read with
// pdfinfo — A4 landscape, title, date and dataset version, headers, values, sources — and Chinese comes out
// as Chinese. Runs with a QGuiApplication on the offscreen platform.
#include "compare_fixture.h"
#include "pdf_writer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Fixture;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << program << "failed:" << p.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestPdfWriter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // The text of the PDF written from `report`, in reading order.
    QString text(const Report &report, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!PdfWriter::write(report, path, &error)) {
            qWarning() << error;
            return {};
        }
        // Qt's PDF writer maps a glyph back to the lowest code point the font gives it, and Noto Sans CJK draws
        // some ideographs with the glyph of their Kangxi radical (比 U+6BD4 and ⽐ U+2F50): the text comes out
        // as the radical. NFKC folds the radicals back; the page itself shows the right character.
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
            .normalized(QString::NormalizationForm_KC);
    }

private slots:
    void a4Landscape()
    {
        const QString path = m_dir.filePath(QStringLiteral("page.pdf"));
        QString error;
        QVERIFY2(PdfWriter::write(report(), path, &error), qPrintable(error));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        // A4 is 297 × 210 mm = 841.89 × 595.28 pt; landscape puts the long side across.
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size: +842 x 595 pts \\(A4\\)"))), qPrintable(info));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Title: +Accelerator comparison\n"))));
    }

    void containsTitleMetaTableAndSources()
    {
        const QString t = text(report(), QStringLiteral("en.pdf"));
        QVERIFY2(t.contains(QLatin1String("Accelerator comparison")), qPrintable(t));
        QVERIFY(t.contains(QLatin1String("Baseline: H100 SXM")));
        QVERIFY(t.contains(QLatin1String("Date: 2026-01-15")));
        QVERIFY(t.contains(QLatin1String("Dataset version: 2026.01")));
        QVERIFY(t.contains(QLatin1String("Metric")));
        QVERIFY(t.contains(QLatin1String("H100 SXM")));
        QVERIFY(t.contains(QLatin1String("Dense BF16")));
        QVERIFY(t.contains(QLatin1String("989.5 TFLOP/s")));
        QVERIFY(t.contains(QStringLiteral("2.27×")));
        QVERIFY(t.contains(QLatin1String("NVIDIA H100 Tensor Core GPU datasheet")));
        QVERIFY(t.contains(QLatin1String("NVIDIA DGX B200 datasheet")));
        QVERIFY(t.contains(QLatin1String("2:4 structured sparsity")));
    }

    // Issue 19: the charts follow the table as drawn text and bars (the labels extract as text, so they are not a
    // picture): each chart's title, its bars' value and ratio, and its source line.
    void containsTheCharts()
    {
        const QString t = text(report(), QStringLiteral("charts.pdf"));
        QVERIFY2(t.contains(QLatin1String("Charts")), qPrintable(t));
        QVERIFY(t.contains(QLatin1String("Dense BF16 (FLOP/s)")));
        QVERIFY(t.contains(QLatin1String("H100 SXM (baseline)")));
        QVERIFY(t.contains(QStringLiteral("2.25 PFLOP/s · 2.27×")));
        QVERIFY(t.contains(QStringLiteral("82 TB/s † · 24.5×")));
        QVERIFY(t.contains(QLatin1String("Sources: NVIDIA, 2022-03-22")));
        QVERIFY(t.indexOf(QLatin1String("Dense BF16 (FLOP/s)")) > t.indexOf(QLatin1String("989.5 TFLOP/s")));
    }

    void chineseRendersAsText()
    {
        const ChineseScope chinese;
        const QString t = text(report(Language::TraditionalChinese), QStringLiteral("zh.pdf"));
        // Extracted as characters, so the glyphs were embedded with their Unicode mapping (not drawn as paths).
        QVERIFY2(t.contains(QStringLiteral("加速器比較")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("指標")));
        QVERIFY(t.contains(QStringLiteral("稠密 BF16")));
        QVERIFY(t.contains(QStringLiteral("記憶體頻寬")));
        QVERIFY(t.contains(QStringLiteral("資料來源")));
        QVERIFY(t.contains(QLatin1String("989.5 TFLOP/s")));
    }

    void failedWriteLeavesNothingAndSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/dir/x.pdf"));
        QString error;
        QVERIFY(!PdfWriter::write(report(), path, &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot write ") + path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdf_writer.moc"
