#pragma once
// Columns of the roofline command's tables: how a field of a JSON result reads in an aligned text table for
// people, and which fields a CSV file carries.

#include "data_table.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct RooflineColumn {
    // How a value reads for people.
    // Fits: "yes", or "does not fit: needs N chips" from the row's min_chips.
    enum class Style { Text, Plain, Si, Percent, YesNo, Fits };

    QString key;    // the JSON field, and the CSV header
    QString header; // the text table's header
    Style style = Style::Plain;
    QString unit;                           // for Style::Si
    QString nullText = QStringLiteral("-"); // what an absent value means here
};

// Text left-aligned, numbers right-aligned, columns two spaces apart; one line per row after the header.
QString textTable(const QList<RooflineColumn> &columns, const QList<QJsonObject> &rows);
// The raw JSON values (SI numbers, empty for null), for TableExport::toCsv.
DataTable csvTable(const QList<RooflineColumn> &columns, const QList<QJsonObject> &rows);
