#pragma once
// The Roofline view's results table as a Report (data/export/report.h): one row per figure with its unit, one
// column per chip, raw values in SI units beside the text people read, the sources of every chip's peak and
// bandwidth, and notes stating the workload and every assumption. Written in the interface language.

#include "catalog.h"
#include "report.h"

#include <QDate>

class RooflineResultsModel;

Report rooflineReport(const RooflineResultsModel &model, const Catalog &catalog, const QDate &date);
