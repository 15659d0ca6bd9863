#include "dataset_validator.h"

#include "partial_date.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

using Kind = ColumnSpec::Kind;

QString Problem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(origin).arg(line).arg(column).arg(message);
}

void DatasetValidator::addKnownKeys(const QString &table, const QStringList &keys)
{
    m_knownKeys[table] += keys;
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

const QHash<QString, QString> &measurementUnits()
{
    static const QHash<QString, QString> units{
        {QStringLiteral("gemm"), QStringLiteral("FLOP/s")},
        {QStringLiteral("stream"), QStringLiteral("B/s")},
    };
    return units;
}

// A row as a map from column name to (text, 1-based column in its file).
struct Row {
    const TableRows *table = nullptr;
    const CsvRecord *record = nullptr;
    QHash<QString, int> columnOf; // shared per table

    QString value(const QString &column) const
    {
        const int i = columnOf.value(column, -1);
        return i >= 0 && i < record->fields.size() ? record->fields.at(i).trimmed() : QString();
    }
    int col(const QString &column) const { return columnOf.value(column, -1) + 1; }
};

class Checker {
public:
    Checker(const QMap<QString, QStringList> &known, QList<Problem> &problems)
        : m_known(known), m_problems(problems) {}

    void run(const QList<TableRows> &tables)
    {
        // First pass: the keys every table provides, so references can be resolved in any order.
        for (auto it = m_known.constBegin(); it != m_known.constEnd(); ++it)
            for (const QString &k : it.value())
                m_keys[it.key()].insert(k);
        for (const TableRows &t : tables)
            collectKeys(t);
        for (const TableRows &t : tables)
            checkTable(t);
        checkEveryFactHasASource();
    }

private:
    const QMap<QString, QStringList> &m_known;
    QList<Problem> &m_problems;
    QHash<QString, QSet<QString>> m_keys;
    QHash<QString, QString> m_chipStatus;

    // What the aggregate rules need of every deployment row, from every table given (bundled and user alike).
    struct DeploymentLink {
        QString country, partOf;
        double units = 0; // 0 = unknown
    };
    QHash<QString, DeploymentLink> m_deployments;
    // A fact row's lead source and where its source_id field is, keyed "table|id" (rows being checked only).
    struct LeadSource {
        QString sourceId;
        QString origin;
        int line = 0;
        int column = 0;
    };
    QHash<QString, LeadSource> m_leadSources;
    QHash<QString, QString> m_leadRoles;     // "table|id" → the role a citation gives the row's own source
    QSet<QString> m_citedPrimaryOrSecondary; // "table|id" of rows with another primary or secondary citation

    void report(const QString &origin, int line, int column, const QString &message)
    {
        m_problems.append({origin, line, std::max(column, 1), message});
    }
    void report(const Row &row, const QString &column, const QString &message)
    {
        report(row.table->origin, row.record->line, row.col(column), message);
    }

    static QHash<QString, int> columnIndex(const TableRows &t)
    {
        QHash<QString, int> idx;
        for (int i = 0; i < t.header.size(); ++i)
            idx.insert(t.header.at(i).trimmed(), i);
        return idx;
    }

    static QString rowKey(const QString &table, const QString &id) { return table + QLatin1Char('|') + id; }

    void collectKeys(const TableRows &t)
    {
        const TableSpec *spec = findTable(t.table);
        QSet<QString> &keys = m_keys[t.table];
        if (!spec || spec->idColumn().isEmpty())
            return;
        const QHash<QString, int> idx = columnIndex(t);
        const int keyCol = idx.value(spec->idColumn(), -1);
        if (keyCol < 0)
            return;
        const int statusCol = idx.value(QStringLiteral("status"), -1);
        const int sourceCol = factTableNames().contains(t.table) ? idx.value(QStringLiteral("source_id"), -1) : -1;
        if (t.table == QLatin1String("deployment"))
            collectDeployments(t);
        for (const CsvRecord &r : t.records) {
            if (keyCol < r.fields.size())
                keys.insert(r.fields.at(keyCol).trimmed());
            if (sourceCol >= 0 && keyCol < r.fields.size() && sourceCol < r.fields.size())
                m_leadSources.insert(rowKey(t.table, r.fields.at(keyCol).trimmed()),
                                     {r.fields.at(sourceCol).trimmed(), t.origin, r.line, sourceCol + 1});
            if (t.table == QLatin1String("chip") && statusCol >= 0 && statusCol < r.fields.size() && keyCol < r.fields.size())
                m_chipStatus.insert(r.fields.at(keyCol).trimmed(), r.fields.at(statusCol).trimmed());
        }
    }

    void collectDeployments(const TableRows &t)
    {
        const QHash<QString, int> idx = columnIndex(t);
        const auto field = [&](const CsvRecord &r, const char *column) {
            const int i = idx.value(QString::fromLatin1(column), -1);
            return i >= 0 && i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
        };
        for (const CsvRecord &r : t.records)
            m_deployments.insert(field(r, "id"), {field(r, "country_iso2"), field(r, "part_of"), field(r, "units").toDouble()});
    }

    void checkTable(const TableRows &t)
    {
        const TableSpec *spec = findTable(t.table);
        if (!spec) {
            report(t.origin, 1, 1, QStringLiteral("unknown table '%1'; known tables: %2").arg(t.table, datasetTableNames().join(QStringLiteral(", "))));
            return;
        }
        // Header: every column of the contract present, nothing else.
        const QHash<QString, int> idx = columnIndex(t);
        bool headerOk = true;
        for (const ColumnSpec &c : spec->columns) {
            if (!idx.contains(c.name)) {
                report(t.origin, t.headerLine, t.header.size() + 1, QStringLiteral("missing column '%1'").arg(c.name));
                headerOk = false;
            }
        }
        for (int i = 0; i < t.header.size(); ++i) {
            if (!spec->column(t.header.at(i).trimmed())) {
                report(t.origin, t.headerLine, i + 1,
                       QStringLiteral("unknown column '%1'; the columns of %2 are: %3")
                           .arg(t.header.at(i), spec->name, spec->columnNames().join(QStringLiteral(", "))));
                headerOk = false;
            }
        }
        if (!headerOk)
            return;

        QHash<QString, int> firstLineOfKey;
        QHash<QString, QString> aliasOwner; // chip aliases, lower-case → chip id
        QSet<QString> denseClaims;          // chip|metric|precision|claimed_on of sparse=0 claims
        QList<Row> sparseClaims;
        QHash<QString, double> shareSums;   // market_share segment|period|source → sum
        QHash<QString, Row> shareFirstRow;
        QHash<QString, int> numericCodeLine; // country iso_numeric → first line
        QHash<QString, int> citations;      // "table|id|source" → first line

        for (const CsvRecord &record : t.records) {
            Row row{&t, &record, idx};
            if (record.fields.size() != t.header.size()) {
                report(t.origin, record.line, std::min<int>(record.fields.size(), t.header.size()) + 1,
                       QStringLiteral("this row has %1 fields, the header has %2").arg(record.fields.size()).arg(t.header.size()));
                continue;
            }
            bool fieldsOk = true;
            for (const ColumnSpec &c : spec->columns)
                fieldsOk &= checkField(row, c);

            if (!spec->idColumn().isEmpty()) {
                const QString key = row.value(spec->idColumn());
                if (firstLineOfKey.contains(key))
                    report(row, spec->idColumn(), QStringLiteral("duplicate id '%1' (first on line %2)").arg(key).arg(firstLineOfKey.value(key)));
                else
                    firstLineOfKey.insert(key, record.line);
            }
            if (!fieldsOk)
                continue;

            if (t.table == QLatin1String("chip"))
                checkChip(row, aliasOwner);
            else if (t.table == QLatin1String("spec_claim"))
                checkClaim(row, denseClaims, sparseClaims);
            else if (t.table == QLatin1String("event"))
                checkOrderedDates(row, QStringLiteral("date"), QStringLiteral("end_date"));
            else if (t.table == QLatin1String("flow")) {
                if (row.value(QStringLiteral("from_id")) == row.value(QStringLiteral("to_id")))
                    report(row, QStringLiteral("to_id"), QStringLiteral("a flow goes between two different parties; from_id and to_id are both '%1'").arg(row.value(QStringLiteral("to_id"))));
                checkOrderedDates(row, QStringLiteral("period_start"), QStringLiteral("period_end"));
                checkFlowStatus(row);
            } else if (t.table == QLatin1String("deployment")) {
                if (row.value(QStringLiteral("chip_id")).isEmpty() && row.value(QStringLiteral("accelerator")).isEmpty())
                    report(row, QStringLiteral("accelerator"), QStringLiteral("name the accelerator: give chip_id or accelerator text"));
                checkAggregateLinks(row);
            } else if (t.table == QLatin1String("country")) {
                checkCountry(row, numericCodeLine);
            } else if (t.table == QLatin1String("market_share")) {
                const QString key = row.value(QStringLiteral("segment")) + QLatin1Char('|') + row.value(QStringLiteral("period")) + QLatin1Char('|') + row.value(QStringLiteral("source_id"));
                shareSums[key] += row.value(QStringLiteral("share_pct")).toDouble();
                if (!shareFirstRow.contains(key))
                    shareFirstRow.insert(key, row);
            } else if (t.table == QLatin1String("llm_model"))
                checkModel(row);
            else if (t.table == QLatin1String("measurement"))
                checkMeasurement(row);
            else if (t.table == QLatin1String("citation"))
                checkCitation(row, citations);
        }

        for (const Row &row : sparseClaims) {
            const QString key = claimSiblingKey(row);
            if (!denseClaims.contains(key))
                report(row, QStringLiteral("sparse"),
                       QStringLiteral("a sparse figure needs its dense value beside it: add a sparse=0 row for chip '%1', %2 %3, claimed on %4")
                           .arg(row.value(QStringLiteral("chip_id")), row.value(QStringLiteral("metric")), row.value(QStringLiteral("precision")), row.value(QStringLiteral("claimed_on"))));
        }
        for (auto it = shareSums.constBegin(); it != shareSums.constEnd(); ++it) {
            if (it.value() > 100.5)
                report(shareFirstRow.value(it.key()), QStringLiteral("share_pct"),
                       QStringLiteral("shares of one segment, period and source add up to %1%, more than 100%").arg(it.value()));
        }
    }

    bool checkField(const Row &row, const ColumnSpec &c)
    {
        const QString v = row.value(c.name);
        if (v.isEmpty()) {
            if (c.required) {
                report(row, c.name, QStringLiteral("'%1' is required").arg(c.name));
                return false;
            }
            return true;
        }
        switch (c.kind) {
        case Kind::Text: return true;
        case Kind::Id: {
            static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
            if (!slug.match(v).hasMatch()) {
                report(row, c.name, QStringLiteral("'%1' is not a valid id: use lower-case letters, digits, '-' and '.'").arg(v));
                return false;
            }
            return true;
        }
        case Kind::Number:
        case Kind::Integer: {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (!ok || !std::isfinite(d)) {
                report(row, c.name, QStringLiteral("'%1' is not a number (write plain SI values such as 989.4e12)").arg(v));
                return false;
            }
            if (c.kind == Kind::Integer && d != std::floor(d)) {
                report(row, c.name, QStringLiteral("'%1' must be a whole number").arg(v));
                return false;
            }
            if (d <= 0 && c.max <= c.min) {
                report(row, c.name, QStringLiteral("%1 must be positive, not %2").arg(c.name, v));
                return false;
            }
            if (c.max > c.min && (d < c.min || d > c.max)) {
                report(row, c.name, QStringLiteral("%1 = %2 is outside the plausible range %3 to %4").arg(c.name, v).arg(c.min).arg(c.max));
                return false;
            }
            return true;
        }
        case Kind::Bool:
            if (v != QLatin1String("0") && v != QLatin1String("1")) {
                report(row, c.name, QStringLiteral("'%1' must be 0 or 1, not '%2'").arg(c.name, v));
                return false;
            }
            return true;
        case Kind::Date:
            if (!PartialDate::parse(v)) {
                report(row, c.name, QStringLiteral("'%1' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn").arg(v));
                return false;
            }
            return true;
        case Kind::Choice:
            if (!c.choices.contains(v)) {
                report(row, c.name, QStringLiteral("'%1' is not a valid %2; valid: %3").arg(v, c.name, c.choices.join(QStringLiteral(", "))));
                return false;
            }
            return true;
        case Kind::Ref:
            if (!m_keys.value(c.refTable).contains(v)) {
                report(row, c.name, QStringLiteral("%1 '%2' does not exist in %3").arg(c.name, v, c.refTable));
                return false;
            }
            return true;
        }
        return true;
    }

    void checkCountry(const Row &row, QHash<QString, int> &numericCodeLine)
    {
        static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
        if (!alpha2.match(row.value(QStringLiteral("iso2"))).hasMatch())
            report(row, QStringLiteral("iso2"), QStringLiteral("'%1' is not an ISO 3166-1 alpha-2 code: two capital letters such as KR").arg(row.value(QStringLiteral("iso2"))));
        const QString numeric = QString::number(row.value(QStringLiteral("iso_numeric")).toInt());
        if (numericCodeLine.contains(numeric))
            report(row, QStringLiteral("iso_numeric"), QStringLiteral("iso_numeric %1 already belongs to the country on line %2; a map shape must find one country").arg(numeric).arg(numericCodeLine.value(numeric)));
        else
            numericCodeLine.insert(numeric, row.record->line);
    }

    // part_of names the total a row is counted in; overlaps names rows that may count the same accelerators.
    void checkAggregateLinks(const Row &row)
    {
        const QString id = row.value(QStringLiteral("id"));
        const QString partOf = row.value(QStringLiteral("part_of"));
        if (!partOf.isEmpty()) {
            const auto parent = m_deployments.constFind(partOf);
            if (partOf == id) {
                report(row, QStringLiteral("part_of"), QStringLiteral("a deployment cannot be part of itself ('%1')").arg(id));
            } else if (parent != m_deployments.constEnd()) {
                if (parent->country != row.value(QStringLiteral("country_iso2")))
                    report(row, QStringLiteral("part_of"), QStringLiteral("'%1' is in %2, this row in %3: a total and its parts are in one country")
                                                               .arg(partOf, parent->country, row.value(QStringLiteral("country_iso2"))));
                const double units = row.value(QStringLiteral("units")).toDouble();
                if (units > 0 && parent->units > 0 && units > parent->units)
                    report(row, QStringLiteral("units"), QStringLiteral("%1 units are more than the %2 of '%3', the total this row is part of")
                                                             .arg(row.value(QStringLiteral("units"))).arg(parent->units, 0, 'f', 0).arg(partOf));
                // Walk up the totals: coming back to this row is a loop, which no count can resolve.
                QSet<QString> seen{id};
                for (QString up = partOf; !up.isEmpty(); up = m_deployments.value(up).partOf) {
                    if (seen.contains(up)) {
                        report(row, QStringLiteral("part_of"), QStringLiteral("part_of goes round in a loop through '%1'; a total cannot be part of its own parts").arg(up));
                        break;
                    }
                    seen.insert(up);
                }
            }
        }
        QSet<QString> listed;
        for (const QString &raw : row.value(QStringLiteral("overlaps")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString other = raw.trimmed();
            if (other == id)
                report(row, QStringLiteral("overlaps"), QStringLiteral("a deployment cannot overlap itself ('%1')").arg(id));
            else if (!m_keys.value(QStringLiteral("deployment")).contains(other))
                report(row, QStringLiteral("overlaps"), QStringLiteral("overlaps '%1' does not exist in deployment").arg(other));
            else if (other == partOf || m_deployments.value(other).partOf == id)
                report(row, QStringLiteral("overlaps"), QStringLiteral("'%1' and this row are a total and its part: part_of already says so, not overlaps").arg(other));
            else if (listed.contains(other))
                report(row, QStringLiteral("overlaps"), QStringLiteral("'%1' is listed twice in overlaps").arg(other));
            listed.insert(other);
        }
    }

    void checkOrderedDates(const Row &row, const QString &from, const QString &to)
    {
        const auto a = PartialDate::parse(row.value(from));
        const auto b = PartialDate::parse(row.value(to));
        if (a && b && b->last() < a->first())
            report(row, to, QStringLiteral("%1 %2 is before %3 %4").arg(to, row.value(to), from, row.value(from)));
    }

    // A letter of intent that never became binding is not live money: its status says so, and says why or what
    // replaced it. (That superseded_by names an existing flow is the column's own reference check.)
    void checkFlowStatus(const Row &row)
    {
        const QString status = row.value(QStringLiteral("status"));
        const QString replacement = row.value(QStringLiteral("superseded_by"));
        if (status == QLatin1String("superseded") && replacement.isEmpty())
            report(row, QStringLiteral("superseded_by"), QStringLiteral("a superseded flow names the flow that replaced it in superseded_by"));
        if (status != QLatin1String("superseded") && !replacement.isEmpty())
            report(row, QStringLiteral("superseded_by"),
                   QStringLiteral("superseded_by is only for a superseded flow; this one is %1 (set status to superseded or clear superseded_by)").arg(status));
        if (!replacement.isEmpty() && replacement == row.value(QStringLiteral("id")))
            report(row, QStringLiteral("superseded_by"), QStringLiteral("a flow cannot supersede itself"));
        if (status == QLatin1String("lapsed") && row.value(QStringLiteral("note")).isEmpty())
            report(row, QStringLiteral("note"), QStringLiteral("a lapsed flow says in its note why it lapsed, citing its source"));
        if (status == QLatin1String("subset") && !namesAnotherFlow(row))
            report(row, QStringLiteral("note"), QStringLiteral("a subset flow names in its note the id of the larger flow it is part of"));
    }

    // Whole ids only: "amazon-2025-capex" must not be found inside "amazon-2025-capex-actual".
    bool namesAnotherFlow(const Row &row) const
    {
        const QString note = row.value(QStringLiteral("note"));
        const QString self = row.value(QStringLiteral("id"));
        for (const QString &id : m_keys.value(QStringLiteral("flow"))) {
            if (id == self)
                continue;
            for (qsizetype at = note.indexOf(id); at >= 0; at = note.indexOf(id, at + 1)) {
                const auto idChar = [](QChar c) { return c.isLower() || c.isDigit() || c == u'-' || c == u'.'; };
                const qsizetype end = at + id.size();
                const bool startsWhole = at == 0 || !idChar(note.at(at - 1));
                // A sentence may end right after an id: a '.' there is punctuation, not part of the id.
                const bool endsWhole = end == note.size() || !idChar(note.at(end)) || (note.at(end) == u'.' && (end + 1 == note.size() || !idChar(note.at(end + 1))));
                if (startsWhole && endsWhole)
                    return true;
            }
        }
        return false;
    }

    void checkChip(const Row &row, QHash<QString, QString> &aliasOwner)
    {
        const QString id = row.value(QStringLiteral("id"));
        QStringList names{id};
        for (const QString &a : row.value(QStringLiteral("aliases")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            names << a.trimmed();
        for (const QString &name : names) {
            const QString key = name.toLower();
            const QString owner = aliasOwner.value(key);
            if (!owner.isEmpty() && owner != id)
                report(row, name == id ? QStringLiteral("id") : QStringLiteral("aliases"),
                       QStringLiteral("the name '%1' already belongs to chip '%2'; a name must find one chip").arg(name, owner));
            else
                aliasOwner.insert(key, id);
        }
        checkOrderedDates(row, QStringLiteral("announced"), QStringLiteral("available"));
        // A Chinese interface shows the process in Chinese: wherever there is one in English, there are both.
        if (!row.value(QStringLiteral("process_node")).isEmpty())
            for (const QString column : {QStringLiteral("process_node_zh_hant"), QStringLiteral("process_node_zh_hans")})
                if (row.value(column).isEmpty())
                    report(row, column, QStringLiteral("the process is given in English, so %1 must give it too").arg(column));
    }

    static QString claimSiblingKey(const Row &row)
    {
        return row.value(QStringLiteral("chip_id")) + QLatin1Char('|') + row.value(QStringLiteral("metric")) + QLatin1Char('|')
            + row.value(QStringLiteral("precision")) + QLatin1Char('|') + row.value(QStringLiteral("claimed_on"));
    }

    void checkClaim(const Row &row, QSet<QString> &dense, QList<Row> &sparse)
    {
        const QString metric = row.value(QStringLiteral("metric"));
        const QString precision = row.value(QStringLiteral("precision"));
        const MetricRule rule = metricRules().value(metric);
        const bool isFlops = metric == QLatin1String("peak_flops");
        if (isFlops && precision.isEmpty())
            report(row, QStringLiteral("precision"), QStringLiteral("peak_flops needs a precision (fp64, tf32, bf16, fp8, fp6, fp4, int8)"));
        if (!isFlops && !precision.isEmpty())
            report(row, QStringLiteral("precision"), QStringLiteral("only peak_flops has a precision; leave it empty for %1").arg(metric));
        const QString unit = isFlops && precision == QLatin1String("int8") ? QStringLiteral("OP/s") : rule.unit;
        if (row.value(QStringLiteral("unit")) != unit)
            report(row, QStringLiteral("unit"), QStringLiteral("%1 is stored in %2, not '%3'").arg(metric, unit, row.value(QStringLiteral("unit"))));
        const double value = row.value(QStringLiteral("value")).toDouble();
        if (value < rule.min || value > rule.max)
            report(row, QStringLiteral("value"),
                   QStringLiteral("%1 = %2 %3 is outside the plausible range %4 to %5; is the unit right (SI base units)?")
                       .arg(metric, row.value(QStringLiteral("value")), unit).arg(rule.min).arg(rule.max));
        const QString basis = row.value(QStringLiteral("basis"));
        if (basis != QLatin1String("official") && row.value(QStringLiteral("note")).isEmpty())
            report(row, QStringLiteral("note"), QStringLiteral("a %1 figure must say in its note how it was obtained").arg(basis));
        // A projection's note is its method, which every reader must be able to read.
        if (basis == QLatin1String("projected"))
            for (const QString column : {QStringLiteral("note_zh_hant"), QStringLiteral("note_zh_hans")})
                if (row.value(column).isEmpty())
                    report(row, column, QStringLiteral("a projected figure must say how it was projected in Chinese too (%1)").arg(column));
        if (m_chipStatus.value(row.value(QStringLiteral("chip_id"))) == QLatin1String("projected") && basis == QLatin1String("official") && row.value(QStringLiteral("note")).isEmpty())
            report(row, QStringLiteral("note"), QStringLiteral("a claim about a projected chip must say in its note what it rests on"));
        if (row.value(QStringLiteral("sparse")) == QLatin1String("1")) {
            if (!isFlops)
                report(row, QStringLiteral("sparse"), QStringLiteral("only peak_flops can be sparse"));
            sparse << row;
        } else {
            dense.insert(claimSiblingKey(row));
        }
    }

    void checkCitation(const Row &row, QHash<QString, int> &seen)
    {
        const QString table = row.value(QStringLiteral("fact_table"));
        const QString id = row.value(QStringLiteral("row_id"));
        const QString source = row.value(QStringLiteral("source_id"));
        const QString role = row.value(QStringLiteral("role"));
        if (!m_keys.value(table).contains(id)) {
            report(row, QStringLiteral("row_id"), QStringLiteral("%1 has no row with id '%2'").arg(table, id));
            return;
        }
        const QString key = rowKey(table, id);
        const QString citationKey = key + QLatin1Char('|') + source;
        if (seen.contains(citationKey)) {
            report(row, QStringLiteral("source_id"),
                   QStringLiteral("%1 '%2' already cites source '%3' (line %4); give a source one role per row")
                       .arg(table, id, source)
                       .arg(seen.value(citationKey)));
            return;
        }
        seen.insert(citationKey, row.record->line);
        const auto lead = m_leadSources.constFind(key);
        if (lead != m_leadSources.constEnd() && lead->sourceId == source) {
            // The row's own source: the citation says what that source is to the row.
            if (role == CitationRole::Dispute)
                report(row, QStringLiteral("role"),
                       QStringLiteral("source '%1' is the source of %2 '%3'; it cannot also dispute it").arg(source, table, id));
            m_leadRoles.insert(key, role);
        } else if (role == CitationRole::Primary || role == CitationRole::Secondary) {
            m_citedPrimaryOrSecondary.insert(key);
        }
    }

    // Every fact row rests on at least one primary or secondary source: its own source_id (primary unless a
    // citation says otherwise) or a citation.
    void checkEveryFactHasASource()
    {
        for (auto it = m_leadSources.constBegin(); it != m_leadSources.constEnd(); ++it) {
            const QString role = m_leadRoles.value(it.key(), CitationRole::Primary);
            if (role == CitationRole::Primary || role == CitationRole::Secondary || m_citedPrimaryOrSecondary.contains(it.key()))
                continue;
            const QString id = it.key().section(QLatin1Char('|'), 1);
            report(it->origin, it->line, it->column,
                   QStringLiteral("row '%1' has no primary or secondary source: its source '%2' is cited as %3; "
                                  "cite the source of the figure with role primary or secondary")
                       .arg(id, it->sourceId, role));
        }
    }

    void checkModel(const Row &row)
    {
        const auto num = [&](const char *c) { return row.value(QString::fromLatin1(c)).toDouble(); };
        if (num("params_active") > num("params_total"))
            report(row, QStringLiteral("params_active"), QStringLiteral("params_active is larger than params_total"));
        if (num("dense_layers") > num("layers"))
            report(row, QStringLiteral("dense_layers"), QStringLiteral("dense_layers is larger than layers"));
        if (num("kv_heads") > num("heads"))
            report(row, QStringLiteral("kv_heads"), QStringLiteral("kv_heads is larger than heads"));
        const bool moe = num("experts") > 0;
        if (moe && (num("experts_active") <= 0 || num("experts_active") > num("experts") || num("expert_ffn") <= 0))
            report(row, QStringLiteral("experts_active"), QStringLiteral("an MoE model needs experts_active between 1 and experts, and expert_ffn"));
        if (num("dense_layers") > 0 && num("ffn") <= 0)
            report(row, QStringLiteral("ffn"), QStringLiteral("dense layers need an ffn width"));
        if (row.value(QStringLiteral("attention")) == QLatin1String("mla") && (num("kv_lora_rank") <= 0 || num("rope_head_dim") <= 0))
            report(row, QStringLiteral("kv_lora_rank"), QStringLiteral("MLA attention needs kv_lora_rank and rope_head_dim"));
        if (num("sliding_layers") > 0 && num("sliding_window") <= 0)
            report(row, QStringLiteral("sliding_window"), QStringLiteral("sliding_layers needs a sliding_window"));
        if (num("sliding_layers") > num("layers"))
            report(row, QStringLiteral("sliding_layers"), QStringLiteral("sliding_layers is larger than layers"));
    }

    void checkMeasurement(const Row &row)
    {
        const QString what = row.value(QStringLiteral("what"));
        const QString expected = measurementUnits().value(what);
        if (!expected.isEmpty() && row.value(QStringLiteral("unit")) != expected)
            report(row, QStringLiteral("unit"), QStringLiteral("a %1 measurement is stored in %2, not '%3'").arg(what, expected, row.value(QStringLiteral("unit"))));
        if (what == QLatin1String("gemm") && row.value(QStringLiteral("precision")).isEmpty())
            report(row, QStringLiteral("precision"), QStringLiteral("a gemm measurement needs its precision"));
    }
};

} // namespace

QList<Problem> DatasetValidator::validate(const QList<TableRows> &tables) const
{
    QList<Problem> problems;
    Checker(m_knownKeys, problems).run(tables);
    return problems;
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
