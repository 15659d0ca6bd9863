#include "roofline_columns.h"

#include "explain.h" // formatPlain, and NumberFormat::si: the same figures as the working

#include <QJsonValue>
#include <QStringList>
#include <QVariantList>
#include <algorithm>

namespace {

QString cellText(const QJsonObject &row, const RooflineColumn &c)
{
    using Style = RooflineColumn::Style;
    const QJsonValue v = row.value(c.key);
    if (v.isNull() || v.isUndefined()) {
        // A compute-bound batch beyond the KV wall is not "never": the row says why it is not given.
        if (c.key == QLatin1String("compute_bound_batch") && row.contains(QStringLiteral("compute_bound_note")))
            return row.value(QStringLiteral("compute_bound_note")).toString();
        return c.nullText;
    }
    switch (c.style) {
    case Style::Fits: {
        if (v.toBool())
            return QStringLiteral("yes");
        const QJsonValue chips = row.value(QStringLiteral("min_chips"));
        if (chips.isNull() || chips.isUndefined())
            return QStringLiteral("does not fit on any number of chips");
        const int n = chips.toInt();
        return QStringLiteral("does not fit: needs %1 chip%2").arg(n).arg(n == 1 ? QString() : QStringLiteral("s"));
    }
    case Style::Text: return v.toString();
    case Style::YesNo: return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case Style::Percent: return QString::number(v.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case Style::Si: return NumberFormat::si(v.toDouble(), c.unit);
    case Style::Plain: return formatPlain(v.toDouble());
    }
    return {};
}

} // namespace

QString textTable(const QList<RooflineColumn> &columns, const QList<QJsonObject> &rows)
{
    QList<QStringList> cells;
    QStringList header;
    for (const RooflineColumn &c : columns)
        header << c.header;
    cells << header;
    for (const QJsonObject &r : rows) {
        QStringList line;
        for (const RooflineColumn &c : columns)
            line << cellText(r, c);
        cells << line;
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList &line : cells)
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    QString out;
    for (const QStringList &line : cells) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded << (columns[i].style == RooflineColumn::Style::Text ? line[i].leftJustified(widths[i])
                                                                       : line[i].rightJustified(widths[i]));
        out += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

DataTable csvTable(const QList<RooflineColumn> &columns, const QList<QJsonObject> &rows)
{
    DataTable t;
    t.name = QStringLiteral("roofline");
    for (const RooflineColumn &c : columns)
        t.columns << c.key;
    for (const QJsonObject &r : rows) {
        QVariantList line;
        for (const RooflineColumn &c : columns)
            line << r.value(c.key).toVariant();
        t.rows << line;
    }
    return t;
}
