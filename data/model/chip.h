#pragma once
// An accelerator package as sold, with its current (newest, dense) figures and where each came from.

#include "number_format.h"
#include "precision.h"
#include "spec_claim.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

struct Chip {
    QString id;
    QString vendorId;
    QString vendorName;
    QString family;
    QString name;
    QStringList aliases;
    QString announced;
    QString available;
    QString status; // shipping, announced, reported, projected
    QString processNode;
    QString memoryType;
    QString note;
    // The name and process in Chinese (empty: not given; the English is shown).
    QString nameZhHant, nameZhHans;
    QString processNodeZhHant, processNodeZhHans;

    // Current dense figures: the newest sparse=0 claim of each metric (and precision).
    std::map<Precision, double> peakFlops;
    std::optional<double> memoryBytes;
    std::optional<double> memoryBandwidth; // B/s
    std::optional<double> tdpWatts;
    std::optional<double> scaleupBandwidth; // B/s
    std::optional<double> scaleupDomain;    // chips
    std::optional<double> priceUsd;

    // The claim behind each current figure, keyed by claimKey(metric, precision).
    QHash<QString, SpecClaim> currentClaims;

    std::optional<double> peak(Precision p) const
    {
        const auto it = peakFlops.find(p);
        return it == peakFlops.end() ? std::nullopt : std::optional<double>(it->second);
    }
    bool isProjected() const { return status == QStringLiteral("projected"); }
    // The name and the process as a reader of `language` reads them ("GB200（每顆 GPU，NVL72）", "台積電 4NP").
    QString localName(Language language) const;
    QString localProcessNode(Language language) const;
    // True if a figure is projected, either because the chip is or because its claim is.
    bool isProjected(const QString &metric, std::optional<Precision> precision = std::nullopt) const;
};

QString claimKey(const QString &metric, std::optional<Precision> precision);
