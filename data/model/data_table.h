#pragma once
// A table of values ready to be written out: named columns and rows of raw values (numbers stay numbers).

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct DataTable {
    QString name;        // table name, e.g. "spec_claim" or "compare"
    QString title;       // human title, in the chosen language
    QStringList columns; // machine keys (snake_case)
    QStringList headers; // human headers with units, in the chosen language; defaults to columns
    QList<QVariantList> rows;

    QString header(int column) const { return column < headers.size() ? headers.at(column) : columns.value(column); }
};

// One value of a row streamed from the database to a writer, as the database holds it: text stays UTF-8 bytes
// (valid only while the row is handed over), so a million-row CSV export copies each value once.
struct RawCell {
    enum class Kind { Null, Integer, Real, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArrayView utf8;

    QVariant toVariant() const
    {
        switch (kind) {
        case Kind::Integer: return QVariant(integer);
        case Kind::Real: return QVariant(real);
        case Kind::Text: return QVariant(QString::fromUtf8(utf8));
        case Kind::Null: break;
        }
        return {};
    }
};
