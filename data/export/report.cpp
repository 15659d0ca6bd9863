#include "report.h"

#include "table_export.h"

#include <algorithm>

ReportCellStyle Report::style(int row, int column) const
{
    return styles.value(row).value(column);
}

QString Report::unit(int row, int column) const
{
    return units.value(row).value(column);
}

bool Report::isNumber(int row, int column) const
{
    const QVariant v = table.rows.value(row).value(column);
    return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float || v.typeId() == QMetaType::Int
        || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::UInt || v.typeId() == QMetaType::ULongLong;
}

QString Report::cellText(int row, int column) const
{
    const QString display = style(row, column).display;
    if (!display.isEmpty())
        return display;
    const QVariant v = table.rows.value(row).value(column);
    return v.isValid() && !v.isNull() ? TableExport::numberText(v) : QString();
}

Report Report::withColumns(const QStringList &keys) const
{
    QList<int> keep;
    for (const QString &key : keys)
        if (const qsizetype at = table.columns.indexOf(key); at >= 0)
            keep << int(at);
    Report narrow = *this;
    narrow.table.columns.clear();
    narrow.table.headers.clear();
    narrow.table.rows.clear();
    narrow.units.clear();
    narrow.styles.clear();
    for (int c : keep) {
        narrow.table.columns << table.columns.at(c);
        narrow.table.headers << table.header(c);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        QVariantList row;
        QStringList rowUnits;
        QList<ReportCellStyle> rowStyles;
        for (int c : keep) {
            row << table.rows.at(r).value(c);
            rowUnits << unit(r, c);
            rowStyles << style(r, c);
        }
        narrow.table.rows << row;
        if (!units.isEmpty())
            narrow.units << rowUnits;
        if (!styles.isEmpty())
            narrow.styles << rowStyles;
    }
    return narrow;
}

bool Report::isUnknown(int row, int column) const
{
    const QVariant v = table.rows.value(row).value(column);
    return !v.isValid() || v.isNull();
}

int Report::sourceNumber(const QString &sourceId) const
{
    for (int i = 0; i < sources.size(); ++i)
        if (sources.at(i).id == sourceId)
            return i + 1;
    return 0;
}

QList<int> Report::citations(int row, int column) const
{
    QList<int> numbers;
    for (const QString &id : style(row, column).sourceIds)
        if (const int n = sourceNumber(id); n > 0 && !numbers.contains(n))
            numbers << n;
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

bool Report::anyBest() const
{
    for (const auto &row : styles)
        for (const ReportCellStyle &s : row)
            if (s.best)
                return true;
    return false;
}

bool Report::anyProjected() const
{
    for (const auto &row : styles)
        for (const ReportCellStyle &s : row)
            if (s.projected)
                return true;
    return false;
}

QList<Source> citedSources(const QStringList &ids, const QList<Source> &known)
{
    QList<Source> sources;
    for (const QString &id : ids) {
        const auto it = std::find_if(known.cbegin(), known.cend(), [&](const Source &s) { return s.id == id; });
        if (it != known.cend()) {
            sources << *it;
        } else {
            Source bare;
            bare.id = id;
            bare.title = id;
            sources << bare;
        }
    }
    return sources;
}
