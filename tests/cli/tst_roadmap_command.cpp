// `compute-atlas roadmap` as a user runs it, on the bundled dataset: chips and events in date order, event titles in
// the chosen language, the vendor filter, and bad usage.
#include "cli_process.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestRoadmapCommand : public QObject {
    Q_OBJECT

    CliProcess m_cli;

    CliProcess::Run roadmap(const QStringList &args) { return m_cli.run(QStringList{QStringLiteral("roadmap")} + args); }

    static QJsonObject byId(const QJsonArray &array, const QString &id)
    {
        for (const QJsonValue &v : array)
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

private slots:
    void jsonListsChipsAndEventsInDateOrder()
    {
        const CliProcess::Run r = roadmap({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = r.json().object();
        const QJsonArray chips = root.value(QStringLiteral("chips")).toArray();
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        // Every chip of the dataset, as `chips` lists them.
        QCOMPARE(chips.size(), m_cli.run({QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")}).json().array().size());
        QVERIFY(events.size() >= 30);
        for (const QJsonValue &v : chips)
            for (const char *key : {"id", "name", "vendor", "family", "announced", "available", "status", "projected"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        for (const QJsonValue &v : events)
            for (const char *key : {"id", "date", "end_date", "kind", "title"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        // Announcement order: TPU v4 (2021-05) first, then H100 (2022-03); dates as written.
        QCOMPARE(chips.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("tpu-v4"));
        QCOMPARE(chips.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("h100-sxm"));
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i - 1).toObject().value(QStringLiteral("date")).toString().left(7)
                    <= events.at(i).toObject().value(QStringLiteral("date")).toString().left(7));
        // Feynman is the projection; TPU v5e has no availability date (null, not "").
        QCOMPARE(byId(chips, QStringLiteral("feynman")).value(QStringLiteral("projected")).toBool(), true);
        QCOMPARE(byId(chips, QStringLiteral("rubin")).value(QStringLiteral("projected")).toBool(), false);
        QVERIFY(byId(chips, QStringLiteral("tpu-v5e")).value(QStringLiteral("available")).isNull());
        // GTC 2026: 16–19 March, San Jose.
        const QJsonObject gtc = byId(events, QStringLiteral("nvidia-gtc-2026"));
        QCOMPARE(gtc.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-16"));
        QCOMPARE(gtc.value(QStringLiteral("end_date")).toString(), QStringLiteral("2026-03-19"));
        QCOMPARE(gtc.value(QStringLiteral("kind")).toString(), QStringLiteral("conference"));
        QCOMPARE(gtc.value(QStringLiteral("title")).toString(), QStringLiteral("NVIDIA GTC 2026"));
    }

    void titlesInTheChosenLanguage()
    {
        const QJsonObject tw = roadmap({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("zh_TW")}).json().object();
        QCOMPARE(byId(tw.value(QStringLiteral("events")).toArray(), QStringLiteral("nvidia-gtc-2026")).value(QStringLiteral("title")).toString(),
                 QStringLiteral("輝達 GTC 2026 大會"));
        // --lang before the sub-command works too.
        const CliProcess::Run cn = m_cli.run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("roadmap"), QStringLiteral("--format"),
                                              QStringLiteral("json")});
        QCOMPARE(byId(cn.json().object().value(QStringLiteral("events")).toArray(), QStringLiteral("nvidia-gtc-2026")).value(QStringLiteral("title")).toString(),
                 QStringLiteral("英伟达 GTC 2026 大会"));
    }

    void vendorFilter()
    {
        const QJsonObject root = roadmap({QStringLiteral("--vendor"), QStringLiteral("google"), QStringLiteral("--vendor"), QStringLiteral("超微"),
                                          QStringLiteral("--format"), QStringLiteral("json")})
                                     .json()
                                     .object();
        QStringList vendors;
        for (const QString &array : {QStringLiteral("chips"), QStringLiteral("events")})
            for (const QJsonValue &v : root.value(array).toArray())
                if (!vendors.contains(v.toObject().value(QStringLiteral("vendor")).toString()))
                    vendors << v.toObject().value(QStringLiteral("vendor")).toString();
        vendors.sort();
        QCOMPARE(vendors, (QStringList{QStringLiteral("amd"), QStringLiteral("google")}));
        QCOMPARE(root.value(QStringLiteral("chips")).toArray().size(), 7 + 4); // TPU v4 … TPU 8i, MI300X … MI455X
    }

    void csvAndTable()
    {
        const CliProcess::Run csv = roadmap({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--vendor"), QStringLiteral("intel")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("kind,id,vendor,name,family,announced,available,status,projected,date,end_date,event_kind"));
        QCOMPARE(lines.size(), 5); // Gaudi 3 and its launch, both 2024-04 (the chip first), then Crescent Island and its event
        QVERIFY(lines.at(1).startsWith("chip,gaudi3,intel,Gaudi 3 (OAM),Gaudi,2024-04,2024-H2,shipping,false"));
        QVERIFY(lines.at(2).startsWith("event,gaudi3-launch,intel,"));

        const CliProcess::Run table = roadmap({QStringLiteral("--vendor"), QStringLiteral("NVIDIA")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Feynman (projected)"));
        QVERIFY(table.out.contains("NVIDIA GTC 2026"));
    }

    void badUsage()
    {
        const CliProcess::Run vendor = roadmap({QStringLiteral("--vendor"), QStringLiteral("Nokia")});
        QCOMPARE(vendor.exitCode, 2);
        QVERIFY2(vendor.err.contains(QStringLiteral("'Nokia' is not a valid vendor; valid: nvidia, google, amd, aws, intel")), qPrintable(vendor.err));
        const CliProcess::Run format = roadmap({QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY2(format.err.contains(QStringLiteral("valid: json, table, csv")), qPrintable(format.err));
        const CliProcess::Run stray = roadmap({QStringLiteral("rubin")});
        QCOMPARE(stray.exitCode, 2);
        QVERIFY(stray.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoadmapCommand)
#include "tst_roadmap_command.moc"
