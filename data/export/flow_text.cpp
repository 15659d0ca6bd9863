#include "flow_text.h"

#include "date_format.h"

namespace {
struct Word {
    const char *key;
    const char *text;
};

const Word kKinds[] = {
    {"equity", QT_TRANSLATE_NOOP("FlowText", "Equity")},
    {"chip_purchase", QT_TRANSLATE_NOOP("FlowText", "Chip purchase")},
    {"compute_contract", QT_TRANSLATE_NOOP("FlowText", "Compute contract")},
    {"cloud_commitment", QT_TRANSLATE_NOOP("FlowText", "Cloud commitment")},
    {"loan", QT_TRANSLATE_NOOP("FlowText", "Loan")},
    {"warrant", QT_TRANSLATE_NOOP("FlowText", "Warrant")},
    {"joint_venture", QT_TRANSLATE_NOOP("FlowText", "Joint venture")},
    {"acquisition", QT_TRANSLATE_NOOP("FlowText", "Acquisition")},
    {"capex", QT_TRANSLATE_NOOP("FlowText", "Capex")},
};

const Word kStatuses[] = {
    {"active", QT_TRANSLATE_NOOP("FlowText", "Active")},
    {"lapsed", QT_TRANSLATE_NOOP("FlowText", "Lapsed")},
    {"superseded", QT_TRANSLATE_NOOP("FlowText", "Superseded")},
    {"subset", QT_TRANSLATE_NOOP("FlowText", "Part of a larger flow")},
};

const Word kRoles[] = {
    {"model_lab", QT_TRANSLATE_NOOP("FlowText", "Model lab")},
    {"cloud", QT_TRANSLATE_NOOP("FlowText", "Cloud / neocloud")},
    {"chip_designer", QT_TRANSLATE_NOOP("FlowText", "Chip designer")},
    {"memory", QT_TRANSLATE_NOOP("FlowText", "Memory")},
    {"foundry", QT_TRANSLATE_NOOP("FlowText", "Foundry")},
    {"server_maker", QT_TRANSLATE_NOOP("FlowText", "Server maker")},
    {"investor_sovereign", QT_TRANSLATE_NOOP("FlowText", "Investor / sovereign")},
    {"other", QT_TRANSLATE_NOOP("FlowText", "Other")},
};

template <size_t N>
QString lookUp(const Word (&words)[N], const QString &key)
{
    for (const Word &w : words)
        if (key == QLatin1String(w.key))
            return QCoreApplication::translate("FlowText", w.text);
    return key;
}
} // namespace

QString FlowText::kind(const QString &key) { return lookUp(kKinds, key); }
QString FlowText::status(const QString &key) { return lookUp(kStatuses, key); }
QString FlowText::role(const QString &key) { return lookUp(kRoles, key); }

QString FlowText::usd(double amount, bool upTo, Language language)
{
    const QString figure = NumberFormat::usd(amount, language);
    return upTo ? tr("up to %1", "an amount that is a ceiling: 最高 1,000 億美元").arg(figure) : figure;
}

QString FlowText::amount(const Flow &flow, Language language)
{
    return flow.amountUsd ? usd(*flow.amountUsd, flow.upperBound, language) : notDisclosed();
}

QString FlowText::notDisclosed() { return tr("not disclosed", "an amount"); }

QString FlowText::description(const Flow &flow, Language language)
{
    const QString &text = language == Language::TraditionalChinese ? flow.descriptionZhHant
        : language == Language::SimplifiedChinese                  ? flow.descriptionZhHans
                                                                   : flow.descriptionEn;
    return text.isEmpty() ? flow.descriptionEn : text;
}

QString FlowText::period(const Flow &flow, Language language)
{
    const QString start = DateFormat::text(flow.periodStart, language);
    const QString end = DateFormat::text(flow.periodEnd, language);
    if (!start.isEmpty() && !end.isEmpty())
        return tr("%1 – %2", "a period from … to …").arg(start, end);
    if (!start.isEmpty())
        return tr("from %1", "a period with no end date").arg(start);
    if (!end.isEmpty())
        return tr("until %1", "a period with no start date").arg(end);
    return {};
}

QString FlowText::scope(const FlowFilter &filter, Language language)
{
    QStringList parts;
    if (filter.statuses.isEmpty() || filter.statuses.size() == FlowWords::statuses().size())
        parts << tr("Flows of every status");
    else if (filter.statuses == QStringList{FlowWords::active})
        parts << tr("Active flows");
    else {
        QStringList names;
        for (const QString &s : filter.statuses)
            names << status(s);
        parts << tr("Flows: %1", "the statuses counted").arg(names.join(tr(", ", "list separator")));
    }
    if (filter.kinds.isEmpty() || filter.kinds.size() == FlowWords::kinds().size()) {
        parts << tr("every kind");
    } else {
        QStringList names;
        for (const QString &k : filter.kinds)
            names << kind(k);
        parts << names.join(tr(", ", "list separator"));
    }
    const auto day = [language](const QDate &d) { return DateFormat::partial(PartialDate{d.year(), d.month(), d.day(), PartialDate::Precision::Day}, language); };
    if (filter.from.isValid() && filter.to.isValid())
        parts << tr("announced %1 – %2").arg(day(filter.from), day(filter.to));
    else if (filter.from.isValid())
        parts << tr("announced from %1").arg(day(filter.from));
    else if (filter.to.isValid())
        parts << tr("announced up to %1").arg(day(filter.to));
    if (filter.minAmountUsd > 0)
        parts << tr("at least %1").arg(NumberFormat::usd(filter.minAmountUsd, language));
    return parts.join(QStringLiteral(" · "));
}

QString FlowText::yes() { return tr("yes"); }
QString FlowText::no() { return tr("no"); }

QString FlowText::loopPath(const QStringList &names)
{
    return names.isEmpty() ? QString() : (names + QStringList{names.first()}).join(QStringLiteral(" → "));
}

QString FlowText::loopAmount(const FlowCycle &cycle, Language language)
{
    QString text;
    if (cycle.minUsd) {
        text = cycle.minIsUpperBound
            ? tr("at most %1 goes round, an \"up to\" amount").arg(NumberFormat::usd(*cycle.minUsd, language))
            : tr("at most %1 goes round").arg(NumberFormat::usd(*cycle.minUsd, language));
        if (cycle.includesUpperBounds && !cycle.minIsUpperBound)
            text += tr(" (with \"up to\" amounts on the loop)");
    } else {
        text = tr("how much goes round is not known: %n flow(s) on the loop without an amount", "", cycle.undisclosedFlows);
    }
    return text;
}

QString FlowText::loopSentence(const QStringList &names, const FlowCycle &cycle, Language language)
{
    return tr("%1 · %2", "a loop of companies · what goes round it").arg(loopPath(names), loopAmount(cycle, language));
}

QString companyLabel(const QList<Company> &companies, const QString &id, Language language)
{
    for (const Company &c : companies)
        if (c.id == id)
            return companyShortName(c, language);
    return id;
}
