#pragma once
// "Show the working": each calculator result as its formula with the numbers put in (DESIGN §3).

#include "calibration.h"
#include "economics.h"
#include "llm_inference.h"
#include "llm_request.h"
#include "llm_model.h"
#include "number_format.h"
#include "roofline.h"

#include <QString>
#include <QStringList>
#include <optional>

// A plain number, no prefix: four significant digits ("295.3", "0.9966"), whole above 1000 ("64440"),
// scientific from 1e7 ("8.03e9").
QString formatPlain(double value);

QStringList explainCeilings(const Ceilings &c);
QStringList explainKernel(const Ceilings &c, const KernelResult &k);
QStringList explainGemm(const Ceilings &c, const GemmShape &shape, const KernelResult &k);
QStringList explainInference(const Ceilings &c, const LlmModel &model, const InferenceResult &r);
QStringList explainEconomics(const CostAssumptions &a, const ChipHourCost &cost, const TokenEconomics &e,
                             double tokensPerSPerChip);
QString explainTokensPerJoule(double tokensPerSPerChip, double watts);
QString explainValidation(const ValidationRow &row);
// Whole requests with chunked prefill: the chunk each step carries, the TTFT and throughput it implies.
QStringList explainChunkedPrefill(const RequestResult &r);
// Disaggregated serving: the pools' ratio and the TTFT with the KV cache moved over `linkName`.
QStringList explainDisaggregated(const DisaggregatedResult &d, int inputTokens, int outputTokens, const QString &linkName);
