#include "llm_request.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace {

ValueOrError<RequestResult> badRequest()
{
    return ValueOrError<RequestResult>::failure(
        QCoreApplication::translate("Engine", "a request needs 1 or more input tokens and 1 or more output tokens"));
}

} // namespace

RequestResult requestFrom(const InferenceResult &p, const InferenceResult &d, bool fitsAtEnd, int input, int output)
{
    RequestResult r;
    r.inputTokens = input;
    r.outputTokens = output;
    r.prefill = p;
    r.decode = d;
    r.ttft = p.stepTime;
    r.decodeTime = output / d.config.acceptedTokens * d.stepTime; // K tokens a step
    r.requestTime = r.ttft + r.decodeTime;
    const double chips = d.groupChips;
    const double batch = d.config.batch;
    r.outputTokensPerSPerChip = batch * output / r.requestTime / chips;
    r.inputTokensPerSPerChip = batch * input / r.requestTime / chips;
    r.tokensPerSPerUser = d.tokensPerSPerUser;
    r.fits = fitsAtEnd;
    r.maxBatch = d.maxBatch;
    r.decodingSequences = d.config.batch;
    return r;
}

ValueOrError<QList<RequestResult>> sweepRequests(const Ceilings &c, const LlmModel &model, const InferenceConfig &config,
                                                 int inputTokens, int outputTokens, const QList<int> &batches)
{
    using R = ValueOrError<QList<RequestResult>>;
    if (inputTokens < 1 || outputTokens < 1)
        return R::failure(badRequest().error);
    InferenceConfig prefill = config;
    prefill.phase = InferencePhase::Prefill;
    prefill.prompt = inputTokens;
    prefill.prefillChunkTokens = 0;
    const auto p = sweepInferenceBatches(c, model, prefill, batches);
    if (!p)
        return R::failure(p.error);
    InferenceConfig decode = config;
    decode.phase = InferencePhase::Decode;
    decode.context = inputTokens + (outputTokens + 1) / 2;
    const auto d = sweepInferenceBatches(c, model, decode, batches);
    if (!d)
        return R::failure(d.error);
    decode.context = inputTokens + outputTokens;
    const auto last = sweepInferenceBatches(c, model, decode, batches);
    if (!last)
        return R::failure(last.error);
    QList<RequestResult> out;
    out.reserve(batches.size());
    for (qsizetype i = 0; i < batches.size(); ++i)
        out << requestFrom(p->at(i), d->at(i), last->at(i).fits, inputTokens, outputTokens);
    return out;
}

ValueOrError<RequestResult> evaluateRequest(const Ceilings &c, const LlmModel &model, const InferenceConfig &config,
                                            int inputTokens, int outputTokens, int prefillChunk)
{
    using R = ValueOrError<RequestResult>;
    if (inputTokens < 1 || outputTokens < 1)
        return badRequest();
    if (prefillChunk < 0)
        return R::failure(QCoreApplication::translate("Engine", "a prefill chunk must be 1 or more tokens"));
    if (prefillChunk == 0) {
        const auto all = sweepRequests(c, model, config, inputTokens, outputTokens, {config.batch});
        if (!all)
            return R::failure(all.error);
        return all->first();
    }

    // Chunked prefill: the prompts ride in the decode steps.
    const double K = config.acceptedTokens;
    const double need = double(config.batch) * K * inputTokens / outputTokens; // prompt tokens a step keeps the batch full
    const double chunkTokens = std::min<double>(prefillChunk, need);
    const int decoding = chunkTokens >= need ? config.batch : std::max(1, int(std::floor(config.batch * chunkTokens / need)));
    InferenceConfig mixed = config;
    mixed.phase = InferencePhase::Decode;
    mixed.batch = decoding;
    mixed.context = inputTokens + (outputTokens + 1) / 2;
    mixed.prefillChunkTokens = decoding == config.batch ? chunkTokens : double(decoding) * K * inputTokens / outputTokens;
    mixed.prefillChunkContext = inputTokens / 2.0; // a prompt token attends on average to half its prompt
    const auto d = evaluateInference(c, model, mixed);
    if (!d)
        return R::failure(d.error);
    InferenceConfig end = mixed;
    end.context = inputTokens + outputTokens;
    const auto last = evaluateInference(c, model, end);
    if (!last)
        return R::failure(last.error);
    InferenceConfig prefill = config;
    prefill.phase = InferencePhase::Prefill;
    prefill.prompt = inputTokens;
    const auto p = evaluateInference(c, model, prefill);
    if (!p)
        return R::failure(p.error);

    RequestResult r = requestFrom(*p, *d, last->fits, inputTokens, outputTokens);
    r.chunk = prefillChunk;
    r.chunkTokensPerStep = mixed.prefillChunkTokens;
    r.decodingSequences = decoding;
    const double t = d->stepTime;
    r.ttft = std::ceil(double(inputTokens) / prefillChunk) * t;
    r.decodeTime = outputTokens / K * t;
    r.requestTime = r.ttft + r.decodeTime;
    const double chips = d->groupChips;
    r.outputTokensPerSPerChip = decoding * K / t / chips;
    r.inputTokensPerSPerChip = mixed.prefillChunkTokens / t / chips;
    return r;
}

ValueOrError<DisaggregatedResult> evaluateDisaggregated(const Ceilings &c, const LlmModel &model, const InferenceConfig &config,
                                                        int inputTokens, int outputTokens, double transferBandwidth,
                                                        double transferLatency, int prefillBatch)
{
    using R = ValueOrError<DisaggregatedResult>;
    if (prefillBatch < 1)
        return R::failure(QCoreApplication::translate("Engine", "the batch must be 1 or more sequences"));
    const auto req = evaluateRequest(c, model, config, inputTokens, outputTokens);
    if (!req)
        return R::failure(req.error);
    InferenceConfig prefillConfig = config;
    prefillConfig.phase = InferencePhase::Prefill;
    prefillConfig.prompt = inputTokens;
    prefillConfig.batch = prefillBatch;
    const auto prefill = evaluateInference(c, model, prefillConfig);
    if (!prefill)
        return R::failure(prefill.error);
    DisaggregatedResult r;
    r.prefill = *prefill;
    r.decode = req->decode;
    const double chips = req->decode.groupChips;
    r.prefillInputTokensPerSPerChip = prefill->tokensPerSPerChip;
    r.decodeOutputTokensPerSPerChip = req->decode.tokensPerSPerChip;
    r.prefillChipsPerDecodeChip = r.decodeOutputTokensPerSPerChip * inputTokens / (outputTokens * r.prefillInputTokensPerSPerChip);
    r.outputTokensPerSPerChip = r.decodeOutputTokensPerSPerChip / (1.0 + r.prefillChipsPerDecodeChip);
    r.kvTransferBytes = prefill->kvBytes / prefillBatch; // one sequence at its input length (sliding layers capped)
    r.kvTransferTime = transferBandwidth > 0 ? r.kvTransferBytes / (transferBandwidth * chips) + transferLatency : 0;
    r.ttft = prefill->stepTime + r.kvTransferTime;
    r.tokensPerSPerUser = req->decode.tokensPerSPerUser;
    r.fits = req->fits && prefill->fits;
    return r;
}
