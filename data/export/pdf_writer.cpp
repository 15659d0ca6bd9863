#include "pdf_writer.h"

#include "table_export.h"

#include "html_writer.h"
#include "report_text.h"

#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include "report_chart.h"

namespace PdfWriter {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Latin text and digits from DejaVu Sans, Chinese from Noto Sans CJK in the form the language uses
// (Traditional or Simplified). Noto Sans CJK's own digits are not used on purpose: Qt's PDF writer cannot map
// the glyphs its shaping picks for them back to characters, so numbers would vanish from copied text.
QStringList fontFamilies(Language language)
{
    if (language == Language::SimplifiedChinese)
        return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC")};
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans CJK SC")};
}

// Wide tables get a smaller type so every column stays on the page.
qreal pointSize(int columns)
{
    return columns > 16 ? 6.0 : columns > 10 ? 7.0 : 8.5;
}

QString cellHtml(const Report &report, int r, int c)
{
    const QString text = report.cellText(r, c);
    if (text.isEmpty())
        return report.isUnknown(r, c) ? QStringLiteral("<font color=\"#999999\">") + ReportText::unknown() + QStringLiteral("</font>") : QString();
    const ReportCellStyle s = report.style(r, c);
    QString html = escaped(text);
    if (s.projected)
        html = QStringLiteral("<i>") + html + QStringLiteral("</i>&nbsp;") + Report::projectedMarker();
    if (s.best)
        html = QStringLiteral("<b>") + html + QStringLiteral("</b>");
    QStringList numbers;
    for (int n : report.citations(r, c))
        numbers << QString::number(n);
    if (!numbers.isEmpty())
        html += QStringLiteral("<sup><font color=\"#666666\">") + numbers.join(QLatin1Char(',')) + QStringLiteral("</font></sup>");
    return html;
}

// A chart as an object inside the laid-out document, painted with QPainter onto the PDF page: vector bars and
// text, fonts embedded like the table's. Laid out in 96-dpi pixels at the page's width and scaled to the device.
constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;

class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit ChartObject(const Report &report) : m_report(report) {}

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const qreal scale = scaleOf(doc);
        const auto l = chartLayout(doc, format);
        return QSizeF(l.width * scale, l.height * scale);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format) override
    {
        const qreal scale = scaleOf(doc);
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(scale, scale);
        painter->setFont(doc->defaultFont()); // the table's families: DejaVu Sans with Noto Sans CJK for Chinese
        ReportChartDrawing::paint(painter, chartLayout(doc, format), QPointF(0, 0));
        painter->restore();
    }

private:
    static qreal scaleOf(QTextDocument *doc)
    {
        const QPaintDevice *device = doc->documentLayout()->paintDevice();
        return device ? device->logicalDpiY() / 96.0 : 1.0;
    }
    ReportChartDrawing::Layout chartLayout(QTextDocument *doc, const QTextFormat &format) const
    {
        const qreal width = (doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth()) - 2 * doc->documentMargin();
        const qreal css = std::min<qreal>(900, std::max<qreal>(300, width / scaleOf(doc) - 8));
        return ReportChartDrawing::layout(m_report, m_report.charts.value(format.intProperty(kChartIndex)), css, 11);
    }

    const Report &m_report;
};

// After the table and its legend: a "Charts" heading and one chart per block.
void insertCharts(QTextDocument &document, const Report &report)
{
    if (report.charts.isEmpty())
        return;
    QTextCursor cursor(&document);
    for (QTextFrame *frame : document.rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            cursor.setPosition(table->lastPosition() + 1);
            break;
        }
    if (!ReportText::legends(report).isEmpty())
        cursor.movePosition(QTextCursor::EndOfBlock);
    QTextBlockFormat block;
    block.setTopMargin(8);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(document.defaultFont().pointSizeF() * 1.3);
    cursor.insertBlock(block, heading);
    cursor.insertText(ReportText::charts(), heading);
    for (int i = 0; i < report.charts.size(); ++i) {
        cursor.insertBlock(block, QTextCharFormat());
        QTextCharFormat object;
        object.setObjectType(kChartObject);
        object.setProperty(kChartIndex, i);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

} // namespace

QString documentHtml(const Report &report)
{
    const DataTable &t = report.table;
    const int columns = int(t.columns.size());
    QList<bool> numeric(columns, false);
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < columns; ++c)
            numeric[c] = numeric[c] || report.isNumber(r, c);

    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(escaped(report.title));
    if (!report.subtitle.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(escaped(report.subtitle));
    if (const QString meta = ReportText::dateAndVersion(report); !meta.isEmpty())
        h += QStringLiteral("<p><font color=\"#555555\">%1</font></p>").arg(escaped(meta));

    // <thead> makes the header row repeat on every page.
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"border-collapse:collapse; border-color:#b0b0b0\"><thead><tr>");
    for (int c = 0; c < columns; ++c)
        h += QStringLiteral("<th bgcolor=\"#ededed\" align=\"left\">%1</th>").arg(escaped(t.header(c)));
    h += QStringLiteral("</tr></thead>");
    for (int r = 0; r < t.rows.size(); ++r) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c)
            h += QStringLiteral("<td align=\"%1\">%2</td>").arg(numeric.at(c) ? QStringLiteral("right") : QStringLiteral("left"), cellHtml(report, r, c));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    if (const QString legends = ReportText::legends(report); !legends.isEmpty())
        h += QStringLiteral("<p><font color=\"#555555\">%1</font></p>").arg(escaped(legends));
    if (!report.assumptions.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(ReportText::assumptions()));
        for (const QString &line : report.assumptions)
            h += QStringLiteral("<li>%1</li>").arg(escaped(line));
        h += QStringLiteral("</ul>");
    }
    if (!report.notes.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(ReportText::notes()));
        for (const QString &note : report.notes)
            h += QStringLiteral("<li>%1</li>").arg(escaped(note));
        h += QStringLiteral("</ul>");
    }
    if (!report.sources.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ol>").arg(escaped(ReportText::sources()));
        for (const Source &s : report.sources) {
            const QString href = HtmlWriter::linkTarget(s.url);
            QString item = href.isEmpty() ? escaped(s.title) : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(href), escaped(s.title));
            if (const QString details = ReportText::sourceDetails(s); !details.isEmpty())
                item += QStringLiteral(" — ") + escaped(details);
            h += QStringLiteral("<li>%1</li>").arg(item);
        }
        h += QStringLiteral("</ol>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

bool write(const Report &report, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QStringLiteral("cannot write %1: PDF output needs a QGuiApplication").arg(path);
        return false;
    }
    TableExport::OutputFile file(path);
    if (!file.open(error))
        return false;
    {
        QPdfWriter pdf(&file.device());
        pdf.setTitle(report.title);
        pdf.setCreator(QStringLiteral("Compute Atlas"));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));

        QTextDocument document;
        QFont font;
        font.setFamilies(fontFamilies(report.language));
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(pointSize(int(report.table.columns.size())));
        document.setDefaultFont(font);
        document.setHtml(documentHtml(report));
        ChartObject charts(report);
        document.documentLayout()->registerHandler(kChartObject, &charts);
        insertCharts(document, report);
        document.print(&pdf);
    }
    return file.commit(error);
}

} // namespace PdfWriter

#include "pdf_writer.moc"
