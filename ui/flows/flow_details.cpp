#include "flow_details.h"

#include "common/claim_text.h"
#include "flow_text.h"
#include "date_format.h"

#include <QRegularExpression>

namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString sumsText(const FlowSums &s, Language language)
{
    QStringList parts;
    if (s.firmUsd > 0 || (s.upperBoundUsd == 0 && s.undisclosed == 0))
        parts << NumberFormat::usd(s.firmUsd, language);
    if (s.upperBoundUsd > 0)
        parts << FlowText::usd(s.upperBoundUsd, true, language);
    if (s.undisclosed > 0)
        parts << FlowDetails::tr("%n without an amount", "flows", s.undisclosed);
    return parts.join(FlowDetails::tr(" + ", "firm amount + \"up to\" amount"));
}
} // namespace

QString FlowDetails::subsetText()
{
    return tr("Part of a larger flow (the note names it): its amount is not added to any total, so it is not counted twice.");
}

QString FlowDetails::name(const Catalog &catalog, const QString &companyId, Language language)
{
    const Company *c = catalog.company(companyId);
    return c ? companyShortName(*c, language) : companyId;
}

QStringList FlowDetails::loopNames(const FlowGraph &graph, const FlowCycle &cycle, const Catalog &catalog, Language language)
{
    QStringList names;
    for (int v : cycle.nodes)
        names << name(catalog, graph.nodeId(v), language);
    return names;
}

QString FlowDetails::noteHtml(const QString &note, const Catalog &catalog)
{
    QString html = esc(note);
    for (const Source &s : catalog.sources()) {
        if (s.id.isEmpty() || !note.contains(s.id))
            continue;
        const QString title = s.url.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(s.title))
                                              : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(s.url), esc(s.title));
        // Whole ids only: "art-korea" must not match inside "art-korea-2".
        html.replace(QRegularExpression(QStringLiteral("(?<![a-z0-9.-])%1(?![a-z0-9-])").arg(QRegularExpression::escape(esc(s.id)))),
                     title);
    }
    return html;
}

QString FlowDetails::flowToolTip(const Flow &f, const Catalog &catalog, Language language)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1 → %2</b> · %3")
                 .arg(esc(name(catalog, f.fromId, language)), esc(name(catalog, f.toId, language)), esc(FlowText::kind(f.kind)));
    lines << QStringLiteral("<b>%1</b>").arg(esc(FlowText::amount(f, language)));
    if (catalog.isUserRow(QStringLiteral("flow"), f.id))
        lines << ClaimText::yourDataHtml();
    if (f.status == FlowWords::subset)
        lines << QStringLiteral("<i>%1</i>").arg(esc(subsetText()));
    else if (f.status != FlowWords::active)
        lines << QStringLiteral("<i>%1</i>").arg(esc(tr("%1: not counted as live money").arg(FlowText::status(f.status))));
    lines << esc(FlowText::description(f, language));
    QString when = tr("Announced %1").arg(DateFormat::text(f.announcedOn, language));
    if (const QString period = FlowText::period(f, language); !period.isEmpty())
        when += tr(" · period %1").arg(period);
    lines << esc(when);
    if (const Source *s = catalog.source(f.sourceId))
        lines << esc(tr("Source: %1 (%2)").arg(s->title, s->publisher));
    return QStringLiteral("<div style=\"max-width: 420px\">%1</div>").arg(lines.join(QStringLiteral("<br>")));
}

QString FlowDetails::companyToolTip(const Company &company, const CompanyFlows &t, Language language)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> · %2").arg(esc(companyName(company, language)), esc(FlowText::role(company.role)));
    if (t.out.count > 0)
        lines << esc(tr("Commits: %1 in %n flow(s)", "", t.out.count).arg(sumsText(t.out, language)));
    if (t.in.count > 0)
        lines << esc(tr("Receives: %1 in %n flow(s)", "", t.in.count).arg(sumsText(t.in, language)));
    if (t.out.count + t.in.count == 0)
        lines << esc(tr("No flow counted under the current filters."));
    lines << esc(tr("Click to see its deals; drag to move it."));
    return lines.join(QStringLiteral("<br>"));
}

QString FlowDetails::flowHtml(const Flow &f, const Catalog &catalog, Language language)
{
    QStringList lines;
    QString head = QStringLiteral("<b>%1 → %2</b> · %3 · <b>%4</b>")
                       .arg(esc(name(catalog, f.fromId, language)), esc(name(catalog, f.toId, language)),
                            esc(FlowText::kind(f.kind)), esc(FlowText::amount(f, language)));
    if (f.status != FlowWords::active)
        head += QStringLiteral(" · <span style=\"color:#b3261e\">%1</span>").arg(esc(FlowText::status(f.status)));
    lines << head;
    if (catalog.isUserRow(QStringLiteral("flow"), f.id))
        lines << ClaimText::yourDataHtml();
    lines << esc(FlowText::description(f, language));
    QString when = tr("Announced %1").arg(DateFormat::text(f.announcedOn, language));
    if (const QString period = FlowText::period(f, language); !period.isEmpty())
        when += tr(" · period %1").arg(period);
    lines << esc(when);
    if (!f.supersededBy.isEmpty())
        lines << esc(tr("Replaced by: %1").arg(f.supersededBy));
    if (f.status == FlowWords::subset)
        lines << QStringLiteral("<i>%1</i>").arg(esc(subsetText()));
    lines << tr("Source: %1").toHtmlEscaped().arg(ClaimText::sourceHtml(catalog, f.sourceId));
    if (!f.note.isEmpty())
        lines << QStringLiteral("<span style=\"color:#555\">%1</span>")
                     .arg(tr("Note: %1").toHtmlEscaped().arg(noteHtml(f.note, catalog)));
    return ClaimText::paragraph(lines.join(QStringLiteral("<br>")));
}

QString FlowDetails::loopHtml(const FlowGraph &graph, const FlowCycle &cycle, const Catalog &catalog, Language language)
{
    const QStringList names = loopNames(graph, cycle, catalog, language);
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(FlowText::loopPath(names)), esc(FlowText::loopAmount(cycle, language)));
    QStringList facts;
    facts << tr("All flows on the loop: %1").arg(NumberFormat::usd(cycle.totalUsd, language));
    if (!cycle.firstAnnouncedOn.isEmpty())
        facts << tr("announced %1 – %2")
                     .arg(DateFormat::text(cycle.firstAnnouncedOn, language), DateFormat::text(cycle.lastAnnouncedOn, language));
    html += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
    for (const CycleHop &hop : cycle.hops) {
        const QString amount = hop.amountUsd ? FlowText::usd(*hop.amountUsd, hop.upperBound, language) : FlowText::notDisclosed();
        html += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>")
                    .arg(esc(tr("%1 → %2: %3", "one hop of a loop and its amount")
                                 .arg(name(catalog, graph.nodeId(hop.from), language), name(catalog, graph.nodeId(hop.to), language), amount)));
        for (int f : hop.flows)
            html += flowHtml(graph.flows().at(f), catalog, language);
    }
    return html;
}

QString FlowDetails::companyHtml(const QString &companyId, const FlowGraph &graph, const Catalog &catalog, Language language)
{
    const Company *company = catalog.company(companyId);
    const CompanyFlows t = companyFlows(graph, companyId);
    QString html = QStringLiteral("<p><b style=\"font-size:large\">%1</b><br>%2</p>")
                       .arg(esc(company ? companyName(*company, language) : companyId), esc(company ? FlowText::role(company->role) : QString()));
    if (t.flows.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No flow of this company is counted under the current filters.")));

    const auto row = [&](const QString &label, const FlowSums &s) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
            .arg(esc(label), esc(NumberFormat::usd(s.firmUsd, language)),
                 esc(s.upperBoundUsd > 0 ? FlowText::usd(s.upperBoundUsd, true, language) : QStringLiteral("—")),
                 esc(QString::number(s.count)));
    };
    const QString header = QStringLiteral("<tr><th></th><th align=\"right\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th></tr>")
                               .arg(esc(tr("Firm")), esc(tr("\"Up to\"")), esc(tr("Flows")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1%2%3</table>")
                .arg(header, row(tr("Commits (out)"), t.out), row(tr("Receives (in)"), t.in));
    if (t.out.undisclosed + t.in.undisclosed > 0)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("%n flow(s) without a disclosed amount are not in these sums.", "",
                                                               t.out.undisclosed + t.in.undisclosed)));
    if (t.out.subsets + t.in.subsets > 0)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("%n flow(s) that are part of a larger flow are listed but not added to these sums.", "",
                                                               t.out.subsets + t.in.subsets)));

    const auto breakdown = [&](const QString &title, const QMap<QString, FlowSums> &out, const QMap<QString, FlowSums> &in, bool kinds) {
        QStringList keys = out.keys() + in.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            const double va = out.value(a).totalUsd() + in.value(a).totalUsd(), vb = out.value(b).totalUsd() + in.value(b).totalUsd();
            return va != vb ? va > vb : a < b;
        });
        QString rows;
        for (const QString &k : keys) {
            const QString label = kinds ? FlowText::kind(k) : name(catalog, k, language);
            const QString o = out.contains(k) ? sumsText(out.value(k), language) : QStringLiteral("—");
            const QString i = in.contains(k) ? sumsText(in.value(k), language) : QStringLiteral("—");
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(label), esc(o), esc(i));
        }
        return QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4><table cellspacing=\"0\" cellpadding=\"2\"><tr><th></th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>%4</table>")
            .arg(esc(title), esc(tr("Out")), esc(tr("In")), rows);
    };
    html += breakdown(tr("By counterparty"), t.outByCounterparty, t.inByCounterparty, false);
    html += breakdown(tr("By kind"), t.outByKind, t.inByKind, true);
    html += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>").arg(esc(tr("Deals")));
    for (int f : t.flows)
        html += flowHtml(graph.flows().at(f), catalog, language);
    return html;
}
