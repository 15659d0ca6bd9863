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
        // flow.csv: 15 status, 16 superseded_by; the fixture's one flow (line 2) is active with an empty note (14).
        QTest::newRow("flow status is a known one")
            << "flow.csv" << QByteArray(",active,") << QByteArray(",cancelled,")
            << "flow.csv:2:15: 'cancelled' is not a valid status; valid: active, lapsed, superseded, subset";
        QTest::newRow("flow status is required")
            << "flow.csv" << QByteArray(",active,") << QByteArray(",,")
            << "flow.csv:2:15: 'status' is required";
        QTest::newRow("a lapsed flow says why")
            << "flow.csv" << QByteArray(",active,") << QByteArray(",lapsed,")
            << "flow.csv:2:14: a lapsed flow says in its note why it lapsed, citing its source";
        QTest::newRow("a subset flow names the flow it is part of")
            << "flow.csv" << QByteArray(",active,") << QByteArray(",subset,")
            << "flow.csv:2:14: a subset flow names in its note the id of the larger flow it is part of";
        QTest::newRow("a superseded flow names its replacement")
            << "flow.csv" << QByteArray(",active,") << QByteArray(",superseded,")
            << "flow.csv:2:16: a superseded flow names the flow that replaced it in superseded_by";
        QTest::newRow("the replacement exists")
            << "flow.csv" << QByteArray(",active,") << QByteArray(",superseded,openai-oracle-2026")
            << "flow.csv:2:16: superseded_by 'openai-oracle-2026' does not exist in flow";
        QTest::newRow("no flow supersedes itself")
            << "flow.csv" << QByteArray(",active,") << QByteArray(",superseded,openai-oracle")
            << "flow.csv:2:16: a flow cannot supersede itself";
        QTest::newRow("only a superseded flow has a replacement")
            << "flow.csv" << QByteArray(",active,") << QByteArray(",active,openai-oracle")
            << "flow.csv:2:16: superseded_by is only for a superseded flow; this one is active (set status to superseded or clear superseded_by)";
        QTest::newRow("company role is a known one")
            << "company.csv" << QByteArray("ORCL,cloud") << QByteArray("ORCL,hyperscaler")
            << "company.csv:4:7: 'hyperscaler' is not a valid role; valid: model_lab, cloud, chip_designer, memory, foundry, server_maker, investor_sovereign, other";
        QTest::newRow("deployment names its accelerator")
            << "deployment.csv" << QByteArray(",NVIDIA Blackwell,") << QByteArray(",,")
            << "deployment.csv:2:7: name the accelerator: give chip_id or accelerator text";
        // deployment.csv columns: 1 id, 2 country_iso2, 8 units, 15 part_of, 16 overlaps. Rows: 2 kr-samsung
        // (part of kr-total), 3 kr-gov (part of kr-total, overlaps kr-samsung), 4 kr-total, 5 us-abilene.
        QTest::newRow("deployment country exists")
            << "deployment.csv" << QByteArray("us-abilene,US,") << QByteArray("us-abilene,XX,")
            << "deployment.csv:5:2: country_iso2 'XX' does not exist in country";
        QTest::newRow("company country exists")
            << "company.csv" << QByteArray(",KR,005930.KS") << QByteArray(",KP,005930.KS")
            << "company.csv:5:5: country_iso2 'KP' does not exist in country";
        QTest::newRow("country code is alpha-2")
            << "country.csv" << QByteArray("TW,158") << QByteArray("Tw,158")
            << "country.csv:3:1: 'Tw' is not an ISO 3166-1 alpha-2 code: two capital letters such as KR";
        QTest::newRow("one country per map shape")
            << "country.csv" << QByteArray("TW,158") << QByteArray("TW,410")
            << "country.csv:3:2: iso_numeric 410 already belongs to the country on line 2; a map shape must find one country";
        QTest::newRow("country region")
            << "country.csv" << QByteArray("台湾,east-asia") << QByteArray("台湾,asia")
            << "country.csv:3:6: 'asia' is not a valid region; valid: east-asia, southeast-asia, south-asia, central-asia, "
               "middle-east, europe, north-america, latin-america, africa, oceania, antarctica";
        QTest::newRow("part_of exists")
            << "deployment.csv" << QByteArray("art-korea,,kr-total,\nkr-gov") << QByteArray("art-korea,,kr-totals,\nkr-gov")
            << "deployment.csv:2:15: part_of 'kr-totals' does not exist in deployment";
        QTest::newRow("not part of itself")
            << "deployment.csv" << QByteArray("300000,planned,,2025-10-31,,art-korea,,,") << QByteArray("300000,planned,,2025-10-31,,art-korea,,kr-total,")
            << "deployment.csv:4:15: a deployment cannot be part of itself ('kr-total')";
        QTest::newRow("a total is in its parts' country")
            << "deployment.csv" << QByteArray("1200,2025-05,2026,art-korea,,,") << QByteArray("1200,2025-05,2026,art-korea,,kr-total,")
            << "deployment.csv:5:15: 'kr-total' is in KR, this row in US: a total and its parts are in one country";
        QTest::newRow("a part is not larger than its total")
            << "deployment.csv" << QByteArray(",50000,planned") << QByteArray(",500000,planned")
            << "deployment.csv:2:8: 500000 units are more than the 300000 of 'kr-total', the total this row is part of";
        QTest::newRow("no loop of totals")
            << "deployment.csv" << QByteArray("300000,planned,,2025-10-31,,art-korea,,,") << QByteArray("300000,planned,,2025-10-31,,art-korea,,kr-samsung,")
            << "deployment.csv:4:15: part_of goes round in a loop through 'kr-total'; a total cannot be part of its own parts";
        QTest::newRow("overlaps exists")
            << "deployment.csv" << QByteArray(",kr-total,kr-samsung") << QByteArray(",kr-total,kr-samsong")
            << "deployment.csv:3:16: overlaps 'kr-samsong' does not exist in deployment";
        QTest::newRow("does not overlap itself")
            << "deployment.csv" << QByteArray(",kr-total,kr-samsung") << QByteArray(",kr-total,kr-gov")
            << "deployment.csv:3:16: a deployment cannot overlap itself ('kr-gov')";
        QTest::newRow("a part does not overlap its total")
            << "deployment.csv" << QByteArray(",kr-total,kr-samsung") << QByteArray(",kr-total,kr-total")
            << "deployment.csv:3:16: 'kr-total' and this row are a total and its part: part_of already says so, not overlaps";
        QTest::newRow("an overlap is listed once")
            << "deployment.csv" << QByteArray(",kr-total,kr-samsung") << QByteArray(",kr-total,kr-samsung;us-abilene;kr-samsung")
            << "deployment.csv:3:16: 'kr-samsung' is listed twice in overlaps";
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
            << "deployment.csv:2:15: this row has 14 fields, the header has 16";
        QTest::newRow("unknown column")
            << "flow.csv" << QByteArray("upper_bound,") << QByteArray("upper,")
            << "flow.csv:1:6: unknown column 'upper'; the columns of flow are: id, from_id, to_id, kind, amount_usd, upper_bound, announced_on, period_start, period_end, description_en, description_zh_hant, description_zh_hans, source_id, note, status, superseded_by";
        // Which copy of a duplicated column would count? The validator read the last and the database stored the
        // first, so 1e400 got past both: a column is given once.
        QTest::newRow("duplicated column")
            << "measurement.csv" << QByteArray("source_id,note") << QByteArray("source_id,value")
            << "measurement.csv:1:9: column 'value' appears twice (columns 4 and 9); give each column once";
        QTest::newRow("column without a name")
            << "measurement.csv" << QByteArray("source_id,note") << QByteArray("source_id,note,")
            << "measurement.csv:1:10: column 10 has no name; the columns of measurement are: chip_id, what, precision, value, unit, conditions, measured_on, source_id, note, id";
        QTest::newRow("implausible measurement")
            << "measurement.csv" << QByteArray("794.5e12") << QByteArray("1e308")
            << "measurement.csv:2:4: a gemm measurement of 1e308 FLOP/s is outside the plausible range 1e+09 to 1e+19; is the unit right (SI base units)?";
        QTest::newRow("missing column")
            << "flow.csv" << QByteArray("upper_bound,") << QByteArray("upper,")
            << "flow.csv:1:17: missing column 'upper_bound'";
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
        // spec_claim.csv column 13 is the id (schema 0005, after 0004's note_zh_hant and note_zh_hans).
        // citation.csv columns: 1 fact_table, 2 row_id, 3 source_id, 4 role, 5 note. Line 2 cites H100's bandwidth
        // (own source nv-h100-ds) with art-korea as secondary; line 3 has art-korea dispute Rubin's 2025 bandwidth.
        QTest::newRow("claim ids are unique")
            << "spec_claim.csv" << QByteArray(",rubin.bw.2026-01") << QByteArray(",rubin.bw.2025-03-18")
            << "spec_claim.csv:9:13: duplicate id 'rubin.bw.2025-03-18' (first on line 8)";
        QTest::newRow("claim id is a slug")
            << "spec_claim.csv" << QByteArray(",h100-sxm.tdp.2023") << QByteArray(",H100 TDP")
            << "spec_claim.csv:7:13: 'H100 TDP' is not a valid id: use lower-case letters, digits, '-' and '.'";
        QTest::newRow("cited row exists")
            << "citation.csv" << QByteArray("h100-sxm.bw.2023,art-korea") << QByteArray("h100-sxm.bw.2099,art-korea")
            << "citation.csv:2:2: spec_claim has no row with id 'h100-sxm.bw.2099'";
        QTest::newRow("cited table holds facts")
            << "citation.csv" << QByteArray("spec_claim,h100-sxm.bw.2023") << QByteArray("chip,h100-sxm.bw.2023")
            << "citation.csv:2:1: 'chip' is not a valid fact_table; valid: spec_claim, event, deployment, flow, market_share, llm_model, measurement, chip_memory, memory_outlook, system";
        // system.csv columns: 4 accelerators, 8 power_w, 9 power_basis, 10 price_usd, 11 price_basis, 12 price_on.
        // Line 2 is an 8-GPU DGX H100 of 10,200 W (official) and $200,000 (reported, 2023, art-korea).
        QTest::newRow("system power says how it is known")
            << "system.csv" << QByteArray("10200,official,") << QByteArray("10200,,")
            << "system.csv:2:9: power_w is given, so power_basis must say how (official, reported, estimate, derived, projected)";
        QTest::newRow("system power is watts per accelerator")
            << "system.csv" << QByteArray("10200,official,") << QByteArray("400,official,")
            << "system.csv:2:8: 400 W over 8 accelerators is 50 W each; a system's IT power is 100 to 10,000 W per accelerator";
        QTest::newRow("system price is dated")
            << "system.csv" << QByteArray("200000,reported,2023,") << QByteArray("200000,reported,,")
            << "system.csv:2:12: price_usd is given, so price_on must be too: a price is dated and sourced";
        QTest::newRow("system price has a source")
            << "system.csv" << QByteArray("2023,art-korea,") << QByteArray("2023,art-japan,")
            << "system.csv:2:13: price_source_id 'art-japan' does not exist in source";
        // rental_price.csv columns: 6 accelerators, 7 instance_usd_per_hour, 8 usd_per_accelerator_hour. Line 2 is an
        // 8-GPU instance at 40.00 an hour: 40.00 / 8 = 5.00 per GPU-hour.
        QTest::newRow("rental price is the instance's over its accelerators")
            << "rental_price.csv" << QByteArray("8,40.00,5.00,") << QByteArray("8,40.00,40.00,")
            << "rental_price.csv:2:8: 40.00 per accelerator-hour is not the instance's 40.00 / 8 accelerators = 5.0000";
        QTest::newRow("rental price's provider is a company")
            << "rental_price.csv" << QByteArray("cloud-a-h100,oracle,") << QByteArray("cloud-a-h100,nobody,")
            << "rental_price.csv:2:2: provider 'nobody' does not exist in company";
        QTest::newRow("cited source exists")
            << "citation.csv" << QByteArray("h100-sxm.bw.2023,art-korea") << QByteArray("h100-sxm.bw.2023,art-japan")
            << "citation.csv:2:3: source_id 'art-japan' does not exist in source";
        QTest::newRow("citation role")
            << "citation.csv" << QByteArray("art-korea,secondary") << QByteArray("art-korea,tertiary")
            << "citation.csv:2:4: 'tertiary' is not a valid role; valid: primary, secondary, article, dispute";
        QTest::newRow("one role per source and row")
            << "citation.csv" << QByteArray("rubin.bw.2025-03-18,art-korea") << QByteArray("h100-sxm.bw.2023,art-korea")
            << "citation.csv:3:3: spec_claim 'h100-sxm.bw.2023' already cites source 'art-korea' (line 2); give a source one role per row";
        QTest::newRow("a row's own source does not dispute it")
            << "citation.csv" << QByteArray("rubin.bw.2025-03-18,art-korea") << QByteArray("rubin.bw.2025-03-18,gtc-2025")
            << "citation.csv:3:4: source 'gtc-2025' is the source of spec_claim 'rubin.bw.2025-03-18'; it cannot also dispute it";
        QTest::newRow("every fact keeps a primary or secondary source")
            << "citation.csv" << QByteArray("h100-sxm.bw.2023,art-korea,secondary") << QByteArray("h100-sxm.bw.2023,nv-h100-ds,article")
            << "spec_claim.csv:6:9: row 'h100-sxm.bw.2023' has no primary or secondary source: its source 'nv-h100-ds' is cited as "
               "article; cite the source of the figure with role primary or secondary";
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

    void anotherSourceCanCarryARow()
    {
        // The row's own source demoted to an article is fine while another source is cited as secondary.
        QCOMPARE(problemsAfterEdit(QStringLiteral("citation.csv"), "spec_claim,h100-sxm.bw.2023,art-korea,secondary",
                                   "spec_claim,h100-sxm.bw.2023,nv-h100-ds,article,\nspec_claim,h100-sxm.bw.2023,art-korea,secondary"),
                 QStringList());
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

    void supersededByAnotherFlowIsValid()
    {
        // A second flow that replaces the fixture's one: the reference resolves whichever row comes first.
        QTemporaryDir dir;
        for (const QString &name : QDir(kFixture).entryList({QStringLiteral("*.csv")}, QDir::Files))
            QFile::copy(kFixture + QLatin1Char('/') + name, dir.filePath(name));
        QByteArray bytes = readFile(dir.filePath(QStringLiteral("flow.csv")));
        bytes.replace(",active,", ",superseded,openai-oracle-2026");
        bytes += "openai-oracle-2026,openai,oracle,compute_contract,300e9,0,2026-01,2027,2032,New terms,新條款,新条款,art-korea,,active,\n";
        writeFile(dir.filePath(QStringLiteral("flow.csv")), bytes);
        QList<Problem> problems;
        const auto tables = DatasetFiles::read(dir.path(), &problems);
        problems += DatasetValidator().validate(tables);
        QStringList lines;
        for (const Problem &p : problems)
            lines << p.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void knownKeysResolveReferences()
    {
        // A user import may cite a bundled source: keys given as known resolve, unknown ones do not.
        const QStringList header{QStringLiteral("chip_id"), QStringLiteral("what"), QStringLiteral("precision"), QStringLiteral("value"),
                                 QStringLiteral("unit"), QStringLiteral("conditions"), QStringLiteral("measured_on"),
                                 QStringLiteral("source_id"), QStringLiteral("note"), QStringLiteral("id")};
        TableRows rows{QStringLiteral("measurement"), QStringLiteral("mine.csv"), header, 1,
                       {{2, {QStringLiteral("b200"), QStringLiteral("stream"), QString(), QStringLiteral("6.5e12"), QStringLiteral("B/s"),
                             QString(), QString(), QStringLiteral("my-lab"), QString(), QStringLiteral("b200.stream.mine")}}}};
        DatasetValidator validator;
        validator.addKnownKeys(QStringLiteral("chip"), {QStringLiteral("b200")});
        QList<Problem> problems = validator.validate({rows});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(), QStringLiteral("mine.csv:2:8: source_id 'my-lab' does not exist in source"));
        validator.addKnownKeys(QStringLiteral("source"), {QStringLiteral("my-lab")});
        QVERIFY(validator.validate({rows}).isEmpty());
    }

    void knownKeysOwnTheirIds()
    {
        // A key known to exist already (a bundled row, when a user imports) belongs to that row: a new row may refer
        // to it but not take it.
        const QStringList header{QStringLiteral("id"), QStringLiteral("name_en"), QStringLiteral("name_zh_hant"), QStringLiteral("name_zh_hans"),
                                 QStringLiteral("country_iso2"), QStringLiteral("ticker"), QStringLiteral("role")};
        const TableRows rows{QStringLiteral("company"), QStringLiteral("mine.csv"), header, 1,
                             {{2, {QStringLiteral("nvidia"), QStringLiteral("NVIDIA again"), QStringLiteral("輝達"), QStringLiteral("英伟达"), QStringLiteral("US"), QString(),
                                   QStringLiteral("chip_designer")}}}};
        DatasetValidator validator;
        validator.addKnownKeys(QStringLiteral("company"), {QStringLiteral("nvidia")});
        validator.addKnownKeys(QStringLiteral("country"), {QStringLiteral("US")});
        const QList<Problem> problems = validator.validate({rows});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(), QStringLiteral("mine.csv:2:1: id 'nvidia' already exists in company; choose another id"));
    }

    void problemListKeepsTheFirstHundred()
    {
        // 250 problems: the first 100 are kept to be listed, the rest counted ("and 150 more").
        ProblemList list(ProblemList::kListed);
        for (int i = 1; i <= 250; ++i)
            list.append({QStringLiteral("f.csv"), i, 1, QStringLiteral("bad")});
        QCOMPARE(list.total(), 250);
        QCOMPARE(list.listed().size(), 100);
        QCOMPARE(list.listed().last().line, 100);
        QCOMPARE(list.unlisted(), 150);
    }
};

QTEST_GUILESS_MAIN(TestDatasetValidator)
#include "tst_dataset_validator.moc"
