#pragma once
// One flow of money or of a commitment between two parties (DESIGN §2.1 table flow), and the words the dataset
// uses for a flow's kind and status and for a company's role. The validator and the views read these lists.

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

struct Flow {
    QString id;
    QString fromId; // who pays or commits
    QString toId;   // who receives
    QString kind;   // one of FlowWords::kinds()
    std::optional<double> amountUsd; // empty: not disclosed
    bool upperBound = false;         // the amount is a ceiling ("up to")
    QString status = QStringLiteral("active"); // one of FlowWords::statuses()
    QString supersededBy;            // the flow that replaced this one (status superseded)
    QString announcedOn;             // a partial date (YYYY … YYYY-MM-DD, YYYY-Qn, YYYY-Hn)
    QString periodStart;
    QString periodEnd;
    QString descriptionEn;
    QString descriptionZhHant;
    QString descriptionZhHans;
    QString sourceId;
    QString note;

    // The first day of announced_on's period ("2025" → 2025-01-01); invalid if it does not parse.
    QDate announcedFirst() const;
};

namespace FlowWords {
// equity, chip_purchase, compute_contract, cloud_commitment, loan, warrant, joint_venture, acquisition, capex
const QStringList &kinds();
// active (live money), lapsed (never became binding or was dropped; the note says why), superseded (replaced by
// the flow named in superseded_by), subset (part of a larger flow of the dataset, such as one campus inside a
// company's capex: shown for its detail, never added to a sum; the note names the larger flow)
const QStringList &statuses();
// model_lab, cloud (cloud and neocloud), chip_designer, memory, foundry, server_maker, investor_sovereign
// (investors, sovereign funds and governments), other
const QStringList &roles();

inline const QString active = QStringLiteral("active");
inline const QString lapsed = QStringLiteral("lapsed");
inline const QString superseded = QStringLiteral("superseded");
inline const QString subset = QStringLiteral("subset");
// Capital expenditure goes to a catch-all supplier node: spending, not a counterparty that could pay back, so a
// capex flow takes part in no cycle.
inline const QString capex = QStringLiteral("capex");
// Buying a company (a merger or an acquisition): the buyer's money or shares go to the company bought and its owners,
// not into a financing that comes back round, so an acquisition takes part in no cycle either.
inline const QString acquisition = QStringLiteral("acquisition");
}
