#include "table_report.h"

#include "flow_text.h"
#include "report_text.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

struct Name {
    const char *key;
    const char *english;
};

// Every column of DESIGN §2.1 (data/schema), with its unit where the name carries one.
const Name kColumns[] = {
    {"id", QT_TRANSLATE_NOOP("Report", "ID")},
    {"title", QT_TRANSLATE_NOOP("Report", "Title")},
    {"publisher", QT_TRANSLATE_NOOP("Report", "Publisher")},
    {"url", QT_TRANSLATE_NOOP("Report", "Link")},
    {"published_on", QT_TRANSLATE_NOOP("Report", "Published")},
    {"kind", QT_TRANSLATE_NOOP("Report", "Kind")},
    {"language", QT_TRANSLATE_NOOP("Report", "Language")},
    {"note", QT_TRANSLATE_NOOP("Report", "Note")},
    {"name_en", QT_TRANSLATE_NOOP("Report", "Name (English)")},
    {"name_zh_hant", QT_TRANSLATE_NOOP("Report", "Name (Traditional Chinese)")},
    {"name_zh_hans", QT_TRANSLATE_NOOP("Report", "Name (Simplified Chinese)")},
    {"country_iso2", QT_TRANSLATE_NOOP("Report", "Country")},
    {"ticker", QT_TRANSLATE_NOOP("Report", "Ticker")},
    {"vendor_id", QT_TRANSLATE_NOOP("Report", "Vendor")},
    {"family", QT_TRANSLATE_NOOP("Report", "Family")},
    {"name", QT_TRANSLATE_NOOP("Report", "Name")},
    {"aliases", QT_TRANSLATE_NOOP("Report", "Aliases")},
    {"announced", QT_TRANSLATE_NOOP("Report", "Announced")},
    {"available", QT_TRANSLATE_NOOP("Report", "Available")},
    {"status", QT_TRANSLATE_NOOP("Report", "Status")},
    {"process_node", QT_TRANSLATE_NOOP("Report", "Process")},
    {"memory_type", QT_TRANSLATE_NOOP("Report", "Memory type")},
    {"chip_id", QT_TRANSLATE_NOOP("Report", "Chip")},
    {"metric", QT_TRANSLATE_NOOP("Report", "Metric")},
    {"precision", QT_TRANSLATE_NOOP("Report", "Precision")},
    {"value", QT_TRANSLATE_NOOP("Report", "Value")},
    {"unit", QT_TRANSLATE_NOOP("Report", "Unit")},
    {"sparse", QT_TRANSLATE_NOOP("Report", "Sparse (1 = with sparsity)")},
    {"basis", QT_TRANSLATE_NOOP("Report", "Basis")},
    {"claimed_on", QT_TRANSLATE_NOOP("Report", "Claimed")},
    {"source_id", QT_TRANSLATE_NOOP("Report", "Source")},
    {"date", QT_TRANSLATE_NOOP("Report", "Date")},
    {"end_date", QT_TRANSLATE_NOOP("Report", "End date")},
    {"company_id", QT_TRANSLATE_NOOP("Report", "Company")},
    {"title_en", QT_TRANSLATE_NOOP("Report", "Title (English)")},
    {"title_zh_hant", QT_TRANSLATE_NOOP("Report", "Title (Traditional Chinese)")},
    {"title_zh_hans", QT_TRANSLATE_NOOP("Report", "Title (Simplified Chinese)")},
    {"location", QT_TRANSLATE_NOOP("Report", "Location")},
    {"owner_id", QT_TRANSLATE_NOOP("Report", "Owner")},
    {"site", QT_TRANSLATE_NOOP("Report", "Site")},
    {"sector", QT_TRANSLATE_NOOP("Report", "Sector")},
    {"accelerator", QT_TRANSLATE_NOOP("Report", "Accelerator")},
    {"units", QT_TRANSLATE_NOOP("Report", "Units (accelerators)")},
    {"units_kind", QT_TRANSLATE_NOOP("Report", "Units kind")},
    {"power_mw", QT_TRANSLATE_NOOP("Report", "Power (MW)")},
    {"target_on", QT_TRANSLATE_NOOP("Report", "Target date")},
    {"from_id", QT_TRANSLATE_NOOP("Report", "From")},
    {"to_id", QT_TRANSLATE_NOOP("Report", "To")},
    {"amount_usd", QT_TRANSLATE_NOOP("Report", "Amount (USD)")},
    {"upper_bound", QT_TRANSLATE_NOOP("Report", "Upper bound (1 = at most)")},
    {"period_start", QT_TRANSLATE_NOOP("Report", "Period start")},
    {"period_end", QT_TRANSLATE_NOOP("Report", "Period end")},
    {"description_en", QT_TRANSLATE_NOOP("Report", "Description (English)")},
    {"description_zh_hant", QT_TRANSLATE_NOOP("Report", "Description (Traditional Chinese)")},
    {"description_zh_hans", QT_TRANSLATE_NOOP("Report", "Description (Simplified Chinese)")},
    {"superseded_by", QT_TRANSLATE_NOOP("Report", "Superseded by")},
    {"role", QT_TRANSLATE_NOOP("Report", "Role")},
    {"segment", QT_TRANSLATE_NOOP("Report", "Segment")},
    {"period", QT_TRANSLATE_NOOP("Report", "Period")},
    {"share_pct", QT_TRANSLATE_NOOP("Report", "Share (%)")},
    {"share_of", QT_TRANSLATE_NOOP("Report", "Share of")},
    {"generation", QT_TRANSLATE_NOOP("Report", "Memory generation")},
    {"stacks", QT_TRANSLATE_NOOP("Report", "Stacks")},
    {"stack_capacity", QT_TRANSLATE_NOOP("Report", "Capacity per stack (B)")},
    {"technology", QT_TRANSLATE_NOOP("Report", "Technology")},
    // system (issue 17)
    {"accelerators", QT_TRANSLATE_NOOP("Report", "Accelerators")},
    {"scaleup_domain", QT_TRANSLATE_NOOP("Report", "Scale-up domain (accelerators)")},
    {"scaleup_bandwidth", QT_TRANSLATE_NOOP("Report", "Scale-up bandwidth per accelerator (B/s)")},
    {"scaleout_bandwidth", QT_TRANSLATE_NOOP("Report", "Scale-out bandwidth per accelerator (B/s)")},
    {"power_w", QT_TRANSLATE_NOOP("Report", "System IT power (W)")},
    {"power_basis", QT_TRANSLATE_NOOP("Report", "Power basis")},
    {"price_usd", QT_TRANSLATE_NOOP("Report", "System price (USD)")},
    {"price_basis", QT_TRANSLATE_NOOP("Report", "Price basis")},
    {"price_on", QT_TRANSLATE_NOOP("Report", "Price date")},
    {"price_source_id", QT_TRANSLATE_NOOP("Report", "Price source")},
    {"stated_on", QT_TRANSLATE_NOOP("Report", "Stated on")},
    {"params_total", QT_TRANSLATE_NOOP("Report", "Parameters, total")},
    {"params_active", QT_TRANSLATE_NOOP("Report", "Parameters, active")},
    {"layers", QT_TRANSLATE_NOOP("Report", "Layers")},
    {"dense_layers", QT_TRANSLATE_NOOP("Report", "Dense layers")},
    {"hidden", QT_TRANSLATE_NOOP("Report", "Hidden size")},
    {"heads", QT_TRANSLATE_NOOP("Report", "Attention heads")},
    {"kv_heads", QT_TRANSLATE_NOOP("Report", "KV heads")},
    {"head_dim", QT_TRANSLATE_NOOP("Report", "Head dimension")},
    {"ffn", QT_TRANSLATE_NOOP("Report", "FFN size")},
    {"expert_ffn", QT_TRANSLATE_NOOP("Report", "Expert FFN size")},
    {"vocab", QT_TRANSLATE_NOOP("Report", "Vocabulary")},
    {"experts", QT_TRANSLATE_NOOP("Report", "Experts")},
    {"experts_active", QT_TRANSLATE_NOOP("Report", "Active experts")},
    {"shared_experts", QT_TRANSLATE_NOOP("Report", "Shared experts")},
    {"attention", QT_TRANSLATE_NOOP("Report", "Attention")},
    {"kv_lora_rank", QT_TRANSLATE_NOOP("Report", "KV latent rank")},
    {"rope_head_dim", QT_TRANSLATE_NOOP("Report", "RoPE head dimension")},
    {"sliding_window", QT_TRANSLATE_NOOP("Report", "Sliding window (tokens)")},
    {"sliding_layers", QT_TRANSLATE_NOOP("Report", "Sliding-window layers")},
    {"what", QT_TRANSLATE_NOOP("Report", "Measured")},
    {"conditions", QT_TRANSLATE_NOOP("Report", "Conditions")},
    {"measured_on", QT_TRANSLATE_NOOP("Report", "Measured on")},
    {"key", QT_TRANSLATE_NOOP("Report", "Key")},
    {"iso2", QT_TRANSLATE_NOOP("Report", "ISO code")},
    {"iso_numeric", QT_TRANSLATE_NOOP("Report", "ISO numeric code")},
    {"region", QT_TRANSLATE_NOOP("Report", "Region")},
    {"part_of", QT_TRANSLATE_NOOP("Report", "Part of (total)")},
    {"overlaps", QT_TRANSLATE_NOOP("Report", "May overlap")},
};

// A deal or a deployment is announced on a date; a chip's "announced" is its launch (發表): two words in Chinese.
struct Text {
    const char *source;
    const char *comment;
};
const Text kAnnouncedOn = QT_TRANSLATE_NOOP3("Report", "Announced", "the date a deal or a deployment was announced");

// Codes the dataset stores (DESIGN §2.1) that the interface already names; the human formats show the name, CSV
// and JSON keep the code. Codes without a name elsewhere are named here.
const Name kUnitsKinds[] = {
    {"installed", QT_TRANSLATE_NOOP("Report", "installed")},
    {"delivered", QT_TRANSLATE_NOOP("Report", "delivered")},
    {"ordered", QT_TRANSLATE_NOOP("Report", "ordered")},
    {"planned", QT_TRANSLATE_NOOP("Report", "planned")},
    {"estimated", QT_TRANSLATE_NOOP("Report", "estimated")},
};
const Name kSectors[] = {
    {"public", QT_TRANSLATE_NOOP("Report", "public")},
    {"private", QT_TRANSLATE_NOOP("Report", "private")},
    {"mixed", QT_TRANSLATE_NOOP("Report", "public and private")},
};
const Name kBases[] = {
    {"official", QT_TRANSLATE_NOOP("Report", "official figure")},
    {"derived", QT_TRANSLATE_NOOP("Report", "derived from official figures")},
    {"reported", QT_TRANSLATE_NOOP("Report", "reported, not confirmed by the vendor")},
    {"estimate", QT_TRANSLATE_NOOP("Report", "estimate")},
    {"projected", QT_TRANSLATE_NOOP("Report", "projection")},
};

const Name kTables[] = {
    {"source", QT_TRANSLATE_NOOP("Report", "Sources")},
    {"country", QT_TRANSLATE_NOOP("Report", "Countries")},
    {"company", QT_TRANSLATE_NOOP("Report", "Companies")},
    {"chip", QT_TRANSLATE_NOOP("Report", "Chips")},
    {"spec_claim", QT_TRANSLATE_NOOP("Report", "Spec claims")},
    {"event", QT_TRANSLATE_NOOP("Report", "Events")},
    {"deployment", QT_TRANSLATE_NOOP("Report", "Deployments")},
    {"flow", QT_TRANSLATE_NOOP("Report", "Money flows")},
    {"market_share", QT_TRANSLATE_NOOP("Report", "Market share")},
    {"llm_model", QT_TRANSLATE_NOOP("Report", "LLM models")},
    {"measurement", QT_TRANSLATE_NOOP("Report", "Measurements")},
    {"chip_memory", QT_TRANSLATE_NOOP("Report", "Chip memory")},
    {"memory_outlook", QT_TRANSLATE_NOOP("Report", "Memory outlook")},
    {"system", QT_TRANSLATE_NOOP("Report", "Systems")},
    {"citation", QT_TRANSLATE_NOOP("Report", "Citations")},
    {"meta", QT_TRANSLATE_NOOP("Report", "Dataset metadata")},
};

QString lookUp(const Name *names, int count, const QString &key)
{
    for (int i = 0; i < count; ++i)
        if (key == QLatin1String(names[i].key))
            return translated(names[i].english);
    return key;
}


// The unit of a raw number in `column` of `row`: from the row's own unit column for "value", else from the name.
QString unitOf(const DataTable &table, const QVariantList &row, const QString &column)
{
    if (column == QLatin1String("value")) {
        const qsizetype u = table.columns.indexOf(QStringLiteral("unit"));
        return u >= 0 ? row.value(u).toString() : QString();
    }
    if (column == QLatin1String("amount_usd"))
        return QStringLiteral("USD");
    if (column == QLatin1String("power_mw"))
        return QStringLiteral("MW");
    if (column == QLatin1String("share_pct"))
        return QStringLiteral("%");
    return {};
}

bool isNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
}

} // namespace

QString datasetCodeLabel(const QString &table, const QString &column, const QString &code)
{
    if (code.isEmpty())
        return {};
    if (table == QLatin1String("flow") && column == QLatin1String("kind"))
        return FlowText::kind(code);
    if (table == QLatin1String("flow") && column == QLatin1String("status"))
        return FlowText::status(code);
    if (table == QLatin1String("company") && column == QLatin1String("role"))
        return FlowText::role(code);
    if (table == QLatin1String("source") && column == QLatin1String("kind"))
        return ReportText::sourceKind(code);
    if (table == QLatin1String("chip") && column == QLatin1String("status"))
        return QCoreApplication::translate("Report", code.toUtf8().constData()); // the comparison's status words
    if (table == QLatin1String("event") && column == QLatin1String("kind"))
        return QCoreApplication::translate("TrendReport", code.toUtf8().constData()); // the roadmap's event words
    if (table == QLatin1String("deployment") && column == QLatin1String("units_kind"))
        return lookUp(kUnitsKinds, int(std::size(kUnitsKinds)), code);
    if (table == QLatin1String("deployment") && column == QLatin1String("sector"))
        return lookUp(kSectors, int(std::size(kSectors)), code);
    if (table == QLatin1String("spec_claim") && column == QLatin1String("basis"))
        return lookUp(kBases, int(std::size(kBases)), code);
    return {};
}

QString datasetColumnHeader(const QString &column)
{
    if (column == QLatin1String("announced_on"))
        return QCoreApplication::translate("Report", kAnnouncedOn.source, kAnnouncedOn.comment);
    return lookUp(kColumns, int(std::size(kColumns)), column);
}

QString datasetTableTitle(const QString &table)
{
    return lookUp(kTables, int(std::size(kTables)), table);
}

QStringList citedSourceIds(const DataTable &table)
{
    QStringList ids;
    const qsizetype column = table.columns.indexOf(QStringLiteral("source_id"));
    if (column < 0)
        return ids;
    for (const QVariantList &row : table.rows) {
        const QString id = row.value(column).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

Report tableReport(const DataTable &table, const QList<Source> &cited, Language language,
                   const QString &datasetVersion, const QDate &date)
{
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = datasetVersion;
    r.title = datasetTableTitle(table.name);
    r.sheetName = r.title;
    r.table = table;
    r.table.title = r.title;
    r.table.headers.clear();
    for (const QString &c : table.columns)
        r.table.headers << datasetColumnHeader(c);

    const qsizetype sourceColumn = table.columns.indexOf(QStringLiteral("source_id"));
    const qsizetype basisColumn = table.columns.indexOf(QStringLiteral("basis"));
    const qsizetype valueColumn = table.columns.indexOf(QStringLiteral("value"));
    for (const QVariantList &row : table.rows) {
        QStringList units;
        QList<ReportCellStyle> styles;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = row.value(c);
            const QString unit = isNumber(v) ? unitOf(table, row, table.columns.at(c)) : QString();
            ReportCellStyle s;
            if (unit == QLatin1String("USD"))
                s.display = NumberFormat::usd(v.toDouble(), language);
            else if (!unit.isEmpty() && unit != QLatin1String("%") && unit != QLatin1String("MW"))
                s.display = NumberFormat::si(v.toDouble(), unit);
            else if (v.typeId() == QMetaType::QString) {
                s.display = datasetCodeLabel(table.name, table.columns.at(c), v.toString());
                s.rawInCsv = !s.display.isEmpty(); // machines read the code
            }
            if (c == sourceColumn && !v.toString().isEmpty())
                s.sourceIds << v.toString();
            // A projected claim (spec_claim.basis) is drawn as a projection, as every view does.
            if (c == valueColumn && basisColumn >= 0 && row.value(basisColumn).toString() == QLatin1String("projected"))
                s.projected = true;
            units << unit;
            styles << s;
        }
        r.units << units;
        r.styles << styles;
    }

    r.sources = citedSources(citedSourceIds(table), cited);

    r.notes << translated(QT_TRANSLATE_NOOP("Report", "The %1 table of the Compute Atlas dataset; values as stored, in SI units "
                                                      "(FLOP/s, B, B/s, W, USD)."))
                   .arg(table.name);
    if (table.name == QLatin1String("spec_claim")) {
        r.notes << translated(QT_TRANSLATE_NOOP("Report",
            "Throughput is stored dense. A vendor figure quoted with 2:4 structured sparsity is stored with sparse = 1 "
            "beside its dense value, never in place of it; rooflines use dense figures only."));
        r.notes << translated(QT_TRANSLATE_NOOP("Report",
            "%1 marks a projected value (basis = projected); its note says how it was projected.")).arg(Report::projectedMarker());
    }
    return r;
}
