// `compute-atlas memory` as a user runs it, on the bundled dataset: the JSON the issue asks for (shares with their
// basis and what they are a share of, chips with their memory type), CSV of one part, and bad usage.
#include "cli_process.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestMemoryCommand : public QObject {
    Q_OBJECT

    CliProcess m_cli;

    CliProcess::Run memory(const QStringList &args) { return m_cli.run(QStringList{QStringLiteral("memory")} + args); }

    static QJsonObject find(const QJsonArray &array, const char *key, const QString &value)
    {
        for (const QJsonValue &v : array)
            if (v.toObject().value(QLatin1String(key)).toString() == value)
                return v.toObject();
        return {};
    }

private slots:
    void jsonHasSharesChipsAndOutlook()
    {
        const CliProcess::Run r = memory({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = r.json().object();
        const QJsonArray shares = root.value(QStringLiteral("shares")).toArray();
        const QJsonArray chips = root.value(QStringLiteral("chips")).toArray();
        QVERIFY(shares.size() >= 20);
        for (const QJsonValue &v : shares)
            for (const char *key : {"segment", "period", "company_id", "share_pct", "basis", "share_of", "source_id"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        // Counterpoint's 2025-Q3 revenue shares: SK hynix 57, Samsung 22, Micron 21 (57 + 22 + 21 = 100).
        const QJsonObject q3 = find(shares, "id", QStringLiteral("hbm.2025-q3.sk-hynix"));
        QCOMPARE(q3.value(QStringLiteral("share_pct")).toDouble(), 57.0);
        QCOMPARE(q3.value(QStringLiteral("share_of")).toString(), QStringLiteral("revenue"));
        QCOMPARE(find(shares, "id", QStringLiteral("hbm.2022.sk-hynix")).value(QStringLiteral("share_of")).toString(), QStringLiteral("unknown"));
        // H100: HBM3, 5 stacks, 80 GiB = 85,899,345,920 B at 3.35e12 B/s; 3.35e12 / 85,899,345,920 = 39.0 reads/s.
        const QJsonObject h100 = find(chips, "chip_id", QStringLiteral("h100-sxm"));
        QCOMPARE(h100.value(QStringLiteral("memory_type")).toString(), QStringLiteral("HBM3"));
        QCOMPARE(h100.value(QStringLiteral("stacks")).toInt(), 5);
        QCOMPARE(h100.value(QStringLiteral("memory_bytes")).toDouble(), 85899345920.0);
        QCOMPARE(qRound(h100.value(QStringLiteral("reads_per_s")).toDouble()), 39);
        // No source names Trainium2's HBM generation: null, not a guess.
        QVERIFY(find(chips, "chip_id", QStringLiteral("trainium2")).value(QStringLiteral("memory_type")).isNull());
        // HBF: 1.6 TB/s read per stack, a target.
        const QJsonObject hbf = find(root.value(QStringLiteral("outlook")).toArray(), "id", QStringLiteral("hbf.read-bandwidth.gen1"));
        QCOMPARE(hbf.value(QStringLiteral("value")).toDouble(), 1.6e12);
        QVERIFY(hbf.value(QStringLiteral("target")).toBool());
    }

    void csvWritesOnePart()
    {
        const CliProcess::Run r = memory({QStringLiteral("--part"), QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("chip_id"), r.out.constData());
        QVERIFY(r.out.contains("h100-sxm"));
    }

    void badUsageNamesTheChoices()
    {
        const CliProcess::Run r = memory({QStringLiteral("--part"), QStringLiteral("everything")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("shares, chips, outlook")), qPrintable(r.err));
        const CliProcess::Run help = memory({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("usage: compute-atlas memory"));
    }
};

QTEST_MAIN(TestMemoryCommand)
#include "tst_memory_command.moc"
