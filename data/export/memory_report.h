#pragma once
// The Memory view's three tables as Reports (issue 16): HBM shares with what each is a share of, every chip's
// memory with reads per second, and the announced high-bandwidth-flash targets. Raw values stay numbers (%, B,
// B/s, 1/s); headers, words and notes are in the chosen language (QCoreApplication::translate, "MemoryReport").

#include "memory_market.h"
#include "report.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// Company id → name in the report's language.
using CompanyNames = QHash<QString, QString>;
CompanyNames companyNames(const QList<Company> &companies, Language language);

// Machine columns: segment, period, share_of, company_id, company, share_pct, basis, source_id, note.
DataTable memorySharesTable(const QList<MarketShare> &shares, const CompanyNames &names);
// Machine columns: chip_id, chip, memory_type, stacks, stack_capacity_bytes, memory_bytes,
// memory_bandwidth_bytes_per_s, reads_per_s, available, projected, source_id.
DataTable memoryChipsTable(const QList<ChipMemoryPoint> &points, Language language);
// Machine columns: id, technology, company_id, company, kind, stated_on, target_on, value, unit, title, source_id.
DataTable memoryOutlookTable(const QList<MemoryOutlook> &outlook, const CompanyNames &names, Language language);

// "revenue", "shipments", "bits", "unknown" in words of the current translator ("share of revenue" …).
QString shareOfText(const QString &shareOf);
// "agreement" … "bandwidth_target" in words.
QString outlookKindText(const QString &kind);

Report memorySharesReport(const QList<MarketShare> &shares, const CompanyNames &names, const QList<Source> &known,
                          Language language, const QString &datasetVersion, const QDate &date);
Report memoryChipsReport(const QList<ChipMemoryPoint> &points, const QList<Source> &known, Language language,
                         const QString &datasetVersion, const QDate &date);
Report memoryOutlookReport(const QList<MemoryOutlook> &outlook, const CompanyNames &names, const QList<Source> &known,
                           Language language, const QString &datasetVersion, const QDate &date);
