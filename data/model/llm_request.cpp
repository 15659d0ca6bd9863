#include "llm_request.h"

#include <QCoreApplication>

ValueOrError<RequestResult> evaluateRequest(const Ceilings &c, const LlmModel &model, const InferenceConfig &config,
                                            int inputTokens, int outputTokens)
{
    using R = ValueOrError<RequestResult>;
    if (inputTokens < 1 || outputTokens < 1)
        return R::failure(QCoreApplication::translate("Engine", "a request needs 1 or more input tokens and 1 or more output tokens"));
    InferenceConfig prefill = config;
    prefill.phase = InferencePhase::Prefill;
    prefill.prompt = inputTokens;
    const auto p = evaluateInference(c, model, prefill);
    if (!p)
        return R::failure(p.error);
    InferenceConfig decode = config;
    decode.phase = InferencePhase::Decode;
    decode.context = inputTokens + (outputTokens + 1) / 2;
    const auto d = evaluateInference(c, model, decode);
    if (!d)
        return R::failure(d.error);
    decode.context = inputTokens + outputTokens;
    const auto last = evaluateInference(c, model, decode);
    if (!last)
        return R::failure(last.error);

    RequestResult r;
    r.inputTokens = inputTokens;
    r.outputTokens = outputTokens;
    r.prefill = *p;
    r.decode = *d;
    r.ttft = p->stepTime;
    r.decodeTime = outputTokens / config.acceptedTokens * d->stepTime; // K tokens a step
    r.requestTime = r.ttft + r.decodeTime;
    const double chips = d->groupChips;
    r.outputTokensPerSPerChip = double(config.batch) * outputTokens / r.requestTime / chips;
    r.inputTokensPerSPerChip = double(config.batch) * inputTokens / r.requestTime / chips;
    r.tokensPerSPerUser = d->tokensPerSPerUser;
    r.fits = last->fits;
    r.maxBatch = d->maxBatch;
    return r;
}
