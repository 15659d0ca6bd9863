// The Money flows tables as they leave the program: the flow table's own columns and JSON conventions, one row per
// loop with what can go round it, company totals with "up to" amounts in their own columns, and the words (amounts,
// loops, filters) every report and the view share. Hand-made flows; amounts checked by hand.
#include "flow_presets.h"
#include "flow_text.h"
#include "flows_report.h"
#include "report_writer.h"

#include <QFile>
#include <QTest>

using FlowPresets::flow;

namespace {
QList<Company> companies()
{
    return {{QStringLiteral("openai"), QStringLiteral("OpenAI"), QStringLiteral("OpenAI"), QStringLiteral("OpenAI"), QStringLiteral("US"), {}, QStringLiteral("model_lab")},
            {QStringLiteral("oracle"), QStringLiteral("Oracle"), QStringLiteral("甲骨文"), QStringLiteral("甲骨文"), QStringLiteral("US"), QStringLiteral("ORCL"), QStringLiteral("cloud")},
            {QStringLiteral("nvidia"), QStringLiteral("NVIDIA"), QStringLiteral("輝達"), QStringLiteral("英伟达"), QStringLiteral("US"), QStringLiteral("NVDA"), QStringLiteral("chip_designer")}};
}

// openai → oracle 300, oracle → nvidia 40, nvidia → openai up to 100 (from the test source).
QList<Flow> triangle()
{
    QList<Flow> flows{flow("openai", "oracle", 300), flow("oracle", "nvidia", 40), flow("nvidia", "openai", 100, FlowPresets::upTo())};
    flows[0].periodStart = QStringLiteral("2027");
    flows[0].periodEnd = QStringLiteral("2032");
    return flows;
}

FlowsReportContext context(Language language)
{
    FlowsReportContext c;
    c.companies = companies();
    c.sources = {Source{QStringLiteral("test"), QStringLiteral("A test source"), QStringLiteral("Tester"), QStringLiteral("https://example.com"),
                        QStringLiteral("2025-09"), QStringLiteral("press"), QStringLiteral("en"), {}}};
    c.language = language;
    c.datasetVersion = QStringLiteral("test");
    c.date = QDate(2026, 3, 1);
    return c;
}
} // namespace

class TestFlowsReport : public QObject {
    Q_OBJECT
private slots:
    void flowTableHasTheDatasetColumns()
    {
        QFile fixture(QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset/flow.csv"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(fixture.readLine()).trimmed();
        QCOMPARE(flowTableColumns().join(QLatin1Char(',')), header);

        const DataTable t = flowTable(triangle());
        QCOMPARE(t.rows.size(), 3);
        const QVariantList &nvidia = t.rows.at(2);
        QCOMPARE(nvidia.at(t.columns.indexOf(QStringLiteral("amount_usd"))).toDouble(), 100e9);
        QCOMPARE(nvidia.at(t.columns.indexOf(QStringLiteral("upper_bound"))).toLongLong(), 1);
        QCOMPARE(nvidia.at(t.columns.indexOf(QStringLiteral("status"))).toString(), QStringLiteral("active"));
        QVERIFY(!nvidia.at(t.columns.indexOf(QStringLiteral("superseded_by"))).isValid()); // empty text is null
    }

    void cycleRowsMeasureTheLoop()
    {
        const FlowGraph graph(triangle());
        const QList<FlowCycle> cycles = findCycles(graph).cycles;
        const DataTable t = cycleTable(graph, cycles);
        QCOMPARE(t.rows.size(), 1);
        const QVariantList &row = t.rows.first();
        const auto at = [&](const char *c) { return row.at(t.columns.indexOf(QLatin1String(c))); };
        QCOMPARE(at("companies").toString(), QStringLiteral("openai;oracle;nvidia"));
        QCOMPARE(at("flow_ids").toString().split(QLatin1Char(';')).size(), 3);
        QCOMPARE(at("min_usd").toDouble(), 40e9);   // min(300, 40, 100)
        QCOMPARE(at("total_usd").toDouble(), 440e9); // 300 + 40 + 100
        QCOMPARE(at("includes_upper_bounds").toLongLong(), 1);
        QCOMPARE(at("length").toLongLong(), 3);

        const Report report = cyclesReport(graph, cycles, context(Language::English));
        QCOMPARE(report.cellText(0, 0), QStringLiteral("OpenAI → Oracle → NVIDIA → OpenAI"));
        QCOMPARE(report.cellText(0, 1), QStringLiteral("USD 40B"));
        QCOMPARE(report.table.rows.first().at(1).toDouble(), 40e9); // the raw number stays for XLSX and JSON
        QCOMPARE(report.cellText(0, 2), QStringLiteral("USD 440B"));
        QCOMPARE(report.sources.size(), 1);
        const QString markdown = QString::fromUtf8(renderReport(report, ReportFormat::Markdown));
        QVERIFY(markdown.contains(QStringLiteral("OpenAI → Oracle → NVIDIA → OpenAI")));
        QVERIFY(markdown.contains(QStringLiteral("A test source")));
    }

    void companyTotalsKeepUpToApart()
    {
        const FlowGraph graph(triangle());
        const Report report = companyTotalsReport(graph, companyFlows(graph), context(Language::TraditionalChinese));
        const DataTable &t = report.table;
        int openai = -1;
        for (int r = 0; r < t.rows.size(); ++r)
            if (t.rows.at(r).first().toString() == QLatin1String("openai"))
                openai = r;
        QVERIFY(openai >= 0);
        const auto column = [&](const char *c) { return int(t.columns.indexOf(QLatin1String(c))); };
        // openai commits 300 firm and receives up to 100: the 100 is only in the "up to" column.
        QCOMPARE(t.rows.at(openai).at(column("out_usd")).toDouble(), 300e9);
        QCOMPARE(t.rows.at(openai).at(column("in_usd")).toDouble(), 0.0);
        QCOMPARE(t.rows.at(openai).at(column("in_upper_bound_usd")).toDouble(), 100e9);
        // Amounts the way the language writes them: USD 300 billion is 3,000 億美元.
        QCOMPARE(report.cellText(openai, column("out_usd")), QStringLiteral("3,000 億美元"));
        QCOMPARE(report.cellText(0, 0), QStringLiteral("甲骨文")); // oracle: 300 in + 40 out, the most committed
    }

    void flowListSaysUpToAndPeriod()
    {
        const FlowGraph graph(triangle());
        const Report report = flowListReport(graph, context(Language::English));
        const auto column = [&](const char *c) { return int(report.table.columns.indexOf(QLatin1String(c))); };
        QCOMPARE(report.cellText(2, column("amount_usd")), QStringLiteral("up to USD 100B"));
        QCOMPARE(report.cellText(0, column("period")), QStringLiteral("2027 – 2032"));
        QCOMPARE(report.cellText(0, column("from_id")), QStringLiteral("OpenAI"));
        QCOMPARE(report.table.rows.at(0).at(column("from_id")).toString(), QStringLiteral("openai"));
        QCOMPARE(report.cellText(0, column("announced_on")), QStringLiteral("1 September 2025"));
    }

    void wordsOfALoop()
    {
        const FlowGraph graph(triangle());
        FlowCycle cycle = findCycles(graph).cycles.first();
        QCOMPARE(FlowText::loopSentence({QStringLiteral("OpenAI"), QStringLiteral("Oracle"), QStringLiteral("NVIDIA")}, cycle, Language::English),
                 QStringLiteral("OpenAI → Oracle → NVIDIA → OpenAI · at most USD 40B goes round (with \"up to\" amounts on the loop)"));
        cycle.minIsUpperBound = true;
        QCOMPARE(FlowText::loopAmount(cycle, Language::English), QStringLiteral("at most USD 40B goes round, an \"up to\" amount"));
        cycle.minUsd.reset();
        cycle.undisclosedFlows = 2;
        QCOMPARE(FlowText::loopAmount(cycle, Language::English),
                 QStringLiteral("how much goes round is not known: 2 flow(s) on the loop without an amount"));
        QCOMPARE(FlowText::usd(100e9, true, Language::TraditionalChinese), QStringLiteral("up to 1,000 億美元")); // no translator here

        FlowFilter filter;
        filter.kinds = QStringList{QStringLiteral("equity")};
        filter.to = QDate(2025, 12, 31);
        filter.minAmountUsd = 1e9;
        QCOMPARE(FlowText::scope(filter, Language::English), QStringLiteral("Active flows · Equity · announced up to 31 December 2025 · at least USD 1B"));
    }
};

QTEST_GUILESS_MAIN(TestFlowsReport)
#include "tst_flows_report.moc"
