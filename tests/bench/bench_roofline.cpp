// How long a full decode sweep takes: 20 chips × 13 batch sizes (1 … 4096) with the per-operator breakdown,
// the work the Roofline view redoes on every slider tick (issue 4 aims under 1 ms). Not a test: it prints
// the median of repeated runs.

#include "llm_presets.h"
#include "chip.h"
#include "llm_inference.h"
#include "llm_model.h"
#include "roofline.h"
#include "serving_frontier.h"

#include <QElapsedTimer>
#include <QList>
#include <QTextStream>
#include <algorithm>
#include <vector>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// Twenty made-up chips spanning today's range (0.4–5 PFLOP/s BF16, 1.6–20 TB/s, 64–288 GiB): the figures
// only need to be plausible, the bench measures the arithmetic.
QList<Chip> chips()
{
    QList<Chip> list;
    for (int i = 0; i < 20; ++i) {
        Chip c;
        c.id = QStringLiteral("chip-%1").arg(i);
        const double bf16 = 0.4e15 + i * 0.24e15;
        c.peakFlops = {{Precision::BF16, bf16}, {Precision::FP8, 2 * bf16}, {Precision::FP4, 4 * bf16}};
        c.memoryBandwidth = 1.6e12 + i * 0.95e12;
        c.memoryBytes = (64 + i * 12) * GiB;
        c.tdpWatts = 400 + i * 60;
        c.scaleupBandwidth = 0.6e12 + i * 0.1e12;
        c.scaleupDomain = i % 2 ? 72 : 8; // half in eight-chip boxes, half in NVL72-like racks
        list.append(c);
    }
    return list;
}

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// One sweep: ceilings for each chip, then every batch size. Returns a checksum so nothing is optimised away.
double sweep(const QList<Chip> &chipList, const LlmModel &model, Precision precision, const QList<int> &batches,
             int &operatorRows)
{
    InferenceConfig cfg;
    cfg.phase = InferencePhase::Decode;
    cfg.context = 4096;
    cfg.tensorParallel = 8;
    double checksum = 0;
    for (const Chip &chip : chipList) {
        const auto ceilings = makeCeilings(chip, precision);
        const auto results = sweepInferenceBatches(*ceilings, model, cfg, batches);
        for (const InferenceResult &r : *results) {
            checksum += r.tokensPerS;
            for (const OperatorResult &op : r.operators)
                checksum += op.time;
            operatorRows += int(r.operators.size());
        }
    }
    return checksum;
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 201;
    const QList<Chip> chipList = chips();
    QList<int> batches;
    for (int b = 1; b <= 4096; b *= 2)
        batches << b;

    QTextStream out(stdout);
    struct Case {
        const char *name;
        LlmModel model;
        Precision precision;
    };
    const Case cases[] = {{"llama-3.1-70b bf16", LlmPresets::llama31_70b(), Precision::BF16},
                          {"deepseek-v3 fp8 (MoE, MLA)", LlmPresets::deepseekV3(), Precision::FP8}};
    for (const Case &c : cases) {
        std::vector<double> samples;
        samples.reserve(runs);
        double checksum = 0;
        int rows = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            rows = 0;
            checksum += sweep(chipList, c.model, c.precision, batches, rows);
            samples.push_back(timer.nsecsElapsed() / 1e6);
        }
        out << "decode sweep, " << chipList.size() << " chips x " << batches.size() << " batches (1..4096), "
            << c.name << ", context 4096, tp 8, " << rows << " operator rows: median "
            << QString::number(medianMs(samples), 'f', 3) << " ms over " << runs << " runs (checksum "
            << QString::number(checksum, 'g', 6) << ")\n";
    }
    // The frontier: every chip, batch 1 … 4,096 per attention copy, TP and EP (with dp attention) and PP up to the
    // scale-up domain; once for single decode steps, once for whole requests (1,024 in, 1,024 out) with the expected
    // figure beside the bound, as `roofline --frontier --input-tokens 1024 --output-tokens 1024` computes it.
    for (const bool requests : {false, true})
        for (const Case &c : cases) {
            std::vector<double> samples;
            const int frontierRuns = std::max(1, runs / 10);
            qsizetype points = 0;
            for (int i = 0; i < frontierRuns; ++i) {
                QElapsedTimer timer;
                timer.start();
                points = 0;
                for (const Chip &chip : chipList) {
                    FrontierSettings fs;
                    fs.maxGroup = int(*chip.scaleupDomain);
                    InferenceConfig cfg;
                    cfg.context = 4096;
                    std::optional<Ceilings> expected;
                    if (requests) {
                        fs.inputTokens = fs.outputTokens = 1024;
                        expected = *makeCeilings(chip, c.precision, Efficiency{0.7, 0.85});
                    }
                    points += servingFrontier(*makeCeilings(chip, c.precision), expected, c.model, cfg, fs).size();
                }
                samples.push_back(timer.nsecsElapsed() / 1e6);
            }
            out << "frontier" << (requests ? " of whole requests (1024 in, 1024 out) with expected" : "") << ", " << chipList.size()
                << " chips, batch 1..4096, TP/EP/PP up to the scale-up domain (8 or 72), " << c.name << ", context 4096, " << points
                << " front points: median " << QString::number(medianMs(samples), 'f', 2) << " ms over " << frontierRuns << " runs\n";
        }
    return 0;
}
