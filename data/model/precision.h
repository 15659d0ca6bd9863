#pragma once
// The numeric formats accelerators quote peak throughput in, and their storage sizes.

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

enum class Precision { FP64, TF32, BF16, FP8, FP6, FP4, INT8 };

inline constexpr std::array<Precision, 7> allPrecisions{
    Precision::FP64, Precision::TF32, Precision::BF16, Precision::FP8,
    Precision::FP6,  Precision::FP4,  Precision::INT8};

// Lower-case key used in the dataset, the CLI and JSON ("bf16").
QString precisionKey(Precision p);
std::optional<Precision> precisionFromKey(QStringView key); // case-insensitive
QStringList precisionKeys();
// Bytes one element occupies in memory. TF32 is stored as a 4-byte float; FP6 packs 4 values in 3 bytes.
double bytesPerElement(Precision p);
// INT8 is counted in operations, the others in floating-point operations.
bool isIntegerPrecision(Precision p);
// The format serving engines keep the KV cache, activations and collectives in for weights stored in `weights`:
// FP8 for FP8 or narrower weights (FP6, FP4, INT8: vLLM, SGLang and TensorRT-LLM offer no 4-bit KV cache by
// default), BF16 for BF16 and wider. A narrower KV cache is a choice the user makes, never a default.
Precision servingPrecision(Precision weights);
