// The Money flows view offscreen over the real bundled dataset: it counts what the model counts, the status filter
// brings the lapsed letter of intent back into the openai → oracle → nvidia loop, a company or a loop lights up and
// the rest dims, the as-of slider replays the graph, filters and dragged positions are remembered, the words follow
// the interface language, and every table and picture exports. At 1280×800 no company sits on another.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "flows/flow_details.h"
#include "flows/flow_graph_items.h"
#include "flows/flow_graph_view.h"
#include "flows/flow_timeline_chart.h"
#include "flows/flows_view.h"
#include "language_manager.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

class TestFlowsView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static int rowOf(const QListWidget *list, const QString &text)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(text))
                return i;
        return -1;
    }

    // A view laid out as in a 1280×800 window (the navigation bar takes the rest).
    static void show(FlowsView &view)
    {
        view.resize(1160, 740);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("compute-atlas-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void countsWhatTheModelCounts()
    {
        FlowsView view(m_catalog);
        view.setLanguage(Language::English);
        // By default: live money only, every kind, every date.
        const FlowGraph model(m_catalog.flows(), FlowFilter{});
        QCOMPARE(view.graph().flows().size(), model.flows().size());
        const QList<FlowCycle> loops = findCycles(model).cycles;
        QCOMPARE(view.cycles().size(), loops.size());
        QCOMPARE(view.loopList()->count(), loops.size());
        // The lapsed letter of intent is drawn, faded, and not counted; so is every other flow that is not live:
        // 3 lapsed (the letter of intent, its 10 GW purchase, CoreWeave–Core Scientific) and 5 superseded capex rows
        // (three 2025 guidances replaced by the actuals, two February 2026 guidances by the April ones) and 2 subset
        // capex rows (Amazon's Indiana campus, Microsoft's UK investment), each part of its company's capex.
        FlowEdgeItem *loi = view.graphView()->edge(QStringLiteral("nvidia-openai-2025-equity"));
        QVERIFY(loi);
        QVERIFY(loi->spec().faded);
        QCOMPARE(loi->spec().style, Qt::DashLine); // "up to"
        QVERIFY(view.graphView()->edge(QStringLiteral("alphabet-2026-capex-guidance-02"))->spec().faded);
        int notLive = 0;
        for (const Flow &f : m_catalog.flows())
            notLive += f.status != QLatin1String("active");
        QCOMPARE(notLive, 10); // 3 + 5 + 2
        QVERIFY(view.graphView()->edge(QStringLiteral("amazon-2025-indiana-capex"))->spec().faded);
        // Its detail says why it is in no total, and names the company-wide row it is part of.
        for (const Flow &f : m_catalog.flows())
            if (f.id == QLatin1String("amazon-2025-indiana-capex")) {
                const QString html = FlowDetails::flowHtml(f, m_catalog, Language::English);
                QVERIFY2(html.contains(QStringLiteral("its amount is not added to any total")), qPrintable(html));
                QVERIFY(FlowDetails::flowToolTip(f, m_catalog, Language::English).contains(QStringLiteral("not counted twice")));
                QVERIFY(f.note.contains(QStringLiteral("amazon-2025-capex-actual")));
            }
        QCOMPARE(view.graphView()->visibleEdgeCount(), int(model.flows().size()) + notLive);
        QVERIFY(view.summary()->text().contains(QStringLiteral("%1 flows counted").arg(model.flows().size())));
        // The largest loop first, said the way.
        QVERIFY2(view.loopList()->item(0)->text().contains(QStringLiteral(" goes round")), qPrintable(view.loopList()->item(0)->text()));
    }

    void everyStatusBringsTheLetterOfIntentBack()
    {
        FlowsView view(m_catalog);
        view.setLanguage(Language::English);
        // Live money only, the loop closes through NVIDIA's 30 B stake of 2026: min(300, 40, 30) = 30 B goes round.
        QVERIFY(rowOf(view.loopList(), QStringLiteral("OpenAI → Oracle → NVIDIA → OpenAI · at most USD 30B goes round")) >= 0);
        view.setStatusChoice(2);
        // With the lapsed letter of intent: min(300, 40, up to 100 + 30) = 40 B goes round (tst_flows_command checks
        // the same loop through the CLI).
        const int row = rowOf(view.loopList(), QStringLiteral("OpenAI → Oracle → NVIDIA → OpenAI · at most USD 40B goes round"));
        QVERIFY2(row >= 0, qPrintable(view.loopList()->item(0)->text()));
        view.selectLoop(row);
        QVERIFY(view.graphView()->hasHighlight());
        QCOMPARE(view.graphView()->edge(QStringLiteral("oracle-nvidia-2025-gb200"))->opacity(), 1.0);
        QVERIFY(view.graphView()->edge(QStringLiteral("openai-microsoft-2025-azure"))->opacity() < 0.5);
        QVERIFY(view.graphView()->node(QStringLiteral("jpmorgan"))->opacity() < 0.5);
        const QString details = view.loopDetails()->toPlainText();
        QVERIFY(details.contains(QStringLiteral("All flows on the loop: USD 470B"))); // 300 + 40 + 100 + 30
        QVERIFY(details.contains(QStringLiteral("Lapsed")));
        QVERIFY(details.contains(QStringLiteral("Nvidia and OpenAI forge $100 billion alliance"))); // the source's title
        // The note's source ids read as the sources' titles.
        QVERIFY(details.contains(QStringLiteral("Pledge to invest $100 bn in OpenAI was 'never a commitment': Nvidia")));
        QVERIFY(!details.contains(QStringLiteral("business-standard-2026-02-nvidia-openai")));
    }

    void aCompanyLightsUpAndTheRestDims()
    {
        FlowsView view(m_catalog);
        view.setLanguage(Language::English);
        view.selectCompany(QStringLiteral("oracle"));
        QCOMPARE(view.selectedCompany(), QStringLiteral("oracle"));
        QCOMPARE(view.graphView()->node(QStringLiteral("oracle"))->opacity(), 1.0);
        QCOMPARE(view.graphView()->node(QStringLiteral("openai"))->opacity(), 1.0); // a counterparty
        QVERIFY(view.graphView()->node(QStringLiteral("softbank"))->opacity() < 0.5);
        QVERIFY(view.graphView()->edge(QStringLiteral("softbank-openai-2025-03"))->opacity() < 0.5);
        const QString panel = view.companyPanel()->toPlainText();
        // Oracle receives 300 B from OpenAI and commits 40 B to NVIDIA, 21.2 B of fiscal-2025 capex and 50 B of
        // fiscal-2026 capex guidance: 40 + 21.2 + 50 = 111.2 B, shown to three figures.
        QVERIFY2(panel.contains(QStringLiteral("Receives (in)\nUSD 300B")), qPrintable(panel));
        QVERIFY2(panel.contains(QStringLiteral("Commits (out)\nUSD 111B")), qPrintable(panel));
        QVERIFY(panel.contains(QStringLiteral("Oracle to buy about 400,000 NVIDIA GB200 superchips")));
        view.openRequest({{QStringLiteral("company"), QStringLiteral("nvidia")}});
        QCOMPARE(view.selectedCompany(), QStringLiteral("nvidia"));
    }

    void asOfReplaysTheGraph()
    {
        FlowsView view(m_catalog);
        view.setLanguage(Language::English);
        const int all = int(view.graph().flows().size());
        QCOMPARE(view.asOfSlider()->value(), view.asOfSlider()->maximum());
        QCOMPARE(view.asOfSlider()->maximum() + 1, view.timeline()->barCount());
        view.setAsOfBar(0); // "Earlier": before the timeline's three years
        QVERIFY(view.filter().to.isValid());
        QVERIFY(view.graph().flows().size() < all);
        for (const Flow &f : view.graph().flows())
            QVERIFY2(f.announcedFirst() <= view.filter().to, qPrintable(f.id));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("asOfLabel"))->text().startsWith(QStringLiteral("As of the end of")));
        view.setAsOfBar(view.asOfSlider()->maximum());
        QCOMPARE(int(view.graph().flows().size()), all);
        QVERIFY(!view.filter().to.isValid());
    }

    void kindAndAmountFilters()
    {
        FlowsView view(m_catalog);
        view.setLanguage(Language::English);
        view.setKinds({QStringLiteral("capex")});
        QVERIFY(!view.graph().flows().isEmpty());
        for (const Flow &f : view.graph().flows())
            QCOMPARE(f.kind, QStringLiteral("capex"));
        QVERIFY(view.cycles().isEmpty()); // capex takes part in no loop
        view.setKinds({});
        view.setMinimumAmount(100e9);
        QVERIFY(!view.graph().flows().isEmpty());
        for (const Flow &f : view.graph().flows())
            QVERIFY(f.amountUsd && *f.amountUsd >= 100e9);
    }

    void filtersAndPositionsAreRemembered()
    {
        QPointF moved;
        {
            FlowsView view(m_catalog);
            view.setLanguage(Language::English);
            show(view);
            view.setStatusChoice(1);
            view.findChild<QToolButton *>(QStringLiteral("kind_loan"))->setChecked(false);
            CompanyNodeItem *oracle = view.graphView()->node(QStringLiteral("oracle"));
            oracle->setPos(view.graphView()->toScene(QPointF(0.9, 0.1)));
            view.graphView()->nodeDropped(oracle); // what releasing the mouse after a drag does
            moved = view.graphView()->positions().value(QStringLiteral("oracle"));
            // Redrawn for another filter, it stays where it was put: its column's spacing no longer moves it.
            view.setMinimumAmount(1e9);
            const QPointF at = view.graphView()->node(QStringLiteral("oracle"))->pos();
            QVERIFY(QLineF(at, view.graphView()->toScene(moved)).length() < 0.5);
            view.setMinimumAmount(0);
            QSettings settings;
            view.saveSettings(settings);
        }
        QVERIFY(std::abs(moved.x() - 0.9) < 0.01 && std::abs(moved.y() - 0.1) < 0.01);
        FlowsView again(m_catalog);
        again.setLanguage(Language::English);
        again.restoreSettings(QSettings());
        QCOMPARE(again.filter().statuses, (QStringList{QStringLiteral("active"), QStringLiteral("lapsed")}));
        QVERIFY(!again.filter().kinds.contains(QStringLiteral("loan")));
        QVERIFY(again.filter().kinds.contains(QStringLiteral("equity")));
        QCOMPARE(again.graphView()->positions().value(QStringLiteral("oracle")), moved);
        QSettings().clear();
    }

    void noCompanySitsOnAnotherAt1280By800()
    {
        FlowsView view(m_catalog);
        view.setLanguage(Language::English);
        show(view);
        QList<CompanyNodeItem *> nodes;
        for (const QString &id : view.graphView()->visibleCompanies())
            nodes << view.graphView()->node(id);
        QVERIFY(nodes.size() > 20);
        for (int i = 0; i < nodes.size(); ++i)
            for (int j = i + 1; j < nodes.size(); ++j) {
                const QRectF a = nodes.at(i)->sceneBoundingRect(), b = nodes.at(j)->sceneBoundingRect();
                QVERIFY2(!a.intersects(b), qPrintable(QStringLiteral("%1 and %2 overlap").arg(nodes.at(i)->id(), nodes.at(j)->id())));
            }
        // Every label is whole: nothing elided at this size.
        for (const CompanyNodeItem *n : std::as_const(nodes))
            for (const QString &line : n->labelLines())
                QVERIFY2(!line.endsWith(QChar(0x2026)), qPrintable(n->id() + QStringLiteral(": ") + line));
    }

    void followsTheInterfaceLanguage()
    {
        FlowsView view(m_catalog);
        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_TW"), LanguageManager::Remember::No));
        view.setLanguage(Language::TraditionalChinese);
        view.setStatusChoice(2);
        const int row = rowOf(view.loopList(), QStringLiteral("OpenAI → 甲骨文 → 輝達 → OpenAI · 最多 400 億美元可繞行一圈"));
        QVERIFY2(row >= 0, qPrintable(view.loopList()->item(0)->text()));
        view.selectCompany(QStringLiteral("oracle"));
        QVERIFY(view.companyPanel()->toPlainText().contains(QStringLiteral("3,000 億美元")));
        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN"), LanguageManager::Remember::No));
        view.setLanguage(Language::SimplifiedChinese);
        QVERIFY(rowOf(view.loopList(), QStringLiteral("OpenAI → 甲骨文 → 英伟达 → OpenAI · 最多 400 亿美元可绕行一圈")) >= 0);
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void exportsEveryTableAndPicture()
    {
        FlowsView view(m_catalog);
        view.setLanguage(Language::English);
        show(view);
        QTemporaryDir out;
        QString error;
        const QList<std::pair<FlowsView::Table, QByteArray>> tables{
            {FlowsView::Table::Flows, "ID,From,To,Kind,Amount (USD)"},
            {FlowsView::Table::Loops, "Loop,At most round the loop (USD)"},
            {FlowsView::Table::Companies, "Company,Role,Committed out (USD)"},
        };
        for (const auto &[table, header] : tables) {
            for (const auto &[format, suffix] : {std::pair{ReportFormat::Csv, "csv"}, std::pair{ReportFormat::Json, "json"},
                                                 std::pair{ReportFormat::Markdown, "md"}, std::pair{ReportFormat::Html, "html"},
                                                 std::pair{ReportFormat::Xlsx, "xlsx"}, std::pair{ReportFormat::Pdf, "pdf"}}) {
                const QString path = out.filePath(QStringLiteral("t%1.%2").arg(int(table)).arg(QLatin1String(suffix)));
                QVERIFY2(view.exportTable(table, path, format, &error), qPrintable(error));
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly) && f.size() > 100);
                if (format == ReportFormat::Csv)
                    QVERIFY2(f.readAll().startsWith("\xEF\xBB\xBF" + header), qPrintable(path));
            }
        }
        for (const auto picture : {FlowsView::Picture::Graph, FlowsView::Picture::Timeline}) {
            const QString png = out.filePath(QStringLiteral("p%1.png").arg(int(picture)));
            QVERIFY2(view.exportPicture(picture, png, ChartImageFormat::Png, &error), qPrintable(error));
            QVERIFY(QImage(png).width() >= 400);
            const QString svg = out.filePath(QStringLiteral("p%1.svg").arg(int(picture)));
            QVERIFY2(view.exportPicture(picture, svg, ChartImageFormat::Svg, &error), qPrintable(error));
            QFile f(svg);
            QVERIFY(f.open(QIODevice::ReadOnly) && f.readAll().contains("<svg"));
        }
    }
};

QTEST_MAIN(TestFlowsView)
#include "tst_flows_view.moc"
