// One broken copy of the fixture dataset per rule of DESIGN §2.1; each must be reported at the exact
// file:line:column with a message that says what is wrong.
#include "dataset_validator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kFixture = QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Copies the fixture and replaces `from` by `to` in one file (an empty `from` removes the file).
QStringList problemsAfterEdit(const QString &file, const QByteArray &from, const QByteArray &to)
{
    QTemporaryDir dir;
    for (const QString &name : QDir(kFixture).entryList({QStringLiteral("*.csv")}, QDir::Files))
        QFile::copy(kFixture + QLatin1Char('/') + name, dir.filePath(name));
    const QString path = dir.filePath(file);
    if (from.isEmpty()) {
        QFile::remove(path);
    } else {
        QByteArray bytes = readFile(path);
        if (!bytes.contains(from))
            return {QStringLiteral("test setup: '%1' not found in %2").arg(QString::fromUtf8(from), file)};
        bytes.replace(from, to);
        writeFile(path, bytes);
    }
    QList<Problem> problems;
    const QList<TableRows> tables = DatasetFiles::read(dir.path(), &problems);
    problems += DatasetValidator().validate(tables);
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines;
}
} // namespace

class TestDatasetValidator : public QObject {
    Q_OBJECT
private slots:
    void fixtureIsValid()
    {
        QCOMPARE(problemsAfterEdit(QStringLiteral("chip.csv"), "h100-sxm,nvidia", "h100-sxm,nvidia"), QStringList());
    }

    void reportsEachRule_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");

        // spec_claim.csv columns: 1 chip_id, 2 metric, 3 precision, 4 value, 5 unit, 6 sparse, 7 basis,
        // 8 claimed_on, 9 source_id, 10 note. Line 1 is the header.
        QTest::newRow("source must exist")
            << "spec_claim.csv" << QByteArray("W,0,official,2023,nv-h100-ds") << QByteArray("W,0,official,2023,nope")
            << "spec_claim.csv:7:9: source_id 'nope' does not exist in source";
        QTest::newRow("chip must exist")
            << "measurement.csv" << QByteArray("h100-sxm,gemm") << QByteArray("h900,gemm")
            << "measurement.csv:2:1: chip_id 'h900' does not exist in chip";
        QTest::newRow("vendor must exist")
            << "chip.csv" << QByteArray("rubin,nvidia") << QByteArray("rubin,nvidia-corp")
            << "chip.csv:3:2: vendor_id 'nvidia-corp' does not exist in company";
        QTest::newRow("date format")
            << "chip.csv" << QByteArray("2022-03,2022-Q4") << QByteArray("2022-13,2022-Q4")
            << "chip.csv:2:6: '2022-13' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn";
        QTest::newRow("canonical unit")
            << "spec_claim.csv" << QByteArray("3.35e12,B/s") << QByteArray("3.35e12,TB/s")
            << "spec_claim.csv:6:5: memory_bandwidth is stored in B/s, not 'TB/s'";
        QTest::newRow("int8 counts operations")
            << "spec_claim.csv" << QByteArray("1978.9e12,OP/s") << QByteArray("1978.9e12,FLOP/s")
            << "spec_claim.csv:4:5: peak_flops is stored in OP/s, not 'FLOP/s'";
        QTest::newRow("plausible range (TB/s typed as B/s)")
            << "spec_claim.csv" << QByteArray("3.35e12,B/s") << QByteArray("3.35,B/s")
            << "spec_claim.csv:6:4: memory_bandwidth = 3.35 B/s is outside the plausible range 1e+10 to 1e+14; is the unit right (SI base units)?";
        QTest::newRow("positive value")
            << "measurement.csv" << QByteArray("794.5e12") << QByteArray("-794.5e12")
            << "measurement.csv:2:4: value must be positive, not -794.5e12";
        QTest::newRow("sparse needs its dense sibling")
            << "spec_claim.csv" << QByteArray("h100-sxm,peak_flops,bf16,989.4e12") << QByteArray("h100-sxm,peak_flops,fp8,989.4e12")
            << "spec_claim.csv:2:6: a sparse figure needs its dense value beside it: add a sparse=0 row for chip 'h100-sxm', peak_flops bf16, claimed on 2023";
        QTest::newRow("only flops can be sparse")
            << "spec_claim.csv" << QByteArray("700,W,0") << QByteArray("700,W,1")
            << "spec_claim.csv:7:6: only peak_flops can be sparse";
        QTest::newRow("derived figure says how")
            << "spec_claim.csv" << QByteArray(",NVFP4 training figure used as dense") << QByteArray(",")
            << "spec_claim.csv:10:10: a derived figure must say in its note how it was obtained";
        QTest::newRow("flops need a precision")
            << "spec_claim.csv" << QByteArray("peak_flops,fp4") << QByteArray("peak_flops,")
            << "spec_claim.csv:10:3: peak_flops needs a precision (fp64, tf32, bf16, fp8, fp6, fp4, int8)";
        QTest::newRow("precision only on flops")
            << "spec_claim.csv" << QByteArray("tdp,,") << QByteArray("tdp,bf16,")
            << "spec_claim.csv:7:3: only peak_flops has a precision; leave it empty for tdp";
        QTest::newRow("bool is 0 or 1")
            << "flow.csv" << QByteArray("300e9,0,") << QByteArray("300e9,no,")
            << "flow.csv:2:6: 'upper_bound' must be 0 or 1, not 'no'";
        QTest::newRow("choice")
            << "chip.csv" << QByteArray("2026-H2,announced") << QByteArray("2026-H2,rumoured")
            << "chip.csv:3:8: 'rumoured' is not a valid status; valid: shipping, announced, reported, projected";
        QTest::newRow("required field")
            << "company.csv" << QByteArray("oracle,Oracle,") << QByteArray("oracle,,")
            << "company.csv:4:2: 'name_en' is required";
        QTest::newRow("id is a slug")
            << "company.csv" << QByteArray("oracle,Oracle") << QByteArray("Oracle Corp,Oracle")
            << "company.csv:4:1: 'Oracle Corp' is not a valid id: use lower-case letters, digits, '-' and '.'";
        QTest::newRow("unique id")
            << "company.csv" << QByteArray("oracle,Oracle") << QByteArray("openai,Oracle")
            << "company.csv:4:1: duplicate id 'openai' (first on line 3)";
        QTest::newRow("an alias finds one chip")
            << "chip.csv" << QByteArray("Vera Rubin;R200") << QByteArray("Vera Rubin;hopper")
            << "chip.csv:3:5: the name 'hopper' already belongs to chip 'h100-sxm'; a name must find one chip";
        QTest::newRow("available after announced")
            << "chip.csv" << QByteArray("2025-03-18,2026-H2") << QByteArray("2025-03-18,2024")
            << "chip.csv:3:7: available 2024 is before announced 2025-03-18";
        QTest::newRow("event ends after it starts")
            << "event.csv" << QByteArray("2025-03-17,2025-03-21") << QByteArray("2025-03-17,2025-03-01")
            << "event.csv:2:3: end_date 2025-03-01 is before date 2025-03-17";
        QTest::newRow("flow between two parties")
            << "flow.csv" << QByteArray("openai,oracle,") << QByteArray("openai,openai,")
            << "flow.csv:2:3: a flow goes between two different parties; from_id and to_id are both 'openai'";
        QTest::newRow("flow amount plausible")
            << "flow.csv" << QByteArray("300e9") << QByteArray("300")
            << "flow.csv:2:5: amount_usd = 300 is outside the plausible range 1e+06 to 1e+13";
        QTest::newRow("deployment names its accelerator")
            << "deployment.csv" << QByteArray(",NVIDIA Blackwell,") << QByteArray(",,")
            << "deployment.csv:2:7: name the accelerator: give chip_id or accelerator text";
        QTest::newRow("shares add up to at most 100%")
            << "market_share.csv" << QByteArray("samsung,17,") << QByteArray("samsung,117,")
            << "market_share.csv:2:4: share_pct = 117 is outside the plausible range 0 to 100";
        QTest::newRow("MoE model needs its experts")
            << "llm_model.csv" << QByteArray("128256,,,") << QByteArray("128256,8,,")
            << "llm_model.csv:2:15: an MoE model needs experts_active between 1 and experts, and expert_ffn";
        QTest::newRow("MLA needs its latent width")
            << "llm_model.csv" << QByteArray(",gqa,") << QByteArray(",mla,")
            << "llm_model.csv:2:18: MLA attention needs kv_lora_rank and rope_head_dim";
        QTest::newRow("gemm measurement in FLOP/s")
            << "measurement.csv" << QByteArray("794.5e12,FLOP/s") << QByteArray("794.5e12,TFLOP/s")
            << "measurement.csv:2:5: a gemm measurement is stored in FLOP/s, not 'TFLOP/s'";
        QTest::newRow("row has every field")
            << "deployment.csv" << QByteArray(",2025-10-31,,art-korea,") << QByteArray(",2025-10-31,art-korea")
            << "deployment.csv:2:13: this row has 12 fields, the header has 14";
        QTest::newRow("unknown column")
            << "flow.csv" << QByteArray("upper_bound,") << QByteArray("upper,")
            << "flow.csv:1:6: unknown column 'upper'; the columns of flow are: id, from_id, to_id, kind, amount_usd, upper_bound, announced_on, period_start, period_end, description_en, description_zh_hant, description_zh_hans, source_id, note";
        QTest::newRow("missing column")
            << "flow.csv" << QByteArray("upper_bound,") << QByteArray("upper,")
            << "flow.csv:1:15: missing column 'upper_bound'";
        QTest::newRow("unclosed quote")
            << "measurement.csv" << QByteArray("torch 2.7\",") << QByteArray("torch 2.7,")
            << "measurement.csv:2:6: a quoted field is never closed (missing \")";
        // chip.csv columns 12–15 (schema 0004): name_zh_hant, name_zh_hans, process_node_zh_hant, process_node_zh_hans.
        QTest::newRow("chip name in Chinese")
            << "chip.csv" << QByteArray(",H100 SXM,H100 SXM,台積電 4N") << QByteArray(",,H100 SXM,台積電 4N")
            << "chip.csv:2:12: 'name_zh_hant' is required";
        QTest::newRow("process in Chinese wherever in English")
            << "chip.csv" << QByteArray("H100 SXM,台積電 4N,台积电 4N") << QByteArray("H100 SXM,台積電 4N,")
            << "chip.csv:2:15: the process is given in English, so process_node_zh_hans must give it too";
        QTest::newRow("projection's method in Chinese")
            << "spec_claim.csv" << QByteArray("derived,2025-03-18,gtc-2025,NVFP4 training figure used as dense,,")
            << QByteArray("projected,2025-03-18,gtc-2025,x2 a generation,,兩倍")
            << "spec_claim.csv:10:11: a projected figure must say how it was projected in Chinese too (note_zh_hant)";
        QTest::newRow("missing file")
            << "event.csv" << QByteArray() << QByteArray()
            << "event.csv:1:1: cannot read " + QString() ; // completed below: the path varies
    }
    void reportsEachRule()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        const QStringList problems = problemsAfterEdit(file, from, to);
        if (expected.endsWith(QLatin1String("cannot read "))) {
            QVERIFY2(problems.size() >= 1 && problems.first().startsWith(expected), qPrintable(problems.join(QLatin1Char('\n'))));
            QVERIFY(problems.first().contains(QLatin1String("event.csv: ")));
            return;
        }
        QVERIFY2(problems.contains(expected), qPrintable(QStringLiteral("expected\n  %1\ngot\n  %2").arg(expected, problems.join(QStringLiteral("\n  ")))));
    }

    void reportsAllProblemsNotTheFirstOnly()
    {
        // Two broken fields in two rows of one file: both reported.
        QTemporaryDir dir;
        for (const QString &name : QDir(kFixture).entryList({QStringLiteral("*.csv")}, QDir::Files))
            QFile::copy(kFixture + QLatin1Char('/') + name, dir.filePath(name));
        QByteArray bytes = readFile(dir.filePath(QStringLiteral("spec_claim.csv")));
        bytes.replace("700,W", "700,watt").replace("3.35e12,B/s", "3.35e12,GB/s");
        writeFile(dir.filePath(QStringLiteral("spec_claim.csv")), bytes);
        QList<Problem> problems;
        const auto tables = DatasetFiles::read(dir.path(), &problems);
        problems += DatasetValidator().validate(tables);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).line, 6);
        QCOMPARE(problems.at(1).line, 7);
    }

    void knownKeysResolveReferences()
    {
        // A user import may cite a bundled source: keys given as known resolve, unknown ones do not.
        const QStringList header{QStringLiteral("chip_id"), QStringLiteral("what"), QStringLiteral("precision"), QStringLiteral("value"),
                                 QStringLiteral("unit"), QStringLiteral("conditions"), QStringLiteral("measured_on"),
                                 QStringLiteral("source_id"), QStringLiteral("note")};
        TableRows rows{QStringLiteral("measurement"), QStringLiteral("mine.csv"), header, 1,
                       {{2, {QStringLiteral("b200"), QStringLiteral("stream"), QString(), QStringLiteral("6.5e12"), QStringLiteral("B/s"),
                             QString(), QString(), QStringLiteral("my-lab"), QString()}}}};
        DatasetValidator validator;
        validator.addKnownKeys(QStringLiteral("chip"), {QStringLiteral("b200")});
        QList<Problem> problems = validator.validate({rows});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(), QStringLiteral("mine.csv:2:8: source_id 'my-lab' does not exist in source"));
        validator.addKnownKeys(QStringLiteral("source"), {QStringLiteral("my-lab")});
        QVERIFY(validator.validate({rows}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatasetValidator)
#include "tst_dataset_validator.moc"
