#pragma once
// Writes the calculator's answers in the format asked for: an aligned table for people (with each result's
// operator breakdown, notes and working), JSON, or CSV.

#include "cli_io.h"
#include "roofline_answers.h"
#include "roofline_request.h"

void writeRooflineAnswers(const RooflineAnswers &answers, const RooflineRequest &request, CliIo io);
