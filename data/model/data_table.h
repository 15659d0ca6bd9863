#pragma once
// A table of values ready to be written out: named columns and rows of raw values (numbers stay numbers).

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
