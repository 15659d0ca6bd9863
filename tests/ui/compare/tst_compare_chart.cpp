// The Compare view's chart (issue 19) over the real bundled dataset: the toggle swaps table and chart, one chart
// per row with a number, bars in the table's chip order and the chips' colours, the baseline named, projections
// drawn as projections, the log-scale rule and its switch, hover provenance equal to the cell's, PNG and SVG.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "common/chip_palette.h"
#include "compare/compare_chart.h"
#include "compare/compare_model.h"
#include "compare/compare_view.h"

#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestCompareChart : public QObject {
    Q_OBJECT

    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static const ReportChart *chartOf(const Report &r, const QString &key, int *index = nullptr)
    {
        for (int i = 0; i < r.charts.size(); ++i)
            if (r.table.rows.at(r.charts.at(i).row).value(0).toString() == key) {
                if (index)
                    *index = i;
                return &r.charts.at(i);
            }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
    }

    void toggleShowsTheChartInPlaceOfTheTable()
    {
        CompareView view(m_catalog);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.chartShown());
        QVERIFY(view.table()->isVisible());
        view.chartToggle()->click();
        QVERIFY(view.chartShown());
        QVERIFY(!view.table()->isVisible());
        QVERIFY(view.chart()->isVisible());
        QVERIFY(!view.chart()->layouts().isEmpty());
        view.chartToggle()->click();
        QVERIFY(!view.chartShown());
    }

    void barsFollowTheTable()
    {
        CompareView view(m_catalog);
        view.setSelection({QStringLiteral("h100-sxm"), QStringLiteral("b200"), QStringLiteral("feynman")}, QStringLiteral("b200"));
        view.resize(1280, 800);
        view.show();
        view.setChartShown(true);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList order = view.model()->chipIds();
        QCOMPARE(order, (QStringList{QStringLiteral("h100-sxm"), QStringLiteral("b200"), QStringLiteral("feynman")}));
        const Report &r = view.chart()->report();
        int bandwidth = -1;
        QVERIFY(chartOf(r, QStringLiteral("memory_bandwidth"), &bandwidth));
        QVERIFY(!chartOf(r, QStringLiteral("status"))); // a text row has no chart
        const auto &l = view.chart()->layouts().at(bandwidth);
        // The table's chip order, top to bottom; the baseline (B200, second) is named and only it.
        QCOMPARE(l.bars.size(), 3);
        QCOMPARE(l.bars.at(0).label, QStringLiteral("H100 SXM"));
        QCOMPARE(l.bars.at(1).label, QStringLiteral("B200 (HGX) (baseline)"));
        QVERIFY(l.bars.at(1).baseline && !l.bars.at(0).baseline && !l.bars.at(2).baseline);
        QVERIFY(l.bars.at(0).bar.top() < l.bars.at(1).bar.top() && l.bars.at(1).bar.top() < l.bars.at(2).bar.top());
        // Feynman is a projection: marked in its text, never best (the chart marks no best at all).
        QVERIFY(l.bars.at(2).projected);
        QVERIFY(l.bars.at(2).valueText.contains(Report::projectedMarker()));
        QVERIFY(!l.bars.at(0).projected);
        // H100's value, then its ratio to B200's current (disputed) 7.7 TB/s: 3.35 ÷ 7.7 = 0.435; the baseline has no ratio.
        QCOMPARE(l.bars.at(0).valueText, QStringLiteral("3.35 TB/s · 0.435×"));
        QCOMPARE(l.bars.at(1).valueText, QStringLiteral("7.7 TB/s"));

        // The bars wear the chips' colours: H100's (first) bar is drawn in ChipPalette::color(0), B200's in color(1).
        const QImage image = view.chart()->grab().toImage();
        auto colourAt = [&](int bar) {
            const QPointF at = view.chart()->origins().at(bandwidth) + l.bars.at(bar).bar.center() + QPointF(0, 3);
            return image.pixelColor((at * image.devicePixelRatio()).toPoint()).rgb();
        };
        QCOMPARE(colourAt(0), ChipPalette::color(0).rgb());
        QCOMPARE(colourAt(1), ChipPalette::color(1).rgb());
        // A projection is hollow: white inside its dashed outline.
        QCOMPARE(colourAt(2), QColor(Qt::white).rgb());

        // Hovering a bar shows the cell's provenance.
        const QPoint inH100 = (view.chart()->origins().at(bandwidth) + l.bars.at(0).bar.center()).toPoint();
        const QString tip = view.chart()->toolTipAt(inH100);
        QVERIFY(!tip.isEmpty());
        QCOMPARE(tip, view.model()->index(r.charts.at(bandwidth).row, 0).data(CompareModel::ProvenanceRole).toString());
    }

    // Every chart is logarithmic exactly where its row's largest known value is more than ten times its smallest,
    // unless the box is cleared. Bandwidth from H100's 3.35 TB/s to Feynman's projection spans more than that.
    void logScaleWhereARowSpansMoreThanADecade()
    {
        CompareView view(m_catalog);
        view.setSelection({QStringLiteral("h100-sxm"), QStringLiteral("b200"), QStringLiteral("feynman")}, QStringLiteral("h100-sxm"));
        view.resize(1280, 800);
        view.show();
        view.setChartShown(true);
        const Report &r = view.chart()->report();
        int logs = 0, linears = 0;
        for (int i = 0; i < r.charts.size(); ++i) {
            double low = 0, high = 0;
            for (int column : r.charts.at(i).columns) {
                const QVariant v = r.table.rows.at(r.charts.at(i).row).value(column);
                if (v.typeId() == QMetaType::Double && v.toDouble() > 0) {
                    low = low > 0 ? std::min(low, v.toDouble()) : v.toDouble();
                    high = std::max(high, v.toDouble());
                }
            }
            const bool spansADecade = high / low > 10;
            QCOMPARE(view.chart()->layouts().at(i).logScale, spansADecade);
            (spansADecade ? logs : linears)++;
        }
        QVERIFY(logs > 0 && linears > 0);
        int bandwidth = -1;
        QVERIFY(chartOf(r, QStringLiteral("memory_bandwidth"), &bandwidth));
        QVERIFY(view.chart()->layouts().at(bandwidth).logScale);
        view.logScaleBox()->setChecked(false);
        for (const auto &l : view.chart()->layouts())
            QVERIFY(!l.logScale);
        view.logScaleBox()->setChecked(true);
        QVERIFY(view.chart()->layouts().at(bandwidth).logScale);
    }

    void exportsPngAndSvg()
    {
        CompareView view(m_catalog);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        // From the table: the chart is laid out for the file and the table stays on screen.
        QVERIFY2(view.exportChart(png, false, &error), qPrintable(error));
        QVERIFY(!view.chartShown());
        QVERIFY2(view.exportChart(svg, true, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 1000);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("H100 SXM"));
    }
};

QTEST_MAIN(TestCompareChart)
#include "tst_compare_chart.moc"
