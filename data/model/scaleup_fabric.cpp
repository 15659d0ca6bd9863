#include "scaleup_fabric.h"

#include <algorithm>
#include <cmath>

// Per-message latency defaults. A bound needs the smallest credible figure, so each is the fastest per-hop time
// a vendor library is documented to reach on that fabric:
// - NVLink: 1 µs per hop, NCCL's low-latency (LL) protocol (NCCL's protocol table: LL ≈ 1 µs, LL128 ≈ 2 µs,
//   Simple ≈ 6 µs per hop; NVIDIA, "NCCL performance: protocols and algorithms", as summarised in
//   the-dsvolk.github.io/ai-perf/ai-infra/nccl-perf.html).
// - Infinity Fabric (xGMI), ICI and NeuronLink: no vendor figure found; RCCL, XLA and the Neuron collectives
//   use NCCL's LL design, so the same 1 µs per hop is assumed and named as an assumption in the working.
// MI300X and MI325X/MI355X platforms: eight GPUs, each with seven Infinity Fabric links of 64 GB/s each way to the
// other seven (a full mesh; AMD Instinct MI300X platform, 896 GB/s aggregate per GPU).
ScaleupFabric fabricFor(const Chip &chip)
{
    ScaleupFabric f;
    const QString vendor = chip.vendorId.toLower();
    if (vendor == QLatin1String("nvidia")) {
        f.name = QStringLiteral("NVLink");
    } else if (vendor == QLatin1String("amd")) {
        f.name = QStringLiteral("Infinity Fabric");
        // Eight-GPU platforms are full meshes; larger domains (MI455X's 72-GPU Helios rack) are switched (UALink).
        if (chip.scaleupDomain && *chip.scaleupDomain <= 8) {
            f.topology = FabricTopology::FullMesh;
            f.meshSize = *chip.scaleupDomain;
        }
    } else if (vendor == QLatin1String("google")) {
        f.name = QStringLiteral("ICI");
        f.topology = FabricTopology::Torus;
    } else if (vendor == QLatin1String("aws")) {
        f.name = QStringLiteral("NeuronLink");
        f.topology = FabricTopology::Torus;
    } else {
        f.name = QStringLiteral("scale-up link");
    }
    return f;
}

double usableLinkShare(const ScaleupFabric &fabric, int chips)
{
    if (fabric.topology != FabricTopology::FullMesh || fabric.meshSize <= 1 || chips >= fabric.meshSize)
        return 1.0;
    return std::max(1, chips - 1) / double(fabric.meshSize - 1);
}

double allReduceLatency(const ScaleupFabric &fabric, int chips)
{
    if (chips <= 1)
        return 0;
    const double hops = fabric.topology == FabricTopology::Torus ? 2.0 * (chips - 1) : 2.0;
    return hops * fabric.messageLatency;
}

double allToAllLatency(const ScaleupFabric &fabric, int chips)
{
    if (chips <= 1)
        return 0;
    const double hops = fabric.topology == FabricTopology::Torus ? std::ceil(std::sqrt(double(chips))) : 1.0;
    return hops * fabric.messageLatency;
}
