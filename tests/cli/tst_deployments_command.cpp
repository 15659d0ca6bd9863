// `compute-atlas deployments` as a user runs it (issue 9), on the bundled dataset: the numbers of the issue's
// "Done when" for South Korea, the tokens measure against its own working, and wrong usage.
#include "cli_process.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestDeploymentsCommand : public QObject {
    Q_OBJECT

    CliProcess m_cli;

    CliProcess::Run run(const QStringList &args) { return m_cli.run(QStringList{QStringLiteral("deployments")} + args); }

    QJsonObject json(const QStringList &args)
    {
        const CliProcess::Run r = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return r.json().object();
    }

private slots:
    void koreaByOwner()
    {
        const QJsonObject o = json({QStringLiteral("--by"), QStringLiteral("owner"), QStringLiteral("--country"), QStringLiteral("KR")});
        QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("owner"));
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        // The five owners of the APEC 2025 purchases: NAVER 60,000, then four of 50,000 (by key).
        QCOMPARE(groups.size(), 5);
        QStringList keys;
        for (const QJsonValue &g : groups) {
            keys << g[QStringLiteral("key")].toString();
            QCOMPARE(g[QStringLiteral("units_installed")].toDouble(), 0.0);
            QCOMPARE(g[QStringLiteral("units")].toDouble(), g[QStringLiteral("units_planned")].toDouble());
            QCOMPARE(g[QStringLiteral("sites")].toInt(), 1);
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("naver"), QStringLiteral("hyundai"), QStringLiteral("kr-gov"),
                                    QStringLiteral("samsung"), QStringLiteral("sk-group")}));
        QCOMPARE(groups.at(0)[QStringLiteral("units_planned")].toDouble(), 60000.0);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(groups.at(i)[QStringLiteral("units_planned")].toDouble(), 50000.0);
        // Rows with no owner (the two estimates of the installed base, 65,000 + 40,000, and the national total,
        // which adds nothing beyond its parts) are not an owner: they are reported apart.
        QCOMPARE(o.value(QStringLiteral("unattributed"))[QStringLiteral("units_unknown")].toDouble(), 105000.0);
    }

    void koreaByCountry()
    {
        // Planned: 50,000 × 4 + 60,000 = 260,000 in five sites; the 300,000 national total is not added.
        QJsonObject o = json({QStringLiteral("--by"), QStringLiteral("country"), QStringLiteral("--country"), QStringLiteral("KR"),
                              QStringLiteral("--kind"), QStringLiteral("planned")});
        QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject kr = groups.first().toObject();
        QCOMPARE(kr.value(QStringLiteral("key")).toString(), QStringLiteral("KR"));
        QCOMPARE(kr.value(QStringLiteral("name")).toString(), QStringLiteral("South Korea"));
        QCOMPARE(kr.value(QStringLiteral("units")).toDouble(), 260000.0);
        QCOMPARE(kr.value(QStringLiteral("units_planned")).toDouble(), 260000.0);
        QCOMPARE(kr.value(QStringLiteral("sites")).toInt(), 5);
        QVERIFY(kr.value(QStringLiteral("deployment_ids")).toArray().contains(QStringLiteral("kr-total-2025-planned")));
        // Every purchase names "NVIDIA Blackwell" without a model: all 260,000 count as B200 (an assumption):
        // 260,000 × 2.25e15 ÷ 989.5e12 = 591,207.7 H100-equivalents.
        QCOMPARE(qRound(kr.value(QStringLiteral("h100e")).toDouble()), 591208);
        QCOMPARE(kr.value(QStringLiteral("h100e_assumed_units")).toDouble(), 260000.0);
        const QJsonArray assumptions = o.value(QStringLiteral("assumptions")).toArray();
        QCOMPARE(assumptions.size(), 1);
        QCOMPARE(assumptions.first()[QStringLiteral("chip_id")].toString(), QStringLiteral("b200"));
        // The government's GPUs deployed through NAVER Cloud may be NAVER's: min(50,000, 60,000) flagged.
        const QJsonArray overlaps = kr.value(QStringLiteral("overlaps")).toArray();
        QCOMPARE(overlaps.size(), 1);
        QCOMPARE(overlaps.first()[QStringLiteral("units_at_risk")].toDouble(), 50000.0);

        // Every kind: the installed base's two estimates (65,000 and 40,000) are unknown, not planned.
        o = json({QStringLiteral("--country"), QStringLiteral("KR")});
        const QJsonObject all = o.value(QStringLiteral("groups")).toArray().first().toObject();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("all"));
        QCOMPARE(all.value(QStringLiteral("units_planned")).toDouble(), 260000.0);
        QCOMPARE(all.value(QStringLiteral("units_unknown")).toDouble(), 105000.0);
        QCOMPARE(all.value(QStringLiteral("units")).toDouble(), 365000.0);
        QCOMPARE(all.value(QStringLiteral("overlaps")).toArray().size(), 2);
    }

    void tokensMultiplyUnitsByTheChipsFigure()
    {
        const QJsonObject o = json({QStringLiteral("--country"), QStringLiteral("KR"), QStringLiteral("--kind"), QStringLiteral("planned"),
                                    QStringLiteral("--measure"), QStringLiteral("tokens"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
                                    QStringLiteral("--precision"), QStringLiteral("fp8"), QStringLiteral("--context"), QStringLiteral("4096")});
        const QJsonObject model = o.value(QStringLiteral("model")).toObject();
        QCOMPARE(model.value(QStringLiteral("id")).toString(), QStringLiteral("llama-3.1-70b"));
        QCOMPARE(model.value(QStringLiteral("context")).toInt(), 4096);
        double b200 = 0;
        for (const QJsonValue &c : model.value(QStringLiteral("chips")).toArray())
            if (c[QStringLiteral("chip_id")].toString() == QLatin1String("b200"))
                b200 = c[QStringLiteral("tokens_per_s_per_chip")].toDouble();
        QVERIFY(b200 > 0);
        // Korea's 260,000 planned GPUs, all counted as B200: 260,000 × the B200's tokens/s per chip.
        const QJsonObject kr = o.value(QStringLiteral("groups")).toArray().first().toObject();
        QCOMPARE(kr.value(QStringLiteral("tokens_per_s")).toDouble(), 260000.0 * b200);
        QCOMPARE(kr.value(QStringLiteral("units_without_tokens")).toDouble(), 0.0);
    }

    void powerTurnsIntoAccelerators()
    {
        // Every group with megawatts says what they hold as Rubin in the Vera Rubin rack: 2,300 W x 1.4 x 1.2 =
        // 3,864 W at the wall, so MW x 1e6 / 3,864 accelerators, and tokens/s = accelerators x tokens/s per chip.
        const QJsonObject root = json({QStringLiteral("--by"), QStringLiteral("owner"), QStringLiteral("--measure"), QStringLiteral("tokens"),
                                       QStringLiteral("--power-chip"), QStringLiteral("rubin")});
        int checked = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject g = v.toObject();
            if (g.value(QStringLiteral("power_mw")).isNull()) {
                QVERIFY(g.value(QStringLiteral("power_holds")).isNull());
                continue;
            }
            const QJsonObject holds = g.value(QStringLiteral("power_holds")).toObject();
            QCOMPARE(holds.value(QStringLiteral("system_id")).toString(), QStringLiteral("vera-rubin-nvl144"));
            QCOMPARE(holds.value(QStringLiteral("facility_power_w_per_accelerator")).toDouble(), 3864.0);
            const double accelerators = g.value(QStringLiteral("power_mw")).toDouble() * 1e6 / 3864;
            QCOMPARE(holds.value(QStringLiteral("accelerators")).toDouble(), accelerators);
            QVERIFY(holds.value(QStringLiteral("tokens_per_s")).toDouble() > accelerators); // more than one token/s per chip
            ++checked;
        }
        QVERIFY(checked > 3);
    }

    void tableAndCsv()
    {
        CliProcess::Run r = run({QStringLiteral("--country"), QStringLiteral("KR"), QStringLiteral("--kind"), QStringLiteral("planned")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("KR   South Korea"), r.out.constData());
        QVERIFY(r.out.contains("260000"));
        r = run({QStringLiteral("--by"), QStringLiteral("owner"), QStringLiteral("--country"), QStringLiteral("KR"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("key,name,units,units_installed,units_planned,units_unknown,h100e,"));
        QVERIFY(r.out.contains("\r\nnaver,NAVER,60000,0,60000,0,"));
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("grouping") << QStringList{QStringLiteral("--by"), QStringLiteral("region")}
                                  << "'region' is not a valid grouping; valid: country, owner, chip, site";
        QTest::newRow("kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("unknown")}
                              << "'unknown' is not a valid kind; valid: installed, planned, all";
        QTest::newRow("country") << QStringList{QStringLiteral("--country"), QStringLiteral("XX")}
                                 << "'XX' is not a country code of the dataset";
        QTest::newRow("measure") << QStringList{QStringLiteral("--measure"), QStringLiteral("flops")}
                                 << "'flops' is not a valid measure; valid: units, h100e, power, tokens";
        QTest::newRow("model") << QStringList{QStringLiteral("--measure"), QStringLiteral("tokens"), QStringLiteral("--model"), QStringLiteral("gpt-9")}
                               << "'gpt-9' is not a valid model; valid: ";
        QTest::newRow("model without tokens") << QStringList{QStringLiteral("--model"), QStringLiteral("llama-3.1-70b")}
                                              << "--model, --precision and --context are for --measure tokens";
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}
                                << "'xlsx' is not a valid format; valid: json, table, csv";
    }
    void wrongUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliProcess::Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        const CliProcess::Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("usage: compute-atlas deployments [--by country|owner|chip|site]"));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentsCommand)
#include "tst_deployments_command.moc"
