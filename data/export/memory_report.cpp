#include "memory_report.h"

#include "date_format.h"
#include "partial_date.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("MemoryReport", text);
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant number(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

void cite(QStringList &cited, const QString &source)
{
    if (!source.isEmpty() && !cited.contains(source))
        cited << source;
}

Report report(const QString &title, const QString &subtitle, const QString &sheet, Language language, const QString &datasetVersion,
              const QDate &date)
{
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = datasetVersion;
    r.title = title;
    r.subtitle = subtitle;
    r.sheetName = sheet;
    return r;
}

QString basisText(const QString &basis)
{
    if (basis == QLatin1String("official"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "official"));
    if (basis == QLatin1String("reported"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "reported"));
    if (basis == QLatin1String("estimate"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "forecast"));
    return basis;
}

} // namespace

CompanyNames companyNames(const QList<Company> &companies, Language language)
{
    CompanyNames names;
    for (const Company &c : companies) {
        const QString &zh = language == Language::TraditionalChinese ? c.nameZhHant
            : language == Language::SimplifiedChinese                ? c.nameZhHans
                                                                     : c.nameEn;
        names.insert(c.id, zh.isEmpty() ? c.nameEn : zh);
    }
    return names;
}

QString shareOfText(const QString &shareOf)
{
    if (shareOf == QLatin1String("revenue"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "share of revenue"));
    if (shareOf == QLatin1String("shipments"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "share of shipments"));
    if (shareOf == QLatin1String("bits"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "share of bits"));
    return translated(QT_TRANSLATE_NOOP("MemoryReport", "share of what: not stated"));
}

QString outlookKindText(const QString &kind)
{
    if (kind == QLatin1String("agreement"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "agreement"));
    if (kind == QLatin1String("standard"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "standardisation"));
    if (kind == QLatin1String("sample"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "sample target"));
    if (kind == QLatin1String("product"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "product target"));
    if (kind == QLatin1String("capacity_target"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "capacity target"));
    if (kind == QLatin1String("bandwidth_target"))
        return translated(QT_TRANSLATE_NOOP("MemoryReport", "bandwidth target"));
    return kind;
}

DataTable memorySharesTable(const QList<MarketShare> &shares, const CompanyNames &names)
{
    DataTable t;
    t.name = QStringLiteral("memory_shares");
    t.columns = QStringList{QStringLiteral("segment"), QStringLiteral("period"), QStringLiteral("share_of"), QStringLiteral("company_id"),
                            QStringLiteral("company"), QStringLiteral("share_pct"), QStringLiteral("basis"), QStringLiteral("source_id"),
                            QStringLiteral("note")};
    // In the chart's order: HBM first, then by period and measure, so a reader finds a quarter's rows together.
    const QStringList segments = shareSegments(shares);
    QList<MarketShare> ordered;
    for (const QString &segment : segments)
        for (const ShareColumn &column : shareChart(shares, segment).columns)
            ordered << column.rows;
    for (const MarketShare &s : std::as_const(ordered))
        t.rows << QVariantList{s.segment, s.period, s.shareOf.isEmpty() ? QStringLiteral("unknown") : s.shareOf, s.companyId,
                               names.value(s.companyId, s.companyId), s.sharePct, s.basis, s.sourceId, text(s.note)};
    return t;
}

DataTable memoryChipsTable(const QList<ChipMemoryPoint> &points, Language language)
{
    DataTable t;
    t.name = QStringLiteral("memory_chips");
    t.columns = QStringList{QStringLiteral("chip_id"), QStringLiteral("chip"), QStringLiteral("memory_type"), QStringLiteral("stacks"),
                            QStringLiteral("stack_capacity_bytes"), QStringLiteral("memory_bytes"), QStringLiteral("memory_bandwidth_bytes_per_s"),
                            QStringLiteral("reads_per_s"), QStringLiteral("available"), QStringLiteral("projected"), QStringLiteral("source_id")};
    for (const ChipMemoryPoint &p : points) {
        const ChipMemory *m = p.memory;
        t.rows << QVariantList{p.chip->id, p.chip->localName(language), text(p.generation),
                               m && m->stacks ? QVariant(*m->stacks) : QVariant(), m ? number(m->stackBytes) : QVariant(), p.bytes,
                               p.bandwidth, p.readsPerSecond(), text(p.date), p.projected, m ? text(m->sourceId) : QVariant()};
    }
    return t;
}

DataTable memoryOutlookTable(const QList<MemoryOutlook> &outlook, const CompanyNames &names, Language language)
{
    DataTable t;
    t.name = QStringLiteral("memory_outlook");
    t.columns = QStringList{QStringLiteral("id"), QStringLiteral("technology"), QStringLiteral("company_id"), QStringLiteral("company"),
                            QStringLiteral("kind"), QStringLiteral("stated_on"), QStringLiteral("target_on"), QStringLiteral("value"),
                            QStringLiteral("unit"), QStringLiteral("title"), QStringLiteral("source_id")};
    for (const MemoryOutlook &o : outlook)
        t.rows << QVariantList{o.id, o.technology, o.companyId, names.value(o.companyId, o.companyId), o.kind, o.statedOn,
                               text(o.targetOn), number(o.value), text(o.unit), o.title(language), o.sourceId};
    return t;
}

Report memorySharesReport(const QList<MarketShare> &shares, const CompanyNames &names, const QList<Source> &known, Language language,
                          const QString &datasetVersion, const QDate &date)
{
    Report r = report(translated(QT_TRANSLATE_NOOP("MemoryReport", "HBM market shares")),
                      translated(QT_TRANSLATE_NOOP("MemoryReport", "Each supplier's share by period, with what it is a share of")),
                      translated(QT_TRANSLATE_NOOP("MemoryReport", "Shares")), language, datasetVersion, date);
    r.table = memorySharesTable(shares, names);
    r.table.title = r.title;
    r.table.headers = QStringList{translated(QT_TRANSLATE_NOOP("MemoryReport", "Segment")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Period")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Share of")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Supplier id")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Supplier")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Share (%)")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Basis")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Source")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Note"))};
    QStringList cited;
    for (const QVariantList &row : std::as_const(r.table.rows)) {
        QList<ReportCellStyle> styles(r.table.columns.size());
        styles[1].display = DateFormat::text(row.at(1).toString(), language);
        styles[2].display = shareOfText(row.at(2).toString());
        styles[5].display = NumberFormat::decimal(row.at(5).toDouble(), 3) + QStringLiteral("%");
        styles[5].projected = row.at(6).toString() == QLatin1String("estimate");
        styles[5].sourceIds << row.at(7).toString();
        styles[6].display = basisText(row.at(6).toString());
        cite(cited, row.at(7).toString());
        r.styles << styles;
    }
    r.sources = citedSources(cited, known);
    r.notes << translated(QT_TRANSLATE_NOOP("MemoryReport",
        "Shares from different firms, periods or measures (revenue, shipments, bits) are not comparable with each other; "
        "a period no source covers is left out, never filled in."));
    r.notes << translated(QT_TRANSLATE_NOOP("MemoryReport", "%1 marks a forecast, not an outturn.")).arg(Report::projectedMarker());
    return r;
}

Report memoryChipsReport(const QList<ChipMemoryPoint> &points, const QList<Source> &known, Language language, const QString &datasetVersion,
                         const QDate &date)
{
    Report r = report(translated(QT_TRANSLATE_NOOP("MemoryReport", "Memory per chip")),
                      translated(QT_TRANSLATE_NOOP("MemoryReport", "Capacity, bandwidth and how many times a second the whole memory can be read")),
                      translated(QT_TRANSLATE_NOOP("MemoryReport", "Chips")), language, datasetVersion, date);
    r.table = memoryChipsTable(points, language);
    r.table.title = r.title;
    r.table.headers = QStringList{translated(QT_TRANSLATE_NOOP("MemoryReport", "Chip id")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Chip")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Memory")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Stacks")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Per stack")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Capacity")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Bandwidth")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Reads per second")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Available")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Projected")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Source"))};
    QStringList cited;
    for (int i = 0; i < r.table.rows.size(); ++i) {
        const QVariantList &row = r.table.rows.at(i);
        const ChipMemoryPoint &p = points.at(i);
        QList<ReportCellStyle> styles(r.table.columns.size());
        QStringList units(r.table.columns.size());
        units[4] = units[5] = QStringLiteral("B");
        units[6] = QStringLiteral("B/s");
        if (row.at(4).isValid())
            styles[4].display = NumberFormat::si(row.at(4).toDouble(), QStringLiteral("B"));
        styles[5].display = NumberFormat::si(p.bytes, QStringLiteral("B"));
        styles[6].display = NumberFormat::si(p.bandwidth, QStringLiteral("B/s"));
        styles[7].display = NumberFormat::decimal(p.readsPerSecond(), 3);
        if (row.at(8).isValid())
            styles[8].display = DateFormat::text(row.at(8).toString(), language);
        styles[9].display = p.projected ? translated(QT_TRANSLATE_NOOP("MemoryReport", "yes")) : translated(QT_TRANSLATE_NOOP("MemoryReport", "no"));
        for (int c : {5, 6, 7})
            styles[c].projected = p.projected;
        for (const char *metric : {"memory_capacity", "memory_bandwidth"}) {
            const auto claim = p.chip->currentClaims.constFind(claimKey(QString::fromLatin1(metric), std::nullopt));
            if (claim != p.chip->currentClaims.constEnd()) {
                styles[QLatin1String(metric) == QLatin1String("memory_capacity") ? 5 : 6].sourceIds << claim->sourceId;
                cite(cited, claim->sourceId);
            }
        }
        if (p.memory) {
            styles[2].sourceIds << p.memory->sourceId;
            cite(cited, p.memory->sourceId);
        }
        r.styles << styles;
        r.units << units;
    }
    r.sources = citedSources(cited, known);
    r.notes << NumberFormat::binaryNote();
    r.notes << translated(QT_TRANSLATE_NOOP("MemoryReport",
        "Reads per second = bandwidth ÷ capacity: how many times a second the whole memory can be read. Decoding reads "
        "every weight once per step, so a model that fills the memory can take at most this many steps a second."));
    r.notes << translated(QT_TRANSLATE_NOOP("MemoryReport", "%1 marks a projected figure, made from trends, not a vendor specification."))
                   .arg(Report::projectedMarker());
    return r;
}

Report memoryOutlookReport(const QList<MemoryOutlook> &outlook, const CompanyNames &names, const QList<Source> &known, Language language,
                           const QString &datasetVersion, const QDate &date)
{
    Report r = report(translated(QT_TRANSLATE_NOOP("MemoryReport", "High-bandwidth flash outlook")),
                      translated(QT_TRANSLATE_NOOP("MemoryReport", "What has been announced, with dates and sources: targets, not products")),
                      translated(QT_TRANSLATE_NOOP("MemoryReport", "HBF")), language, datasetVersion, date);
    r.table = memoryOutlookTable(outlook, names, language);
    r.table.title = r.title;
    r.table.headers = QStringList{translated(QT_TRANSLATE_NOOP("MemoryReport", "Id")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Technology")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Company id")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Company")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Kind")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Stated on")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Target date")), translated(QT_TRANSLATE_NOOP("MemoryReport", "Target")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Unit")), translated(QT_TRANSLATE_NOOP("MemoryReport", "What")),
                                  translated(QT_TRANSLATE_NOOP("MemoryReport", "Source"))};
    QStringList cited;
    for (int i = 0; i < r.table.rows.size(); ++i) {
        const MemoryOutlook &o = outlook.at(i);
        QList<ReportCellStyle> styles(r.table.columns.size());
        QStringList units(r.table.columns.size());
        styles[4].display = outlookKindText(o.kind);
        styles[5].display = DateFormat::text(o.statedOn, language);
        if (!o.targetOn.isEmpty())
            styles[6].display = DateFormat::text(o.targetOn, language);
        if (o.value) {
            units[7] = o.unit;
            styles[7].display = NumberFormat::si(*o.value, o.unit);
            styles[7].rawInCsv = true;
        }
        styles[9].sourceIds << o.sourceId;
        cite(cited, o.sourceId);
        r.styles << styles;
        r.units << units;
    }
    r.sources = citedSources(cited, known);
    r.notes << translated(QT_TRANSLATE_NOOP("MemoryReport",
        "High-bandwidth flash is not a product yet: every figure here is a target a company has stated, on the date shown."));
    return r;
}
