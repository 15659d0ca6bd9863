#pragma once
// Model architectures typed in by hand from their published configs, for tests and benchmarks that must not
// depend on the dataset (the dataset's llm_model.csv carries the same numbers with sources).

#include "llm_model.h"

namespace LlmPresets {

// Llama 3.1 8B: 32 layers, hidden 4096, 32 query / 8 KV heads of 128, FFN 14336, vocabulary 128256.
inline LlmModel llama31_8b()
{
    LlmModel m;
    m.id = QStringLiteral("llama-3.1-8b");
    m.paramsTotal = m.paramsActive = 8.03e9;
    m.layers = 32;
    m.hidden = 4096;
    m.heads = 32;
    m.kvHeads = 8;
    m.headDim = 128;
    m.ffn = 14336;
    m.vocab = 128256;
    m.attention = LlmModel::Attention::GQA;
    return m;
}

// Llama 3.1 70B: 80 layers, hidden 8192, 64 query / 8 KV heads of 128, FFN 28672.
inline LlmModel llama31_70b()
{
    LlmModel m;
    m.id = QStringLiteral("llama-3.1-70b");
    m.paramsTotal = m.paramsActive = 70.6e9;
    m.layers = 80;
    m.hidden = 8192;
    m.heads = 64;
    m.kvHeads = 8;
    m.headDim = 128;
    m.ffn = 28672;
    m.vocab = 128256;
    m.attention = LlmModel::Attention::GQA;
    return m;
}

// DeepSeek-V3 as its config.json gives it: 61 layers, the first 3 dense, 256 routed experts (8 per token) and
// one shared expert of width 2048, MLA with a 512-wide latent and 64-wide rotary key.
inline LlmModel deepseekV3()
{
    LlmModel m;
    m.id = QStringLiteral("deepseek-v3");
    m.paramsTotal = 671e9;
    m.paramsActive = 37e9;
    m.layers = 61;
    m.denseLayers = 3;
    m.hidden = 7168;
    m.heads = 128;
    m.kvHeads = 128;
    m.headDim = 128;
    m.ffn = 18432;
    m.expertFfn = 2048;
    m.vocab = 129280;
    m.experts = 256;
    m.expertsActive = 8;
    m.sharedExperts = 1;
    m.attention = LlmModel::Attention::MLA;
    m.kvLoraRank = 512;
    m.ropeHeadDim = 64;
    return m;
}

} // namespace LlmPresets
