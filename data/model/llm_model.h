#pragma once
// The architecture of a language model, as much as the roofline calculator needs (DESIGN §3).

#include <QString>

struct LlmModel {
    enum class Attention { MHA, GQA, MLA };

    QString id;
    QString name;
    double paramsTotal = 0;  // parameters held in memory
    double paramsActive = 0; // parameters one token passes through
    int layers = 0;
    int denseLayers = 0; // leading layers with a dense FFN (all of them for a dense model)
    int hidden = 0;
    int heads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int ffn = 0;       // dense FFN width
    int expertFfn = 0; // width of one routed or shared expert
    int vocab = 0;
    int experts = 0;       // routed experts per MoE layer (0 = dense model)
    int expertsActive = 0; // routed experts per token
    int sharedExperts = 0;
    Attention attention = Attention::GQA;
    int kvLoraRank = 0;  // MLA: compressed latent width
    int ropeHeadDim = 0; // MLA: decoupled rotary key width
    int slidingWindow = 0; // tokens; 0 = no sliding-window layers
    int slidingLayers = 0;
    QString sourceId;

    bool isMoe() const { return experts > 0; }
};
