#include "markdown_writer.h"

#include "html_writer.h"
#include "report_text.h"

#include <QRegularExpression>

namespace MarkdownWriter {

namespace {
QString cellMarkdown(const Report &report, int r, int c)
{
    const QString text = report.cellText(r, c);
    if (text.isEmpty())
        return report.isUnknown(r, c) ? ReportText::unknown() : QString();
    const ReportCellStyle s = report.style(r, c);
    QString md = escaped(text);
    if (s.projected)
        md = QLatin1Char('_') + md + QLatin1Char('_') + Report::projectedMarker();
    if (s.best)
        md = QStringLiteral("**") + md + QStringLiteral("**");
    QStringList numbers;
    for (int n : report.citations(r, c))
        numbers << QString::number(n);
    if (!numbers.isEmpty())
        md += QStringLiteral(" <sup>") + numbers.join(QLatin1Char(',')) + QStringLiteral("</sup>");
    return md;
}
} // namespace

QString escaped(const QString &text)
{
    // Only what Markdown would read as markup is escaped, so the file reads cleanly as text too ("Hopper->Blackwell",
    // "AT&T" stay as written): emphasis, code, links, table pipes and HTML tags anywhere; a heading or quote mark
    // only where a line starts; "&" only where it would start an entity.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\n')) {
            out += QStringLiteral("<br>");
            continue;
        }
        if (ch == QLatin1Char('\r'))
            continue;
        const bool lineStart = i == 0;
        static const QRegularExpression entityPattern(QStringLiteral("^&#?[A-Za-z0-9]+;"));
        const bool entity = ch == QLatin1Char('&') && entityPattern.match(QStringView(text).mid(i)).hasMatch();
        if (QStringLiteral("\\`*_[]<|~").contains(ch) || entity || (lineStart && QStringLiteral("#>+-").contains(ch)))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

QByteArray render(const Report &report, const QStringList &chartFiles)
{
    const DataTable &t = report.table;
    const int columns = int(t.columns.size());
    QList<bool> numeric(columns, false);
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < columns; ++c)
            numeric[c] = numeric[c] || report.isNumber(r, c);

    QString md = QStringLiteral("# ") + escaped(report.title) + QStringLiteral("\n\n");
    if (!report.subtitle.isEmpty())
        md += escaped(report.subtitle) + QStringLiteral("\n\n");
    if (const QString meta = ReportText::dateAndVersion(report); !meta.isEmpty())
        md += escaped(meta) + QStringLiteral("\n\n");

    QStringList header;
    QStringList rule;
    for (int c = 0; c < columns; ++c) {
        header << escaped(t.header(c));
        rule << (numeric.at(c) ? QStringLiteral("---:") : QStringLiteral(":---"));
    }
    md += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    md += QStringLiteral("|") + rule.join(QLatin1Char('|')) + QStringLiteral("|\n");
    for (int r = 0; r < t.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << cellMarkdown(report, r, c);
        md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }

    if (const QString legends = ReportText::legends(report); !legends.isEmpty())
        md += QLatin1Char('\n') + escaped(legends) + QLatin1Char('\n');

    if (!chartFiles.isEmpty()) {
        md += QStringLiteral("\n## ") + escaped(ReportText::charts()) + QStringLiteral("\n\n");
        for (int i = 0; i < report.charts.size() && i < chartFiles.size(); ++i) {
            QString target = chartFiles.at(i);
            target.replace(QLatin1Char(' '), QStringLiteral("%20")).replace(QLatin1Char('('), QStringLiteral("%28")).replace(QLatin1Char(')'), QStringLiteral("%29"));
            md += QStringLiteral("![%1](%2)\n\n").arg(escaped(report.charts.at(i).title), target);
        }
    }

    if (!report.assumptions.isEmpty()) {
        md += QStringLiteral("\n## ") + escaped(ReportText::assumptions()) + QStringLiteral("\n\n");
        for (const QString &line : report.assumptions)
            md += QStringLiteral("- ") + escaped(line) + QLatin1Char('\n');
    }
    if (!report.notes.isEmpty()) {
        md += QStringLiteral("\n## ") + escaped(ReportText::notes()) + QStringLiteral("\n\n");
        for (const QString &note : report.notes)
            md += QStringLiteral("- ") + escaped(note) + QLatin1Char('\n');
    }
    if (!report.sources.isEmpty()) {
        md += QStringLiteral("\n## ") + escaped(ReportText::sources()) + QStringLiteral("\n\n");
        for (int i = 0; i < report.sources.size(); ++i) {
            const Source &s = report.sources.at(i);
            // A link destination ends at a space or an unbalanced parenthesis: FullyEncoded has no spaces, and
            // parentheses are percent-encoded here.
            QString href = HtmlWriter::linkTarget(s.url);
            href.replace(QLatin1Char('('), QStringLiteral("%28")).replace(QLatin1Char(')'), QStringLiteral("%29"));
            md += QStringLiteral("%1. ").arg(i + 1)
                + (href.isEmpty() ? escaped(s.title) : QStringLiteral("[%1](%2)").arg(escaped(s.title), href));
            if (const QString details = ReportText::sourceDetails(s); !details.isEmpty())
                md += QStringLiteral(" — ") + escaped(details);
            md += QLatin1Char('\n');
        }
    }
    return md.toUtf8();
}

} // namespace MarkdownWriter
