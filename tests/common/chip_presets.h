#pragma once
// Chips typed in by hand, for engine tests that must not depend on the dataset. The figures are the
// datasheet's computed dense peaks (989.4 TFLOP/s BF16); the dataset stores NVIDIA's rounded 1,979 / 2 = 989.5.

#include "chip.h"

namespace ChipPresets {

inline constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// NVIDIA H100 SXM5: dense peaks (sparse figures halved), 80 GB HBM3 at 3.35 TB/s, NVLink 4 at 900 GB/s
// bidirectional.
inline Chip h100()
{
    Chip c;
    c.id = QStringLiteral("h100-sxm");
    c.peakFlops = {{Precision::FP64, 66.9e12}, {Precision::TF32, 494.7e12}, {Precision::BF16, 989.4e12},
                   {Precision::FP8, 1978.9e12}, {Precision::INT8, 1978.9e12}};
    c.memoryBytes = 80 * GiB;
    c.memoryBandwidth = 3.35e12;
    c.tdpWatts = 700;
    c.scaleupBandwidth = 900e9;
    return c;
}

// NVIDIA H200 SXM: the H100's compute with 141 GB HBM3e at 4.8 TB/s.
inline Chip h200()
{
    Chip c = h100();
    c.id = QStringLiteral("h200-sxm");
    c.memoryBytes = 141 * GiB;
    c.memoryBandwidth = 4.8e12;
    return c;
}

} // namespace ChipPresets
