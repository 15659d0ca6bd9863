// libFuzzer harness: any bytes a user might feed `db import` must give problems or rows, never a crash, a hang or
// an out-of-range read; and the two ways the dataset's rules run must agree. Byte 0 picks the table, byte 1 the
// encoding (detected, or one a user names with --encoding), the rest is the file. Each input is
//  1. read as the CSV reader reads it: an encoding that detection picks must also decode when named, and text
//     that is valid UTF-8 (no BOM, no NUL) must be taken for UTF-8;
//  2. imported for real, as a dry run, into a user database beside a bundled one built from the test fixture
//     (streamed reader, header, row rules, SQL index, rows checked again at the end, rollback): every problem
//     must point at a place in the file, and the database must be left as it was;
//  3. when every row passes the rules about one row alone, checked again in memory (DatasetValidator over the
//     fixture's CSV files and this one) for the rules across rows and tables: both must report the same problems.
// Build: cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DATLAS_BUILD_FUZZ=ON -DATLAS_BUILD_TESTS=OFF \
//            -DATLAS_BUILD_BENCH=OFF
//        cmake --build build-fuzz --target fuzz_csv_import
//        build-fuzz/tests/fuzz/fuzz_csv_import -max_total_time=600 -rss_limit_mb=4096 [CORPUS_DIR]
#include "atlas_store.h"
#include "csv_importer.h"
#include "csv_reader.h"
#include "database_builder.h"
#include "dataset_validator.h"
#include "table_schema.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <memory>

namespace {

struct Fixture {
    QTemporaryDir dir;
    QList<TableRows> tables; // the fixture dataset as CSV rows, for the in-memory check
    std::unique_ptr<AtlasStore> store;
    QString input;
};

Fixture *fixture = nullptr;

// With ATLAS_FUZZ_STATS set, how often each check ran is printed at exit (to see that a run reached check 3).
struct Counts {
    long inputs = 0, detected = 0, imported = 0, compared = 0;
    ~Counts()
    {
        if (qEnvironmentVariableIsSet("ATLAS_FUZZ_STATS"))
            fprintf(stderr, "atlas-fuzz: %ld inputs, %ld with a detected encoding, %ld imported without a problem, %ld compared in memory\n",
                    inputs, detected, imported, compared);
    }
} counts;

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

std::optional<TextEncoding> encodingChoice(uint8_t byte)
{
    switch (byte % 7) {
    case 1: return TextEncoding::Utf8;
    case 2: return TextEncoding::Utf16LE;
    case 3: return TextEncoding::Big5;
    case 4: return TextEncoding::Gbk;
    case 5: return TextEncoding::Latin1;
    default: return std::nullopt; // detected (two of seven)
    }
}

qint64 rowCount(const QString &table)
{
    QSqlQuery q(fixture->store->user());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList sortedProblems(const QList<Problem> &problems, const QString &origin)
{
    // A problem may name the other row it clashes with: "(bundled:citation, row 1)" in the database, "(citation.csv,
    // row 2)" in memory. The same row, named two ways: the comparison leaves the name out.
    static const QRegularExpression elsewhere(QStringLiteral("\\([^()]*, row \\d+\\)"));
    QStringList out;
    for (const Problem &p : problems)
        if (p.origin == origin)
            out << QStringLiteral("%1:%2: %3").arg(p.line).arg(p.column).arg(QString(p.message).replace(elsewhere, QStringLiteral("(elsewhere)")));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver plugin is found through it
    fixture = new Fixture;
    QList<Problem> problems;
    fixture->tables = DatasetFiles::read(QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset"), &problems);
    const QString bundled = fixture->dir.filePath(QStringLiteral("bundled.sqlite"));
    QString error;
    require(problems.isEmpty() && DatabaseBuilder::build(fixture->tables, bundled, {QStringLiteral("fuzz"), QStringLiteral("2026-01-01")}, &error));
    fixture->store = AtlasStore::open(bundled, fixture->dir.filePath(QStringLiteral("user.sqlite")), &error);
    require(fixture->store && fixture->store->hasUserDatabase());
    fixture->input = fixture->dir.filePath(QStringLiteral("fuzz.csv"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QList<TableSpec> &tables = datasetTables();
    const TableSpec &spec = tables.at(data[0] % tables.size());
    const std::optional<TextEncoding> named = encodingChoice(data[1]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    // 1. Encoding detection.
    const CsvParseResult parsed = Csv::parse(bytes, named);
    ++counts.inputs;
    if (!named && !parsed.document.encoding.isEmpty()) {
        ++counts.detected;
        const std::optional<TextEncoding> picked = [&]() -> std::optional<TextEncoding> {
            for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Big5, TextEncoding::Gbk})
                if (TextEncodings::name(e) == parsed.document.encoding)
                    return e;
            return std::nullopt;
        }();
        require(picked.has_value());
        require(TextEncodings::detect(bytes, picked).encoding == picked); // what was picked also decodes when named
    }
    if (!named && !bytes.startsWith("\xEF\xBB\xBF") && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF") && !bytes.contains('\0')) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = utf8(bytes); // the decoder decodes when its result becomes a QString
        if (!utf8.hasError())
            require(TextEncodings::detect(bytes).encoding == TextEncoding::Utf8); // UTF-8 first, always
    }

    // 2. The real import, as a dry run.
    {
        QFile file(fixture->input);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const qint64 before = rowCount(spec.name);
    ImportOptions options;
    options.encoding = named;
    options.keep = false;
    const ImportResult imported = CsvImporter::importFile(*fixture->store, spec.name, fixture->input, options);
    for (const Problem &p : imported.problems)
        require(p.origin == QLatin1String("fuzz.csv") && p.line >= 1 && p.column >= 1); // every problem points at a real place
    require(imported.error.isEmpty()); // nothing here is the disk's fault
    require(rowCount(spec.name) == before);  // nothing half-written, nothing kept
    counts.imported += imported.ok();

    // 3. The same rules in memory, where they can be compared: the file parses, its header reads, and every row
    //    passes the rules about one row alone; then the rules across rows and tables must say the same.
    if (!parsed.errors.isEmpty() || imported.problems.size() + imported.unlistedProblems >= ProblemList::kListed)
        return 0;
    ProblemList local;
    const auto columns = DatasetChecker::checkHeader(spec, parsed.document.header, {QStringLiteral("fuzz.csv"), 1}, local);
    if (!columns)
        return 0;
    // The checker reads no data for the rules about one row, but needs an index to exist.
    struct NoData : DatasetIndex {
        std::optional<RowPlace> placeOfKey(const TableSpec &, const QString &) override { return std::nullopt; }
        void select(const TableSpec &, const Equal &, const std::function<bool(const DatasetRow &)> &) override {}
    } none;
    DatasetChecker alone(none);
    for (const CsvRecord &r : parsed.document.records) {
        const auto row = DatasetChecker::rowOf(spec, *columns, int(parsed.document.header.size()), r, QStringLiteral("fuzz.csv"), local);
        if (row)
            alone.checkRow(*row, local);
    }
    if (!local.isEmpty())
        return 0;
    QList<TableRows> all = fixture->tables;
    all.append({spec.name, QStringLiteral("fuzz.csv"), parsed.document.header, parsed.document.headerLine, parsed.document.records});
    const QList<Problem> inMemory = DatasetValidator().validate(all);
    ++counts.compared;
    require(sortedProblems(inMemory, QStringLiteral("fuzz.csv")) == sortedProblems(imported.problems, QStringLiteral("fuzz.csv")));
    return 0;
}
