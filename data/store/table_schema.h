#pragma once
// The dataset's tables and columns (DESIGN §2.1, data/dataset/README.md): what each field must hold.
// The validator, the compiler and the exporters all read this one description.

#include <QList>
#include <QString>
#include <QStringList>

struct ColumnSpec {
    enum class Kind {
        Text,    // free text
        Id,      // a slug: lower-case letters, digits, '-' and '.'
        Number,  // a real number in SI units
        Integer, // a whole number
        Bool,    // 0 or 1
        Date,    // YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn
        Choice,  // one of `choices`
        Ref,     // the id of a row in `refTable`
    };
    QString name;
    Kind kind = Kind::Text;
    bool required = false;
    QStringList choices;
    QString refTable;
    double min = 0, max = 0; // for Number / Integer when max > min

    QString sqlType() const;
};

struct TableSpec {
    QString name;
    QList<ColumnSpec> columns;
    QString keyColumn;  // unique id column, empty if the table has none
    bool isFact = true; // fact rows must cite a source

    const ColumnSpec *column(QStringView name) const;
    int columnIndex(QStringView name) const;
    QStringList columnNames() const;
};

// Tables in dependency order: a table only refers to tables before it.
const QList<TableSpec> &datasetTables();
const TableSpec *findTable(QStringView name);
QStringList datasetTableNames();

// The schema version this program reads and writes (the highest data/schema migration).
inline constexpr int kSchemaVersion = 4;
