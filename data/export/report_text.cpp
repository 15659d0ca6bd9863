#include "report_text.h"

#include <QCoreApplication>

namespace ReportText {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Report", text);
}
}

QString sources() { return translated(QT_TRANSLATE_NOOP("Report", "Sources")); }
QString notes() { return translated(QT_TRANSLATE_NOOP("Report", "Notes")); }
QString assumptions() { return translated(QT_TRANSLATE_NOOP("Report", "Assumptions")); }
QString date() { return translated(QT_TRANSLATE_NOOP("Report", "Date")); }
QString datasetVersion() { return translated(QT_TRANSLATE_NOOP("Report", "Dataset version")); }

QString dateAndVersion(const Report &report)
{
    QStringList parts;
    if (report.date.isValid())
        parts << translated(QT_TRANSLATE_NOOP("Report", "Date: %1")).arg(report.date.toString(Qt::ISODate));
    if (!report.datasetVersion.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("Report", "Dataset version: %1")).arg(report.datasetVersion);
    return parts.join(QStringLiteral(" · "));
}

QString bestLegend() { return translated(QT_TRANSLATE_NOOP("Report", "Bold: the best value of its row.")); }

QString bestMarkLegend(const QString &mark)
{
    return translated(QT_TRANSLATE_NOOP("Report", "%1 the best value of its row.")).arg(mark);
}

QString projectedLegend()
{
    return translated(QT_TRANSLATE_NOOP("Report", "%1 projected value, not a vendor figure (see Notes).")).arg(Report::projectedMarker());
}

QString legends(const Report &report)
{
    QStringList parts;
    if (report.anyBest())
        parts << bestLegend();
    if (report.anyProjected())
        parts << projectedLegend();
    return parts.join(QLatin1Char(' '));
}

QString unknown() { return QStringLiteral("—"); }

QString sourceKind(const QString &kind)
{
    // The kinds of DESIGN §2.1 (table source); anything else is shown as stored.
    static const char *const kinds[][2] = {
        {"official", QT_TRANSLATE_NOOP("Report", "official")},
        {"filing", QT_TRANSLATE_NOOP("Report", "filing")},
        {"press", QT_TRANSLATE_NOOP("Report", "press")},
        {"analyst", QT_TRANSLATE_NOOP("Report", "analyst")},
        {"article", QT_TRANSLATE_NOOP("Report", "article")},
        {"measurement", QT_TRANSLATE_NOOP("Report", "measurement")},
        {"user", QT_TRANSLATE_NOOP("Report", "user")},
    };
    for (const auto &k : kinds)
        if (kind == QLatin1String(k[0]))
            return translated(k[1]);
    return kind;
}

QString sourceDetails(const Source &source)
{
    QStringList parts;
    for (const QString &p : {source.publisher, source.publishedOn, sourceKind(source.kind)})
        if (!p.isEmpty())
            parts << p;
    return parts.join(translated(QT_TRANSLATE_NOOP("Report", ", ")));
}

QStringList sourceHeaders()
{
    return {QStringLiteral("#"),
            translated(QT_TRANSLATE_NOOP("Report", "Title")),
            translated(QT_TRANSLATE_NOOP("Report", "Publisher")),
            translated(QT_TRANSLATE_NOOP("Report", "Published")),
            translated(QT_TRANSLATE_NOOP("Report", "Kind")),
            translated(QT_TRANSLATE_NOOP("Report", "Link")),
            translated(QT_TRANSLATE_NOOP("Report", "Source id"))};
}

QString charts() { return translated(QT_TRANSLATE_NOOP("Report", "Charts")); }
//: a chart series: the values vendors specify or the press reports, as opposed to projections
QString measuredSeries() { return translated(QT_TRANSLATE_NOOP("Report", "Specified")); }
QString projectedSeries() { return translated(QT_TRANSLATE_NOOP("Report", "Projected %1")).arg(Report::projectedMarker()); }
//: a chart's label for the chip every ratio divides by
QString baselineLabel(const QString &name) { return translated(QT_TRANSLATE_NOOP("Report", "%1 (baseline)")).arg(name); }

QString chartSourceLine(const QList<Source> &sources, int most)
{
    QStringList parts;
    for (const Source &s : sources) {
        if (parts.size() == most)
            break;
        const QString who = s.publisher.isEmpty() ? s.title : s.publisher;
        //: a source in a chart's source line: publisher, date
        parts << (s.publishedOn.isEmpty() ? who : translated(QT_TRANSLATE_NOOP("Report", "%1, %2")).arg(who, s.publishedOn));
    }
    if (parts.isEmpty())
        return {};
    QString line = parts.takeFirst();
    for (const QString &part : parts)
        //: two sources in a chart's source line, joined
        line = translated(QT_TRANSLATE_NOOP("Report", "%1; %2")).arg(line, part);
    if (const int more = int(sources.size()) - most; more > 0)
        line = QCoreApplication::translate("Report", "%1 and %n more", nullptr, more).arg(line);
    return translated(QT_TRANSLATE_NOOP("Report", "Sources: %1")).arg(line);
}

} // namespace ReportText
