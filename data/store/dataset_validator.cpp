#include "dataset_validator.h"

#include "partial_date.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <cmath>

using Kind = ColumnSpec::Kind;

QString Problem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(origin).arg(line).arg(column).arg(message);
}

void ProblemList::append(const Problem &p)
{
    ++m_total;
    if (m_limit < 0 || m_listed.size() < m_limit)
        m_listed.append(p);
}

QString DatasetRow::value(QStringView column) const
{
    const int i = spec->columnIndex(column);
    return i >= 0 ? fields.value(i) : QString();
}

int DatasetRow::fileColumn(QStringView column) const
{
    const int i = spec->columnIndex(column);
    return std::max(i >= 0 ? fileColumns.value(i, i + 1) : 1, 1);
}

namespace {

struct MetricRule {
    QString unit;
    double min, max;
};

// Canonical unit and plausible range of each spec_claim metric. The ranges are wide enough for any real
// accelerator from 2015 to 2035 and narrow enough to catch a figure in the wrong unit (TB/s typed as B/s).
const QHash<QString, MetricRule> &metricRules()
{
    static const QHash<QString, MetricRule> rules{
        {QStringLiteral("peak_flops"), {QStringLiteral("FLOP/s"), 1e11, 1e19}},
        {QStringLiteral("memory_capacity"), {QStringLiteral("B"), 1e9, 1e13}},
        {QStringLiteral("memory_bandwidth"), {QStringLiteral("B/s"), 1e10, 1e14}},
        {QStringLiteral("tdp"), {QStringLiteral("W"), 10, 1e4}},
        {QStringLiteral("scaleup_bandwidth"), {QStringLiteral("B/s"), 1e9, 1e14}},
        {QStringLiteral("scaleup_domain"), {QStringLiteral("chips"), 1, 1e6}},
        {QStringLiteral("price"), {QStringLiteral("USD"), 100, 1e7}},
    };
    return rules;
}

// Unit and plausible range of the measurements the calculator compares with its bounds: as wide as the
// peak figures they are measured against, down to a slow run on an old part.
const QHash<QString, MetricRule> &measurementRules()
{
    static const QHash<QString, MetricRule> rules{
        {QStringLiteral("gemm"), {QStringLiteral("FLOP/s"), 1e9, 1e19}},
        {QStringLiteral("stream"), {QStringLiteral("B/s"), 1e8, 1e14}},
    };
    return rules;
}

void report(ProblemList &problems, const DatasetRow &row, QStringView column, const QString &message)
{
    problems.append({row.place.origin, row.place.line, row.fileColumn(column), message});
}

bool checkField(const DatasetRow &row, int column, ProblemList &problems)
{
    const ColumnSpec &c = row.spec->columns.at(column);
    const QString &v = row.fields.at(column);
    if (v.isEmpty()) {
        if (c.required) {
            report(problems, row, c.name, QStringLiteral("'%1' is required").arg(c.name));
            return false;
        }
        return true;
    }
    switch (c.kind) {
    case Kind::Text:
    case Kind::Ref: // whether it exists is a rule across tables (checkAgainstData)
        return true;
    case Kind::Id: {
        // A slug: [a-z0-9][a-z0-9.-]* (by hand: a million ids are checked in a big import).
        const auto slugChar = [](QChar c, bool first) {
            const char16_t u = c.unicode();
            return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (!first && (u == u'-' || u == u'.'));
        };
        bool slug = true;
        for (qsizetype i = 0; i < v.size() && slug; ++i)
            slug = slugChar(v[i], i == 0);
        if (!slug) {
            report(problems, row, c.name, QStringLiteral("'%1' is not a valid id: use lower-case letters, digits, '-' and '.'").arg(v));
            return false;
        }
        return true;
    }
    case Kind::Number:
    case Kind::Integer: {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            report(problems, row, c.name, QStringLiteral("'%1' is not a number (write plain SI values such as 989.4e12)").arg(v));
            return false;
        }
        if (c.kind == Kind::Integer && d != std::floor(d)) {
            report(problems, row, c.name, QStringLiteral("'%1' must be a whole number").arg(v));
            return false;
        }
        if (d <= 0 && c.max <= c.min) {
            report(problems, row, c.name, QStringLiteral("%1 must be positive, not %2").arg(c.name, v));
            return false;
        }
        if (c.max > c.min && (d < c.min || d > c.max)) {
            report(problems, row, c.name, QStringLiteral("%1 = %2 is outside the plausible range %3 to %4").arg(c.name, v).arg(c.min).arg(c.max));
            return false;
        }
        return true;
    }
    case Kind::Bool:
        if (v != QLatin1String("0") && v != QLatin1String("1")) {
            report(problems, row, c.name, QStringLiteral("'%1' must be 0 or 1, not '%2'").arg(c.name, v));
            return false;
        }
        return true;
    case Kind::Date:
        if (!PartialDate::parse(v)) {
            report(problems, row, c.name, QStringLiteral("'%1' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn").arg(v));
            return false;
        }
        return true;
    case Kind::Choice:
        if (!c.choices.contains(v)) {
            report(problems, row, c.name, QStringLiteral("'%1' is not a valid %2; valid: %3").arg(v, c.name, c.choices.join(QStringLiteral(", "))));
            return false;
        }
        return true;
    }
    return true;
}

void checkOrderedDates(const DatasetRow &row, const QString &from, const QString &to, ProblemList &problems)
{
    const auto a = PartialDate::parse(row.value(from));
    const auto b = PartialDate::parse(row.value(to));
    if (a && b && b->last() < a->first())
        report(problems, row, to, QStringLiteral("%1 %2 is before %3 %4").arg(to, row.value(to), from, row.value(from)));
}

void checkClaim(const DatasetRow &row, ProblemList &problems)
{
    const QString metric = row.value(u"metric");
    const QString precision = row.value(u"precision");
    const MetricRule rule = metricRules().value(metric);
    const bool isFlops = metric == QLatin1String("peak_flops");
    if (isFlops && precision.isEmpty())
        report(problems, row, u"precision", QStringLiteral("peak_flops needs a precision (fp64, tf32, bf16, fp8, fp6, fp4, int8)"));
    if (!isFlops && !precision.isEmpty())
        report(problems, row, u"precision", QStringLiteral("only peak_flops has a precision; leave it empty for %1").arg(metric));
    const QString unit = isFlops && precision == QLatin1String("int8") ? QStringLiteral("OP/s") : rule.unit;
    if (row.value(u"unit") != unit)
        report(problems, row, u"unit", QStringLiteral("%1 is stored in %2, not '%3'").arg(metric, unit, row.value(u"unit")));
    const double value = row.value(u"value").toDouble();
    if (value < rule.min || value > rule.max)
        report(problems, row, u"value",
               QStringLiteral("%1 = %2 %3 is outside the plausible range %4 to %5; is the unit right (SI base units)?")
                   .arg(metric, row.value(u"value"), unit).arg(rule.min).arg(rule.max));
    const QString basis = row.value(u"basis");
    if (basis != QLatin1String("official") && row.value(u"note").isEmpty())
        report(problems, row, u"note", QStringLiteral("a %1 figure must say in its note how it was obtained").arg(basis));
    // A projection's note is its method, which every reader must be able to read.
    if (basis == QLatin1String("projected"))
        for (const QString &column : {QStringLiteral("note_zh_hant"), QStringLiteral("note_zh_hans")})
            if (row.value(column).isEmpty())
                report(problems, row, column, QStringLiteral("a projected figure must say how it was projected in Chinese too (%1)").arg(column));
    if (row.value(u"sparse") == QLatin1String("1") && !isFlops)
        report(problems, row, u"sparse", QStringLiteral("only peak_flops can be sparse"));
}

void checkModel(const DatasetRow &row, ProblemList &problems)
{
    const auto num = [&](const char *c) { return row.value(QString::fromLatin1(c)).toDouble(); };
    if (num("params_active") > num("params_total"))
        report(problems, row, u"params_active", QStringLiteral("params_active is larger than params_total"));
    if (num("dense_layers") > num("layers"))
        report(problems, row, u"dense_layers", QStringLiteral("dense_layers is larger than layers"));
    if (num("kv_heads") > num("heads"))
        report(problems, row, u"kv_heads", QStringLiteral("kv_heads is larger than heads"));
    const bool moe = num("experts") > 0;
    if (moe && (num("experts_active") <= 0 || num("experts_active") > num("experts") || num("expert_ffn") <= 0))
        report(problems, row, u"experts_active", QStringLiteral("an MoE model needs experts_active between 1 and experts, and expert_ffn"));
    if (num("dense_layers") > 0 && num("ffn") <= 0)
        report(problems, row, u"ffn", QStringLiteral("dense layers need an ffn width"));
    if (row.value(u"attention") == QLatin1String("mla") && (num("kv_lora_rank") <= 0 || num("rope_head_dim") <= 0))
        report(problems, row, u"kv_lora_rank", QStringLiteral("MLA attention needs kv_lora_rank and rope_head_dim"));
    if (num("sliding_layers") > 0 && num("sliding_window") <= 0)
        report(problems, row, u"sliding_window", QStringLiteral("sliding_layers needs a sliding_window"));
    if (num("sliding_layers") > num("layers"))
        report(problems, row, u"sliding_layers", QStringLiteral("sliding_layers is larger than layers"));
}

// A system's figures say how they were obtained, and power per accelerator is a plausible number of watts
// (a rack's power written in kW, or a server's for a whole pod, would be off by a thousand or more).
void checkSystem(const DatasetRow &row, ProblemList &problems)
{
    const bool hasPower = !row.value(u"power_w").isEmpty();
    if (hasPower != !row.value(u"power_basis").isEmpty())
        report(problems, row, u"power_basis",
               hasPower ? QStringLiteral("power_w is given, so power_basis must say how (official, reported, estimate, derived, projected)")
                        : QStringLiteral("power_basis is given without power_w"));
    if (hasPower) {
        const double perAccelerator = row.value(u"power_w").toDouble() / row.value(u"accelerators").toDouble();
        if (perAccelerator < 100 || perAccelerator > 10000)
            report(problems, row, u"power_w",
                   QStringLiteral("%1 W over %2 accelerators is %3 W each; a system's IT power is 100 to 10,000 W per accelerator")
                       .arg(row.value(u"power_w"), row.value(u"accelerators")).arg(perAccelerator, 0, 'f', 0));
    }
    if (!row.value(u"price_usd").isEmpty()) {
        for (const char *column : {"price_basis", "price_on", "price_source_id"})
            if (row.value(QString::fromLatin1(column)).isEmpty())
                report(problems, row, QString::fromLatin1(column),
                       QStringLiteral("price_usd is given, so %1 must be too: a price is dated and sourced").arg(QLatin1String(column)));
    } else {
        for (const char *column : {"price_basis", "price_on", "price_source_id"})
            if (!row.value(QString::fromLatin1(column)).isEmpty())
                report(problems, row, QString::fromLatin1(column), QStringLiteral("%1 is given without price_usd").arg(QLatin1String(column)));
    }
    const QString domain = row.value(u"scaleup_domain");
    if (!domain.isEmpty() && domain.toLongLong() > row.value(u"accelerators").toLongLong() && row.value(u"note").isEmpty())
        report(problems, row, u"scaleup_domain",
               QStringLiteral("the scale-up domain (%1) is larger than the system (%2 accelerators); say why in note").arg(domain, row.value(u"accelerators")));
}

// A price list that prices whole instances: the price per accelerator-hour is that price over the accelerators in
// one instance (a per-instance price typed as per-accelerator, or the wrong count, would be off by a factor of 4 to 256).
void checkRentalPrice(const DatasetRow &row, ProblemList &problems)
{
    const QString instance = row.value(u"instance_usd_per_hour");
    if (instance.isEmpty())
        return;
    const double accelerators = row.value(u"accelerators").toDouble();
    const double perAccelerator = row.value(u"usd_per_accelerator_hour").toDouble();
    const double expected = instance.toDouble() / accelerators;
    if (accelerators > 0 && std::abs(perAccelerator - expected) > 0.005 * expected)
        report(problems, row, u"usd_per_accelerator_hour",
               QStringLiteral("%1 per accelerator-hour is not the instance's %2 / %3 accelerators = %4")
                   .arg(row.value(u"usd_per_accelerator_hour"), instance, row.value(u"accelerators"))
                   .arg(expected, 0, 'f', 4));
}

void checkMeasurement(const DatasetRow &row, ProblemList &problems)
{
    const QString what = row.value(u"what");
    if (!measurementRules().contains(what))
        return;
    const MetricRule rule = measurementRules().value(what);
    if (row.value(u"unit") != rule.unit)
        report(problems, row, u"unit", QStringLiteral("a %1 measurement is stored in %2, not '%3'").arg(what, rule.unit, row.value(u"unit")));
    const double value = row.value(u"value").toDouble();
    if (value < rule.min || value > rule.max)
        report(problems, row, u"value",
               QStringLiteral("a %1 measurement of %2 %3 is outside the plausible range %4 to %5; is the unit right (SI base units)?")
                   .arg(what, row.value(u"value"), rule.unit).arg(rule.min).arg(rule.max));
    if (what == QLatin1String("gemm") && row.value(u"precision").isEmpty())
        report(problems, row, u"precision", QStringLiteral("a gemm measurement needs its precision"));
}

// A letter of intent that never became binding is not live money: its status says so, and says why or what
// replaced it. (That superseded_by names an existing flow is the column's own reference check.)
void checkFlowStatus(const DatasetRow &row, ProblemList &problems)
{
    const QString status = row.value(u"status");
    const QString replacement = row.value(u"superseded_by");
    if (status == QLatin1String("superseded") && replacement.isEmpty())
        report(problems, row, u"superseded_by", QStringLiteral("a superseded flow names the flow that replaced it in superseded_by"));
    if (status != QLatin1String("superseded") && !replacement.isEmpty())
        report(problems, row, u"superseded_by",
               QStringLiteral("superseded_by is only for a superseded flow; this one is %1 (set status to superseded or clear superseded_by)").arg(status));
    if (!replacement.isEmpty() && replacement == row.value(u"id"))
        report(problems, row, u"superseded_by", QStringLiteral("a flow cannot supersede itself"));
    if (status == QLatin1String("lapsed") && row.value(u"note").isEmpty())
        report(problems, row, u"note", QStringLiteral("a lapsed flow says in its note why it lapsed, citing its source"));
}

QStringList chipNames(const DatasetRow &row)
{
    QStringList names{row.value(u"id")};
    for (const QString &a : row.value(u"aliases").split(QLatin1Char(';'), Qt::SkipEmptyParts))
        names << a.trimmed();
    return names;
}

} // namespace

std::optional<QList<int>> DatasetChecker::checkHeader(const TableSpec &spec, const QStringList &header, const RowPlace &place,
                                                      ProblemList &problems)
{
    bool ok = true;
    QHash<QString, int> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const auto say = [&](const QString &message) {
            problems.append({place.origin, place.line, i + 1, message});
            ok = false;
        };
        if (name.isEmpty())
            say(QStringLiteral("column %1 has no name; the columns of %2 are: %3")
                    .arg(i + 1).arg(spec.name, spec.columnNames().join(QStringLiteral(", "))));
        else if (seen.contains(name))
            // Which copy would count? Neither: the file must say it once.
            say(QStringLiteral("column '%1' appears twice (columns %2 and %3); give each column once")
                    .arg(name).arg(seen.value(name) + 1).arg(i + 1));
        else if (!spec.column(name))
            say(QStringLiteral("unknown column '%1'; the columns of %2 are: %3")
                    .arg(header.at(i), spec.name, spec.columnNames().join(QStringLiteral(", "))));
        if (!name.isEmpty() && !seen.contains(name))
            seen.insert(name, i);
    }
    QList<int> columnOfField;
    for (const ColumnSpec &c : spec.columns) {
        if (!seen.contains(c.name)) {
            problems.append({place.origin, place.line, int(header.size()) + 1, QStringLiteral("missing column '%1'").arg(c.name)});
            ok = false;
        }
        columnOfField << seen.value(c.name, -1);
    }
    if (!ok)
        return std::nullopt;
    return columnOfField;
}

std::optional<DatasetRow> DatasetChecker::rowOf(const TableSpec &spec, const QList<int> &columnOfField, int headerSize,
                                                const CsvRecord &record, const QString &origin, ProblemList &problems)
{
    if (record.fields.size() != headerSize) {
        problems.append({origin, record.line, std::min<int>(record.fields.size(), headerSize) + 1,
                         QStringLiteral("this row has %1 fields, the header has %2").arg(record.fields.size()).arg(headerSize)});
        return std::nullopt;
    }
    DatasetRow row{&spec, {origin, record.line}, {}, {}};
    row.fields.reserve(spec.columns.size());
    row.fileColumns.reserve(spec.columns.size());
    for (const int f : columnOfField) {
        row.fields << record.fields.value(f).trimmed();
        row.fileColumns << f + 1;
    }
    return row;
}

bool DatasetChecker::checkRow(const DatasetRow &row, ProblemList &problems) const
{
    const qsizetype before = problems.total();
    bool fieldsOk = true;
    for (int i = 0; i < row.spec->columns.size(); ++i)
        fieldsOk &= checkField(row, i, problems);
    if (!fieldsOk)
        return false;

    const QString &table = row.spec->name;
    if (table == QLatin1String("chip")) {
        checkOrderedDates(row, QStringLiteral("announced"), QStringLiteral("available"), problems);
        // A Chinese interface shows the process in Chinese: wherever there is one in English, there are both.
        if (!row.value(u"process_node").isEmpty())
            for (const QString &column : {QStringLiteral("process_node_zh_hant"), QStringLiteral("process_node_zh_hans")})
                if (row.value(column).isEmpty())
                    report(problems, row, column, QStringLiteral("the process is given in English, so %1 must give it too").arg(column));
    } else if (table == QLatin1String("spec_claim")) {
        checkClaim(row, problems);
    } else if (table == QLatin1String("event")) {
        checkOrderedDates(row, QStringLiteral("date"), QStringLiteral("end_date"), problems);
    } else if (table == QLatin1String("flow")) {
        if (row.value(u"from_id") == row.value(u"to_id"))
            report(problems, row, u"to_id",
                   QStringLiteral("a flow goes between two different parties; from_id and to_id are both '%1'").arg(row.value(u"to_id")));
        checkOrderedDates(row, QStringLiteral("period_start"), QStringLiteral("period_end"), problems);
        checkFlowStatus(row, problems);
    } else if (table == QLatin1String("deployment")) {
        if (row.value(u"chip_id").isEmpty() && row.value(u"accelerator").isEmpty())
            report(problems, row, u"accelerator", QStringLiteral("name the accelerator: give chip_id or accelerator text"));
    } else if (table == QLatin1String("country")) {
        const QString iso2 = row.value(u"iso2");
        if (iso2.size() != 2 || !iso2.at(0).isUpper() || !iso2.at(1).isUpper() || iso2.at(0).unicode() > 'Z' || iso2.at(1).unicode() > 'Z')
            report(problems, row, u"iso2", QStringLiteral("'%1' is not an ISO 3166-1 alpha-2 code: two capital letters such as KR").arg(iso2));
    } else if (table == QLatin1String("llm_model")) {
        checkModel(row, problems);
    } else if (table == QLatin1String("measurement")) {
        checkMeasurement(row, problems);
    } else if (table == QLatin1String("system")) {
        checkSystem(row, problems);
    } else if (table == QLatin1String("rental_price")) {
        checkRentalPrice(row, problems);
    }
    return problems.total() == before;
}

void DatasetChecker::loadChips()
{
    if (m_chipsLoaded)
        return;
    m_chipsLoaded = true;
    m_index.select(*findTable(u"chip"), {}, [this](const DatasetRow &chip) {
        const QString id = chip.value(u"id");
        m_chipStatus.insert(id, chip.value(u"status"));
        for (const QString &name : chipNames(chip))
            if (!m_chipNames.contains(name.toLower()))
                m_chipNames.insert(name.toLower(), {id, chip.place});
        return true;
    });
}

void DatasetChecker::rowsAdded(const TableSpec &table)
{
    if (table.name == QLatin1String("citation"))
        m_citedLoaded = false;
    if (table.name == QLatin1String("country"))
        m_countriesLoaded = false;
    if (table.name == QLatin1String("chip")) {
        m_chipsLoaded = false;
        m_chipNames.clear();
        m_chipStatus.clear();
    }
}

bool DatasetChecker::needsWholeTable(const TableSpec &table)
{
    return table.name == QLatin1String("market_share");
}

void DatasetChecker::checkAgainstData(const DatasetRow &row, ProblemList &problems)
{
    const TableSpec &spec = *row.spec;
    // Every reference resolves, in the bundled data, the user's or the rows being checked.
    for (int i = 0; i < spec.columns.size(); ++i) {
        const ColumnSpec &c = spec.columns.at(i);
        if (c.kind != Kind::Ref)
            continue;
        const QString &v = row.fields.at(i);
        if (!v.isEmpty() && !m_index.placeOfKey(*findTable(c.refTable), v))
            report(problems, row, c.name, QStringLiteral("%1 '%2' does not exist in %3").arg(c.name, v, c.refTable));
    }
    // An id belongs to the first row that has it.
    const QString idColumn = spec.idColumn();
    if (!idColumn.isEmpty()) {
        const QString key = row.value(idColumn);
        const std::optional<RowPlace> first = m_index.placeOfKey(spec, key);
        if (first && *first != row.place) {
            if (first->origin == row.place.origin)
                report(problems, row, idColumn, QStringLiteral("duplicate id '%1' (first on line %2)").arg(key).arg(first->line));
            else
                report(problems, row, idColumn, QStringLiteral("id '%1' already exists in %2; choose another id").arg(key, spec.name));
        }
        // A fact row keeps a primary or secondary source among its own and its citations (only a cited row can lose it).
        if (factTableNames().contains(spec.name) && isCited(spec.name, key))
            if (const QString role = leadRoleWithoutBacking(spec, key, row.value(u"source_id")); !role.isEmpty())
                report(problems, row, u"source_id",
                       QStringLiteral("row '%1' has no primary or secondary source: its source '%2' is cited as %3; "
                                      "cite the source of the figure with role primary or secondary")
                           .arg(key, row.value(u"source_id"), role));
    }

    if (spec.name == QLatin1String("chip")) {
        // A name (id or alias, any case) finds one chip, across the bundled and the user's chips: a user chip
        // called "hopper" would otherwise hide H100 from every search by that name.
        loadChips();
        const QString id = row.value(u"id");
        for (const QString &name : chipNames(row)) {
            const ChipName owner = m_chipNames.value(name.toLower());
            if (!owner.chipId.isEmpty() && owner.chipId != id)
                report(problems, row, name == id ? u"id" : u"aliases",
                       QStringLiteral("the name '%1' already belongs to chip '%2'; a name must find one chip").arg(name, owner.chipId));
        }
    } else if (spec.name == QLatin1String("spec_claim")) {
        loadChips();
        if (m_chipStatus.value(row.value(u"chip_id")) == QLatin1String("projected") && row.value(u"basis") == QLatin1String("official")
            && row.value(u"note").isEmpty())
            report(problems, row, u"note", QStringLiteral("a claim about a projected chip must say in its note what it rests on"));
        if (row.value(u"sparse") == QLatin1String("1")) {
            bool dense = false;
            m_index.select(spec,
                           {{QStringLiteral("chip_id"), row.value(u"chip_id")}, {QStringLiteral("metric"), row.value(u"metric")},
                            {QStringLiteral("precision"), row.value(u"precision")}, {QStringLiteral("claimed_on"), row.value(u"claimed_on")},
                            {QStringLiteral("sparse"), QStringLiteral("0")}},
                           [&dense](const DatasetRow &) { return !(dense = true); });
            if (!dense)
                report(problems, row, u"sparse",
                       QStringLiteral("a sparse figure needs its dense value beside it: add a sparse=0 row for chip '%1', %2 %3, claimed on %4")
                           .arg(row.value(u"chip_id"), row.value(u"metric"), row.value(u"precision"), row.value(u"claimed_on")));
        }
    } else if (spec.name == QLatin1String("market_share")) {
        // Shares of one segment, period, source and measure (of revenue, of shipments …: each adds up to its own
        // 100 %), over every row that has them (bundled, user and new).
        const DatasetIndex::Equal group{{QStringLiteral("segment"), row.value(u"segment")},
                                        {QStringLiteral("period"), row.value(u"period")},
                                        {QStringLiteral("source_id"), row.value(u"source_id")},
                                        {QStringLiteral("share_of"), row.value(u"share_of")}};
        const QString key = group[0].second + QLatin1Char('|') + group[1].second + QLatin1Char('|') + group[2].second
            + QLatin1Char('|') + group[3].second;
        if (!m_shareGroupsChecked.contains(key)) {
            m_shareGroupsChecked.insert(key);
            double sum = 0;
            m_index.select(spec, group, [&sum](const DatasetRow &r) {
                sum += r.value(u"share_pct").toDouble();
                return true;
            });
            if (sum > 100.5)
                report(problems, row, u"share_pct",
                       QStringLiteral("shares of one segment, period and source add up to %1%, more than 100% (shares of %2)")
                           .arg(sum).arg(row.value(u"share_of")));
        }
    } else if (spec.name == QLatin1String("citation")) {
        checkCitation(row, problems);
    } else if (spec.name == QLatin1String("country")) {
        // A map shape is found by its numeric code: one country per code, across the bundled and user rows.
        if (!m_countriesLoaded) {
            m_countriesLoaded = true;
            m_countryByNumeric.clear();
            m_index.select(spec, {}, [this](const DatasetRow &c) {
                const int numeric = c.value(u"iso_numeric").toInt();
                if (!m_countryByNumeric.contains(numeric))
                    m_countryByNumeric.insert(numeric, c.place);
                return true;
            });
        }
        const int numeric = row.value(u"iso_numeric").toInt();
        const RowPlace first = m_countryByNumeric.value(numeric, row.place);
        if (first != row.place)
            report(problems, row, u"iso_numeric",
                   QStringLiteral("iso_numeric %1 already belongs to the country on line %2; a map shape must find one country").arg(numeric).arg(first.line));
    } else if (spec.name == QLatin1String("deployment")) {
        checkAggregateLinks(row, problems);
    } else if (spec.name == QLatin1String("flow")) {
        if (row.value(u"status") == QLatin1String("subset") && !namesAnotherFlow(row))
            report(problems, row, u"note", QStringLiteral("a subset flow names in its note the id of the larger flow it is part of"));
    }
}

// A flow of status subset is part of a larger flow: its note names that flow's id, a word of the note (a sentence
// may end right after it, so a trailing '.' is punctuation).
bool DatasetChecker::namesAnotherFlow(const DatasetRow &row)
{
    const QString note = row.value(u"note");
    const QString self = row.value(u"id");
    const auto idChar = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.';
    };
    for (qsizetype i = 0; i < note.size();) {
        if (!idChar(note.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < note.size() && idChar(note.at(end)))
            ++end;
        QString word = note.mid(i, end - i);
        while (word.endsWith(u'.') || word.endsWith(u'-'))
            word.chop(1);
        if (word.contains(u'-') && word != self && m_index.placeOfKey(*row.spec, word))
            return true;
        i = end;
    }
    return false;
}

std::optional<DatasetRow> DatasetChecker::rowWithId(const TableSpec &table, const QString &id)
{
    std::optional<DatasetRow> found;
    if (!id.isEmpty())
        m_index.select(table, {{table.idColumn(), id}}, [&found](const DatasetRow &r) {
            found = r;
            return false;
        });
    return found;
}

// part_of names the total a row is counted in; overlaps names rows that may count the same accelerators.
void DatasetChecker::checkAggregateLinks(const DatasetRow &row, ProblemList &problems)
{
    const TableSpec &deployment = *row.spec;
    const QString id = row.value(u"id");
    const QString partOf = row.value(u"part_of");
    if (!partOf.isEmpty()) {
        const std::optional<DatasetRow> parent = rowWithId(deployment, partOf);
        if (partOf == id) {
            report(problems, row, u"part_of", QStringLiteral("a deployment cannot be part of itself ('%1')").arg(id));
        } else if (parent) {
            if (parent->value(u"country_iso2") != row.value(u"country_iso2"))
                report(problems, row, u"part_of",
                       QStringLiteral("'%1' is in %2, this row in %3: a total and its parts are in one country")
                           .arg(partOf, parent->value(u"country_iso2"), row.value(u"country_iso2")));
            const double units = row.value(u"units").toDouble();
            const double parentUnits = parent->value(u"units").toDouble();
            if (units > 0 && parentUnits > 0 && units > parentUnits)
                report(problems, row, u"units",
                       QStringLiteral("%1 units are more than the %2 of '%3', the total this row is part of")
                           .arg(row.value(u"units")).arg(parentUnits, 0, 'f', 0).arg(partOf));
            // Walk up the totals: coming back to this row is a loop, which no count can resolve.
            QSet<QString> seen{id};
            for (QString up = partOf; !up.isEmpty();) {
                if (seen.contains(up)) {
                    report(problems, row, u"part_of",
                           QStringLiteral("part_of goes round in a loop through '%1'; a total cannot be part of its own parts").arg(up));
                    break;
                }
                seen.insert(up);
                const std::optional<DatasetRow> next = rowWithId(deployment, up);
                up = next ? next->value(u"part_of") : QString();
            }
        }
    }
    QSet<QString> listed;
    for (const QString &raw : row.value(u"overlaps").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString other = raw.trimmed();
        if (other == id) {
            report(problems, row, u"overlaps", QStringLiteral("a deployment cannot overlap itself ('%1')").arg(id));
        } else if (const std::optional<DatasetRow> them = rowWithId(deployment, other); !them) {
            report(problems, row, u"overlaps", QStringLiteral("overlaps '%1' does not exist in deployment").arg(other));
        } else if (other == partOf || them->value(u"part_of") == id) {
            report(problems, row, u"overlaps",
                   QStringLiteral("'%1' and this row are a total and its part: part_of already says so, not overlaps").arg(other));
        } else if (listed.contains(other)) {
            report(problems, row, u"overlaps", QStringLiteral("'%1' is listed twice in overlaps").arg(other));
        }
        listed.insert(other);
    }
}

void DatasetChecker::checkCitation(const DatasetRow &row, ProblemList &problems)
{
    const QString table = row.value(u"fact_table");
    const QString id = row.value(u"row_id");
    const QString source = row.value(u"source_id");
    const QString role = row.value(u"role");
    const TableSpec *cited = findTable(table); // fact_table is one of the fact tables: checkRow saw to that
    if (!cited || !m_index.placeOfKey(*cited, id)) {
        report(problems, row, u"row_id", QStringLiteral("%1 has no row with id '%2'").arg(table, id));
        return;
    }
    // One role per source and row: the first citation of a source for a row is the one.
    const TableSpec &citation = *row.spec;
    std::optional<RowPlace> first;
    m_index.select(citation, {{QStringLiteral("fact_table"), table}, {QStringLiteral("row_id"), id}, {QStringLiteral("source_id"), source}},
                   [&first](const DatasetRow &c) {
                       first = c.place;
                       return false;
                   });
    if (first && *first != row.place) {
        const QString where = first->origin == row.place.origin ? QStringLiteral("line %1").arg(first->line)
                                                                : QStringLiteral("%1, row %2").arg(first->origin).arg(first->line);
        report(problems, row, u"source_id",
               QStringLiteral("%1 '%2' already cites source '%3' (%4); give a source one role per row").arg(table, id, source, where));
        return;
    }
    const QString own = ownSource(*cited, id);
    if (own == source && role == CitationRole::Dispute)
        report(problems, row, u"role", QStringLiteral("source '%1' is the source of %2 '%3'; it cannot also dispute it").arg(source, table, id));
    // The cited row is checked for its sources where it is checked itself; a citation imported on its own is
    // checked here, against the rows already stored.
    if (!m_scope.isEmpty() && !m_scope.contains(table))
        if (const QString lead = leadRoleWithoutBacking(*cited, id, own); !lead.isEmpty())
            report(problems, row, u"role",
                   QStringLiteral("with this citation, %1 '%2' has no primary or secondary source: its source '%3' is cited as %4; "
                                  "cite the source of the figure with role primary or secondary")
                       .arg(table, id, own, lead));
}

QString DatasetChecker::ownSource(const TableSpec &table, const QString &id)
{
    QString own;
    m_index.select(table, {{table.idColumn(), id}}, [&own](const DatasetRow &r) {
        own = r.value(u"source_id");
        return false;
    });
    return own;
}

bool DatasetChecker::isCited(const QString &table, const QString &id)
{
    if (!m_citedLoaded) {
        m_citedLoaded = true;
        m_cited.clear();
        m_index.select(*findTable(u"citation"), {}, [this](const DatasetRow &c) {
            m_cited.insert(c.value(u"fact_table") + QLatin1Char('|') + c.value(u"row_id"));
            return true;
        });
    }
    return m_cited.contains(table + QLatin1Char('|') + id);
}

QString DatasetChecker::leadRoleWithoutBacking(const TableSpec &table, const QString &id, const QString &ownSourceId)
{
    // The row's own source is primary unless a citation of it says otherwise; another primary or secondary
    // citation backs the row as well.
    QString lead = CitationRole::Primary;
    bool backed = false;
    m_index.select(*findTable(u"citation"), {{QStringLiteral("fact_table"), table.name}, {QStringLiteral("row_id"), id}},
                   [&](const DatasetRow &c) {
                       const QString role = c.value(u"role");
                       if (c.value(u"source_id") == ownSourceId)
                           lead = role;
                       else if (role == CitationRole::Primary || role == CitationRole::Secondary)
                           backed = true;
                       return true;
                   });
    return lead == CitationRole::Primary || lead == CitationRole::Secondary || backed ? QString() : lead;
}

namespace {

// The index of rows held in memory: the dataset's CSV files, and keys given as known.
class MemoryIndex : public DatasetIndex {
public:
    void addKnownKey(const QString &table, const QString &key)
    {
        m_firstKey[table].insert(key, RowPlace{});
    }
    void addRow(const DatasetRow &row)
    {
        m_rows[row.spec->name].append(row);
        if (!row.spec->idColumn().isEmpty()) {
            QHash<QString, RowPlace> &keys = m_firstKey[row.spec->name];
            const QString key = row.value(row.spec->idColumn());
            if (!keys.contains(key))
                keys.insert(key, row.place);
        }
    }
    std::optional<RowPlace> placeOfKey(const TableSpec &table, const QString &key) override
    {
        const auto keys = m_firstKey.constFind(table.name);
        if (keys == m_firstKey.cend() || !keys->contains(key))
            return std::nullopt;
        return keys->value(key);
    }
    void select(const TableSpec &table, const Equal &equal, const std::function<bool(const DatasetRow &)> &visit) override
    {
        for (const DatasetRow &row : m_rows.value(table.name)) {
            bool match = true;
            for (const auto &[column, text] : equal)
                match = match && row.value(column) == text;
            if (match && !visit(row))
                return;
        }
    }

private:
    QHash<QString, QList<DatasetRow>> m_rows;
    QHash<QString, QHash<QString, RowPlace>> m_firstKey;
};

} // namespace

void DatasetValidator::addKnownKeys(const QString &table, const QStringList &keys)
{
    m_knownKeys[table] += keys;
}

QList<Problem> DatasetValidator::validate(const QList<TableRows> &tables) const
{
    ProblemList problems;
    MemoryIndex index;
    for (auto it = m_knownKeys.constBegin(); it != m_knownKeys.constEnd(); ++it)
        for (const QString &key : it.value())
            index.addKnownKey(it.key(), key);

    // First every row of every file goes into the index, so a reference may point at a row of any file, and an
    // id belongs to its first row even where a file's header has problems of its own.
    for (const TableRows &t : tables) {
        const TableSpec *spec = findTable(t.table);
        if (!spec)
            continue;
        QList<int> columnOfField;
        for (const ColumnSpec &c : spec->columns) {
            int at = -1;
            for (int i = 0; i < t.header.size() && at < 0; ++i)
                if (t.header.at(i).trimmed() == c.name)
                    at = i;
            columnOfField << at;
        }
        for (const CsvRecord &record : t.records) {
            DatasetRow row{spec, {t.origin, record.line}, {}, {}};
            for (const int f : columnOfField)
                row.fields << (f >= 0 ? record.fields.value(f).trimmed() : QString());
            index.addRow(row);
        }
    }

    DatasetChecker checker(index);
    for (const TableRows &t : tables) {
        const TableSpec *spec = findTable(t.table);
        if (!spec) {
            problems.append({t.origin, 1, 1,
                             QStringLiteral("unknown table '%1'; known tables: %2").arg(t.table, datasetTableNames().join(QStringLiteral(", ")))});
            continue;
        }
        const auto columns = DatasetChecker::checkHeader(*spec, t.header, {t.origin, t.headerLine}, problems);
        if (!columns)
            continue;
        for (const CsvRecord &record : t.records) {
            const auto row = DatasetChecker::rowOf(*spec, *columns, int(t.header.size()), record, t.origin, problems);
            if (row && checker.checkRow(*row, problems))
                checker.checkAgainstData(*row, problems);
        }
    }
    return problems.listed();
}

namespace DatasetFiles {
QList<TableRows> read(const QString &directory, QList<Problem> *problems)
{
    QList<TableRows> tables;
    const QDir dir(directory);
    for (const TableSpec &spec : datasetTables()) {
        const QString fileName = spec.name + QStringLiteral(".csv");
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append({fileName, 1, 1, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())});
            continue;
        }
        const CsvParseResult parsed = Csv::parse(file.readAll());
        for (const CsvError &e : parsed.errors)
            problems->append({fileName, e.line, e.column, e.message});
        if (!parsed.errors.isEmpty())
            continue;
        tables.append({spec.name, fileName, parsed.document.header, parsed.document.headerLine, parsed.document.records});
    }
    return tables;
}
}
