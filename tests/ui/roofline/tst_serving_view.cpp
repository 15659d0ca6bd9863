// The Roofline view's serving controls (issue 18) offscreen over the bundled dataset: whole requests (time to first
// token, input tokens/s), accepted tokens per step, the expected figure beside the bound with what it was fitted
// from, and the frontier chart, built only when its tab is first shown. Every number is checked against the
// engine or by hand.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "common/chip_chooser.h"
#include "language_manager.h"
#include "llm_request.h"
#include "roofline/frontier_chart.h"
#include "roofline/roofline_controls.h"
#include "roofline/roofline_results_model.h"
#include "roofline/roofline_view.h"
#include "serving_frontier.h"
#include "system_table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLogValueAxis>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <cmath>

using Row = RooflineResultsModel::Row;

class TestServingView : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    LanguageManager m_languages;
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static double value(const RooflineResultsModel &m, Row row, const QString &chipId)
    {
        return m.index(m.rowOf(row), m.columnOf(chipId)).data(RooflineResultsModel::RawValueRole).toDouble();
    }
    static QString text(const RooflineResultsModel &m, Row row, const QString &chipId)
    {
        return m.index(m.rowOf(row), m.columnOf(chipId)).data().toString();
    }
    static bool near(double a, double b, double relative = 1e-9)
    {
        return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
    }
    static void selectData(QComboBox *box, const QVariant &data)
    {
        const int at = box->findData(data);
        QVERIFY2(at >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(at);
    }

    // Llama-3.1-8B decode in BF16 on one H100 SXM: the engine's hand-checked case.
    void llama8bOnH100(RooflineView &view, int batch)
    {
        RooflineControls *c = view.controls();
        c->chooser()->setCheckedIds({QStringLiteral("h100-sxm")});
        selectData(c->precisionBox(), QStringLiteral("bf16"));
        selectData(c->workloadBox(), int(WorkloadKind::Llm));
        selectData(c->modelBox(), QStringLiteral("llama-3.1-8b"));
        selectData(c->phaseBox(), int(InferencePhase::Decode));
        c->batchBox()->setValue(batch);
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
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    // A whole request of 2,048 tokens in and 512 out, batch 8: prefill once, then 512 decode steps at the mean
    // context 2,048 + 256 = 2,304.
    void aWholeRequestShowsTtftAndInputRate()
    {
        RooflineView view(m_catalog);
        llama8bOnH100(view, 8);
        RooflineControls *c = view.controls();
        QVERIFY(!c->inputTokensBox()->isVisibleTo(c)); // only once "Whole request" is ticked
        QCOMPARE(view.resultsModel()->rowOf(Row::Ttft), -1);
        c->setRequest(2048, 512);
        QVERIFY(c->inputTokensBox()->isVisibleTo(c) && !c->contextBox()->isVisibleTo(c));
        QCOMPARE(view.run().scenario.inference.context, 2048 + 256);

        const RooflineResultsModel &m = *view.resultsModel();
        const QString h100 = QStringLiteral("h100-sxm");
        QVERIFY(m.rowOf(Row::Ttft) >= 0 && m.rowOf(Row::InputTokensPerChip) >= 0);
        const double ttft = value(m, Row::Ttft, h100);
        const double step = value(m, Row::StepTime, h100);
        // request time = TTFT + 512 steps; output tokens/s per chip = 8 × 512 ÷ request time ÷ 1 chip.
        const double requestTime = ttft + 512 * step;
        QVERIFY(near(value(m, Row::TokensPerChip, h100), 8.0 * 512 / requestTime));
        // Four times as many tokens go in as come out: input tokens/s = 4 × output tokens/s.
        QVERIFY(near(value(m, Row::InputTokensPerChip, h100), 4 * value(m, Row::TokensPerChip, h100)));

        // The same figures from the engine directly.
        const auto ceilings = makeCeilings(*m_catalog.findChip(h100), Precision::BF16);
        InferenceConfig cfg;
        cfg.batch = 8;
        const auto req = evaluateRequest(*ceilings, *m_catalog.findLlmModel(u"llama-3.1-8b"), cfg, 2048, 512);
        QVERIFY(req);
        QVERIFY(near(ttft, req->ttft));
        QVERIFY(near(value(m, Row::TokensPerChip, h100), req->outputTokensPerSPerChip));
        // The prefill of 8 × 2,048 = 16,384 tokens is compute-bound. Its matmuls: 2 × 6.98e9 parameters (8.03e9 less the
        // embedding and the LM head, 2 × 128,256 × 4,096, which only a prompt's last token reaches) × 16,384 = 2.29e14
        // FLOP; causal attention: 2 matmuls × 2 × 4,096 × 2,048² ÷ 2 × 32 layers × 8 prompts = 8.8e12 FLOP. Together
        // 2.38e14 FLOP ÷ 989.5 TFLOP/s (dense BF16) = 0.240 s.
        QVERIFY2(near(ttft, 0.240, 0.01), qPrintable(QString::number(ttft)));
        // Cost per million tokens follows the request's rate: USD 3 ÷ (tokens/s × 3,600) × 10⁶.
        QVERIFY(near(value(m, Row::UsdPerMillionTokens, h100), 3.0 / (value(m, Row::TokensPerChip, h100) * 3600) * 1e6));
        QVERIFY2(view.summaryText().contains(QStringLiteral("Whole requests of 2,048 in and 512 out")), qPrintable(view.summaryText()));

        c->setRequest(0, 0);
        QCOMPARE(view.resultsModel()->rowOf(Row::Ttft), -1);
        QCOMPARE(view.run().scenario.inference.context, 4096);
    }

    // Chunked prefill of 512 tokens a step: no separate prefill; a request's 2,048-token prompt goes in over
    // ⌈2,048 ÷ 512⌉ = 4 mixed steps, so the first token comes after 4 × the mixed step.
    void chunkedPrefillFollowsTheEngine()
    {
        RooflineView view(m_catalog);
        llama8bOnH100(view, 8);
        view.controls()->setRequest(2048, 512);
        view.controls()->chunkBox()->setValue(512);
        QCOMPARE(view.run().request->chunk, 512);
        const auto ceilings = makeCeilings(*m_catalog.findChip(u"h100-sxm"), Precision::BF16);
        InferenceConfig cfg;
        cfg.batch = 8;
        const auto req = evaluateRequest(*ceilings, *m_catalog.findLlmModel(u"llama-3.1-8b"), cfg, 2048, 512, 512);
        QVERIFY(req);
        const RooflineResultsModel &m = *view.resultsModel();
        const QString h100 = QStringLiteral("h100-sxm");
        QVERIFY(near(value(m, Row::Ttft, h100), req->ttft));
        QVERIFY(near(req->ttft, 4 * req->decode.stepTime));
        QVERIFY(near(value(m, Row::TokensPerChip, h100), req->outputTokensPerSPerChip));
        const QString tip = m.index(m.rowOf(Row::Ttft), 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("⌈2,048 ÷ 512⌉")), qPrintable(tip));
    }

    // Pipeline stages reach the engine: Llama-3.1-70B on B200 over 2 stages at batch 1,024 is the engine's answer.
    void pipelineStagesReachTheEngine()
    {
        RooflineView view(m_catalog);
        view.controls()->chooser()->setCheckedIds({QStringLiteral("b200")});
        view.controls()->pipelineBox()->setValue(2);
        QCOMPARE(view.run().scenario.inference.pipelineParallel, 2);
        const auto ceilings = makeCeilings(*m_catalog.findChip(u"b200"), Precision::FP8);
        InferenceConfig cfg = view.run().scenario.inference;
        const auto r = evaluateInference(*ceilings, *m_catalog.findLlmModel(u"llama-3.1-70b"), cfg);
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(r->pipelineStages, 2);
        QVERIFY(near(value(*view.resultsModel(), Row::TokensPerChip, QStringLiteral("b200")), r->tokensPerSPerChip));
    }

    // Tensor parallelism over 16 B200s is twice the HGX box's NVLink domain of 8: without a system it cannot be
    // computed; with the system table the layout crosses DGX B200's scale-out network (50 GB/s per GPU), as the
    // command line does.
    void aLayoutPastTheDomainCrossesTheScaleOutNetwork()
    {
        {
            RooflineView alone(m_catalog);
            alone.controls()->chooser()->setCheckedIds({QStringLiteral("b200")});
            alone.controls()->setTensorParallel(16);
            QCOMPARE(alone.run().outcomes.first().problem, ChipOutcome::Problem::ScaleupDomain);
        }
        RooflineView view(m_catalog, loadSystems(m_store->databases()));
        view.controls()->chooser()->setCheckedIds({QStringLiteral("b200")});
        view.controls()->setTensorParallel(16);
        const ChipOutcome &o = view.run().outcomes.first();
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY(o.ceilings->scaleOut && o.ceilings->scaleOut->bandwidth == 50e9);
        QCOMPARE(o.ceilings->scaleOut->systemId, QStringLiteral("dgx-b200"));
        // The expected figure crosses the same link: it exists and stays below the bound (it had no link and none).
        const ExpectedFigure *e = view.run().expectedFigure(0);
        QVERIFY(e && e->ceilings && e->ceilings->scaleOut);
        QCOMPARE(e->ceilings->scaleOut->bandwidth, 50e9);
        QVERIFY(e->tokensPerSPerChip);
        QVERIFY(*e->tokensPerSPerChip <= *view.run().tokensPerSPerChip(0));
    }

    // Two tokens accepted per step at batch 1: the step still reads the 16 GB of BF16 weights once, so it takes
    // about as long and yields twice the tokens (the second query token adds 2 × 8.03e9 FLOP, 16 µs at the peak,
    // hidden under the memory time of every operator).
    void acceptedTokensMultiplyTheStep()
    {
        RooflineView view(m_catalog);
        llama8bOnH100(view, 1);
        const RooflineResultsModel &m = *view.resultsModel();
        const QString h100 = QStringLiteral("h100-sxm");
        const double one = value(m, Row::TokensPerChip, h100);
        view.controls()->setAcceptedTokens(2);
        QCOMPARE(view.run().scenario.inference.acceptedTokens, 2.0);
        const double two = value(m, Row::TokensPerChip, h100);
        QVERIFY(near(two, 1 * 2 / value(m, Row::StepTime, h100))); // batch × accepted ÷ step
        QVERIFY2(two / one > 1.99 && two / one <= 2.0, qPrintable(QString::number(two / one)));
        const QString tip = m.index(m.rowOf(Row::TokensPerChip), 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("tokens accepted per step")), qPrintable(tip));
    }

    // The expected figure: H100's own measurements give compute 794.5 ÷ 989.5 = 0.803 and memory 2.903 ÷ 3.35 =
    // 0.8666. At batch 1 every operator is memory-bound, so each takes bytes ÷ (0.8666 × 3.35 TB/s) and the
    // expected tokens/s is the bound × 0.8666.
    void expectedSitsBesideTheBound()
    {
        RooflineView view(m_catalog);
        llama8bOnH100(view, 1);
        const RooflineResultsModel &m = *view.resultsModel();
        const QString h100 = QStringLiteral("h100-sxm");
        QVERIFY(m.rowOf(Row::TokensPerChip) >= 0 && m.rowOf(Row::ExpectedTokensPerChip) == m.rowOf(Row::TokensPerChip) + 1);
        const double bound = value(m, Row::TokensPerChip, h100);
        const double expected = value(m, Row::ExpectedTokensPerChip, h100);
        QVERIFY2(near(expected, bound * 2.903e12 / 3.35e12, 1e-6), qPrintable(QStringLiteral("%1 vs %2").arg(expected).arg(bound)));
        QCOMPARE(text(m, Row::ExpectedCompute, h100), QStringLiteral("80.3% (own)"));
        QCOMPARE(text(m, Row::ExpectedMemory, h100), QStringLiteral("86.7% (own)"));
        QVERIFY(near(value(m, Row::ExpectedMemory, h100), 2.903e12 / 3.35e12));
        const QString tip = m.index(m.rowOf(Row::ExpectedMemory), 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("voltagepark-aigatech-h100-benchmark")), qPrintable(tip)); // the source named
        QCOMPARE(m.headerData(m.rowOf(Row::TokensPerChip), Qt::Vertical).toString(), QStringLiteral("Tokens/s per chip: bound"));

        // Every chip, every default: the expected figure never exceeds the bound.
        RooflineView defaults(m_catalog);
        const RooflineResultsModel &d = *defaults.resultsModel();
        for (int col = 0; col < d.columnCount(); ++col) {
            const QVariant b = d.index(d.rowOf(Row::TokensPerChip), col).data(RooflineResultsModel::RawValueRole);
            const QVariant e = d.index(d.rowOf(Row::ExpectedTokensPerChip), col).data(RooflineResultsModel::RawValueRole);
            QCOMPARE(b.isValid(), e.isValid()); // never the expected one alone
            if (b.isValid())
                QVERIFY(e.toDouble() <= b.toDouble());
        }
    }

    // Start-up (issue 15): the frontier is neither drawn nor computed until its tab is shown.
    void frontierIsBuiltWhenFirstShown()
    {
        RooflineView view(m_catalog);
        QVERIFY(!view.frontierChart());
        QVERIFY(view.run().frontiers.isEmpty() || !view.run().hasFrontier(0));
        QTabWidget *tabs = view.chartTabs();
        QWidget *page = view.findChild<QWidget *>(QStringLiteral("frontierPage"));
        QVERIFY(page && tabs->indexOf(page) >= 0 && tabs->isTabVisible(tabs->indexOf(page)));
        tabs->setCurrentWidget(page);
        FrontierChart *chart = view.frontierChart();
        QVERIFY(chart);

        // Target 50 tokens/s per user (the default): each chip's pick gives every user at least that.
        QCOMPARE(chart->targetTokensPerUser(), 50.0);
        const RooflineRun &run = view.run();
        int drawn = 0;
        for (int i = 0; i < run.chips.size(); ++i) {
            if (!run.hasFrontier(i))
                continue;
            ++drawn;
            QCOMPARE(chart->curve(i).size(), run.frontiers.at(i).size());
            if (const auto pick = chart->pick(i)) {
                QVERIFY(pick->x() >= 50);
                // No frontier point at 50 or more tokens/s per user makes more tokens/s per chip.
                for (const FrontierPoint &p : run.frontiers.at(i))
                    QVERIFY(p.tokensPerSPerUser < 50 || p.tokensPerSPerChip <= pick->y() * chart->chipScale() * (1 + 1e-12));
            }
        }
        QCOMPARE(chart->curveCount(), drawn);
        // Feynman's bound passes 100,000 tokens/s per chip: the left axis counts thousands.
        QCOMPARE(chart->chipScale(), 1000.0);
        QVERIFY(chart->chipAxis()->titleText().startsWith(QStringLiteral("Thousand tokens/s per chip")));
        QVERIFY(drawn >= 4); // B200, GB300, Rubin, Feynman and Ironwood all hold Llama-3.1-70B in FP8

        // B200 against the engine: NVLink domain of 8, so layouts TP 1 … 8 (a dense model has no experts to spread).
        const int b200 = run.indexOf(QStringLiteral("b200"));
        const auto ceilings = makeCeilings(*m_catalog.findChip(u"b200"), Precision::FP8);
        FrontierSettings fs;
        fs.maxGroup = int(*m_catalog.findChip(u"b200")->scaleupDomain);
        const QList<FrontierPoint> front = servingFrontier(*ceilings, std::nullopt, run.scenario.model,
                                                           run.outcomes.at(b200).inference->config, fs);
        QCOMPARE(run.frontiers.at(b200).size(), front.size());
        for (int k = 0; k < front.size(); ++k)
            QVERIFY(near(run.frontiers.at(b200).at(k).tokensPerSPerChip, front.at(k).tokensPerSPerChip));

        // A higher target moves the line and the picks with it.
        view.controls()->setTargetTokensPerUser(200);
        QCOMPARE(chart->targetTokensPerUser(), 200.0);
        for (int i = 0; i < run.chips.size(); ++i)
            if (const auto pick = chart->pick(i))
                QVERIFY(pick->x() >= 200);
        QVERIFY(chart->userAxis()->titleText().contains(QStringLiteral("per user")));
        QVERIFY(chart->chipAxis()->titleText().contains(QStringLiteral("per chip")));

        // Prefill has no frontier: the tab goes.
        selectData(view.controls()->phaseBox(), int(InferencePhase::Prefill));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(page)));
    }

    // "Show the working" covers the request, the accepted tokens, the expected figure and the frontier's pick.
    void workingCoversServing()
    {
        RooflineView view(m_catalog);
        view.show();
        llama8bOnH100(view, 8);
        view.controls()->setRequest(1024, 1024);
        view.controls()->setAcceptedTokens(1.5);
        view.workingToggle()->setChecked(true);
        const QString working = view.workingPanel()->toPlainText();
        for (const char *needle : {"Time to first token: time to first token = prefill of the batch's 8 prompts of 1,024 tokens",
                                   "request time = time to first token + output ÷ accepted per step × time per step",
                                   "Accepted per step: each decode step runs 8 × 1.5 query tokens",
                                   "Tokens/s per chip: expected: expected = the same workload at compute × 0.803 and memory × 0.867",
                                   "Best at 50 tokens/s per user or more: TP"})
            QVERIFY2(working.contains(QString::fromUtf8(needle)), qPrintable(QString::fromUtf8(needle) + QStringLiteral("\n---\n") + working));
    }

    void remembersTheServingControls()
    {
        QSettings settings;
        {
            RooflineView view(m_catalog);
            llama8bOnH100(view, 8);
            view.controls()->setRequest(8192, 1024);
            view.controls()->setAcceptedTokens(1.8);
            view.controls()->setTargetTokensPerUser(120);
            view.showFrontier();
            view.saveSettings(settings);
        }
        RooflineView view(m_catalog);
        QVERIFY(!view.frontierChart());
        view.restoreSettings(settings);
        QVERIFY(view.frontierChart()); // left on the frontier: it opens there
        QCOMPARE(view.frontierChart()->targetTokensPerUser(), 120.0);
        QCOMPARE(view.controls()->requestLengths(), (std::optional<RequestLengths>(RequestLengths{8192, 1024})));
        QCOMPARE(view.run().scenario.inference.acceptedTokens, 1.8);
        QCOMPARE(view.controls()->targetTokensPerUser(), 120.0);
        QCOMPARE(view.run().scenario.inference.context, 8192 + 512);
    }
};

QTEST_MAIN(TestServingView)
#include "tst_serving_view.moc"
