// `compute-atlas roofline` as a user runs it, on the bundled dataset. Expected values are hand-checkable:
// H100 SXM dense BF16 989.5e12 FLOP/s (datasheet 1,979 with sparsity ÷ 2), HBM 3.35e12 B/s.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRooflineCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    struct Run {
        int exitCode = -1;
        QJsonObject json;
        QString err;
    };

    Run run(QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ATLAS_BINARY), QStringList{QStringLiteral("roofline")} + args);
        p.waitForFinished(60000);
        return {p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(), QString::fromUtf8(p.readAllStandardError())};
    }

    static QJsonObject first(const Run &r) { return r.json.value(QStringLiteral("results")).toArray().first().toObject(); }
    static double num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toDouble(); }
    static bool near(double actual, double expected, double relative) { return std::abs(actual - expected) <= std::abs(expected) * relative; }

private slots:
    void intensityOnH100()
    {
        const Run r = run({QStringLiteral("--chip"), QStringLiteral("h100-sxm"), QStringLiteral("--intensity"), QStringLiteral("10"), QStringLiteral("--precision"), QStringLiteral("bf16"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = first(r);
        // 10 FLOP/B × 3.35e12 B/s = 3.35e13 FLOP/s < 989.5e12: memory-bound. Ridge = 989.5e12 / 3.35e12 = 295.37.
        QCOMPARE(num(o, "attainable_flops"), 3.35e13);
        QCOMPARE(o.value(QStringLiteral("bound")).toString(), QStringLiteral("memory"));
        QVERIFY(near(num(o, "ridge_intensity"), 295.37, 1e-3));
    }

    void gemmOnH200()
    {
        const Run r = run({QStringLiteral("--chip"), QStringLiteral("H200"), QStringLiteral("--gemm"), QStringLiteral("8192,8192,8192"), QStringLiteral("--precision"), QStringLiteral("bf16"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = first(r);
        // 2 × 8192³ = 1.0995e12 FLOP ÷ 989.5e12 FLOP/s = 1.1112 ms; bytes 3 × 8192² × 2 = 402.7 MB → intensity 2730.7
        QCOMPARE(o.value(QStringLiteral("bound")).toString(), QStringLiteral("compute"));
        QVERIFY(near(num(o, "time_s"), 1.1112e-3, 1e-3));
        QVERIFY(near(num(o, "intensity"), 2730.67, 1e-3));
    }

    void llama8bDecodeOnH100()
    {
        const Run r = run({QStringLiteral("--chip"), QStringLiteral("h100-sxm"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                           QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--batch"), QStringLiteral("1"),
                           QStringLiteral("--context"), QStringLiteral("4096"), QStringLiteral("--precision"), QStringLiteral("bf16"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = first(r);
        // ≈ 16 GB of BF16 weights + 0.54 GB of KV read per step at 3.35 TB/s ≈ 4.6–5 ms → about 200 tokens/s.
        QVERIFY2(near(num(o, "tokens_per_s"), 200, 0.1), qPrintable(QString::number(num(o, "tokens_per_s"))));
        QVERIFY(num(o, "memory_stall_fraction") > 0.95);
        // KV per token: 32 layers × 2 (K, V) × 8 kv heads × 128 × 2 B = 131,072 B
        QCOMPARE(num(o, "kv_bytes_per_token"), 131072.0);
        QCOMPARE(o.value(QStringLiteral("fits")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("min_chips")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("operators")).toArray().size() >= 6);
    }

    void llama70bNeedsTwoH200s()
    {
        // 70.55e9 × 2 bytes = 141.1e9 bytes of weights > 0.9 × 141 GB = 0.9 × 141 × 2^30 = 136.3e9 bytes usable.
        const QStringList base{QStringLiteral("--chip"), QStringLiteral("h200-sxm"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
                               QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--batch"), QStringLiteral("1"),
                               QStringLiteral("--context"), QStringLiteral("4096"), QStringLiteral("--precision"), QStringLiteral("bf16"),
                               QStringLiteral("--price-per-hour"), QStringLiteral("3")};
        const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
        const QJsonObject one = first(run(base + json));
        QCOMPARE(one.value(QStringLiteral("fits")).toBool(), false);
        QCOMPARE(one.value(QStringLiteral("min_chips")).toInt(), 2);
        // It does not run, so it has no speed and no cost (issue 10, item 1).
        for (const char *key : {"time_per_step_s", "tokens_per_s", "tokens_per_s_per_chip", "tokens_per_s_per_user", "usd_per_chip_hour",
                                "usd_per_million_tokens", "tokens_per_usd", "tokens_per_joule"})
            QVERIFY2(one.value(QLatin1String(key)).isNull(), key);
        const QJsonObject two = first(run(base + json + QStringList{QStringLiteral("--tp"), QStringLiteral("2")}));
        QCOMPARE(two.value(QStringLiteral("fits")).toBool(), true);
        QVERIFY(num(two, "tokens_per_s") > 0 && num(two, "usd_per_million_tokens") > 0);

        QProcess table;
        table.start(QStringLiteral(ATLAS_BINARY), QStringList{QStringLiteral("roofline")} + base + QStringList{QStringLiteral("--format"), QStringLiteral("table")});
        QVERIFY(table.waitForFinished(60000));
        const QString text = QString::fromUtf8(table.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("does not fit: needs 2 chips")), qPrintable(text));
    }

    // Issue 10, item 5: one default precision, FP8, as in the window. DeepSeek-V3 on Rubin: 671e9 FP8 weights ÷
    // (0.9 × 288 × 2^30 = 278.3e9 usable bytes per chip) = 2.4, so 3 chips (BF16 would need 5).
    void defaultPrecisionIsTheWindowsFp8()
    {
        const Run r = run({QStringLiteral("--chip"), QStringLiteral("rubin"), QStringLiteral("--model"), QStringLiteral("deepseek-v3"),
                           QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--batch"), QStringLiteral("1"),
                           QStringLiteral("--context"), QStringLiteral("4096"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = first(r);
        QCOMPARE(o.value(QStringLiteral("precision")).toString(), QStringLiteral("fp8"));
        QCOMPARE(o.value(QStringLiteral("min_chips")).toInt(), 3);
        QProcess help;
        help.start(QStringLiteral(ATLAS_BINARY), {QStringLiteral("roofline"), QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(help.readAllStandardOutput()).contains(QStringLiteral("default fp8, as in the")));
    }

    // Issue 18, defect 1: FP4 weights keep an FP8 KV cache unless --kv-precision asks for FP4. B200, Llama-3.1-70B,
    // context 2,048, batch 256: KV per token 80 × 2 × 8 × 128 × 1 B = 163,840 B (FP4: 81,920 B); attention at BF16.
    void perTensorPrecisions()
    {
        const QStringList base{QStringLiteral("--chip"), QStringLiteral("b200"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
                               QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--batch"), QStringLiteral("256"),
                               QStringLiteral("--context"), QStringLiteral("2048"), QStringLiteral("--format"), QStringLiteral("json")};
        const Run byDefault = run(base + QStringList{QStringLiteral("--precision"), QStringLiteral("fp4")});
        QCOMPARE(byDefault.exitCode, 0);
        QJsonObject o = first(byDefault);
        QCOMPARE(o.value(QStringLiteral("precision")).toString(), QStringLiteral("fp4"));
        QCOMPARE(o.value(QStringLiteral("kv_precision")).toString(), QStringLiteral("fp8"));
        QCOMPARE(o.value(QStringLiteral("act_precision")).toString(), QStringLiteral("fp8"));
        QCOMPARE(o.value(QStringLiteral("attention_precision")).toString(), QStringLiteral("bf16"));
        QCOMPARE(num(o, "kv_bytes_per_token"), 163840.0);
        const Run asked = run(base + QStringList{QStringLiteral("--weights-precision"), QStringLiteral("fp4"), QStringLiteral("--kv-precision"),
                                                 QStringLiteral("fp4"), QStringLiteral("--attention-precision"), QStringLiteral("fp8")});
        QCOMPARE(asked.exitCode, 0);
        o = first(asked);
        QCOMPARE(o.value(QStringLiteral("kv_precision")).toString(), QStringLiteral("fp4"));
        QCOMPARE(o.value(QStringLiteral("attention_precision")).toString(), QStringLiteral("fp8"));
        QCOMPARE(num(o, "kv_bytes_per_token"), 81920.0);
        // The FP4 cache holds twice the sequences: the KV wall doubles (give or take the floor).
        QVERIFY(num(o, "max_batch") >= 2 * num(first(byDefault), "max_batch"));
        const Run both = run(base + QStringList{QStringLiteral("--precision"), QStringLiteral("fp4"), QStringLiteral("--weights-precision"), QStringLiteral("fp8")});
        QCOMPARE(both.exitCode, 2);
    }

    // Issue 18, defect 4: TPU v6e × 4, Llama-3.1-70B, FP8, context 1,024. KV wall = floor((0.9 × 32 GiB − 70.6e9 B / 4)
    // / (1,024 × 163,840 B / 4)) = floor(13.27e9 / 41.94e6) = 316; the compute-bound batch (≈ 1,040) lies beyond it.
    void computeBoundBatchBeyondTheKvWall()
    {
        const Run r = run({QStringLiteral("--chip"), QStringLiteral("tpu-v6e"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
                           QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--batch"), QStringLiteral("64"),
                           QStringLiteral("--context"), QStringLiteral("1024"), QStringLiteral("--tp"), QStringLiteral("4"),
                           QStringLiteral("--precision"), QStringLiteral("fp8"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = first(r);
        QCOMPARE(num(o, "max_batch"), 316.0);
        QVERIFY(o.value(QStringLiteral("compute_bound_batch")).isNull());
        QCOMPARE(o.value(QStringLiteral("compute_bound_reachable")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("compute_bound_note")).toString(), QStringLiteral("not reachable: the KV wall is at 316"));
    }

    // Issue 18, defect 5: the MI300X stream measurement is marked low-confidence: calibration leaves it out (memory
    // factor 1.0) and says so, unless --include-low-confidence.
    void calibrationRefusesLowConfidence()
    {
        const QStringList base{QStringLiteral("--chip"), QStringLiteral("mi300x"), QStringLiteral("--intensity"), QStringLiteral("10"),
                               QStringLiteral("--precision"), QStringLiteral("bf16"), QStringLiteral("--efficiency"), QStringLiteral("calibrated"),
                               QStringLiteral("--format"), QStringLiteral("json")};
        const Run refused = run(base);
        QCOMPARE(refused.exitCode, 0);
        const QString notes = QString::fromUtf8(QJsonDocument(first(refused).value(QStringLiteral("notes")).toArray()).toJson());
        QVERIFY2(notes.contains(QStringLiteral("mi300x.stream.scalarlm-mi300x-memcpy is marked low-confidence")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("measurement mi300x.gemm.bf16.stas00-ml-engineering-mamf")), qPrintable(notes));
        const Run asked = run(base + QStringList{QStringLiteral("--include-low-confidence")});
        const QString askedNotes = QString::fromUtf8(QJsonDocument(first(asked).value(QStringLiteral("notes")).toArray()).toJson());
        QVERIFY2(askedNotes.contains(QStringLiteral("measurement mi300x.stream.scalarlm-mi300x-memcpy")), qPrintable(askedNotes));
    }

    // Issue 18: whole requests. Tokens/s count output tokens over the request (prefill included); input apart:
    // with 2,048 in and 256 out, input tokens/s = output tokens/s × 2,048 / 256 = 8×. --accept 2 halves the steps.
    void wholeRequests()
    {
        const QStringList base{QStringLiteral("--chip"), QStringLiteral("h100-sxm"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                               QStringLiteral("--precision"), QStringLiteral("bf16"), QStringLiteral("--input-tokens"), QStringLiteral("2048"),
                               QStringLiteral("--output-tokens"), QStringLiteral("256"), QStringLiteral("--batch"), QStringLiteral("8"),
                               QStringLiteral("--format"), QStringLiteral("json")};
        const Run r = run(base);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = first(r);
        QCOMPARE(o.value(QStringLiteral("context")).toInt(), 2048 + 128); // the decode step shown: the mean context
        QVERIFY(o.value(QStringLiteral("ttft_s")).toDouble() > 0);
        QVERIFY(near(num(o, "input_tokens_per_s_per_chip"), 8 * num(o, "tokens_per_s_per_chip"), 1e-12));
        // request time = TTFT + 256 steps; output tokens/s = 8 × 256 / request time.
        QVERIFY(near(num(o, "request_time_s"), num(o, "ttft_s") + 256 * num(o, "time_per_step_s"), 1e-9));
        QVERIFY(near(num(o, "tokens_per_s_per_chip"), 8 * 256 / num(o, "request_time_s"), 1e-9));
        QVERIFY(num(o, "expected_tokens_per_s_per_chip") <= num(o, "tokens_per_s_per_chip"));
        const Run accepted = run(base + QStringList{QStringLiteral("--accept"), QStringLiteral("2")});
        const QJsonObject a = first(accepted);
        QCOMPARE(num(a, "accepted_tokens_per_step"), 2.0);
        QVERIFY(near(num(a, "request_time_s"), num(a, "ttft_s") + 128 * num(a, "time_per_step_s"), 1e-9));
        QCOMPARE(run(base + QStringList{QStringLiteral("--phase"), QStringLiteral("decode")}).exitCode, 2);
    }

    void pipelineScaleOutChunksAndPools()
    {
        auto args = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
        // Two pipeline stages, batch 1: one micro-batch, the token waits for both stages, so half of every step a chip
        // idles; tokens/s per chip = 1 / step / 2 chips.
        const Run pp = run(args("--chip h100-sxm --model llama-3.1-8b --precision bf16 --phase decode --context 4096 --batch 1 --pp 2 --explain --format json"));
        QCOMPARE(pp.exitCode, 0);
        const QJsonObject p = first(pp);
        QCOMPARE(p.value(QStringLiteral("pp")).toInt(), 2);
        QCOMPARE(p.value(QStringLiteral("group_chips")).toInt(), 2);
        QCOMPARE(num(p, "bubble_fraction"), 0.5);
        QVERIFY(near(num(p, "tokens_per_s_per_chip"), 1 / num(p, "time_per_step_s") / 2, 1e-12));
        QVERIFY(p.value(QStringLiteral("explain")).toArray().contains(QJsonValue(QStringLiteral(
            "pipeline, decode in steady state: step = max(M, stages) × stage time = 2 × 2.322 ms = 4.644 ms, a chip busy M × stage time; "
            "bubble = (stages − M) / stages = 50.0%"))));
        // Sixteen B200s are more than the DGX B200's domain of 8: the all-reduces cross its 50 GB/s network.
        const Run out = run(args("--chip b200 --model llama-3.1-70b --phase decode --context 4096 --batch 32 --tp 16 --format json"));
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(first(out).value(QStringLiteral("collectives_link")).toString(), QStringLiteral("scale-out (dgx-b200)"));
        // No H100 system gives a scale-out figure: refused, naming the domain.
        const Run refused = run(args("--chip h100-sxm --model llama-3.1-70b --phase decode --context 4096 --batch 32 --tp 16 --format json"));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("scale-up domain of 8")), qPrintable(refused.err));
        // Chunked prefill: 64 × 2,048 / 256 = 512 prompt tokens a step keep 64 sequences decoding; TTFT = 2,048 / 512 = 4
        // steps; output tokens/s per chip = 64 / step.
        const QString request = QStringLiteral("--chip h100-sxm --model llama-3.1-8b --precision bf16 --input-tokens 2048 --output-tokens 256 --batch 64 --format json");
        const Run chunked = run(request.split(QLatin1Char(' ')) + args("--chunked-prefill 512"));
        QCOMPARE(chunked.exitCode, 0);
        const QJsonObject c = first(chunked);
        QCOMPARE(num(c, "prefill_tokens_per_step"), 512.0);
        QCOMPARE(c.value(QStringLiteral("decoding_sequences")).toInt(), 64);
        QVERIFY(near(num(c, "ttft_s"), 4 * num(c, "time_per_step_s"), 1e-12));
        QVERIFY(near(num(c, "tokens_per_s_per_chip"), 64 / num(c, "time_per_step_s"), 1e-12));
        QVERIFY(num(c, "expected_tokens_per_s_per_chip") <= num(c, "tokens_per_s_per_chip"));
        // Disaggregated: prefill chips per decode chip = D × I / (O × P); the whole = D / (1 + ratio).
        const Run pools = run(request.split(QLatin1Char(' ')) + args("--disaggregate"));
        QCOMPARE(pools.exitCode, 0);
        const QJsonObject d = first(pools).value(QStringLiteral("disaggregated")).toObject();
        const double D = num(d, "decode_tokens_per_s_per_chip"), P = num(d, "prefill_input_tokens_per_s_per_chip");
        QVERIFY(near(num(d, "prefill_chips_per_decode_chip"), D * 2048 / (256 * P), 1e-12));
        QVERIFY(near(num(d, "tokens_per_s_per_chip"), D / (1 + D * 2048 / (256 * P)), 1e-12));
        QCOMPARE(run(args("--chip h100-sxm --model llama-3.1-8b --phase decode --context 4096 --chunked-prefill 512")).exitCode, 2);
        QCOMPARE(run(request.split(QLatin1Char(' ')) + args("--chunked-prefill 512 --disaggregate")).exitCode, 2);
        QCOMPARE(run(args("--chip h100-sxm --model llama-3.1-8b --phase decode --context 4096 --pp 33")).exitCode, 2);
    }

    void deepseekMlaKvPerToken()
    {
        const Run r = run({QStringLiteral("--chip"), QStringLiteral("h100-sxm"), QStringLiteral("--model"), QStringLiteral("deepseek-v3"),
                           QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--batch"), QStringLiteral("1"),
                           QStringLiteral("--context"), QStringLiteral("4096"), QStringLiteral("--precision"), QStringLiteral("bf16"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        // 61 layers × (512 latent + 64 rope) × 2 bytes = 70,272 bytes per token
        QCOMPARE(num(first(r), "kv_bytes_per_token"), 70272.0);
    }

    void sweepWithPrice()
    {
        const Run r = run({QStringLiteral("--chip"), QStringLiteral("h100-sxm"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                           QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--context"), QStringLiteral("4096"),
                           QStringLiteral("--sweep-batch"), QStringLiteral("1,8,64"), QStringLiteral("--price-per-hour"), QStringLiteral("2.5"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        // USD per million tokens = 2.5 USD/h ÷ (tokens/s × 3600) × 1e6; larger batches share the weight reads.
        double previous = 1e9;
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            const double expected = 2.5 / (num(o, "tokens_per_s") * 3600) * 1e6;
            QVERIFY(near(num(o, "usd_per_million_tokens"), expected, 1e-6));
            QVERIFY(num(o, "usd_per_million_tokens") < previous);
            previous = num(o, "usd_per_million_tokens");
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("precision the chip lacks")
            << QStringList{QStringLiteral("--chip"), QStringLiteral("h100-sxm"), QStringLiteral("--precision"), QStringLiteral("fp4"), QStringLiteral("--intensity"), QStringLiteral("10")}
            << "h100-sxm has no dense fp4 peak; it has fp64, tf32, bf16, fp8, int8";
        QTest::newRow("unknown chip")
            << QStringList{QStringLiteral("--chip"), QStringLiteral("h900"), QStringLiteral("--intensity"), QStringLiteral("10")}
            << "unknown chip 'h900'; known: h100-sxm";
        QTest::newRow("no workload") << QStringList{QStringLiteral("--chip"), QStringLiteral("b200")} << "roofline";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }

    void validationHasNoMeasurementAboveItsBound()
    {
        const Run r = run({QStringLiteral("--validate"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(QStringLiteral("checked")).toInt() >= 15);
        QCOMPARE(r.json.value(QStringLiteral("exceeding")).toInt(), 0);
        // Issue 18: every measurement with a bound has an expected figure (bound × the other chips' median
        // efficiency), at or below the bound, and the report gives the median measured / expected.
        QVERIFY(r.json.value(QStringLiteral("median_measured_over_expected")).isDouble());
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("bound")).isNull())
                continue;
            QVERIFY(num(row, "measured") <= num(row, "bound") * (1 + 1e-9));
            QVERIFY(row.value(QStringLiteral("expected")).isDouble());
            QVERIFY(num(row, "expected") <= num(row, "bound"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRooflineCommand)
#include "tst_roofline_command.moc"
