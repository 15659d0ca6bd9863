// libFuzzer harness: any bytes a user might feed `db import` must give problems or rows, never a crash,
// a hang or an out-of-range read. The first byte picks the table, the rest is the file.
// Build: cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DATLAS_BUILD_FUZZ=ON
//        cmake --build build-fuzz --target fuzz_csv_import && build-fuzz/tests/fuzz/fuzz_csv_import -max_total_time=60
#include "csv_reader.h"
#include "dataset_validator.h"
#include "table_schema.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QList<TableSpec> &tables = datasetTables();
    const TableSpec &spec = tables.at(data[0] % tables.size());
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const CsvParseResult parsed = Csv::parse(bytes);
    if (!parsed.errors.isEmpty())
        return 0;
    const TableRows rows{spec.name, QStringLiteral("fuzz.csv"), parsed.document.header, parsed.document.headerLine,
                         parsed.document.records};
    DatasetValidator validator;
    validator.addKnownKeys(QStringLiteral("chip"), {QStringLiteral("h100-sxm")});
    validator.addKnownKeys(QStringLiteral("source"), {QStringLiteral("s")});
    validator.addKnownKeys(QStringLiteral("company"), {QStringLiteral("nvidia")});
    const QList<Problem> problems = validator.validate({rows});
    for (const Problem &p : problems)
        if (p.line < 0 || p.column < 1)
            __builtin_trap(); // every problem must point at a real place
    return 0;
}
