#pragma once
// The scale-up fabric a chip's collectives run over: its topology and the fixed time each message pays
// (DESIGN §3). Collectives cost bytes / bandwidth plus hops × latency; the topology decides both.

#include "chip.h"

#include <QString>

enum class FabricTopology {
    Switched, // every chip reaches every other at full bandwidth through switches (NVLink + NVSwitch, UALink)
    FullMesh, // one direct link per pair (MI300X's eight-GPU platform): a smaller group uses only its own links
    Torus,    // neighbour links (TPU ICI, Trainium NeuronLink): messages hop across the torus
};

// Assumed per-message time on the scale-out network, whatever its size: a kernel-bypass RDMA message through a
// leaf-spine fabric, about 1 µs one way through one switch plus 1 µs for the second tier (a single-switch RDMA round
// trip is about 2 µs on NDR InfiniBand or 100 GbE; Kentino, "Latency dissection: where every microsecond goes in an
// AI cluster network"). No vendor states one figure, so the working names it an assumption.
inline constexpr double scaleOutMessageLatency = 2e-6;

struct ScaleupFabric {
    QString name;                 // "NVLink", "Infinity Fabric", "ICI", "NeuronLink", "scale-up link"
    FabricTopology topology = FabricTopology::Switched;
    double messageLatency = 1e-6; // s one message (one hop) pays, whatever its size
    int meshSize = 0;             // FullMesh: chips in the mesh (each has meshSize − 1 links)
};

// The network beyond the scale-up domain (InfiniBand or Ethernet with RDMA): a system's figure per accelerator.
// A parallel group larger than the domain runs its collectives over it; the slowest link sets their pace.
struct ScaleOutLink {
    QString systemId;             // the system the bandwidth is taken from
    double bandwidth = 0;         // B/s each accelerator sends one way (its network card's line rate)
    double messageLatency = scaleOutMessageLatency;
};

// The fabric by vendor, with its per-message latency (scaleup_fabric.cpp gives each figure's source).
ScaleupFabric fabricFor(const Chip &chip);

// The share of a chip's one-way link bandwidth a group of `chips` can use: all of it when switched or on a torus
// ring; on a full mesh of M chips, only the links to the group's other members, (n − 1) / (M − 1).
double usableLinkShare(const ScaleupFabric &fabric, int chips);
// Hops × latency of one all-reduce over `chips`: 2 (a reduce-scatter and an all-gather, each one direct step) on a
// switch or a full mesh; 2(n − 1) around a torus ring.
double allReduceLatency(const ScaleupFabric &fabric, int chips);
// Hops × latency of one all-to-all over `chips`: 1 on a switch or a full mesh (every pair sends at once); about
// √n on a 2-D torus (half of each dimension, both dimensions).
double allToAllLatency(const ScaleupFabric &fabric, int chips);
