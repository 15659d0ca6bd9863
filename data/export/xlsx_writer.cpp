#include "xlsx_writer.h"

#include "report_text.h"
#include "table_export.h"
#include "text_table_writer.h"
#include "zip_check.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <clocale>
#include <cmath>
#include <xlsxwriter.h>

namespace XlsxWriter {

namespace {

// A C string that outlives the libxlsxwriter call (it copies what it keeps).
struct Utf8 {
    QByteArray bytes;
    explicit Utf8(const QString &s) : bytes(s.toUtf8()) {}
    operator const char *() const { return bytes.constData(); }
};

// libxlsxwriter prints numbers with printf, which follows LC_NUMERIC; a locale with a decimal comma would
// write "989,5" into the XML. Hold the C locale while the workbook is written.
class CNumericLocale {
public:
    CNumericLocale()
    {
        if (const char *current = std::setlocale(LC_NUMERIC, nullptr))
            m_saved = current;
        std::setlocale(LC_NUMERIC, "C");
    }
    ~CNumericLocale() { std::setlocale(LC_NUMERIC, m_saved.constData()); }

private:
    QByteArray m_saved = "C";
};

class Workbook {
public:
    explicit Workbook(const QString &path) : m_book(workbook_new(QFile::encodeName(path).constData())) {}
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book); // only reached on an error path: the normal path closes and reports
    }
    lxw_workbook *get() const { return m_book; }
    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }

    // One format per (number format, bold, italic, role): libxlsxwriter keeps them until close.
    lxw_format *cellFormat(const QString &numberFormat, bool bold, bool italic)
    {
        const QString key = numberFormat + QLatin1Char('|') + QLatin1Char(bold ? 'b' : '-') + QLatin1Char(italic ? 'i' : '-');
        if (lxw_format *f = m_formats.value(key))
            return f;
        lxw_format *f = workbook_add_format(m_book);
        if (!numberFormat.isEmpty())
            format_set_num_format(f, Utf8(numberFormat));
        if (bold)
            format_set_bold(f);
        if (italic)
            format_set_italic(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        m_formats.insert(key, f);
        return f;
    }
    lxw_format *header()
    {
        if (!m_header) {
            m_header = workbook_add_format(m_book);
            format_set_bold(m_header);
            format_set_text_wrap(m_header);
            format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
            format_set_bg_color(m_header, 0xEDEDED);
            format_set_bottom(m_header, LXW_BORDER_THIN);
        }
        return m_header;
    }
    lxw_format *wrapped()
    {
        if (!m_wrapped) {
            m_wrapped = workbook_add_format(m_book);
            format_set_text_wrap(m_wrapped);
            format_set_align(m_wrapped, LXW_ALIGN_VERTICAL_TOP);
        }
        return m_wrapped;
    }
    lxw_format *link()
    {
        if (!m_link) {
            m_link = workbook_add_format(m_book);
            format_set_font_color(m_link, LXW_COLOR_BLUE);
            format_set_underline(m_link, LXW_UNDERLINE_SINGLE);
            format_set_align(m_link, LXW_ALIGN_VERTICAL_TOP);
        }
        return m_link;
    }
    lxw_format *title()
    {
        if (!m_title) {
            m_title = workbook_add_format(m_book);
            format_set_bold(m_title);
            format_set_font_size(m_title, 14);
        }
        return m_title;
    }

private:
    lxw_workbook *m_book;
    QHash<QString, lxw_format *> m_formats;
    lxw_format *m_header = nullptr;
    lxw_format *m_wrapped = nullptr;
    lxw_format *m_link = nullptr;
    lxw_format *m_title = nullptr;
};

// Characters a column needs for `text` (Chinese counts double), for column widths.
int widthOf(const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, TextTableWriter::displayWidth(line));
    return widest;
}

void setWidths(lxw_worksheet *sheet, const QList<int> &widths)
{
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
}

QString validSheetName(const QString &wanted, const QString &fallback, QStringList &used)
{
    QString name = sheetName(wanted, fallback);
    QString unique = name;
    for (int n = 2; used.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    used << unique;
    return unique;
}

void writeTable(Workbook &book, lxw_worksheet *sheet, const Report &report)
{
    const DataTable &t = report.table;
    const int columns = int(t.columns.size());
    QList<int> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), Utf8(t.header(c)), book.header());
        // A long header wraps; it sets the width only up to a point.
        widths[c] = std::min(widthOf(t.header(c)), 24);
    }
    for (int r = 0; r < t.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < columns; ++c) {
            const ReportCellStyle s = report.style(r, c);
            const QVariant v = t.rows.at(r).value(c);
            const QString display = report.cellText(r, c);
            // A number shown as the formatter wrote it gets a format that reads the same; one without display text
            // (a year, a count) stays General.
            std::optional<CellNumber> number;
            if (report.isNumber(r, c))
                number = s.display.isEmpty() ? std::optional<CellNumber>(CellNumber{v.toDouble(), QString()}) : cellNumber(v.toDouble(), display);
            if (number) {
                QString format = number->format;
                if (s.projected)
                    format = (format.isEmpty() ? QStringLiteral("General") : format) + QStringLiteral("\" ") + Report::projectedMarker() + QLatin1Char('"');
                worksheet_write_number(sheet, row, lxw_col_t(c), number->value, book.cellFormat(format, s.best, s.projected));
                widths[c] = std::max(widths[c], widthOf(display) + (s.projected ? 2 : 0));
            } else {
                QString text = display;
                if (text.isEmpty())
                    continue;
                if (s.projected)
                    text += QLatin1Char(' ') + Report::projectedMarker();
                worksheet_write_string(sheet, row, lxw_col_t(c), Utf8(text), book.cellFormat({}, s.best, s.projected));
                widths[c] = std::max(widths[c], widthOf(text));
            }
        }
    }
    for (int &w : widths)
        w = std::clamp(w + 2, 8, 60);
    setWidths(sheet, widths);
    worksheet_freeze_panes(sheet, 1, 0);
}

void writeSources(Workbook &book, lxw_worksheet *sheet, const Report &report)
{
    const QStringList headers = ReportText::sourceHeaders();
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), Utf8(headers.at(c)), book.header());
    QList<int> widths{4, 30, 16, 12, 10, 30, 16};
    for (int i = 0; i < report.sources.size(); ++i) {
        const Source &s = report.sources.at(i);
        const lxw_row_t row = lxw_row_t(i + 1);
        worksheet_write_number(sheet, row, 0, i + 1, book.cellFormat({}, false, false));
        const QStringList cells{s.title, s.publisher, s.publishedOn, ReportText::sourceKind(s.kind)};
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells.at(c).isEmpty())
                worksheet_write_string(sheet, row, lxw_col_t(c + 1), Utf8(cells.at(c)), c == 0 ? book.wrapped() : book.cellFormat({}, false, false));
            widths[c + 1] = std::max(widths[c + 1], widthOf(cells.at(c)) + 2);
        }
        // A URL Excel refuses as a link (too long, odd characters) is still written, as text.
        if (!s.url.isEmpty() && worksheet_write_url(sheet, row, 5, Utf8(s.url), book.link()) != LXW_NO_ERROR)
            worksheet_write_string(sheet, row, 5, Utf8(s.url), nullptr);
        widths[5] = std::max(widths[5], widthOf(s.url) + 2);
        worksheet_write_string(sheet, row, 6, Utf8(s.id), nullptr);
        widths[6] = std::max(widths[6], widthOf(s.id) + 2);
    }
    for (int &w : widths)
        w = std::min(w, 70);
    setWidths(sheet, widths);
    worksheet_freeze_panes(sheet, 1, 0);
}

void writeNotes(Workbook &book, lxw_worksheet *sheet, const Report &report)
{
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, Utf8(report.title), book.title());
    if (!report.subtitle.isEmpty())
        worksheet_write_string(sheet, row++, 0, Utf8(report.subtitle), nullptr);
    if (const QString meta = ReportText::dateAndVersion(report); !meta.isEmpty())
        worksheet_write_string(sheet, row++, 0, Utf8(meta), nullptr);
    ++row;
    worksheet_write_string(sheet, row++, 0, Utf8(ReportText::notes()), book.header());
    QStringList lines = report.notes;
    if (report.anyBest())
        lines << ReportText::bestLegend();
    if (report.anyProjected())
        lines << ReportText::projectedLegend();
    for (const QString &line : lines)
        worksheet_write_string(sheet, row++, 0, Utf8(line), book.wrapped());
    worksheet_set_column(sheet, 0, 0, 120, nullptr);
}

// The assumptions behind the figures, one a line, on a sheet of their own.
void writeAssumptions(Workbook &book, lxw_worksheet *sheet, const Report &report)
{
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, Utf8(report.title), book.title());
    ++row;
    worksheet_write_string(sheet, row++, 0, Utf8(ReportText::assumptions()), book.header());
    for (const QString &line : report.assumptions)
        worksheet_write_string(sheet, row++, 0, Utf8(line), book.wrapped());
    worksheet_set_column(sheet, 0, 0, 120, nullptr);
}

// Excel's colours for the charts: one house blue; a projection wears it hatched, the baseline a dark outline.
constexpr lxw_color_t kBarColor = 0x4472C4;
constexpr lxw_color_t kBaselineOutline = 0x1F1F1F;

// A native bar chart per ReportChart on the Charts sheet, each series a range of the table sheet's own cells (the
// chips' names in the header row as categories, the row's values as values), so editing a number in Excel moves
// its bar. Two series over the same cells, drawn on top of each other (overlap 100 %): "Specified" shows the
// figures vendors and the press give and hides the projected points; "Projected †" shows only those, hatched.
// Each chart's source line is written in the cell under it.
void writeCharts(Workbook &book, lxw_worksheet *sheet, const Report &report, const QString &tableSheet)
{
    const Utf8 tableName(tableSheet);
    const Utf8 measuredName(ReportText::measuredSeries());
    const Utf8 projectedName(ReportText::projectedSeries());
    lxw_row_t top = 0;
    if (!report.subtitle.isEmpty())
        worksheet_write_string(sheet, top++, 0, Utf8(report.subtitle), book.title());
    ++top;
    for (const ReportChart &c : report.charts) {
        if (c.columns.isEmpty() || c.row < 0 || c.row >= report.table.rows.size())
            continue;
        lxw_chart *chart = workbook_add_chart(book.get(), LXW_CHART_BAR);
        const Utf8 title(c.title);
        chart_title_set_name(chart, title);
        const lxw_row_t dataRow = lxw_row_t(c.row + 1);
        const lxw_col_t first = lxw_col_t(c.columns.first());
        const lxw_col_t last = lxw_col_t(c.columns.last());

        // Per point: visible in the measured series or in the projected one, never both.
        const int bars = int(c.columns.size());
        QList<lxw_chart_point> measuredPoints(bars), projectedPoints(bars);
        QList<lxw_chart_data_label> measuredLabels(bars), projectedLabels(bars);
        lxw_chart_fill noFill{};
        noFill.none = LXW_TRUE;
        lxw_chart_line noLine{};
        noLine.none = LXW_TRUE;
        lxw_chart_line baselineLine{};
        baselineLine.color = kBaselineOutline;
        baselineLine.width = 2.25f;
        lxw_chart_pattern hatch{};
        hatch.type = LXW_CHART_PATTERN_WIDE_UPWARD_DIAGONAL;
        hatch.fg_color = kBarColor;
        hatch.bg_color = LXW_COLOR_WHITE;
        lxw_chart_line hatchLine{};
        hatchLine.color = kBarColor;
        hatchLine.width = 1.0f;
        for (int i = 0; i < bars; ++i) {
            const bool projected = report.style(c.row, c.columns.at(i)).projected;
            lxw_chart_point &m = measuredPoints[i];
            lxw_chart_point &p = projectedPoints[i];
            m = lxw_chart_point{};
            p = lxw_chart_point{};
            if (projected) {
                m.fill = &noFill;
                m.line = &noLine;
                measuredLabels[i].hide = LXW_TRUE;
                p.pattern = &hatch;
                p.line = c.columns.at(i) == c.baselineColumn ? &baselineLine : &hatchLine;
            } else {
                p.fill = &noFill;
                p.line = &noLine;
                projectedLabels[i].hide = LXW_TRUE;
                if (c.columns.at(i) == c.baselineColumn)
                    m.line = &baselineLine;
            }
        }
        auto pointers = [](auto &items) {
            QList<std::remove_reference_t<decltype(items[0])> *> out;
            for (auto &item : items)
                out << &item;
            out << nullptr;
            return out;
        };
        auto measuredPointList = pointers(measuredPoints);
        auto projectedPointList = pointers(projectedPoints);
        auto measuredLabelList = pointers(measuredLabels);
        auto projectedLabelList = pointers(projectedLabels);

        lxw_chart_fill barFill{};
        barFill.color = kBarColor;
        lxw_chart_series *measured = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(measured, tableName, 0, first, 0, last);
        chart_series_set_values(measured, tableName, dataRow, first, dataRow, last);
        chart_series_set_name(measured, measuredName);
        chart_series_set_fill(measured, &barFill);
        chart_series_set_points(measured, measuredPointList.data());
        chart_series_set_labels(measured);
        chart_series_set_labels_custom(measured, measuredLabelList.data());
        if (report.anyProjected()) {
            lxw_chart_series *projected = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(projected, tableName, 0, first, 0, last);
            chart_series_set_values(projected, tableName, dataRow, first, dataRow, last);
            chart_series_set_name(projected, projectedName);
            chart_series_set_pattern(projected, &hatch);
            chart_series_set_line(projected, &hatchLine);
            chart_series_set_points(projected, projectedPointList.data());
            chart_series_set_labels(projected);
            chart_series_set_labels_custom(projected, projectedLabelList.data());
            chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        } else {
            chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        }
        chart_set_series_overlap(chart, 100);
        chart_set_series_gap(chart, 60);
        // A bar chart's y axis holds the categories: reversed, the first chip is on top as in the table.
        chart_axis_set_reverse(chart->y_axis);
        chart_axis_set_crossing_max(chart->y_axis);
        chart_axis_major_gridlines_set_visible(chart->x_axis, LXW_TRUE);
        if (c.logScale)
            chart_axis_set_log_base(chart->x_axis, 10);
        // The value axis reads in the unit the largest bar is shown in, without its decimals ("2,000 TFLOP/s").
        double largest = 0;
        int largestColumn = -1;
        for (int column : c.columns)
            if (report.isNumber(c.row, column) && report.table.rows.at(c.row).value(column).toDouble() > largest) {
                largest = report.table.rows.at(c.row).value(column).toDouble();
                largestColumn = column;
            }
        if (largestColumn >= 0)
            if (const auto number = cellNumber(largest, report.cellText(c.row, largestColumn)); number && !number->format.isEmpty()) {
                static const QRegularExpression decimals(QStringLiteral("#,##0\\.0+"));
                chart_axis_set_num_format(chart->x_axis, Utf8(QString(number->format).replace(decimals, QStringLiteral("#,##0"))));
            }

        lxw_chart_options placement{};
        placement.x_scale = 1.6;
        placement.y_scale = std::max(1.0, (bars * 30 + 120) / 288.0);
        worksheet_insert_chart_opt(sheet, top, 0, chart, &placement);
        // Default rows are 20 px: leave the chart's height, then the source line.
        const lxw_row_t rowsTall = lxw_row_t(std::ceil(288 * placement.y_scale / 20.0));
        top += rowsTall;
        if (!c.sourceLine.isEmpty())
            worksheet_write_string(sheet, top, 0, Utf8(c.sourceLine), nullptr);
        top += 3;
    }
}

} // namespace

QString sheetName(const QString &wanted, const QString &fallback)
{
    QString name = wanted.isEmpty() ? fallback : wanted;
    for (const QChar ch : QStringLiteral("[]:*?/\\"))
        name.replace(ch, QLatin1Char(' '));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    if (name.isEmpty() || name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        return fallback.left(31);
    return name;
}

std::optional<CellNumber> cellNumber(double raw, const QString &display)
{
    if (!std::isfinite(raw))
        return std::nullopt;
    // The shown number: the first run of digits, group commas and a point, e.g. "989.5" in "989.5 TFLOP/s".
    static const QRegularExpression numberPattern(QStringLiteral("[0-9][0-9,]*(\\.[0-9]+)?"));
    const QRegularExpressionMatch m = numberPattern.match(display);
    if (display.isEmpty() || !m.hasMatch())
        return CellNumber{raw, QString()};
    const QString number = m.captured(0);
    const double shown = QString(number).remove(QLatin1Char(',')).toDouble();
    const qsizetype point = number.indexOf(QLatin1Char('.'));
    const int decimals = point < 0 ? 0 : int(number.size() - point - 1);
    auto quoted = [](const QString &text) { return text.isEmpty() ? QString() : QStringLiteral("\"%1\"").arg(text); };
    const QString before = quoted(display.left(m.capturedStart()));
    const QString after = quoted(display.mid(m.capturedEnd()));
    const QString digits = decimals > 0 ? QStringLiteral("#,##0.") + QString(decimals, QLatin1Char('0')) : QStringLiteral("#,##0");
    if (shown == 0 || raw == 0)
        return CellNumber{raw, before + digits + after};
    // What the formatter divided by: the nearest of the scales it uses to raw ÷ shown (rounding to three or four
    // digits moves that quotient by well under 1%).
    static const QList<double> divisors{1e-9, 1e-6, 1e-3, 1, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18, 1024.0, 1048576.0, 1073741824.0, 1e4, 1e8};
    const double quotient = std::abs(raw / shown);
    double divisor = 1;
    double distance = -1;
    for (double d : divisors) {
        const double off = std::abs(std::log(quotient / d));
        if (distance < 0 || off < distance) {
            divisor = d;
            distance = off;
        }
    }
    if (distance > 0.01)
        return CellNumber{raw, QString()}; // not a scaled number (a year, a count in words): General
    // Excel divides by 1,000 per trailing comma: powers of 1,000 keep the raw SI value in the cell. Other scales
    // (binary GB, 萬 and 億, ms) store the value in the unit shown, which the format then only labels.
    const int thousands = int(std::lround(std::log10(divisor) / 3));
    if (divisor >= 1 && std::abs(std::pow(1000.0, thousands) - divisor) < 1e-6 * divisor)
        return CellNumber{raw, before + digits + QString(thousands, QLatin1Char(',')) + after};
    return CellNumber{raw / divisor, before + digits + after};
}

bool write(const Report &report, const QString &path, QString *error)
{
    if (const QString problem = TableExport::outputPathProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = QStringLiteral("cannot write %1: no temporary directory (%2)").arg(path, scratch.errorString());
        return false;
    }
    const QString draft = scratch.filePath(QStringLiteral("report.xlsx"));
    {
        const CNumericLocale cLocale;
        Workbook book(draft);
        if (!book.get()) {
            *error = QStringLiteral("cannot write %1: the workbook could not be created").arg(path);
            return false;
        }
        const Utf8 title(report.title);
        const Utf8 comments(ReportText::dateAndVersion(report));
        lxw_doc_properties properties{};
        properties.title = const_cast<char *>(static_cast<const char *>(title));
        properties.comments = const_cast<char *>(static_cast<const char *>(comments));
        properties.author = const_cast<char *>("Compute Atlas");
        workbook_set_properties(book.get(), &properties);

        QStringList used;
        const QString tableSheet = validSheetName(report.sheetName, report.table.name.isEmpty() ? QStringLiteral("Table") : report.table.name, used);
        const Utf8 tableName(tableSheet);
        const Utf8 chartsName(report.charts.isEmpty() ? QString() : validSheetName(ReportText::charts(), QStringLiteral("Charts"), used));
        const Utf8 sourcesName(validSheetName(ReportText::sources(), QStringLiteral("Sources"), used));
        const Utf8 notesName(validSheetName(ReportText::notes(), QStringLiteral("Notes"), used));
        const Utf8 assumptionsName(report.assumptions.isEmpty() ? QString()
                                                                 : validSheetName(ReportText::assumptions(), QStringLiteral("Assumptions"), used));
        lxw_worksheet *table = workbook_add_worksheet(book.get(), tableName);
        lxw_worksheet *charts = report.charts.isEmpty() ? nullptr : workbook_add_worksheet(book.get(), chartsName);
        lxw_worksheet *sources = workbook_add_worksheet(book.get(), sourcesName);
        lxw_worksheet *notes = workbook_add_worksheet(book.get(), notesName);
        lxw_worksheet *assumptions = report.assumptions.isEmpty() ? nullptr : workbook_add_worksheet(book.get(), assumptionsName);
        if (!table || !sources || !notes || (!report.charts.isEmpty() && !charts) || (!report.assumptions.isEmpty() && !assumptions)) {
            *error = QStringLiteral("cannot write %1: a sheet could not be added").arg(path);
            return false;
        }
        writeTable(book, table, report);
        if (charts)
            writeCharts(book, charts, report, tableSheet);
        writeSources(book, sources, report);
        writeNotes(book, notes, report);
        if (assumptions)
            writeAssumptions(book, assumptions, report);
        if (const lxw_error e = book.close(); e != LXW_NO_ERROR) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e)));
            return false;
        }
    }
    // libxlsxwriter does not notice a failed write of its temporary part files (a full disk): check the package.
    if (const QString damaged = ZipCheck::problem(draft); !damaged.isEmpty()) {
        *error = QStringLiteral("cannot write %1: the workbook came out damaged (%2); the disk holding the temporary folder %3 may "
                                "be full")
                     .arg(path, damaged, QDir::tempPath());
        return false;
    }
    QFile built(draft);
    if (!built.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, built.errorString());
        return false;
    }
    return TableExport::saveFile(path, built.readAll(), error);
}

} // namespace XlsxWriter
