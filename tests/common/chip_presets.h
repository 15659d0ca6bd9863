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

// NVIDIA B200 (HGX, GTC 2024 figures): dense BF16 2.25, FP8 4.5, FP4 9 PFLOP/s; 192 GB HBM3e at 8 TB/s;
// NVLink 5 at 1.8 TB/s bidirectional; 8 GPUs on one NVSwitch baseboard.
inline Chip b200()
{
    Chip c;
    c.id = QStringLiteral("b200");
    c.peakFlops = {{Precision::BF16, 2.25e15}, {Precision::FP8, 4.5e15}, {Precision::FP4, 9e15}};
    c.memoryBytes = 192 * GiB;
    c.memoryBandwidth = 8e12;
    c.tdpWatts = 1000;
    c.scaleupBandwidth = 1.8e12;
    c.scaleupDomain = 8;
    return c;
}

// Google TPU v6e (Trillium): dense BF16 and FP8 918 TFLOP/s, 32 GB HBM at 1,638 GB/s, ICI 800 GB/s
// bidirectional, 256-chip pod.
inline Chip tpuV6e()
{
    Chip c;
    c.id = QStringLiteral("tpu-v6e");
    c.peakFlops = {{Precision::BF16, 918e12}, {Precision::FP8, 918e12}, {Precision::INT8, 1836e12}};
    c.memoryBytes = 32 * GiB;
    c.memoryBandwidth = 1638e9;
    c.scaleupBandwidth = 800e9;
    c.scaleupDomain = 256;
    return c;
}

} // namespace ChipPresets
