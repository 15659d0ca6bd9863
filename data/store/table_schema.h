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
    // A Ref the SQL schema declares with REFERENCES. False for a reference added after its column existed
    // (country_iso2): SQLite cannot add the clause without rebuilding the table; the validator checks it anyway.
    bool sqlReference = true;

    QString sqlType() const;
};

struct TableSpec {
    QString name;
    QList<ColumnSpec> columns;
    QString keyColumn;  // unique id column (the SQL primary key), empty if the table has none
    bool isFact = true; // fact rows must cite a source

    // The column that names one row, for citations and duplicate checks: the key column, or the `id` column
    // that schema 5 added to tables created without a key (spec_claim, market_share, measurement).
    QString idColumn() const;

    const ColumnSpec *column(QStringView name) const;
    int columnIndex(QStringView name) const;
    QStringList columnNames() const;
};

// Tables in dependency order: a table only refers to tables before it (or to itself: flow.superseded_by).
const QList<TableSpec> &datasetTables();
const TableSpec *findTable(QStringView name);
QStringList datasetTableNames();
// The tables whose rows are facts with sources, which a citation can name.
QStringList factTableNames();

// The roles a citation gives a source (data/schema/0005_citations.sql says what each means).
namespace CitationRole {
inline const QString Primary = QStringLiteral("primary");
inline const QString Secondary = QStringLiteral("secondary");
inline const QString Article = QStringLiteral("article");
inline const QString Dispute = QStringLiteral("dispute");
QStringList all();
}

// The regions of the country table (UN M49 sub-regions grouped; data/tools/country_table.py).
QStringList countryRegions();

// The schema version this program reads and writes (the highest data/schema migration).
inline constexpr int kSchemaVersion = 8;
