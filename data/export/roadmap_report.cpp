#include "roadmap_report.h"

#include "date_format.h"
#include "partial_date.h"

#include <QCoreApplication>
#include <limits>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("TrendReport", text);
}

qint64 dateKey(const QString &text)
{
    const auto d = PartialDate::parse(text);
    return d ? d->sortKey() : std::numeric_limits<qint64>::max();
}

// Chips and events merged by date: a chip at its announcement, an event at its date; a tie puts the chip first.
struct Entry {
    const Chip *chip = nullptr;
    const RoadmapEvent *event = nullptr;
};

QList<Entry> entries(const RoadmapTimeline &timeline)
{
    QList<Entry> out;
    qsizetype c = 0, e = 0;
    while (c < timeline.chips.size() || e < timeline.events.size()) {
        const bool takeChip = e >= timeline.events.size()
            || (c < timeline.chips.size() && dateKey(timeline.chips.at(c)->announced) <= dateKey(timeline.events.at(e)->date));
        out << (takeChip ? Entry{timeline.chips.at(c++), nullptr} : Entry{nullptr, timeline.events.at(e++)});
    }
    return out;
}

QString status(const QString &status)
{
    // The words of the comparison report ("Report" context): one translation of the status vocabulary.
    return QCoreApplication::translate("Report", status.toUtf8().constData());
}

QString eventKind(const QString &kind)
{
    if (kind == QLatin1String("launch"))
        return translated(QT_TRANSLATE_NOOP("TrendReport", "launch"));
    if (kind == QLatin1String("keynote"))
        return translated(QT_TRANSLATE_NOOP("TrendReport", "keynote"));
    if (kind == QLatin1String("earnings"))
        return translated(QT_TRANSLATE_NOOP("TrendReport", "earnings"));
    if (kind == QLatin1String("shipment"))
        return translated(QT_TRANSLATE_NOOP("TrendReport", "shipment"));
    if (kind == QLatin1String("conference"))
        return translated(QT_TRANSLATE_NOOP("TrendReport", "conference"));
    return kind;
}

} // namespace

DataTable roadmapTable(const RoadmapTimeline &timeline, Language language)
{
    DataTable t;
    t.name = QStringLiteral("roadmap");
    t.columns = QStringList{QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("vendor"), QStringLiteral("name"),
                            QStringLiteral("family"), QStringLiteral("announced"), QStringLiteral("available"), QStringLiteral("status"),
                            QStringLiteral("projected"), QStringLiteral("date"), QStringLiteral("end_date"), QStringLiteral("event_kind"),
                            QStringLiteral("location"), QStringLiteral("source_id")};
    const auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    for (const Entry &e : entries(timeline)) {
        if (e.chip) {
            const Chip &c = *e.chip;
            t.rows << QVariantList{QStringLiteral("chip"), c.id, c.vendorId, c.localName(language), text(c.family), text(c.announced), text(c.available),
                                   c.status, c.isProjected(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()};
        } else {
            const RoadmapEvent &v = *e.event;
            t.rows << QVariantList{QStringLiteral("event"), v.id, v.companyId, v.title(language), QVariant(), QVariant(), QVariant(),
                                   QVariant(), QVariant(), v.date, text(v.endDate), v.kind, text(v.location), text(v.sourceId)};
        }
    }
    return t;
}

Report roadmapReport(const RoadmapTimeline &timeline, const VendorNames &vendors, const QList<Source> &known, Language language,
                     const QString &datasetVersion, const QDate &date)
{
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = datasetVersion;
    r.title = translated(QT_TRANSLATE_NOOP("TrendReport", "Accelerator roadmap"));
    r.subtitle = translated(QT_TRANSLATE_NOOP("TrendReport", "Chips by announcement date, with the events around them"));
    r.sheetName = translated(QT_TRANSLATE_NOOP("TrendReport", "Roadmap"));
    DataTable &t = r.table;
    t = roadmapTable(timeline, language);
    t.title = r.title;
    t.headers = QStringList{
        translated(QT_TRANSLATE_NOOP("TrendReport", "Row")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Id")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Vendor")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Chip or event")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Family")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Announced")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Available")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Status")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Projected")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Date")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Until")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Event")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Location")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Source")),
    };
    QStringList cited;
    for (const QVariantList &row : std::as_const(t.rows)) {
        QList<ReportCellStyle> styles(t.columns.size());
        const bool chip = row.at(0).toString() == QLatin1String("chip");
        styles[0].display = chip ? translated(QT_TRANSLATE_NOOP("TrendReport", "chip")) : translated(QT_TRANSLATE_NOOP("TrendReport", "event"));
        styles[2].display = vendors.value(row.at(2).toString(), row.at(2).toString());
        for (int c : {5, 6, 9, 10})
            if (row.at(c).isValid())
                styles[c].display = DateFormat::text(row.at(c).toString(), language);
        if (chip) {
            styles[7].display = status(row.at(7).toString());
            styles[8].display = row.at(8).toBool() ? translated(QT_TRANSLATE_NOOP("TrendReport", "yes")) : translated(QT_TRANSLATE_NOOP("TrendReport", "no"));
            const bool projected = row.at(8).toBool();
            styles[3].projected = projected;
            styles[6].projected = projected && row.at(6).isValid();
        } else {
            styles[11].display = eventKind(row.at(11).toString());
            const QString source = row.at(13).toString();
            if (!source.isEmpty()) {
                styles[3].sourceIds << source;
                if (!cited.contains(source))
                    cited << source;
            }
        }
        r.styles << styles;
    }
    r.sources = citedSources(cited, known);
    r.notes << translated(QT_TRANSLATE_NOOP("TrendReport",
        "Dates keep the precision of their source: a year, a half, a quarter, a month or a day. Availability dates of "
        "chips not yet shipping are the vendors' targets."));
    r.notes << translated(QT_TRANSLATE_NOOP("TrendReport", "%1 marks a projected chip: its figures are made from trends, not vendor specifications."))
                   .arg(Report::projectedMarker());
    return r;
}
