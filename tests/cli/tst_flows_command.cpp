// `compute-atlas flows` as a user runs it (the real binary through QProcess, over the bundled dataset): the JSON the
// issue asks for, the openai → oracle → nvidia loop with the smallest flow on it checked by hand, the filters, and
// wrong usage named with the valid choices.
#include "cli_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {
using Run = CliProcess::Run;

QSet<QString> strings(const QJsonArray &array)
{
    QSet<QString> set;
    for (const QJsonValue &v : array)
        set.insert(v.toString());
    return set;
}
} // namespace

class TestFlowsCommand : public QObject {
    Q_OBJECT

    CliProcess m_cli;

    Run run(const QStringList &args) { return m_cli.run(QStringList{QStringLiteral("flows")} + args); }

    QJsonObject json(const QStringList &args)
    {
        const Run r = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning() << "exit" << r.exitCode << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }

    // The loop whose companies are exactly `ids`, in any rotation; an empty object if there is none.
    static QJsonObject loopOf(const QJsonObject &root, const QSet<QString> &ids)
    {
        for (const QJsonValue &v : root.value(QStringLiteral("cycles")).toArray())
            if (strings(v.toObject().value(QStringLiteral("companies")).toArray()) == ids
                && v.toObject().value(QStringLiteral("companies")).toArray().size() == ids.size())
                return v.toObject();
        return {};
    }

private slots:
    void jsonHasTheIssuesShape()
    {
        const QJsonObject root = json({QStringLiteral("--cycles")});
        QVERIFY(root.value(QStringLiteral("flows")).isArray());
        QVERIFY(root.value(QStringLiteral("companies")).isArray());
        QVERIFY(root.value(QStringLiteral("cycles")).isArray());
        const QJsonObject flow = root.value(QStringLiteral("flows")).toArray().first().toObject();
        // Each flow carries the flow table's columns, amounts as numbers.
        for (const char *key : {"id", "from_id", "to_id", "kind", "amount_usd", "upper_bound", "status", "superseded_by",
                                "announced_on", "period_start", "period_end", "description_en", "description_zh_hant",
                                "description_zh_hans", "source_id", "note"})
            QVERIFY2(flow.contains(QLatin1String(key)), key);
        const QJsonObject company = root.value(QStringLiteral("companies")).toArray().first().toObject();
        for (const char *key : {"id", "name", "role", "out_usd", "out_upper_bound_usd", "in_usd", "in_upper_bound_usd"})
            QVERIFY2(company.contains(QLatin1String(key)), key);
        QVERIFY(company.value(QStringLiteral("out_usd")).isDouble());
        const QJsonObject cycle = root.value(QStringLiteral("cycles")).toArray().first().toObject();
        for (const char *key : {"companies", "flow_ids", "min_usd", "total_usd", "includes_upper_bounds"})
            QVERIFY2(cycle.contains(QLatin1String(key)), key);
        // Without --cycles there is no "cycles" key; every flow counted by default is active.
        const QJsonObject plain = json({});
        QVERIFY(!plain.contains(QStringLiteral("cycles")));
        for (const QJsonValue &v : plain.value(QStringLiteral("flows")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void theOpenAiOracleNvidiaLoop()
    {
        // Counting every status, the loop of the seed articles is there, its NVIDIA → OpenAI hop holding both the
        // lapsed letter of intent and the stake NVIDIA took instead:
        //   openai → oracle  USD 300 B  (openai-oracle-2025-compute)
        //   oracle → nvidia  USD  40 B  (oracle-nvidia-2025-gb200)
        //   nvidia → openai  up to USD 100 B  (nvidia-openai-2025-equity, the letter of intent, now lapsed)
        //                    + USD 30 B  (nvidia-openai-2026-equity, its stake in the round of 2026-02-27)
        // At most min(300, 40, 100 + 30) = 40 B can go all the way round; 300 + 40 + 100 + 30 = 470 B are on the loop.
        const QJsonObject all = json({QStringLiteral("--cycles"), QStringLiteral("--status"), QStringLiteral("all")});
        const QJsonObject loop = loopOf(all, {QStringLiteral("openai"), QStringLiteral("oracle"), QStringLiteral("nvidia")});
        QVERIFY2(!loop.isEmpty(), "no openai → oracle → nvidia loop");
        // It reads from the biggest payer, openai (300 B).
        QCOMPARE(loop.value(QStringLiteral("companies")).toArray(),
                 (QJsonArray{QStringLiteral("openai"), QStringLiteral("oracle"), QStringLiteral("nvidia")}));
        QCOMPARE(strings(loop.value(QStringLiteral("flow_ids")).toArray()),
                 (QSet<QString>{QStringLiteral("openai-oracle-2025-compute"), QStringLiteral("oracle-nvidia-2025-gb200"),
                                QStringLiteral("nvidia-openai-2025-equity"), QStringLiteral("nvidia-openai-2026-equity")}));
        QCOMPARE(loop.value(QStringLiteral("min_usd")).toDouble(), 40e9);
        QCOMPARE(loop.value(QStringLiteral("total_usd")).toDouble(), 470e9);
        QCOMPARE(loop.value(QStringLiteral("includes_upper_bounds")).toBool(), true);
        QCOMPARE(loop.value(QStringLiteral("min_is_upper_bound")).toBool(), false);

        // Live money only (the default): the lapsed letter of intent is not counted; the triangle closes through the
        // 2026 stake alone: at most min(300, 40, 30) = 30 B goes round, 300 + 40 + 30 = 370 B on the loop.
        const QJsonObject active = json({QStringLiteral("--cycles")});
        const QJsonObject triangle = loopOf(active, {QStringLiteral("openai"), QStringLiteral("oracle"), QStringLiteral("nvidia")});
        QVERIFY2(!triangle.isEmpty(), "no live openai → oracle → nvidia loop");
        QCOMPARE(strings(triangle.value(QStringLiteral("flow_ids")).toArray()),
                 (QSet<QString>{QStringLiteral("openai-oracle-2025-compute"), QStringLiteral("oracle-nvidia-2025-gb200"),
                                QStringLiteral("nvidia-openai-2026-equity")}));
        QCOMPARE(triangle.value(QStringLiteral("min_usd")).toDouble(), 30e9);
        QCOMPARE(triangle.value(QStringLiteral("total_usd")).toDouble(), 370e9);
        QCOMPARE(triangle.value(QStringLiteral("includes_upper_bounds")).toBool(), false);
        // The money also comes back to openai through CoreWeave:
        //   openai → oracle 300 B, oracle → nvidia 40 B, nvidia → coreweave 6.3 B + 2 B = 8.3 B,
        //   coreweave → openai 0.35 B: at most min(300, 40, 8.3, 0.35) = 0.35 B goes round;
        //   300 + 40 + 8.3 + 0.35 = 348.65 B on the loop.
        const QJsonObject viaCoreWeave = loopOf(active, {QStringLiteral("openai"), QStringLiteral("oracle"), QStringLiteral("nvidia"),
                                                         QStringLiteral("coreweave")});
        QVERIFY2(!viaCoreWeave.isEmpty(), "no openai → oracle → nvidia → coreweave loop");
        QCOMPARE(viaCoreWeave.value(QStringLiteral("companies")).toArray(),
                 (QJsonArray{QStringLiteral("openai"), QStringLiteral("oracle"), QStringLiteral("nvidia"), QStringLiteral("coreweave")}));
        QCOMPARE(viaCoreWeave.value(QStringLiteral("min_usd")).toDouble(), 0.35e9);
        QCOMPARE(viaCoreWeave.value(QStringLiteral("total_usd")).toDouble(), 348.65e9);
        QCOMPARE(viaCoreWeave.value(QStringLiteral("flow_ids")).toArray().size(), 5); // nvidia → coreweave is two flows
        QCOMPARE(viaCoreWeave.value(QStringLiteral("includes_upper_bounds")).toBool(), false);
    }

    void upperBoundsAreKeptApart()
    {
        // nvidia's active outgoing flows: firm 6.3 B (coreweave capacity) + 2 B (coreweave equity) + 5 B (intel)
        // + 30 B (openai, 2026) + 20 B (groq) + 1 B (nokia) + 1 B (yotta) = 65.3 B;
        // "up to": 2 B (xai) + 10 B (anthropic) = 12 B. The lapsed 100 B is in neither.
        const QJsonObject root = json({QStringLiteral("--company"), QStringLiteral("nvidia")});
        const QJsonArray companies = root.value(QStringLiteral("companies")).toArray();
        QCOMPARE(companies.size(), 1);
        const QJsonObject nvidia = companies.first().toObject();
        QCOMPARE(nvidia.value(QStringLiteral("id")).toString(), QStringLiteral("nvidia"));
        QCOMPARE(nvidia.value(QStringLiteral("role")).toString(), QStringLiteral("chip_designer"));
        QCOMPARE(nvidia.value(QStringLiteral("out_usd")).toDouble(), 65.3e9);
        QCOMPARE(nvidia.value(QStringLiteral("out_upper_bound_usd")).toDouble(), 12e9);
        // Every flow listed touches nvidia.
        for (const QJsonValue &v : root.value(QStringLiteral("flows")).toArray()) {
            const QJsonObject f = v.toObject();
            QVERIFY(f.value(QStringLiteral("from_id")).toString() == QLatin1String("nvidia")
                    || f.value(QStringLiteral("to_id")).toString() == QLatin1String("nvidia"));
        }
    }

    void filtersByKindAndDate()
    {
        const QJsonObject capex = json({QStringLiteral("--kind"), QStringLiteral("capex"), QStringLiteral("--cycles")});
        QVERIFY(!capex.value(QStringLiteral("flows")).toArray().isEmpty());
        for (const QJsonValue &v : capex.value(QStringLiteral("flows")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("capex"));
        QVERIFY(capex.value(QStringLiteral("cycles")).toArray().isEmpty()); // capex takes part in no loop

        // SpaceX's purchase of xAI (USD 250B, all stock) is an acquisition, not financing: it is counted in SpaceX's
        // totals but is in no loop, where it made loops of up to USD 765B out of a company buying another.
        const QJsonObject all = json({QStringLiteral("--cycles"), QStringLiteral("--status"), QStringLiteral("all")});
        bool listed = false;
        for (const QJsonValue &v : all.value(QStringLiteral("flows")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("spacex-xai-2026-02")) {
                listed = true;
                QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("acquisition"));
            }
        QVERIFY(listed);
        for (const QJsonValue &v : all.value(QStringLiteral("cycles")).toArray())
            QVERIFY2(!v.toObject().value(QStringLiteral("flow_ids")).toArray().contains(QStringLiteral("spacex-xai-2026-02")),
                     qPrintable(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));

        // As of the end of 2024 nothing announced in 2025 counts; --as-of 2024 means the whole year.
        const QJsonObject old = json({QStringLiteral("--as-of"), QStringLiteral("2024")});
        QVERIFY(!old.value(QStringLiteral("flows")).toArray().isEmpty());
        for (const QJsonValue &v : old.value(QStringLiteral("flows")).toArray())
            QVERIFY2(v.toObject().value(QStringLiteral("announced_on")).toString() < QLatin1String("2025"),
                     qPrintable(v.toObject().value(QStringLiteral("id")).toString()));
    }

    void csvAndTable()
    {
        const Run csv = run({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("id,from_id,to_id,kind,amount_usd,upper_bound,announced_on,period_start,period_end,"
                                   "description_en,description_zh_hant,description_zh_hans,source_id,note,status,superseded_by\r\n"));
        const Run loops = run({QStringLiteral("--cycles"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(loops.exitCode, 0);
        QVERIFY(loops.out.startsWith("companies,flow_ids,min_usd,min_is_upper_bound,total_usd,includes_upper_bounds,"));
        QVERIFY(loops.out.contains("openai;oracle;nvidia;coreweave,"));

        const Run table = run({QStringLiteral("--cycles"), QStringLiteral("--status"), QStringLiteral("all")});
        QCOMPARE(table.exitCode, 0);
        const QString text = QString::fromUtf8(table.out);
        QVERIFY2(text.contains(QStringLiteral("OpenAI → Oracle → NVIDIA → OpenAI · at most USD 40B goes round")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("Company totals")));
        QVERIFY(text.contains(QStringLiteral("Sources")));
    }

    void wrongUsageNamesTheChoices_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("kind") << QStringList{"--kind", "gift"} << "'gift' is not a valid kind; valid: equity, chip_purchase, compute_contract";
        QTest::newRow("status") << QStringList{"--status", "lapsed"} << "'lapsed' is not a valid status; valid: active, all";
        QTest::newRow("company") << QStringList{"--company", "nvda"} << "'nvda' is not a valid company; valid: nvidia, google";
        QTest::newRow("date") << QStringList{"--as-of", "2025-13"} << "'2025-13' is not a date";
        QTest::newRow("format") << QStringList{"--format", "xlsx"} << "'xlsx' is not a valid format; valid: table, json, csv";
        QTest::newRow("option") << QStringList{"--cycle"} << "unknown option '--cycle'";
    }
    void wrongUsageNamesTheChoices()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("usage: compute-atlas flows [--company ID]... [--kind K]... [--status active|all] [--as-of DATE] [--cycles]"));
    }
};

QTEST_GUILESS_MAIN(TestFlowsCommand)
#include "tst_flows_command.moc"
