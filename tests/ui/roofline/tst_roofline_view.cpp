// The Roofline view offscreen over the real bundled dataset: change the controls (chips, precision, model, batch,
// tensor parallelism) and the results table shows what the engine computes for the same inputs; the precision list
// offers only what the chosen chips have and names a chip that lacks it; the default answers the question;
// settings, exports and "show the working"; the engine's own messages follow the interface language.
#include "atlas_store.h"
#include "roofline/batch_sweep_chart.h"
#include "bundled_database.h"
#include "catalog.h"
#include "common/chip_chooser.h"
#include "economics.h"
#include "language_manager.h"
#include "llm_inference.h"
#include "roofline/operator_model.h"
#include "roofline/roofline_chart.h"
#include "report_writer.h"
#include "roofline/roofline_controls.h"
#include "roofline/roofline_results_model.h"
#include "roofline_scenario.h"
#include "roofline/roofline_view.h"
#include "roofline/system_panel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <cmath>

using Row = RooflineResultsModel::Row;

class TestRooflineView : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    LanguageManager m_languages; // English plural forms ("3 chips")
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static double value(const RooflineResultsModel &model, Row row, const QString &chipId)
    {
        return model.index(model.rowOf(row), model.columnOf(chipId)).data(RooflineResultsModel::RawValueRole).toDouble();
    }
    static QString text(const RooflineResultsModel &model, Row row, const QString &chipId)
    {
        return model.index(model.rowOf(row), model.columnOf(chipId)).data().toString();
    }
    static bool near(double a, double b, double relative = 1e-12)
    {
        return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
    }

    // The engine's own answer for one chip, without the view.
    InferenceResult engine(const QString &chipId, Precision p, const QString &modelId, int batch, int context, int tp = 1,
                           std::optional<Precision> kv = std::nullopt)
    {
        const auto ceilings = makeCeilings(*m_catalog.findChip(chipId), p);
        InferenceConfig cfg;
        cfg.phase = InferencePhase::Decode;
        cfg.batch = batch;
        cfg.context = context;
        cfg.kvPrecision = kv.value_or(p);
        cfg.tensorParallel = tp;
        const auto r = evaluateInference(*ceilings, *m_catalog.findLlmModel(modelId), cfg);
        return *r;
    }

    static void selectData(QComboBox *box, const QVariant &data)
    {
        const int at = box->findData(data);
        QVERIFY2(at >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(at);
    }

    // Llama-3.1-8B, decode, batch 1, context 4096, BF16 on H100 SXM alone: the engine's hand-checked case.
    void llama8bOnH100(RooflineView &view)
    {
        RooflineControls *c = view.controls();
        c->chooser()->setCheckedIds({QStringLiteral("h100-sxm")});
        selectData(c->precisionBox(), QStringLiteral("bf16"));
        selectData(c->workloadBox(), int(WorkloadKind::Llm));
        selectData(c->modelBox(), QStringLiteral("llama-3.1-8b"));
        selectData(c->phaseBox(), int(InferencePhase::Decode));
        c->batchBox()->setValue(1);
        c->contextBox()->setValue(4096);
        c->tensorParallelBox()->setValue(1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("compute-atlas-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
        QVERIFY(m_catalog.findChip(u"rubin") && m_catalog.findLlmModel(u"llama-3.1-70b"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void defaultsAnswerTheQuestion()
    {
        RooflineView view(m_catalog);
        QCOMPARE(view.controls()->chipIds(), (QStringList{QStringLiteral("b200"), QStringLiteral("gb300"), QStringLiteral("rubin"),
                                                          QStringLiteral("feynman"), QStringLiteral("tpu-v7")}));
        const RooflineScenario &s = view.run().scenario;
        QCOMPARE(s.precision, Precision::FP8);
        QCOMPARE(s.model.id, QStringLiteral("llama-3.1-70b"));
        QCOMPARE(s.inference.phase, InferencePhase::Decode);
        QCOMPARE(view.run().focusChipId, QStringLiteral("rubin"));

        // Where Rubin stops being memory-bound is the engine's compute-bound batch for the same case.
        const InferenceResult rubin = engine(QStringLiteral("rubin"), Precision::FP8, QStringLiteral("llama-3.1-70b"), s.inference.batch, s.inference.context);
        QVERIFY(rubin.computeBoundBatch);
        QCOMPARE(value(*view.resultsModel(), Row::ComputeBoundBatch, QStringLiteral("rubin")), double(*rubin.computeBoundBatch));
        const QString summary = view.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("batch %1").arg(*rubin.computeBoundBatch)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("TPU7x (Ironwood) USD")), qPrintable(summary));
        // Every chosen chip has a cost per million tokens at the default rental price.
        for (const QString &id : view.controls()->chipIds())
            QVERIFY2(value(*view.resultsModel(), Row::UsdPerMillionTokens, id) > 0, qPrintable(id));
    }

    // Issue 16: the Memory view's HBF outlook opens this view with one HBF stack per chip at the announced targets
    // (512 GB = 549,755,813,888 B, 1.6 TB/s), holding the weights, for LLM decoding.
    void anHbfTierRequestSetsTheWhatIfTier()
    {
        RooflineView view(m_catalog);
        view.controls()->setPhase(InferencePhase::Prefill);
        view.openRequest({{QStringLiteral("tier"), QVariantMap{{QStringLiteral("name"), QStringLiteral("HBF")},
                                                               {QStringLiteral("capacity_bytes"), 549755813888.0},
                                                               {QStringLiteral("bandwidth_bytes_per_s"), 1.6e12},
                                                               {QStringLiteral("holds"), QStringLiteral("weights")}}}});
        const RooflineScenario &s = view.run().scenario;
        QCOMPARE(s.inference.phase, InferencePhase::Decode);
        QVERIFY(s.extraTier);
        QCOMPARE(s.extraTier->tier.name, QStringLiteral("HBF"));
        QCOMPARE(s.extraTier->tier.capacityBytes, 549755813888.0); // 512 × 2^30
        QCOMPARE(s.extraTier->tier.bandwidth, 1.6e12);
        QCOMPARE(s.extraTier->holds, TierUse::Weights);
        // A request without figures changes nothing.
        view.controls()->setPhase(InferencePhase::Prefill);
        view.openRequest({{QStringLiteral("chips"), QStringList{QStringLiteral("rubin")}}});
        QCOMPARE(view.run().scenario.inference.phase, InferencePhase::Prefill);
    }

    // Issue 10, item 4: the answer line follows the controls, and offers the batch where the chip turns.
    void headlineFollowsTheControls()
    {
        RooflineView view(m_catalog);
        RooflineControls *c = view.controls();
        c->setBatch(2);
        const RooflineResultsModel &m = *view.resultsModel();
        const QString summary = view.summaryText();
        QVERIFY2(summary.startsWith(QStringLiteral("Rubin at batch 2 ")), qPrintable(summary));
        // The cost it quotes is Rubin's at batch 2, as the table shows it.
        QVERIFY2(summary.contains(QStringLiteral("A million tokens cost %1 on Rubin").arg(text(m, Row::UsdPerMillionTokens, QStringLiteral("rubin")))),
                 qPrintable(summary));
        QVERIFY2(summary.contains(text(m, Row::TokensPerChip, QStringLiteral("rubin")) + QStringLiteral(" tokens/s per chip")), qPrintable(summary));
        // "Go to batch 845": a link that sets the batch where Rubin turns compute-bound.
        const InferenceResult rubin = engine(QStringLiteral("rubin"), Precision::FP8, QStringLiteral("llama-3.1-70b"), 2, 512);
        QVERIFY(rubin.computeBoundBatch);
        const QString turn = QStringLiteral("atlas:batch/%1").arg(*rubin.computeBoundBatch);
        QVERIFY2(view.summaryRichText().contains(turn), qPrintable(view.summaryRichText()));
        view.followSummaryLink(turn);
        QCOMPARE(view.run().scenario.inference.batch, int(*rubin.computeBoundBatch));
        QCOMPARE(text(m, Row::Bound, QStringLiteral("rubin")), QStringLiteral("compute-bound"));
    }

    // Issue 10, item 1: a setup that does not fit has no throughput or cost, says how many chips it needs, offers
    // them in one click, and its batch sweep stops at the KV wall.
    void aSetupThatDoesNotFitHasNoThroughput()
    {
        RooflineView view(m_catalog);
        RooflineControls *c = view.controls();
        c->chooser()->setCheckedIds({QStringLiteral("b200"), QStringLiteral("gb300"), QStringLiteral("rubin"), QStringLiteral("tpu-v7")});
        selectData(c->precisionBox(), QStringLiteral("fp8"));
        selectData(c->modelBox(), QStringLiteral("deepseek-v3"));
        c->setTensorParallel(1);
        const RooflineResultsModel &m = *view.resultsModel();
        // DeepSeek-V3's 671e9 FP8 weights alone exceed 0.9 × 288 GB = 278.3e9 bytes (Rubin, GB300) and 0.9 × 192 GB
        // (Ironwood): none of the four holds it on one chip.
        int needed = 0;
        for (const QString &id : view.controls()->chipIds()) {
            const ChipOutcome &o = view.run().outcomes.at(m.columnOf(id));
            QVERIFY2(o.ok() && !o.runs() && o.inference->minChips, qPrintable(id));
            needed = std::max(needed, *o.inference->minChips);
            for (Row row : {Row::StepTime, Row::TokensPerChip, Row::TokensPerUser, Row::UsdPerMillionTokens, Row::TokensPerJoule}) {
                const QModelIndex cell = m.index(m.rowOf(row), m.columnOf(id));
                QVERIFY2(!cell.data(RooflineResultsModel::RawValueRole).isValid(), qPrintable(id));
                QCOMPARE(cell.data().toString(), QStringLiteral("—"));
                QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("needs %1 chips").arg(*o.inference->minChips)));
            }
            QCOMPARE(text(m, Row::Fits, id), QStringLiteral("no: needs %1 chips").arg(*o.inference->minChips));
            QCOMPARE(text(m, Row::KvWall, id), QStringLiteral("not even batch 1")); // not "0"
        }
        // 671e9 ÷ 278.3e9 = 2.4: at least three Rubins.
        QVERIFY(*view.run().outcomes.at(m.columnOf(QStringLiteral("rubin"))).inference->minChips >= 3);
        QCOMPARE(view.sweepChart()->curveCount(), 0); // nothing runs at any batch on one chip
        QCOMPARE(view.rooflineChart()->memoryBoundPoints()->count() + view.rooflineChart()->computeBoundPoints()->count(), 0);
        const QString summary = view.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Rubin does not fit in memory")) && !summary.contains(QStringLiteral("USD")), qPrintable(summary));
        // One click on "Use N chips" and every chip holds it.
        const QString use = QStringLiteral("atlas:tp/%1").arg(needed);
        QVERIFY2(view.summaryRichText().contains(use), qPrintable(view.summaryRichText()));
        view.followSummaryLink(use);
        QCOMPARE(view.run().scenario.inference.tensorParallel, needed);
        for (const ChipOutcome &o : view.run().outcomes)
            QVERIFY2(o.runs(), qPrintable(o.chipId));
        QVERIFY(value(m, Row::TokensPerChip, QStringLiteral("rubin")) > 0);
        // The sweep draws no batch past a chip's KV wall: each curve ends there.
        QVERIFY(view.sweepChart()->curveCount() > 0);
        for (int i = 0; i < view.run().chips.size(); ++i) {
            const QList<QPointF> curve = view.sweepChart()->curve(i);
            const long long wall = view.run().outcomes.at(i).inference->maxBatch.value_or(0);
            QVERIFY2(!curve.isEmpty(), qPrintable(view.run().chips.at(i)->id));
            if (wall <= 4096)
                QCOMPARE(curve.last().x(), double(wall));
        }
    }

    void defaultsButtonRentsAgain()
    {
        RooflineView view(m_catalog);
        RooflineControls *c = view.controls();
        selectData(c->costModeBox(), QStringLiteral("buy"));
        QVERIFY(!view.run().scenario.cost.rentalUsdPerHour);
        QPushButton *defaults = nullptr;
        for (QPushButton *b : c->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Defaults") && !view.systemPanel()->isAncestorOf(b)) // the chip-level one
                defaults = b;
        QVERIFY(defaults);
        defaults->click();
        QCOMPARE(c->costModeBox()->currentData().toString(), QStringLiteral("rent"));
        QCOMPARE(*view.run().scenario.cost.rentalUsdPerHour, defaultRentalUsdPerChipHour);
    }

    void boldIsTheBestOfItsRow()
    {
        RooflineView view(m_catalog);
        const RooflineResultsModel &m = *view.resultsModel();
        // At the default batch every chosen chip runs; the cheapest claimed (not projected) chip is the one bold cost.
        const int cost = m.rowOf(Row::UsdPerMillionTokens);
        int bold = 0;
        QString cheapest;
        double lowest = 0;
        for (int col = 0; col < m.columnCount(); ++col) {
            const QModelIndex cell = m.index(cost, col);
            bold += cell.data(Qt::FontRole).value<QFont>().bold() ? 1 : 0;
            const Chip &chip = *view.run().chips.at(col);
            if (!chip.isProjected(Metric::PeakFlops, Precision::FP8) && (cheapest.isEmpty() || cell.data(RooflineResultsModel::RawValueRole).toDouble() < lowest)) {
                cheapest = chip.id;
                lowest = cell.data(RooflineResultsModel::RawValueRole).toDouble();
            }
        }
        QCOMPARE(bold, 1);
        QVERIFY(m.index(cost, m.columnOf(cheapest)).data(RooflineResultsModel::BestRole).toBool());
        QVERIFY(!m.index(m.rowOf(Row::Bound), 0).data(Qt::FontRole).value<QFont>().bold()); // the bound is not a merit
    }

    void operatorsTabOnlyForLlmWorkloads()
    {
        RooflineView view(m_catalog);
        auto *tabs = view.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY(tabs->isTabVisible(1));
        selectData(view.controls()->workloadBox(), int(WorkloadKind::Gemm));
        QVERIFY(!tabs->isTabVisible(1));
        selectData(view.controls()->workloadBox(), int(WorkloadKind::Llm));
        QVERIFY(tabs->isTabVisible(1));
    }

    void tensorParallelSuffixIsPlural()
    {
        RooflineView view(m_catalog);
        view.controls()->setTensorParallel(1);
        QCOMPARE(view.controls()->tensorParallelBox()->suffix(), QStringLiteral(" chip"));
        view.controls()->setTensorParallel(4);
        QCOMPARE(view.controls()->tensorParallelBox()->suffix(), QStringLiteral(" chips"));
    }

    void valuesEqualTheEngine()
    {
        RooflineView view(m_catalog);
        QAbstractItemModelTester results(view.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester operators(view.operatorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        llama8bOnH100(view);
        const RooflineResultsModel &m = *view.resultsModel();
        QCOMPARE(m.columnCount(), 1);

        InferenceResult e = engine(QStringLiteral("h100-sxm"), Precision::BF16, QStringLiteral("llama-3.1-8b"), 1, 4096);
        QVERIFY(near(value(m, Row::TokensPerChip, QStringLiteral("h100-sxm")), e.tokensPerSPerChip));
        QVERIFY(std::abs(e.tokensPerS - 215.4) < 0.1); // ≈ 3.35 TB/s over the weights and the KV cache: tst_llm_inference
        QVERIFY(near(value(m, Row::StepTime, QStringLiteral("h100-sxm")), e.stepTime));
        QVERIFY(near(value(m, Row::MemoryStall, QStringLiteral("h100-sxm")), e.memoryStallFraction));
        QVERIFY(value(m, Row::MemoryStall, QStringLiteral("h100-sxm")) > 0.95);
        QCOMPARE(text(m, Row::Bound, QStringLiteral("h100-sxm")), QStringLiteral("memory-bound"));
        QCOMPARE(text(m, Row::Fits, QStringLiteral("h100-sxm")), QStringLiteral("yes"));
        QCOMPARE(value(m, Row::KvWall, QStringLiteral("h100-sxm")), double(*e.maxBatch));
        // USD 3 per chip-hour ÷ (215.4 tokens/s × 3,600) × 10⁶ ≈ USD 3.87 per million tokens.
        QVERIFY(near(value(m, Row::UsdPerMillionTokens, QStringLiteral("h100-sxm")), 3.0 / (e.tokensPerSPerChip * 3600.0) * 1e6));
        // Tokens per joule at the H100's 700 W.
        QVERIFY(near(value(m, Row::TokensPerJoule, QStringLiteral("h100-sxm")), e.tokensPerSPerChip / 700.0));
        // The operator table is the engine's operator list for the chip.
        QCOMPARE(view.operatorModel()->rowCount(), int(e.operators.size()));
        QCOMPARE(view.operatorModel()->index(0, OperatorModel::Name).data(OperatorModel::KeyRole).toString(), e.operators.first().name);

        // The batch slider moves in powers of two: position 5 is batch 32.
        view.controls()->batchSlider()->setValue(5);
        QCOMPARE(view.controls()->batchBox()->value(), 32);
        e = engine(QStringLiteral("h100-sxm"), Precision::BF16, QStringLiteral("llama-3.1-8b"), 32, 4096);
        QVERIFY(near(value(m, Row::TokensPerChip, QStringLiteral("h100-sxm")), e.tokensPerSPerChip));

        // Tensor parallelism over 2 chips: a row for the group appears; per chip is half of it.
        view.controls()->tensorParallelBox()->setValue(2);
        e = engine(QStringLiteral("h100-sxm"), Precision::BF16, QStringLiteral("llama-3.1-8b"), 32, 4096, 2);
        QVERIFY(m.rowOf(Row::TokensGroup) >= 0);
        QVERIFY(near(value(m, Row::TokensGroup, QStringLiteral("h100-sxm")), e.tokensPerS));
        QVERIFY(near(value(m, Row::TokensPerChip, QStringLiteral("h100-sxm")), e.tokensPerS / 2));
        view.controls()->tensorParallelBox()->setValue(1);
        QCOMPARE(m.rowOf(Row::TokensGroup), -1);

        // Another model and another chip: 70B in BF16 over two chips. It fits on two H200s (0.9 × 141 GB each).
        selectData(view.controls()->modelBox(), QStringLiteral("llama-3.1-70b"));
        view.controls()->chooser()->setCheckedIds({QStringLiteral("h100-sxm"), QStringLiteral("h200-sxm")});
        view.controls()->tensorParallelBox()->setValue(2);
        QCOMPARE(m.columnCount(), 2);
        e = engine(QStringLiteral("h200-sxm"), Precision::BF16, QStringLiteral("llama-3.1-70b"), 32, 4096, 2);
        QVERIFY(e.fits);
        QVERIFY(near(value(m, Row::TokensPerChip, QStringLiteral("h200-sxm")), e.tokensPerSPerChip));
        // On two H100s (0.9 × 80 GB each) it does not: the table says how many it needs (the engine's minChips)
        // and gives no speed.
        const InferenceResult h100 = engine(QStringLiteral("h100-sxm"), Precision::BF16, QStringLiteral("llama-3.1-70b"), 32, 4096, 2);
        QVERIFY(!h100.fits && h100.minChips);
        QCOMPARE(text(m, Row::Fits, QStringLiteral("h100-sxm")), QStringLiteral("no: needs %1 chips").arg(*h100.minChips));
        QCOMPARE(text(m, Row::TokensPerChip, QStringLiteral("h100-sxm")), QStringLiteral("—"));
    }

    // Issue 18, defect 1 in the window: the KV cache's default follows the engine (FP8 for FP8 or narrower weights),
    // never the weights' own FP4. B200, Llama-3.1-70B, FP4 weights, context 2,048, alone.
    void kvCacheDefaultsToFp8UnderFp4Weights()
    {
        RooflineView view(m_catalog);
        RooflineControls *c = view.controls();
        c->chooser()->setCheckedIds({QStringLiteral("b200")});
        selectData(c->precisionBox(), QStringLiteral("fp4"));
        selectData(c->workloadBox(), int(WorkloadKind::Llm));
        selectData(c->modelBox(), QStringLiteral("llama-3.1-70b"));
        selectData(c->phaseBox(), int(InferencePhase::Decode));
        c->batchBox()->setValue(256);
        c->contextBox()->setValue(2048);
        c->tensorParallelBox()->setValue(1);
        QCOMPARE(c->kvPrecisionBox()->currentIndex(), 0); // the default, named by what it resolves to
        QCOMPARE(c->kvPrecisionBox()->currentText(), QStringLiteral("Default (FP8)"));
        const RooflineResultsModel &m = *view.resultsModel();

        // KV per token = 2 (K, V) × 8 KV heads × 128 dims × 80 layers = 163,840 elements: 163,840 B in FP8, 81,920 B
        // in FP4. Weights 70.55e9 × 0.5 B = 35.3 GB in FP4. The wall = (usable − weights) / (2,048 × KV per token),
        // so an FP4 cache would put it at about twice the FP8 one: 413 sequences in FP8, 826 in FP4 (what the window
        // showed before the fix).
        const InferenceResult fp8 = engine(QStringLiteral("b200"), Precision::FP4, QStringLiteral("llama-3.1-70b"), 256, 2048, 1, Precision::FP8);
        const InferenceResult fp4 = engine(QStringLiteral("b200"), Precision::FP4, QStringLiteral("llama-3.1-70b"), 256, 2048, 1, Precision::FP4);
        QCOMPARE(fp8.kvBytesPerToken, 163840.0);
        QCOMPARE(fp4.kvBytesPerToken, 81920.0);
        QVERIFY(fp8.maxBatch && fp4.maxBatch);
        QCOMPARE(*fp8.maxBatch, (long long)std::floor((fp8.usableKvTierBytes - fp8.weightsBytes) / (2048.0 * 163840.0)));
        QVERIFY(*fp4.maxBatch > 19 * *fp8.maxBatch / 10);
        QCOMPARE(value(m, Row::KvWall, QStringLiteral("b200")), double(*fp8.maxBatch));
        QVERIFY(near(value(m, Row::TokensPerChip, QStringLiteral("b200")), fp8.tokensPerSPerChip));

        // FP4 only when asked.
        selectData(c->kvPrecisionBox(), QStringLiteral("fp4"));
        QCOMPARE(value(m, Row::KvWall, QStringLiteral("b200")), double(*fp4.maxBatch));
        // BF16 weights keep a BF16 cache by default: 327,680 B a token.
        c->kvPrecisionBox()->setCurrentIndex(0);
        selectData(c->precisionBox(), QStringLiteral("bf16"));
        QCOMPARE(c->kvPrecisionBox()->currentText(), QStringLiteral("Default (BF16)"));
        const InferenceResult bf16 = engine(QStringLiteral("b200"), Precision::BF16, QStringLiteral("llama-3.1-70b"), 256, 2048, 1, Precision::BF16);
        QCOMPARE(bf16.kvBytesPerToken, 327680.0);
        QCOMPARE(value(m, Row::KvWall, QStringLiteral("b200")), double(*bf16.maxBatch));
    }

    // Issue 18: expert parallelism, data-parallel attention and the attention precision reach the engine as set and
    // are remembered. DeepSeek-V3 (256 routed experts) on GB200, FP8, batch 256, context 2,048: EP 8 with DP attention
    // gives the engine's figures for the same config, and keeps each chip's KV to its own 256 / 8 = 32 sequences.
    void parallelLayoutAndAttentionPrecisionReachTheEngine()
    {
        QSettings settings;
        {
            RooflineView view(m_catalog);
            RooflineControls *c = view.controls();
            c->chooser()->setCheckedIds({QStringLiteral("gb200")});
            selectData(c->precisionBox(), QStringLiteral("fp8"));
            selectData(c->workloadBox(), int(WorkloadKind::Llm));
            selectData(c->modelBox(), QStringLiteral("deepseek-v3"));
            selectData(c->phaseBox(), int(InferencePhase::Decode));
            c->batchBox()->setValue(256);
            c->contextBox()->setValue(2048);
            c->tensorParallelBox()->setValue(1);
            c->expertParallelBox()->setValue(8);
            c->dpAttentionBox()->setChecked(true);
            selectData(c->attentionPrecisionBox(), QStringLiteral("fp8"));
            QCOMPARE(c->expertParallelBox()->suffix(), QStringLiteral(" chips"));

            const auto ceilings = makeCeilings(*m_catalog.findChip(u"gb200"), Precision::FP8);
            InferenceConfig cfg;
            cfg.batch = 256;
            cfg.context = 2048;
            cfg.expertParallel = 8;
            cfg.dpAttention = true;
            cfg.attentionPrecision = Precision::FP8;
            const auto e = evaluateInference(*ceilings, *m_catalog.findLlmModel(u"deepseek-v3"), cfg);
            QVERIFY(e.ok());
            QCOMPARE(e->groupChips, 8);
            QCOMPARE(e->attentionSplit, 1);
            QCOMPARE(e->attentionPrecision, Precision::FP8);
            QCOMPARE(e->kvBytesPerChip, e->kvBytes / 8); // 32 of the 256 sequences' latents on each chip
            QVERIFY(near(value(*view.resultsModel(), Row::TokensPerChip, QStringLiteral("gb200")), e->tokensPerSPerChip));
            view.saveSettings(settings);
        }
        RooflineView view(m_catalog);
        view.restoreSettings(settings);
        const RooflineScenario &s = view.run().scenario;
        QCOMPARE(s.inference.expertParallel, 8);
        QVERIFY(s.inference.dpAttention);
        QCOMPARE(s.inference.attentionPrecision, std::optional<Precision>(Precision::FP8));
        QCOMPARE(s.inference.kvPrecision, std::optional<Precision>());
    }

    void precisionsOfferedFollowTheChips()
    {
        RooflineView view(m_catalog);
        RooflineControls *c = view.controls();
        c->chooser()->setCheckedIds({QStringLiteral("h100-sxm")});
        QList<Precision> offered = c->offeredPrecisions();
        QVERIFY(offered.contains(Precision::BF16) && offered.contains(Precision::FP8) && offered.contains(Precision::FP64));
        QVERIFY(!offered.contains(Precision::FP4)); // H100 has no FP4
        QVERIFY(!offered.contains(Precision::FP6));

        // With B200 beside it FP4 is offered, saying one of the two chips has it; H100's column says "no FP4".
        c->chooser()->setCheckedIds({QStringLiteral("h100-sxm"), QStringLiteral("b200")});
        offered = c->offeredPrecisions();
        QVERIFY(offered.contains(Precision::FP4));
        const int fp4 = c->precisionBox()->findData(QStringLiteral("fp4"));
        QCOMPARE(c->precisionBox()->itemText(fp4), QStringLiteral("FP4 (1 of 2 chips)"));
        QVERIFY(c->precisionBox()->itemData(fp4, Qt::ToolTipRole).toString().contains(QStringLiteral("H100 SXM")));
        c->precisionBox()->setCurrentIndex(fp4);
        const RooflineResultsModel &m = *view.resultsModel();
        QCOMPARE(m.columnCount(), 2); // never silently dropped
        const QModelIndex h100 = m.index(0, m.columnOf(QStringLiteral("h100-sxm")));
        QCOMPARE(h100.data().toString(), QStringLiteral("no FP4"));
        QVERIFY(h100.data(RooflineResultsModel::ProblemRole).toBool());
        QVERIFY(h100.data(Qt::ToolTipRole).toString().contains(QStringLiteral("BF16")));
        QVERIFY(value(m, Row::TokensPerChip, QStringLiteral("b200")) > 0);
        QCOMPARE(view.run().focusChipId, QStringLiteral("b200")); // the operators shown are of a chip that has FP4

        // Back to H100 alone: FP4 is gone and the view falls back to a precision it has.
        c->chooser()->setCheckedIds({QStringLiteral("h100-sxm")});
        QVERIFY(!c->offeredPrecisions().contains(Precision::FP4));
        QVERIFY(view.run().outcomes.first().ok());
    }

    void kernelsAndTooltips()
    {
        RooflineView view(m_catalog);
        RooflineControls *c = view.controls();
        c->chooser()->setCheckedIds({QStringLiteral("h100-sxm")});
        selectData(c->precisionBox(), QStringLiteral("bf16"));
        selectData(c->workloadBox(), int(WorkloadKind::Intensity));
        c->setIntensity(10);
        const RooflineResultsModel &m = *view.resultsModel();
        // 10 FLOP/B × 3.35 TB/s = 33.5 TFLOP/s, below the 989.5 TFLOP/s peak: memory-bound.
        QCOMPARE(value(m, Row::Attainable, QStringLiteral("h100-sxm")), 33.5e12);
        QCOMPARE(text(m, Row::Bound, QStringLiteral("h100-sxm")), QStringLiteral("memory-bound"));
        QVERIFY(!view.sweepChart()->isVisibleTo(&view));
        const QString tip = m.index(m.rowOf(Row::Attainable), 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("min(peak, intensity × bandwidth)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Source:")), qPrintable(tip)); // the claims behind peak and bandwidth
    }

    void showsTheWorking()
    {
        RooflineView view(m_catalog);
        view.show();
        QVERIFY(!view.workingPanel()->isVisible());
        view.workingToggle()->setChecked(true);
        QVERIFY(view.workingPanel()->isVisible());
        const QString working = view.workingPanel()->toPlainText();
        QVERIFY2(working.contains(QStringLiteral("ridge = peak / bandwidth")), qPrintable(working.left(300)));
        QVERIFY2(working.contains(QStringLiteral("USD per million tokens")), qPrintable(working.left(300)));
        QVERIFY(working.contains(QStringLiteral("Rubin")));
    }

    void remembersItsSettings()
    {
        QSettings settings;
        {
            RooflineView view(m_catalog);
            llama8bOnH100(view);
            view.controls()->batchBox()->setValue(64);
            view.controls()->tierGroup()->setChecked(true);
            view.saveSettings(settings);
        }
        RooflineView view(m_catalog);
        view.restoreSettings(settings);
        QCOMPARE(view.controls()->chipIds(), QStringList{QStringLiteral("h100-sxm")});
        const RooflineScenario &s = view.run().scenario;
        QCOMPARE(s.precision, Precision::BF16);
        QCOMPARE(s.model.id, QStringLiteral("llama-3.1-8b"));
        QCOMPARE(s.inference.batch, 64);
        QCOMPARE(view.controls()->batchSlider()->value(), 6);
        QCOMPARE(s.inference.context, 4096);
        QVERIFY(s.extraTier.has_value());
    }

    // The border between the charts and the results table is the user's: dragged down to show all rows, it stays.
    void remembersWhereTheTableBegins()
    {
        QSettings settings;
        QList<int> dragged;
        {
            RooflineView view(m_catalog);
            view.resize(1280, 800);
            auto *splitter = view.findChild<QSplitter *>(QStringLiteral("chartsTableSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({300, 460});
            dragged = splitter->sizes();
            view.saveSettings(settings);
        }
        RooflineView view(m_catalog);
        view.resize(1280, 800);
        view.restoreSettings(settings);
        QCOMPARE(view.findChild<QSplitter *>(QStringLiteral("chartsTableSplitter"))->sizes(), dragged);
    }

    void followsTheLanguage()
    {
        RooflineView view(m_catalog);
        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_TW"), LanguageManager::Remember::No));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        view.setLanguage(Language::TraditionalChinese); // what MainWindow does on the same event
        const RooflineResultsModel &m = *view.resultsModel();
        const int cost = m.rowOf(Row::UsdPerMillionTokens);
        QCOMPARE(m.headerData(cost, Qt::Vertical).toString(), QStringLiteral("每百萬 token 成本"));
        QVERIFY(m.index(cost, m.columnOf(QStringLiteral("rubin"))).data().toString().endsWith(QStringLiteral("美元")));
        QCOMPARE(text(m, Row::Bound, QStringLiteral("rubin")), QStringLiteral("運算受限"));
        QVERIFY2(view.summaryText().contains(QStringLiteral("轉為運算受限")), qPrintable(view.summaryText()));
        QVERIFY(view.rooflineChart()->chart()->title().contains(QStringLiteral("屋頂線")));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        view.setLanguage(Language::English);
        QCOMPARE(m.headerData(cost, Qt::Vertical).toString(), QStringLiteral("Cost per million tokens"));
    }

    // "Show the working" is the engine's text (explain.cpp): in the chosen language, and again in the next one when
    // the language changes with the panel open; the symbols and the engine's numbers stay as they are.
    void showsTheWorkingInTheLanguage()
    {
        RooflineView view(m_catalog);
        view.resize(1280, 800);
        view.show();
        view.workingToggle()->setChecked(true);
        QTextBrowser *panel = view.workingPanel();
        const QString english = panel->toPlainText();
        QVERIFY2(english.contains(QStringLiteral("memory-bound")) && english.contains(QStringLiteral("ridge = peak / bandwidth")),
                 qPrintable(english.left(600)));
        // "17.5 PFLOP/s / 22 TB/s = 795.5" on Rubin: the numbers (the unit after them is a word, "FLOP/byte").
        QString anyNumber = english.section(QStringLiteral("ridge = peak / bandwidth = "), 1).section(QLatin1Char('\n'), 0, 0);
        anyNumber = anyNumber.left(anyNumber.lastIndexOf(QLatin1Char(' ')));
        QVERIFY(!anyNumber.isEmpty());

        // The translator alone (the LanguageChange it sends) is enough for the working to follow.
        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_TW"), LanguageManager::Remember::No));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QString working = panel->toPlainText();
        QVERIFY2(working.contains(QStringLiteral("記憶體受限")) && working.contains(QStringLiteral("脊點 = 峰值 / 頻寬 = ") + anyNumber),
                 qPrintable(working.left(600)));
        QVERIFY2(!working.contains(QStringLiteral("memory-bound")) && !working.contains(QStringLiteral("bandwidth")), qPrintable(working));
        QVERIFY(working.contains(QStringLiteral("每秒 token 數")));
        view.setLanguage(Language::TraditionalChinese); // what MainWindow does on the same event
        working = panel->toPlainText();
        QVERIFY2(working.contains(QStringLiteral("記憶體受限")) && working.contains(QStringLiteral("每晶片小時成本")), qPrintable(working.left(600)));
        QVERIFY(!view.grab().isNull());

        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN"), LanguageManager::Remember::No));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        view.setLanguage(Language::SimplifiedChinese);
        working = panel->toPlainText();
        QVERIFY2(working.contains(QStringLiteral("内存受限")) && working.contains(QStringLiteral("脊点 = 峰值 / 带宽 = ") + anyNumber),
                 qPrintable(working.left(600)));

        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        view.setLanguage(Language::English);
        QCOMPARE(panel->toPlainText(), english);
    }

    // The engine's own messages (why a chip cannot run the workload, why it has no cost) reach the cells' tooltips and
    // the summary in the chosen language, and are the engine's English again after switching back.
    void engineMessagesFollowTheLanguage()
    {
        RooflineView view(m_catalog);
        RooflineControls *c = view.controls();
        // TPU v4 has no scale-up bandwidth in the dataset: tensor parallelism over 2 cannot be computed on it. TPU7x has no
        // TDP: bought, its power cost is unknown. H100 answers everything.
        c->chooser()->setCheckedIds({QStringLiteral("h100-sxm"), QStringLiteral("tpu-v4"), QStringLiteral("tpu-v7")});
        selectData(c->precisionBox(), QStringLiteral("bf16"));
        selectData(c->workloadBox(), int(WorkloadKind::Llm));
        selectData(c->modelBox(), QStringLiteral("llama-3.1-8b"));
        selectData(c->phaseBox(), int(InferencePhase::Decode));
        c->tensorParallelBox()->setValue(2);
        selectData(c->costModeBox(), QStringLiteral("buy"));
        const RooflineResultsModel &m = *view.resultsModel();
        const Chip &tpuV4 = *m_catalog.findChip(u"tpu-v4");
        const Chip &tpuV7 = *m_catalog.findChip(u"tpu-v7");
        auto problemTip = [&] { return m.index(0, m.columnOf(QStringLiteral("tpu-v4"))).data(Qt::ToolTipRole).toString(); };
        auto costTip = [&] { return m.index(m.rowOf(Row::UsdPerChipHour), m.columnOf(QStringLiteral("tpu-v7"))).data(Qt::ToolTipRole).toString(); };
        QVERIFY(!view.run().outcomes.at(m.columnOf(QStringLiteral("tpu-v4"))).ok());
        QCOMPARE(text(m, Row::UsdPerChipHour, QStringLiteral("tpu-v7")), QStringLiteral("—"));

        // English: the engine's messages, as the engine words them for the same inputs.
        const QString linkError = QStringLiteral("tpu-v4 has no scale-up bandwidth figure; tensor parallelism over it cannot be computed");
        QCOMPARE(evaluateScenario(tpuV4, view.run().scenario).error, linkError);
        CostAssumptions bought = view.run().scenario.cost;
        bought.priceUsd = bought.priceUsd.value_or(40000);
        const QString tdpError = costPerChipHour(tpuV7, bought).error;
        QCOMPARE(tdpError, QStringLiteral("tpu-v7 has no TDP figure in the dataset, so its power cost is unknown; give a rental price instead"));
        const QString englishProblem = problemTip(), englishCost = costTip();
        QVERIFY2(englishProblem.contains(linkError), qPrintable(englishProblem));
        QVERIFY2(englishCost.contains(tdpError), qPrintable(englishCost));

        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_TW"), LanguageManager::Remember::No));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        view.setLanguage(Language::TraditionalChinese);
        QString problem = problemTip(), cost = costTip();
        QVERIFY2(problem.contains(QStringLiteral("計算器無法在 %1 上執行此工作負載：tpu-v4 沒有垂直擴展頻寬數據，無法計算其張量平行")
                                      .arg(tpuV4.name.toHtmlEscaped())),
                 qPrintable(problem));
        QVERIFY2(cost.contains(QStringLiteral("資料集中沒有 tpu-v7 的 TDP 數據，因此無法得知其電費；請改用租用價格")), qPrintable(cost));
        QVERIFY2(!problem.contains(QStringLiteral("bandwidth figure")) && !cost.contains(QStringLiteral("TDP figure")), qPrintable(problem + cost));

        // TPU v4 alone: the summary and the working say why, in Chinese.
        view.workingToggle()->setChecked(true);
        c->chooser()->setCheckedIds({QStringLiteral("tpu-v4")});
        QVERIFY2(view.summaryText().contains(QStringLiteral("tpu-v4 沒有垂直擴展頻寬數據")), qPrintable(view.summaryText()));
        QVERIFY2(view.workingPanel()->toPlainText().contains(QStringLiteral("無法計算其張量平行")), qPrintable(view.workingPanel()->toPlainText()));

        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN"), LanguageManager::Remember::No));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        view.setLanguage(Language::SimplifiedChinese);
        QVERIFY2(view.summaryText().contains(QStringLiteral("tpu-v4 没有纵向扩展带宽数据，无法计算其张量并行")), qPrintable(view.summaryText()));
        c->chooser()->setCheckedIds({QStringLiteral("h100-sxm"), QStringLiteral("tpu-v4"), QStringLiteral("tpu-v7")});
        cost = costTip();
        QVERIFY2(cost.contains(QStringLiteral("数据集中没有 tpu-v7 的 TDP 数据，因此无法得知其电费；请改用租用价格")), qPrintable(cost));

        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        view.setLanguage(Language::English);
        QCOMPARE(problemTip(), englishProblem);
        QCOMPARE(costTip(), englishCost);
        QCOMPARE(costPerChipHour(tpuV7, bought).error, tdpError);
    }

    void exportsTheTableAndTheCharts()
    {
        RooflineView view(m_catalog);
        view.resize(1100, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("roofline.csv"));
        QVERIFY2(view.exportTo(csv, ReportFormat::Csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("Cost per million tokens")) && text.contains(QStringLiteral("TPU7x (Ironwood)")), qPrintable(text.left(400)));
        for (ReportFormat f : {ReportFormat::Json, ReportFormat::Xlsx, ReportFormat::Html, ReportFormat::Markdown}) {
            const QString path = dir.filePath(QStringLiteral("roofline.") + reportFormatKey(f));
            QVERIFY2(view.exportTo(path, f, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 100);
        }

        const QString png = dir.filePath(QStringLiteral("roofline.png"));
        QVERIFY2(view.exportChart(RooflineView::Chart::Roofline, png, ChartImageFormat::Png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 300);
        const QString svg = dir.filePath(QStringLiteral("sweep.svg"));
        QVERIFY2(view.exportChart(RooflineView::Chart::BatchSweep, svg, ChartImageFormat::Svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray drawing = svgFile.readAll();
        QVERIFY(drawing.contains("<svg") && drawing.contains("</svg>"));
    }
};

QTEST_MAIN(TestRooflineView)
#include "tst_roofline_view.moc"
