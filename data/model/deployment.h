#pragma once
// Accelerators placed somewhere (DESIGN §2.1 table deployment), and the countries rows name (table country).

#include <QString>
#include <QStringList>
#include <optional>

// How far along a deployment's accelerators are, the three kinds a total keeps apart: installed (installed,
// delivered), planned (ordered, planned) and unknown (estimated: a count that does not say which).
enum class UnitsKind { Installed, Planned, Unknown };
UnitsKind unitsKindOf(QStringView datasetKind);
QString unitsKindKey(UnitsKind kind); // "installed", "planned", "unknown"

struct Deployment {
    QString id;
    QString countryIso2;
    QString ownerId;     // empty: not attributed to one owner (a country total, a programme)
    QString site;
    QString sector;      // public, private, mixed
    QString chipId;      // empty when only `accelerator` text is known
    QString accelerator; // the source's words for the accelerators
    std::optional<double> units;
    QString unitsKind;   // the dataset's word: installed, delivered, ordered, planned, estimated
    std::optional<double> powerMw;
    QString announcedOn;
    QString targetOn;
    QString sourceId;
    QString note;
    QString partOf;       // the total this row is counted in
    QStringList overlaps; // rows that may count some of the same accelerators

    UnitsKind kind() const { return unitsKindOf(unitsKind); }
};

struct Country {
    QString iso2;
    int isoNumeric = 0; // ISO 3166-1 numeric: the id of the country's shape on the map
    QString nameEn, nameZhHant, nameZhHans;
    QString region;
};
