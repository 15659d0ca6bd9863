#include "compare_report.h"

#include "report_text.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

QString rowLabel(const CompareRow &row)
{
    return QCoreApplication::translate("CompareTable", row.label.toUtf8().constData());
}

// Status words of DESIGN §2.1 (table chip); other text (process, dates) is data and shown as stored.
QString textValue(const QString &rowKey, const QString &text)
{
    if (rowKey != QLatin1String("status"))
        return text;
    static const char *const statuses[][2] = {
        {"shipping", QT_TRANSLATE_NOOP("Report", "shipping")},
        {"announced", QT_TRANSLATE_NOOP("Report", "announced")},
        {"reported", QT_TRANSLATE_NOOP("Report", "reported")},
        {"projected", QT_TRANSLATE_NOOP("Report", "projected")},
    };
    for (const auto &s : statuses)
        if (text == QLatin1String(s[0]))
            return translated(s[1]);
    return text;
}

QString chipName(const Chip &chip, Language language)
{
    return chip.name.isEmpty() ? chip.id : chip.localName(language);
}

// The row's unit in words for the Unit column: "bytes/s", "FLOP/byte"; memory in binary GB.
QString unitText(const QString &unit)
{
    if (unit == QLatin1String("B"))
        return translated(QT_TRANSLATE_NOOP("Report", "GB = 2³⁰ bytes"));
    return NumberFormat::unitName(unit);
}

QStringList sourceIds(const CompareCell &cell)
{
    QStringList ids;
    for (const SpecClaim &c : cell.claims)
        if (!c.sourceId.isEmpty() && !ids.contains(c.sourceId))
            ids << c.sourceId;
    return ids;
}

QStringList notes(const CompareTable &table, Language language)
{
    QStringList notes;
    notes << translated(QT_TRANSLATE_NOOP("Report",
        "Throughput is dense FLOP/s. Vendors often quote figures with 2:4 structured sparsity, which doubles the number; "
        "those sparse figures are stored beside the dense ones and are used neither in this table nor in rooflines."));
    notes << translated(QT_TRANSLATE_NOOP("Report",
        "Memory in GB is binary, as vendors print it: 1 GB = 2³⁰ bytes, so 80 GB is 85,899,345,920 bytes. Bandwidth is "
        "decimal: 1 TB/s = 10¹² bytes/s. CSV and JSON files hold the raw values in SI units (FLOP/s, bytes, bytes/s, W)."));
    if (!table.chips.isEmpty())
        notes << translated(QT_TRANSLATE_NOOP("Report", "Ratios divide each chip's value by the baseline's (%1)."))
                     .arg(chipName(table.chips.at(table.baseline), language));
    notes << translated(QT_TRANSLATE_NOOP("Report",
        "The best value of each row is marked; rows that are properties rather than merits (ridge point, TDP) have none."));
    for (const CompareRow &row : table.rows)
        if (!row.formula.isEmpty())
            notes << translated(QT_TRANSLATE_NOOP("Report", "%1 = %2"))
                         .arg(rowLabel(row), QCoreApplication::translate("CompareTable", row.formula.toUtf8().constData()));
    notes << translated(QT_TRANSLATE_NOOP("Report",
        "%1 marks a projection: a value made from trends across generations or from roadmap statements, not a vendor "
        "specification.")).arg(Report::projectedMarker());
    // How each projected value here was made: the notes of the claims behind projected cells, each once.
    QStringList projections;
    QSet<QString> seen;
    for (const CompareRow &row : table.rows) {
        for (int c = 0; c < row.cells.size() && c < table.chips.size(); ++c) {
            for (const SpecClaim &claim : row.cells.at(c).claims) {
                if (!claim.isProjected() || claim.note.isEmpty())
                    continue;
                const QString key = claim.chipId + QLatin1Char('|') + claim.metric + QLatin1Char('|') + claim.note;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                // The method in the report's language (the dataset gives it in all three).
                projections << translated(QT_TRANSLATE_NOOP("Report", "%1, %2: %3"))
                                   .arg(chipName(table.chips.at(c), language), rowLabel(row), claim.localNote(language));
            }
        }
    }
    if (!projections.isEmpty())
        notes << translated(QT_TRANSLATE_NOOP("Report", "How each projected value in this table was made:")) << projections;
    return notes;
}

// A bar chart for every row with a number: columns 2 … n+1 hold the chips' values, then one ratio column per
// non-baseline chip (`ratioChips`, in order).
QList<ReportChart> compareCharts(const CompareTable &table, const Report &r, const QList<int> &ratioChips)
{
    QList<ReportChart> charts;
    const int n = int(table.chips.size());
    for (int i = 0; i < table.rows.size(); ++i) {
        const CompareRow &row = table.rows.at(i);
        double low = 0, high = 0;
        QStringList ids;
        for (const CompareCell &cell : row.cells) {
            if (cell.value.typeId() != QMetaType::Double)
                continue;
            const double v = cell.value.toDouble();
            if (v > 0) {
                low = low > 0 ? std::min(low, v) : v;
                high = std::max(high, v);
            }
            for (const QString &id : sourceIds(cell))
                if (!ids.contains(id))
                    ids << id;
        }
        if (high <= 0)
            continue; // a text row, or nothing known
        ReportChart chart;
        chart.row = i;
        //: a chart's title: the row and its unit, "Dense BF16 (FLOP/s)"
        chart.title = translated(QT_TRANSLATE_NOOP("Report", "%1 (%2)")).arg(rowLabel(row), unitText(row.unit));
        for (int c = 0; c < n; ++c) {
            chart.columns << 2 + c;
            chart.ratioColumns << (c == table.baseline ? -1 : 2 + n + int(ratioChips.indexOf(c)));
        }
        chart.baselineColumn = 2 + table.baseline;
        chart.logScale = high / low > 10;
        chart.sourceLine = ReportText::chartSourceLine(citedSources(ids, r.sources));
        charts << chart;
    }
    return charts;
}

} // namespace

QString compareRatioColumn(const QString &chipId, const QString &baselineId)
{
    return chipId + QStringLiteral("_vs_") + baselineId;
}

QStringList citedSourceIds(const CompareTable &table)
{
    QStringList ids;
    for (const CompareRow &row : table.rows)
        for (const CompareCell &cell : row.cells)
            for (const QString &id : sourceIds(cell))
                if (!ids.contains(id))
                    ids << id;
    return ids;
}

Report compareReport(const CompareTable &table, const QList<Source> &cited, Language language,
                     const QString &datasetVersion, const QDate &date)
{
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = datasetVersion;
    r.title = translated(QT_TRANSLATE_NOOP("Report", "Accelerator comparison"));
    r.sheetName = translated(QT_TRANSLATE_NOOP("Report", "Comparison"));
    const int n = int(table.chips.size());
    const Chip *baseline = n > 0 ? &table.chips.at(table.baseline) : nullptr;
    if (baseline)
        r.subtitle = translated(QT_TRANSLATE_NOOP("Report", "Baseline: %1")).arg(chipName(*baseline, language));

    DataTable &t = r.table;
    t.name = QStringLiteral("compare");
    t.title = r.title;
    t.columns << QStringLiteral("metric") << QStringLiteral("unit");
    t.headers << translated(QT_TRANSLATE_NOOP("Report", "Metric")) << translated(QT_TRANSLATE_NOOP("Report", "Unit"));
    QList<int> ratioChips; // chip indexes that get a ratio column
    for (int c = 0; c < n; ++c) {
        t.columns << table.chips.at(c).id;
        t.headers << chipName(table.chips.at(c), language);
        if (c != table.baseline)
            ratioChips << c;
    }
    for (int c : ratioChips) {
        t.columns << compareRatioColumn(table.chips.at(c).id, baseline->id);
        //: a ratio column: "B200 ÷ H100 SXM" is B200's value divided by H100 SXM's
        t.headers << translated(QT_TRANSLATE_NOOP("Report", "%1 ÷ %2")).arg(chipName(table.chips.at(c), language), chipName(*baseline, language));
    }

    for (const CompareRow &row : table.rows) {
        QVariantList values{row.key, row.unit};
        QStringList units{QString(), QString()};
        QList<ReportCellStyle> styles(2);
        styles[0].display = rowLabel(row);
        styles[1].display = unitText(row.unit); // people read "GB = 2³⁰ bytes"; CSV and JSON keep "B", the raw values' unit
        styles[1].rawInCsv = true;
        for (int c = 0; c < n; ++c) {
            const CompareCell cell = c < row.cells.size() ? row.cells.at(c) : CompareCell();
            ReportCellStyle s;
            s.best = cell.best;
            s.projected = cell.projected && cell.value.isValid();
            s.sourceIds = sourceIds(cell);
            if (cell.value.typeId() == QMetaType::Double)
                s.display = NumberFormat::si(cell.value.toDouble(), row.unit, row.significantDigits());
            else if (row.key == QLatin1String("process") && cell.value.isValid())
                s.display = table.chips.at(c).localProcessNode(language);
            else if (cell.value.isValid())
                s.display = textValue(row.key, cell.value.toString());
            values << cell.value;
            units << (cell.value.typeId() == QMetaType::Double ? row.unit : QString());
            styles << s;
        }
        for (int c : ratioChips) {
            const CompareCell cell = c < row.cells.size() ? row.cells.at(c) : CompareCell();
            const CompareCell base = table.baseline < row.cells.size() ? row.cells.at(table.baseline) : CompareCell();
            ReportCellStyle s;
            if (cell.ratio) {
                values << *cell.ratio;
                units << QStringLiteral("×"); // dimensionless: value ÷ baseline value
                s.display = NumberFormat::ratio(*cell.ratio);
                s.projected = cell.projected || base.projected; // a ratio to or of a projection is one too
            } else {
                values << QVariant();
                units << QString();
            }
            styles << s;
        }
        t.rows << values;
        r.units << units;
        r.styles << styles;
    }

    r.sources = citedSources(citedSourceIds(table), cited);
    r.notes = notes(table, language);
    // The system rows (issue 17) rest on a choice: which of a chip's systems stands for it.
    QStringList systemLines;
    for (const CompareRow &row : table.rows) {
        if (!row.key.startsWith(QLatin1String("system_")))
            continue;
        for (int c = 0; c < row.cells.size(); ++c)
            for (const SpecClaim &claim : row.cells.at(c).claims) {
                const QString line = translated(QT_TRANSLATE_NOOP("Report", "%1 stands in its system %2 (the first of its systems with a "
                                                                          "reported price, else its first); %3 is that system's figure "
                                                                          "÷ its accelerators."))
                                         .arg(chipName(table.chips.at(c), language), claim.id,
                                              QCoreApplication::translate("CompareTable", row.label.toUtf8().constData()));
                systemLines << line;
            }
    }
    r.assumptions = systemLines;
    r.charts = compareCharts(table, r, ratioChips);
    return r;
}
