#pragma once
// The words of the money flows in the interface language (context "FlowText"): kinds, statuses, roles, amounts
// with "up to" marked, periods, and the sentence that measures a loop. The Money flows view, its exports and the
// flows sub-command all say it the same way.

#include "flow.h"
#include "flow_cycles.h"
#include "flow_graph.h"
#include "number_format.h"
#include "source.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class FlowText {
    Q_DECLARE_TR_FUNCTIONS(FlowText)
public:
    static QString kind(const QString &key);   // "chip_purchase" → "Chip purchase"
    static QString status(const QString &key); // "lapsed" → "Lapsed"
    static QString role(const QString &key);   // "investor_sovereign" → "Investor / sovereign"
    // "USD 300B"; an "up to" amount: "up to USD 100B" (最高 1,000 億美元).
    static QString usd(double amount, bool upTo, Language language);
    // A flow's amount as above, or "not disclosed".
    static QString amount(const Flow &flow, Language language);
    static QString notDisclosed();
    // The flow's description in `language` (English where the dataset has no translation).
    static QString description(const Flow &flow, Language language);
    // When the money moves: "2027 – 2032", "from 2027", "until Apr 2032"; empty if the dataset does not say.
    static QString period(const Flow &flow, Language language);
    // What a filter counts, in one line: "Active flows · every kind · announced up to 31 Mar 2026 · at least USD 1B".
    static QString scope(const FlowFilter &filter, Language language);
    static QString yes();
    static QString no();

    // "OpenAI → Oracle → NVIDIA → OpenAI": the loop's companies, back to the first.
    static QString loopPath(const QStringList &names);
    // What can go round a loop: "at most USD 40B goes round", marked where the figure rests on "up to" amounts or
    // where an amount on the loop was not disclosed.
    static QString loopAmount(const FlowCycle &cycle, Language language);
    // Both: "OpenAI → Oracle → NVIDIA → OpenAI · at most USD 40B goes round".
    static QString loopSentence(const QStringList &names, const FlowCycle &cycle, Language language);
};

// The company's short name in `language`, or its id if the dataset does not list it.
QString companyLabel(const QList<Company> &companies, const QString &id, Language language);
