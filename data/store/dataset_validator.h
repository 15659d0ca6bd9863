#pragma once
// Checks the dataset against every rule of DESIGN §2.1 and reports all problems, each as
// "file:line:column: message". The rules exist once (DatasetChecker) and run on every path: the CSV files at
// build time (atlas-dbc) and in `db check DIR`, the bundled and user databases in `db check`, and a user's import,
// where a new row is checked against the bundled and user rows together. Rows are given as text with the place
// they came from.

#include "csv_reader.h"
#include "table_schema.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

struct TableRows {
    QString table;     // table name, e.g. "spec_claim"
    QString origin;    // what a message names: "spec_claim.csv", or "user:spec_claim"
    QStringList header;
    int headerLine = 1;
    QList<CsvRecord> records;
};

struct Problem {
    QString origin;
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const; // "origin:line:column: message"
};

// Problems in the order found. Keeps the first `limit` (a file where every row is wrong must not fill the
// memory with messages) and counts the rest, for "and N more".
class ProblemList {
public:
    static constexpr qsizetype kListed = 100;
    explicit ProblemList(qsizetype limit = -1) : m_limit(limit) {}
    void append(const Problem &p);
    const QList<Problem> &listed() const { return m_listed; }
    qsizetype total() const { return m_total; }
    qsizetype unlisted() const { return m_total - m_listed.size(); }
    bool isEmpty() const { return m_total == 0; }

private:
    qsizetype m_limit;
    qsizetype m_total = 0;
    QList<Problem> m_listed;
};

// Where a row is: the file (or database table) and line (or rowid) a message names.
struct RowPlace {
    QString origin;
    int line = 0;
    bool operator==(const RowPlace &) const = default;
};

// One row as the rules read it: its fields as text in its table's column order (TableSpec::columns).
struct DatasetRow {
    const TableSpec *spec = nullptr;
    RowPlace place;
    QStringList fields;     // trimmed, one per column of spec
    QList<int> fileColumns; // for each column, its 1-based column in the file (messages name that)

    QString value(QStringView column) const;
    int fileColumn(QStringView column) const;
};

// Every row the cross-table rules may consult, in the order that decides who came first: bundled rows, then the
// user's, then the rows being checked. Answered from memory (CSV files) or by SQL (databases, imports).
class DatasetIndex {
public:
    using Equal = QList<std::pair<QString, QString>>; // column = text; "" matches an empty field
    virtual ~DatasetIndex() = default;
    // The first row of `table` whose id column (TableSpec::idColumn) holds `key`, if any.
    virtual std::optional<RowPlace> placeOfKey(const TableSpec &table, const QString &key) = 0;
    // The rows of `table` whose columns hold the given texts, in order, until `visit` returns false.
    virtual void select(const TableSpec &table, const Equal &equal, const std::function<bool(const DatasetRow &)> &visit) = 0;
};

// The rules of DESIGN §2.1. A rule about one row alone goes in checkRow; a rule that looks at other rows or
// tables (references, unique ids and names, a sparse figure's dense sibling, shares that add up) goes in
// checkAgainstData and asks the index, so it holds the same way for files, databases and imports.
class DatasetChecker {
public:
    explicit DatasetChecker(DatasetIndex &index) : m_index(index) {}

    // A file's header for `spec`: every column once, none unknown or unnamed. Returns, for each column of the
    // spec, its 0-based position in the header; nullopt (with problems) if the rows cannot be read by name.
    static std::optional<QList<int>> checkHeader(const TableSpec &spec, const QStringList &header, const RowPlace &place,
                                                 ProblemList &problems);
    // A record of the file as a row (fields put in column order), or nullopt with a problem when its number of
    // fields is not the header's.
    static std::optional<DatasetRow> rowOf(const TableSpec &spec, const QList<int> &columnOfField, int headerSize,
                                           const CsvRecord &record, const QString &origin, ProblemList &problems);

    // The row's fields and the rules about it alone. False if any failed: the row is then not checked further.
    bool checkRow(const DatasetRow &row, ProblemList &problems) const;
    // The rules across rows and tables, for a row that passed checkRow.
    void checkAgainstData(const DatasetRow &row, ProblemList &problems);
    // Rows of `table` were added to what the index sees: forget what was learnt about it.
    void rowsAdded(const TableSpec &table);
    // The tables whose rows are being checked (an import: its one table). A rule about a row of another table,
    // which is not checked itself, then reports at the row that is. Empty: every table is checked.
    void setScope(const QStringList &tables) { m_scope = tables; }
    // Tables whose rules need all of their rows first (shares add up per segment): an import checks their
    // rows against the data after reading the whole file.
    static bool needsWholeTable(const TableSpec &table);

private:
    struct ChipName {
        QString chipId;
        RowPlace place;
    };
    void loadChips();
    void checkCitation(const DatasetRow &row, ProblemList &problems);
    void checkAggregateLinks(const DatasetRow &row, ProblemList &problems);
    bool namesAnotherFlow(const DatasetRow &row);
    // The first row of `table` with that id (bundled rows first), if any.
    std::optional<DatasetRow> rowWithId(const TableSpec &table, const QString &id);
    QString ownSource(const TableSpec &table, const QString &id);
    bool isCited(const QString &table, const QString &id);
    // The role a citation gives the row's own source when no source backs the row as primary or secondary; else empty.
    QString leadRoleWithoutBacking(const TableSpec &table, const QString &id, const QString &ownSourceId);

    DatasetIndex &m_index;
    bool m_chipsLoaded = false;
    QHash<QString, ChipName> m_chipNames; // lower-case id or alias → the chip that has it first
    QHash<QString, QString> m_chipStatus; // chip id → status
    QSet<QString> m_shareGroupsChecked;   // segment|period|source already added up
    bool m_citedLoaded = false;
    bool m_countriesLoaded = false;
    QHash<int, RowPlace> m_countryByNumeric; // iso_numeric → the country that has it first
    QSet<QString> m_cited;                // table|row id of every cited row
    QStringList m_scope;
};

class DatasetValidator {
public:
    // Rows already known to exist (e.g. the bundled data when checking a user import): keys they provide
    // resolve references and own their ids, but are not themselves re-checked.
    void addKnownKeys(const QString &table, const QStringList &keys);
    QList<Problem> validate(const QList<TableRows> &tables) const;

private:
    QMap<QString, QStringList> m_knownKeys;
};

namespace DatasetFiles {
// Reads DIR/TABLE.csv for every table; a missing or unreadable file is a problem, not a crash.
QList<TableRows> read(const QString &directory, QList<Problem> *problems);
}
