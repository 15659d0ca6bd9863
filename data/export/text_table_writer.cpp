#include "text_table_writer.h"

#include "report_text.h"

namespace TextTableWriter {

namespace {
const QString kBestMark = QStringLiteral("*");

bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) || (u >= 0x3041 && u <= 0x33FF)
        || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF)
        || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
}

QString pad(const QString &text, int width, bool right)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

// Long text (a process description) is cut so one cell cannot push the table off the terminal; numbers never are.
constexpr int kMaxTextWidth = 32;

QString cell(const Report &report, int r, int c)
{
    QString text = report.cellText(r, c);
    if (text.isEmpty())
        return report.isUnknown(r, c) ? ReportText::unknown() : QString();
    if (!report.isNumber(r, c) && displayWidth(text) > kMaxTextWidth) {
        while (displayWidth(text) > kMaxTextWidth - 1 || (!text.isEmpty() && text.back().isHighSurrogate()))
            text.chop(1);
        text = text.trimmed() + QStringLiteral("…");
    }
    const ReportCellStyle s = report.style(r, c);
    if (s.best)
        text += kBestMark;
    if (s.projected)
        text += Report::projectedMarker();
    return text;
}
} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t u : text.toUcs4())
        width += isWide(u) ? 2 : 1;
    return width;
}

QByteArray render(const Report &report)
{
    const DataTable &t = report.table;
    const int columns = int(t.columns.size());
    QList<QStringList> grid;
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << t.header(c);
    grid << header;
    QList<bool> numeric(columns, false);
    for (int r = 0; r < t.rows.size(); ++r) {
        QStringList line;
        for (int c = 0; c < columns; ++c) {
            line << cell(report, r, c);
            numeric[c] = numeric[c] || report.isNumber(r, c);
        }
        grid << line;
    }
    QList<int> widths(columns, 0);
    for (const QStringList &line : grid)
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], displayWidth(line.at(c)));

    QString out = report.title + QLatin1Char('\n');
    if (!report.subtitle.isEmpty())
        out += report.subtitle + QLatin1Char('\n');
    if (const QString meta = ReportText::dateAndVersion(report); !meta.isEmpty())
        out += meta + QLatin1Char('\n');
    out += QLatin1Char('\n');
    for (int i = 0; i < grid.size(); ++i) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << pad(grid.at(i).at(c), widths.at(c), numeric.at(c));
        // Trailing spaces would only make copied text ragged.
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
        if (i == 0) {
            QStringList rules;
            for (int c = 0; c < columns; ++c)
                rules << QString(widths.at(c), QLatin1Char('-'));
            out += rules.join(QStringLiteral("  ")) + QLatin1Char('\n');
        }
    }
    QStringList legends;
    if (report.anyBest())
        legends << ReportText::bestMarkLegend(kBestMark);
    if (report.anyProjected())
        legends << ReportText::projectedLegend();
    if (!legends.isEmpty())
        out += QLatin1Char('\n') + legends.join(QLatin1Char(' ')) + QLatin1Char('\n');
    if (!report.assumptions.isEmpty()) {
        out += QLatin1Char('\n') + ReportText::assumptions() + QLatin1Char('\n');
        for (const QString &line : report.assumptions)
            out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    if (!report.notes.isEmpty()) {
        out += QLatin1Char('\n') + ReportText::notes() + QLatin1Char('\n');
        for (const QString &note : report.notes)
            out += QStringLiteral("- ") + note + QLatin1Char('\n');
    }
    if (!report.sources.isEmpty()) {
        out += QLatin1Char('\n') + ReportText::sources() + QLatin1Char('\n');
        for (int i = 0; i < report.sources.size(); ++i) {
            const Source &s = report.sources.at(i);
            out += QStringLiteral("[%1] %2").arg(i + 1).arg(s.title);
            if (const QString details = ReportText::sourceDetails(s); !details.isEmpty())
                out += QStringLiteral(" — ") + details;
            if (!s.url.isEmpty())
                out += QStringLiteral(" <") + s.url + QLatin1Char('>');
            out += QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

} // namespace TextTableWriter
