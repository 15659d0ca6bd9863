#include "flow.h"

#include "partial_date.h"

QDate Flow::announcedFirst() const
{
    const auto d = PartialDate::parse(announcedOn);
    return d ? d->first() : QDate();
}

namespace FlowWords {

const QStringList &kinds()
{
    static const QStringList list{QStringLiteral("equity"), QStringLiteral("chip_purchase"), QStringLiteral("compute_contract"),
                                  QStringLiteral("cloud_commitment"), QStringLiteral("loan"), QStringLiteral("warrant"),
                                  QStringLiteral("joint_venture"), acquisition, capex};
    return list;
}

const QStringList &statuses()
{
    static const QStringList list{active, lapsed, superseded, subset};
    return list;
}

const QStringList &roles()
{
    static const QStringList list{QStringLiteral("model_lab"), QStringLiteral("cloud"), QStringLiteral("chip_designer"),
                                  QStringLiteral("memory"), QStringLiteral("foundry"), QStringLiteral("server_maker"),
                                  QStringLiteral("investor_sovereign"), QStringLiteral("other")};
    return list;
}

} // namespace FlowWords
