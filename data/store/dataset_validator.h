#pragma once
// Checks a whole dataset against every rule of DESIGN §2.1 and reports all problems, each as
// "file:line:column: message". The same checks run on the CSV files (atlas-dbc) and on a built database
// (compute-atlas db check), so rows are given as text with the place they came from.

#include "csv_reader.h"
#include "table_schema.h"

#include <QList>
#include <QMap>
#include <QString>

struct TableRows {
    QString table;     // table name, e.g. "spec_claim"
    QString origin;    // what a message names: "spec_claim.csv", or "user.sqlite:spec_claim"
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

class DatasetValidator {
public:
    // Rows already known to exist (e.g. the bundled data when checking a user import): keys they provide
    // resolve references but are not themselves re-checked.
    void addKnownKeys(const QString &table, const QStringList &keys);
    QList<Problem> validate(const QList<TableRows> &tables) const;

private:
    QMap<QString, QStringList> m_knownKeys;
};

namespace DatasetFiles {
// Reads DIR/TABLE.csv for every table; a missing or unreadable file is a problem, not a crash.
QList<TableRows> read(const QString &directory, QList<Problem> *problems);
}
