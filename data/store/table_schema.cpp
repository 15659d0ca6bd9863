#include "table_schema.h"

#include "flow.h"

using Kind = ColumnSpec::Kind;

QString ColumnSpec::sqlType() const
{
    switch (kind) {
    case Kind::Number: return QStringLiteral("REAL");
    case Kind::Integer:
    case Kind::Bool: return QStringLiteral("INTEGER");
    default: return QStringLiteral("TEXT");
    }
}

const ColumnSpec *TableSpec::column(QStringView n) const
{
    for (const ColumnSpec &c : columns)
        if (c.name == n)
            return &c;
    return nullptr;
}

int TableSpec::columnIndex(QStringView n) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == n)
            return i;
    return -1;
}

QString TableSpec::idColumn() const
{
    if (!keyColumn.isEmpty())
        return keyColumn;
    return column(u"id") ? QStringLiteral("id") : QString();
}

QStringList TableSpec::columnNames() const
{
    QStringList names;
    for (const ColumnSpec &c : columns)
        names << c.name;
    return names;
}

namespace {
ColumnSpec text(const char *name, bool required = false) { return {QString::fromLatin1(name), Kind::Text, required, {}, {}}; }
ColumnSpec id(const char *name) { return {QString::fromLatin1(name), Kind::Id, true, {}, {}}; }
ColumnSpec date(const char *name, bool required = false) { return {QString::fromLatin1(name), Kind::Date, required, {}, {}}; }
ColumnSpec boolean(const char *name) { return {QString::fromLatin1(name), Kind::Bool, true, {}, {}}; }
ColumnSpec ref(const char *name, const char *table, bool required = true)
{
    return {QString::fromLatin1(name), Kind::Ref, required, {}, QString::fromLatin1(table)};
}
// A reference to the country table, which came after the column (schema 3): not declared in SQL.
ColumnSpec countryRef(const char *name, bool required)
{
    ColumnSpec c = ref(name, "country", required);
    c.sqlReference = false;
    return c;
}
ColumnSpec choice(const char *name, QStringList choices, bool required = true)
{
    return {QString::fromLatin1(name), Kind::Choice, required, std::move(choices), {}};
}
ColumnSpec number(const char *name, bool required, double min, double max)
{
    return {QString::fromLatin1(name), Kind::Number, required, {}, {}, min, max};
}
ColumnSpec integer(const char *name, bool required, double min, double max)
{
    return {QString::fromLatin1(name), Kind::Integer, required, {}, {}, min, max};
}
QStringList list(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *i : items)
        l << QString::fromLatin1(i);
    return l;
}

} // namespace

QStringList countryRegions();

namespace {
QList<TableSpec> makeTables()
{
    const ColumnSpec sourceRef = ref("source_id", "source");
    QList<TableSpec> t;
    t.append({QStringLiteral("source"),
              {id("id"), text("title", true), text("publisher", true), text("url"), date("published_on"),
               choice("kind", list({"official", "filing", "press", "analyst", "article", "measurement", "user"})),
               text("language", true), text("note")},
              QStringLiteral("id"), false});
    t.append({QStringLiteral("country"),
              {text("iso2", true), integer("iso_numeric", true, 1, 899), text("name_en", true),
               text("name_zh_hant", true), text("name_zh_hans", true),
               choice("region", countryRegions())},
              QStringLiteral("iso2"), false});
    t.append({QStringLiteral("company"),
              {id("id"), text("name_en", true), text("name_zh_hant", true), text("name_zh_hans", true),
               countryRef("country_iso2", false), text("ticker"), choice("role", FlowWords::roles())},
              QStringLiteral("id"), false});
    t.append({QStringLiteral("chip"),
              {id("id"), ref("vendor_id", "company"), text("family", true), text("name", true), text("aliases"),
               date("announced", true), date("available"),
               choice("status", list({"shipping", "announced", "reported", "projected"})),
               text("process_node"), text("memory_type"), text("note"),
               // 0004: what users read, in Chinese (appended: ALTER TABLE adds columns at the end).
               text("name_zh_hant", true), text("name_zh_hans", true), text("process_node_zh_hant"), text("process_node_zh_hans")},
              QStringLiteral("id"), false});
    t.append({QStringLiteral("spec_claim"),
              {ref("chip_id", "chip"),
               choice("metric", list({"peak_flops", "memory_capacity", "memory_bandwidth", "tdp",
                                      "scaleup_bandwidth", "scaleup_domain", "price"})),
               choice("precision", list({"fp64", "tf32", "bf16", "fp8", "fp6", "fp4", "int8"}), false),
               number("value", true, 0, 0), text("unit", true), boolean("sparse"),
               choice("basis", list({"official", "derived", "reported", "estimate", "projected"})),
               date("claimed_on", true), sourceRef, text("note"),
               // 0004: the note in Chinese; required for a projection, whose note is its method.
               text("note_zh_hant"), text("note_zh_hans"),
               // 0005: the row's id, which a citation names.
               id("id")},
              QString(), true});
    t.append({QStringLiteral("event"),
              {id("id"), date("date", true), date("end_date"),
               choice("kind", list({"launch", "keynote", "earnings", "shipment", "conference"})),
               ref("company_id", "company"), ref("chip_id", "chip", false), text("title_en", true),
               text("title_zh_hant", true), text("title_zh_hans", true), text("location"), sourceRef},
              QStringLiteral("id"), true});
    t.append({QStringLiteral("deployment"),
              {id("id"), countryRef("country_iso2", true), ref("owner_id", "company", false), text("site", true),
               choice("sector", list({"public", "private", "mixed"})), ref("chip_id", "chip", false),
               text("accelerator"), integer("units", false, 1, 1e9),
               choice("units_kind", list({"installed", "delivered", "ordered", "planned", "estimated"})),
               number("power_mw", false, 0.1, 1e5), date("announced_on", true), date("target_on"), sourceRef,
               text("note"), ref("part_of", "deployment", false), text("overlaps")},
              QStringLiteral("id"), true});
    t.append({QStringLiteral("flow"),
              {id("id"), ref("from_id", "company"), ref("to_id", "company"),
               choice("kind", FlowWords::kinds()), number("amount_usd", false, 1e6, 1e13), boolean("upper_bound"),
               date("announced_on", true), date("period_start"), date("period_end"), text("description_en", true),
               text("description_zh_hant", true), text("description_zh_hans", true), sourceRef, text("note"),
               // Schema 2 (data/schema/0002): appended, as ALTER TABLE appends them.
               choice("status", FlowWords::statuses()), ref("superseded_by", "flow", false)},
              QStringLiteral("id"), true});
    t.append({QStringLiteral("market_share"),
              {text("segment", true), date("period", true), ref("company_id", "company"),
               number("share_pct", true, 0, 100), choice("basis", list({"official", "reported", "estimate"})),
               sourceRef, text("note"), id("id"),
               // 0006: what the share is of; unknown when the source does not say.
               choice("share_of", list({"revenue", "shipments", "bits", "unknown"}))},
              QString(), true});
    t.append({QStringLiteral("llm_model"),
              {id("id"), text("name", true), number("params_total", true, 1e8, 1e14),
               number("params_active", true, 1e8, 1e14), integer("layers", true, 1, 1000),
               integer("dense_layers", true, 0, 1000), integer("hidden", true, 64, 1e6),
               integer("heads", true, 1, 1e4), integer("kv_heads", true, 1, 1e4), integer("head_dim", true, 8, 4096),
               integer("ffn", false, 1, 1e7), integer("expert_ffn", false, 1, 1e7), integer("vocab", true, 100, 1e7),
               integer("experts", false, 0, 1e5), integer("experts_active", false, 0, 1e5),
               integer("shared_experts", false, 0, 1e3), choice("attention", list({"mha", "gqa", "mla"})),
               integer("kv_lora_rank", false, 1, 1e5), integer("rope_head_dim", false, 1, 4096),
               integer("sliding_window", false, 1, 1e8), integer("sliding_layers", false, 0, 1000), sourceRef,
               text("note")},
              QStringLiteral("id"), true});
    t.append({QStringLiteral("measurement"),
              {ref("chip_id", "chip"), text("what", true),
               choice("precision", list({"fp64", "tf32", "bf16", "fp8", "fp6", "fp4", "int8"}), false),
               number("value", true, 0, 0), text("unit", true), text("conditions"), date("measured_on"), sourceRef,
               text("note"), id("id")},
              QString(), true});
    // 0006: a chip's memory technology, and announced facts about memory that is not yet a product (HBF).
    t.append({QStringLiteral("chip_memory"),
              {id("id"), ref("chip_id", "chip"),
               choice("generation", list({"HBM2", "HBM2E", "HBM3", "HBM3E", "HBM4", "HBM4E", "GDDR7", "LPDDR5X"}), false),
               integer("stacks", false, 1, 64), number("stack_capacity", false, 1e9, 1e13), date("claimed_on", true),
               choice("basis", list({"official", "derived", "reported", "estimate", "projected"})), sourceRef,
               text("note")},
              QStringLiteral("id"), true});
    t.append({QStringLiteral("memory_outlook"),
              {id("id"), text("technology", true), ref("company_id", "company"),
               choice("kind", list({"agreement", "standard", "sample", "product", "capacity_target", "bandwidth_target"})),
               date("stated_on", true), date("target_on"), number("value", false, 0, 0), text("unit"),
               text("title_en", true), text("title_zh_hant", true), text("title_zh_hans", true), sourceRef, text("note")},
              QStringLiteral("id"), true});
    // 0007: the systems that are bought and deployed (servers, racks, UltraServers, pods), per accelerator where
    // a figure is a rate; power is the system's IT load.
    t.append({QStringLiteral("system"),
              {id("id"), text("name", true), ref("chip_id", "chip"), integer("accelerators", true, 1, 1e6),
               integer("scaleup_domain", false, 1, 1e6), number("scaleup_bandwidth", false, 1e9, 1e14),
               number("scaleout_bandwidth", false, 1e8, 1e13), number("power_w", false, 100, 1e8),
               choice("power_basis", list({"official", "reported", "estimate", "derived", "projected"}), false),
               number("price_usd", false, 1e3, 1e10),
               choice("price_basis", list({"official", "reported", "estimate"}), false), date("price_on"),
               ref("price_source_id", "source", false), date("available"),
               choice("status", list({"shipping", "announced", "projected"})), date("claimed_on", true), sourceRef,
               text("note")},
              QStringLiteral("id"), true});
    // 0008: public on-demand rental prices per accelerator-hour, each from a dated price list.
    t.append({QStringLiteral("rental_price"),
              {id("id"), ref("provider", "company"), text("offer", true), ref("chip_id", "chip"), ref("system_id", "system", false),
               integer("accelerators", true, 1, 1e6), number("instance_usd_per_hour", false, 0.01, 1e6),
               number("usd_per_accelerator_hour", true, 0.01, 1000), text("region"), date("as_of", true), sourceRef,
               text("note")},
              QStringLiteral("id"), true});
    // Last: a citation names a row of any fact table above (the validator resolves it; SQL cannot).
    t.append({QStringLiteral("citation"),
              {choice("fact_table", list({"spec_claim", "event", "deployment", "flow", "market_share", "llm_model",
                                          "measurement", "chip_memory", "memory_outlook", "system"})),
               text("row_id", true), sourceRef,
               choice("role", list({"primary", "secondary", "article", "dispute"})), text("note")},
              QString(), false});
    return t;
}
} // namespace

QStringList countryRegions()
{
    return list({"east-asia", "southeast-asia", "south-asia", "central-asia", "middle-east", "europe", "north-america",
                 "latin-america", "africa", "oceania", "antarctica"});
}

const QList<TableSpec> &datasetTables()
{
    static const QList<TableSpec> tables = makeTables();
    return tables;
}

const TableSpec *findTable(QStringView name)
{
    for (const TableSpec &t : datasetTables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList datasetTableNames()
{
    QStringList names;
    for (const TableSpec &t : datasetTables())
        names << t.name;
    return names;
}

QStringList factTableNames()
{
    return findTable(u"citation")->column(u"fact_table")->choices;
}

QStringList CitationRole::all()
{
    return {Primary, Secondary, Article, Dispute};
}
