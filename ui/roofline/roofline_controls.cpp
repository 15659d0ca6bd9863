#include "roofline_controls.h"

#include "common/chip_chooser.h"
#include "roofline_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <cmath>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// A purchase price when the dataset has no estimate for a chip: a round figure for a flagship accelerator bought
// in 2025–26. Shown and editable; the dataset's own estimate replaces it where a chip has one.
constexpr double kDefaultPriceUsd = 40000;
// High-bandwidth flash as KAIST's Kim Joungho describes it (articles.md, art-hbm-hbf-kim): about ten times HBM's
// capacity, slower than HBM. A starting point for the what-if, not a product figure.
constexpr double kDefaultTierCapacityGb = 2048;
constexpr double kDefaultTierBandwidthTbs = 1.0;
// A request of 1,024 tokens in and 1,024 out, the shortest of InferenceMAX's three shapes (1k/1k, 1k/8k, 8k/1k).
constexpr int kDefaultInputTokens = 1024;
constexpr int kDefaultOutputTokens = 1024;
// 50 tokens/s per user: a chat reply read as it streams, the interactivity InferenceMAX's plots are often quoted at.
constexpr double kDefaultTargetTokensPerUser = 50;

const QString kPrefix = QStringLiteral("roofline/");

enum Page { IntensityPage, GemmPage, LlmPage };

QSpinBox *countBox(int min, int max, int value)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    box->setKeyboardTracking(false);
    return box;
}

QDoubleSpinBox *numberBox(double min, double max, double value, int decimals, const QString &prefix = {}, const QString &suffix = {})
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setValue(value);
    box->setPrefix(prefix);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    box->setKeyboardTracking(false);
    return box;
}

int log2Floor(int v)
{
    int k = 0;
    while ((2 << k) <= v && k < 30)
        ++k;
    return v >= 1 ? k : 0;
}

} // namespace

RooflineControls::RooflineControls(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("rooflineControls"));

    // Chips, precision and the chip whose operators are shown.
    m_chipsGroup = new QGroupBox(this);
    m_chooser = new ChipChooser(catalog, m_chipsGroup);
    m_chooser->tree()->setMinimumHeight(4 * m_chooser->tree()->fontMetrics().height() + 12);
    m_precision = new QComboBox;
    m_precision->setObjectName(QStringLiteral("precisionBox"));
    m_focus = new QComboBox;
    m_focus->setObjectName(QStringLiteral("focusBox"));
    auto *chipsForm = new QFormLayout;
    chipsForm->setContentsMargins(0, 0, 0, 0);
    chipsForm->addRow(label(QT_TR_NOOP("&Precision"), m_precision), m_precision);
    chipsForm->addRow(label(QT_TR_NOOP("&Operators of"), m_focus), m_focus);
    auto *chipsLayout = new QVBoxLayout(m_chipsGroup);
    chipsLayout->addWidget(m_chooser, 1);
    chipsLayout->addLayout(chipsForm);
    tip(m_precision, QT_TR_NOOP("The weights and their matmuls. Default FP8, the same as the command line's. Only precisions at "
                                "least one chosen chip has a dense figure for are offered; a chip without the chosen one keeps its "
                                "column in the results, marked as such."));
    tip(m_focus, QT_TR_NOOP("The chip whose operators are drawn on the roofline and listed in the operator table."));

    // The workload.
    m_workloadGroup = new QGroupBox(this);
    m_workload = new QComboBox;
    m_workload->setObjectName(QStringLiteral("workloadBox"));
    m_workload->addItem(QString(), int(WorkloadKind::Intensity));
    m_workload->addItem(QString(), int(WorkloadKind::Gemm));
    m_workload->addItem(QString(), int(WorkloadKind::Llm));
    m_workloadPages = new QStackedWidget;

    auto *intensityPage = new QWidget;
    m_intensity = numberBox(0.01, 1e6, 10, 2, QString(), QLatin1Char(' ') + NumberFormat::unitName(QStringLiteral("FLOP/B")));
    auto *intensityForm = new QFormLayout(intensityPage);
    intensityForm->setContentsMargins(0, 0, 0, 0);
    intensityForm->addRow(label(QT_TR_NOOP("&Intensity"), m_intensity), m_intensity);
    tip(m_intensity, QT_TR_NOOP("Arithmetic intensity: floating-point operations done per byte moved to or from memory."));

    auto *gemmPage = new QWidget;
    m_gemmM = countBox(1, 1 << 20, 8192);
    m_gemmN = countBox(1, 1 << 20, 8192);
    m_gemmK = countBox(1, 1 << 20, 8192);
    auto *gemmForm = new QFormLayout(gemmPage);
    gemmForm->setContentsMargins(0, 0, 0, 0);
    gemmForm->addRow(QStringLiteral("M"), m_gemmM);
    gemmForm->addRow(QStringLiteral("N"), m_gemmN);
    gemmForm->addRow(QStringLiteral("K"), m_gemmK);
    for (QSpinBox *b : {m_gemmM, m_gemmN, m_gemmK})
        tip(b, QT_TR_NOOP("C = A·B with A of M×K and B of K×N: 2·M·N·K FLOPs; each matrix read or written once."));

    auto *llmPage = new QWidget;
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("modelBox"));
    for (const LlmModel &m : catalog.llmModels())
        m_model->addItem(m.name, m.id);
    m_phase = new QComboBox;
    m_phase->setObjectName(QStringLiteral("phaseBox"));
    m_phase->addItem(QString(), int(InferencePhase::Decode));
    m_phase->addItem(QString(), int(InferencePhase::Prefill));
    m_batchSlider = new QSlider(Qt::Horizontal);
    m_batchSlider->setObjectName(QStringLiteral("batchSlider"));
    m_batchSlider->setRange(0, 12);
    m_batchSlider->setPageStep(1);
    m_batchSlider->setTickPosition(QSlider::TicksBelow);
    m_batchSlider->setTickInterval(1);
    m_batch = countBox(1, 1 << 16, 1);
    m_batch->setObjectName(QStringLiteral("batchBox"));
    m_batch->setStepType(QAbstractSpinBox::DefaultStepType);
    auto *batchRow = new QHBoxLayout;
    batchRow->setContentsMargins(0, 0, 0, 0);
    batchRow->addWidget(m_batchSlider, 1);
    batchRow->addWidget(m_batch);
    m_context = countBox(1, 1 << 21, 4096);
    m_context->setObjectName(QStringLiteral("contextBox"));
    m_prompt = countBox(1, 1 << 21, 2048);
    m_tp = countBox(1, 576, 1);
    m_tp->setObjectName(QStringLiteral("tpBox"));
    m_kvPrecision = new QComboBox;
    m_kvPrecision->setObjectName(QStringLiteral("kvPrecisionBox"));
    m_kvPrecision->addItem(QString(), QString());
    for (Precision p : {Precision::BF16, Precision::FP8, Precision::FP4})
        m_kvPrecision->addItem(RooflineText::precision(p), precisionKey(p));
    m_attentionPrecision = new QComboBox;
    m_attentionPrecision->setObjectName(QStringLiteral("attentionPrecisionBox"));
    m_attentionPrecision->addItem(QString(), QString());
    for (Precision p : {Precision::BF16, Precision::FP8})
        m_attentionPrecision->addItem(RooflineText::precision(p), precisionKey(p));
    m_ep = countBox(1, 576, 1);
    m_ep->setObjectName(QStringLiteral("epBox"));
    m_dpAttention = new QCheckBox;
    m_dpAttention->setObjectName(QStringLiteral("dpAttentionBox"));
    m_request = new QCheckBox;
    m_request->setObjectName(QStringLiteral("requestBox"));
    m_inputTokens = countBox(1, 1 << 20, kDefaultInputTokens);
    m_inputTokens->setObjectName(QStringLiteral("inputTokensBox"));
    m_outputTokens = countBox(1, 1 << 20, kDefaultOutputTokens);
    m_outputTokens->setObjectName(QStringLiteral("outputTokensBox"));
    m_pp = countBox(1, 64, 1);
    m_pp->setObjectName(QStringLiteral("ppBox"));
    m_chunk = countBox(0, 1 << 20, 0);
    m_chunk->setObjectName(QStringLiteral("chunkBox"));
    m_accept = numberBox(1, 16, 1, 2);
    m_accept->setObjectName(QStringLiteral("acceptBox"));
    m_accept->setSingleStep(0.1);
    m_accept->setStepType(QAbstractSpinBox::DefaultStepType);
    m_target = numberBox(1, 10000, kDefaultTargetTokensPerUser, 0);
    m_target->setObjectName(QStringLiteral("targetBox"));
    auto *llmForm = new QFormLayout(llmPage);
    llmForm->setContentsMargins(0, 0, 0, 0);
    llmForm->addRow(label(QT_TR_NOOP("&Model"), m_model), m_model);
    llmForm->addRow(label(QT_TR_NOOP("P&hase"), m_phase), m_phase);
    llmForm->addRow(label(QT_TR_NOOP("&Batch"), m_batch), batchRow);
    m_contextLabel = label(QT_TR_NOOP("&Context"), m_context);
    llmForm->addRow(m_contextLabel, m_context);
    m_promptLabel = label(QT_TR_NOOP("Pro&mpt"), m_prompt);
    llmForm->addRow(m_promptLabel, m_prompt);
    llmForm->addRow(QString(), m_request);
    m_inputLabel = label(QT_TR_NOOP("I&nput tokens"), m_inputTokens);
    llmForm->addRow(m_inputLabel, m_inputTokens);
    m_outputLabel = label(QT_TR_NOOP("O&utput tokens"), m_outputTokens);
    llmForm->addRow(m_outputLabel, m_outputTokens);
    m_chunkLabel = label(QT_TR_NOOP("Prefill &chunk"), m_chunk);
    llmForm->addRow(m_chunkLabel, m_chunk);
    m_acceptLabel = label(QT_TR_NOOP("Accepted per &step"), m_accept);
    llmForm->addRow(m_acceptLabel, m_accept);
    llmForm->addRow(label(QT_TR_NOOP("&Tensor parallel"), m_tp), m_tp);
    llmForm->addRow(label(QT_TR_NOOP("E&xpert parallel"), m_ep), m_ep);
    llmForm->addRow(label(QT_TR_NOOP("P&ipeline stages"), m_pp), m_pp);
    llmForm->addRow(QString(), m_dpAttention);
    llmForm->addRow(label(QT_TR_NOOP("&KV cache"), m_kvPrecision), m_kvPrecision);
    llmForm->addRow(label(QT_TR_NOOP("&Attention math"), m_attentionPrecision), m_attentionPrecision);
    m_targetLabel = label(QT_TR_NOOP("Tar&get per user"), m_target);
    llmForm->addRow(m_targetLabel, m_target);
    tip(m_request, QT_TR_NOOP("Serve whole requests: prefill the input once (the time to first token), then decode the output "
                              "one step at a time as the context grows. Tokens/s then count output tokens over the whole request."));
    tip(m_inputTokens, QT_TR_NOOP("Prompt tokens per request, prefilled at once."));
    tip(m_pp, QT_TR_NOOP("Pipeline parallelism: the layers split over this many stages, each on its own group of chips; a "
                         "batch smaller than the stages leaves them idle (the bubble). 1: no pipeline."));
    tip(m_chunk, QT_TR_NOOP("Chunked prefill: the prompt tokens each decode step also carries, as vLLM and SGLang schedule it; "
                            "a request's first token comes after ⌈input ÷ chunk⌉ such steps. Off: the prompts are prefilled apart."));
    tip(m_outputTokens, QT_TR_NOOP("Tokens generated per request; decode runs at the mean context, input plus half the output."));
    tip(m_accept, QT_TR_NOOP("Tokens each sequence gains per decode step with multi-token prediction or speculative decoding (the "
                             "mean accepted). The step reads the weights and the KV cache once for all of them. 1: plain decoding."));
    tip(m_target, QT_TR_NOOP("The frontier chart picks, for each chip, the layout and batch with the most tokens/s per chip that "
                             "still gives every user at least this many tokens/s."));
    tip(m_model, QT_TR_NOOP("A model preset from the dataset: layers, widths, attention type and experts as its configuration gives them."));
    tip(m_phase, QT_TR_NOOP("Decode: one new token per sequence per step, reading all weights and the KV cache. Prefill: the whole "
                            "prompt at once, the time to first token."));
    tip(m_batchSlider, QT_TR_NOOP("Sequences served together, on a log scale from 1 to 4,096; type any batch in the box."));
    tip(m_batch, QT_TR_NOOP("Sequences served together."));
    tip(m_context, QT_TR_NOOP("Decode: the tokens each new token attends to (prompt plus tokens generated so far)."));
    tip(m_prompt, QT_TR_NOOP("Prefill: prompt tokens per sequence."));
    tip(m_tp, QT_TR_NOOP("Tensor parallelism: chips that split every layer over their scale-up link (NVLink, ICI …)."));
    tip(m_kvPrecision, QT_TR_NOOP("The KV cache's element format. By default BF16 for BF16 weights and FP8 for FP8 or narrower "
                                  "weights, as serving engines do; an FP4 KV cache only when chosen here."));

    tip(m_ep, QT_TR_NOOP("Expert parallelism: chips the routed experts are spread over, each holding its share whole; tokens reach "
                         "them by an all-to-all in every MoE layer. 1: experts split like the other layers."));
    tip(m_dpAttention, QT_TR_NOOP("Each chip of the group runs attention for its own sequences and keeps only their KV cache, "
                                  "instead of splitting every sequence's attention."));
    tip(m_attentionPrecision, QT_TR_NOOP("The format attention's own matmuls (q·k and p·v) run at. By default BF16, as serving engines do."));

    m_workloadPages->addWidget(intensityPage);
    m_workloadPages->addWidget(gemmPage);
    m_workloadPages->addWidget(llmPage);
    auto *workloadLayout = new QVBoxLayout(m_workloadGroup);
    workloadLayout->addWidget(m_workload);
    workloadLayout->addWidget(m_workloadPages);

    // A what-if memory tier.
    m_tierGroup = new QGroupBox(this);
    m_tierGroup->setObjectName(QStringLiteral("tierGroup"));
    m_tierGroup->setCheckable(true);
    m_tierGroup->setChecked(false);
    m_tierName = new QLineEdit(QStringLiteral("HBF"));
    m_tierCapacity = numberBox(1, 1e6, kDefaultTierCapacityGb, 0, QString(), QStringLiteral(" GB"));
    m_tierBandwidth = numberBox(0.001, 1000, kDefaultTierBandwidthTbs, 3, QString(), QStringLiteral(" TB/s"));
    m_tierHolds = new QComboBox;
    m_tierHolds->addItem(QString(), int(TierUse::Weights));
    m_tierHolds->addItem(QString(), int(TierUse::KvCache));
    m_tierFields = new QWidget(m_tierGroup);
    m_tierFields->setVisible(false);
    auto *tierLayout = new QVBoxLayout(m_tierGroup);
    tierLayout->setContentsMargins(6, 2, 6, 2);
    tierLayout->addWidget(m_tierFields);
    auto *tierForm = new QFormLayout(m_tierFields);
    tierForm->setContentsMargins(0, 0, 0, 0);
    tierForm->addRow(label(QT_TR_NOOP("Name"), m_tierName), m_tierName);
    tierForm->addRow(label(QT_TR_NOOP("Capacity per chip"), m_tierCapacity), m_tierCapacity);
    tierForm->addRow(label(QT_TR_NOOP("Bandwidth per chip"), m_tierBandwidth), m_tierBandwidth);
    tierForm->addRow(label(QT_TR_NOOP("Holds"), m_tierHolds), m_tierHolds);
    tip(m_tierGroup, QT_TR_NOOP("Add a memory tier beside HBM, such as high-bandwidth flash (HBF) or host memory over "
                                "NVLink-C2C, and put the weights or the KV cache on it."));
    tip(m_tierCapacity, QT_TR_NOOP("Binary gigabytes, as vendors print memory capacity (1 GB = 2³⁰ bytes)."));
    tip(m_tierBandwidth, QT_TR_NOOP("Decimal terabytes per second (1 TB/s = 10¹² bytes/s)."));

    // Economics.
    m_costGroup = new QGroupBox(this);
    m_costMode = new QComboBox;
    m_costMode->setObjectName(QStringLiteral("costModeBox"));
    m_costMode->addItem(QString(), QStringLiteral("rent"));
    m_costMode->addItem(QString(), QStringLiteral("buy"));
    m_rental = numberBox(0.01, 1000, defaultRentalUsdPerChipHour, 2, QStringLiteral("USD "));
    m_rental->setObjectName(QStringLiteral("rentalBox"));
    const CostAssumptions engine; // the engine's documented defaults
    m_price = numberBox(100, 1e7, kDefaultPriceUsd, 0, QStringLiteral("USD "));
    m_catalogPrices = new QCheckBox;
    m_catalogPrices->setChecked(true);
    m_years = numberBox(0.5, 20, engine.years, 1);
    m_electricity = numberBox(0, 2, engine.electricityUsdPerKWh, 3, QStringLiteral("USD "));
    m_pue = numberBox(1, 3, engine.pue, 2);
    m_costDefaults = new QPushButton;
    m_buyBox = new QWidget;
    auto *buyForm = new QFormLayout(m_buyBox);
    buyForm->setContentsMargins(0, 0, 0, 0);
    buyForm->addRow(label(QT_TR_NOOP("Price per chip"), m_price), m_price);
    buyForm->addRow(m_catalogPrices);
    buyForm->addRow(label(QT_TR_NOOP("Written off over (years)"), m_years), m_years);
    buyForm->addRow(label(QT_TR_NOOP("Electricity per kWh"), m_electricity), m_electricity);
    buyForm->addRow(label(QT_TR_NOOP("PUE"), m_pue), m_pue);
    auto *costForm = new QFormLayout;
    costForm->setContentsMargins(0, 0, 0, 0);
    costForm->addRow(label(QT_TR_NOOP("Pa&y by"), m_costMode), m_costMode);
    m_rentalLabel = label(QT_TR_NOOP("Per chip-hour"), m_rental);
    costForm->addRow(m_rentalLabel, m_rental);
    auto *costLayout = new QVBoxLayout(m_costGroup);
    costLayout->addLayout(costForm);
    costLayout->addWidget(m_buyBox);
    costLayout->addWidget(m_costDefaults, 0, Qt::AlignRight);
    tip(m_rental, QT_TR_NOOP("What renting one chip for an hour costs, power and hosting included. The same for every chip, "
                             "so the cost per million tokens compares throughput; change it to compare offers."));
    tip(m_catalogPrices, QT_TR_NOOP("Use the dataset's price estimate for the chips that have one; the price above applies to the rest."));
    tip(m_years, QT_TR_NOOP("Default 4 years: a common depreciation schedule for servers."));
    tip(m_electricity, QT_TR_NOOP("Default USD 0.08 per kWh: an industrial tariff in the US."));
    tip(m_pue, QT_TR_NOOP("Power usage effectiveness: facility power ÷ IT power. Default 1.2, a modern AI data hall."));

    // The panel is narrow: long labels go above their field, combo boxes elide long items instead of widening it.
    for (QFormLayout *form : findChildren<QFormLayout *>())
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QComboBox *box : findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_batch->setMinimumWidth(m_batch->fontMetrics().horizontalAdvance(QStringLiteral("65,536")) + 34);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    // The chip list takes the height the window gives beyond what the other groups need: a tall window shows
    // every chip, a short one keeps the economics in view.
    layout->addWidget(m_chipsGroup, 1);
    layout->addWidget(m_workloadGroup);
    layout->addWidget(m_tierGroup);
    layout->addWidget(m_costGroup);

    // Every edit recomputes.
    connect(m_chooser, &ChipChooser::checkedIdsChanged, this, [this] {
        fillPrecisions();
        fillFocus();
        emitChanged();
    });
    connect(m_precision, &QComboBox::currentIndexChanged, this, [this] {
        updateKvDefaultText();
        emitChanged();
    });
    connect(m_focus, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_focusPreferred = m_focus->currentData().toString();
        emitChanged();
    });
    connect(m_workload, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emitChanged();
    });
    connect(m_phase, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emitChanged();
    });
    connect(m_batchSlider, &QSlider::valueChanged, this, [this](int k) {
        if (!m_updating)
            m_batch->setValue(1 << k);
    });
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int b) {
        const bool was = m_updating;
        m_updating = true;
        m_batchSlider->setValue(log2Floor(b));
        m_updating = was;
        emitChanged();
    });
    for (QComboBox *box : {m_model, m_kvPrecision, m_attentionPrecision, m_tierHolds})
        connect(box, &QComboBox::currentIndexChanged, this, &RooflineControls::emitChanged);
    for (QSpinBox *box : {m_gemmM, m_gemmN, m_gemmK, m_context, m_prompt, m_tp, m_ep, m_pp, m_chunk, m_inputTokens, m_outputTokens})
        connect(box, &QSpinBox::valueChanged, this, &RooflineControls::emitChanged);
    for (QDoubleSpinBox *box : {m_accept, m_target, m_intensity, m_tierCapacity, m_tierBandwidth, m_rental, m_price, m_years, m_electricity, m_pue})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RooflineControls::emitChanged);
    connect(m_tierName, &QLineEdit::editingFinished, this, &RooflineControls::emitChanged);
    connect(m_tierGroup, &QGroupBox::toggled, this, &RooflineControls::emitChanged);
    connect(m_catalogPrices, &QCheckBox::toggled, this, &RooflineControls::emitChanged);
    connect(m_dpAttention, &QCheckBox::toggled, this, &RooflineControls::emitChanged);
    connect(m_request, &QCheckBox::toggled, this, [this] {
        updateVisibility();
        emitChanged();
    });
    connect(m_costMode, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emitChanged();
    });
    connect(m_costDefaults, &QPushButton::clicked, this, [this] {
        const CostAssumptions defaults;
        m_updating = true;
        m_costMode->setCurrentIndex(0); // renting, as a first start shows
        m_rental->setValue(defaultRentalUsdPerChipHour);
        m_price->setValue(kDefaultPriceUsd);
        m_catalogPrices->setChecked(true);
        m_years->setValue(defaults.years);
        m_electricity->setValue(defaults.electricityUsdPerKWh);
        m_pue->setValue(defaults.pue);
        m_updating = false;
        updateVisibility();
        emitChanged();
    });
    // "1 chip", "2 chips": the suffix follows the number.
    connect(m_tp, &QSpinBox::valueChanged, this, &RooflineControls::updateTensorParallelSuffix);
    connect(m_ep, &QSpinBox::valueChanged, this, &RooflineControls::updateTensorParallelSuffix);
    connect(m_pp, &QSpinBox::valueChanged, this, &RooflineControls::updateTensorParallelSuffix);
    // An unticked what-if tier takes one line: its fields only show while it is on.
    connect(m_tierGroup, &QGroupBox::toggled, m_tierFields, &QWidget::setVisible);

    retranslateUi();
    restoreDefaults();
}

QLabel *RooflineControls::label(const char *text, QWidget *buddy)
{
    auto *l = new QLabel;
    l->setBuddy(buddy);
    m_labels << qMakePair(l, text);
    return l;
}

void RooflineControls::tip(QWidget *widget, const char *text)
{
    m_tips << qMakePair(widget, text);
}

QStringList RooflineControls::defaultChipIds()
{
    return {QStringLiteral("b200"), QStringLiteral("gb300"), QStringLiteral("rubin"), QStringLiteral("feynman"), QStringLiteral("tpu-v7")};
}

QString RooflineControls::defaultFocusChipId()
{
    return QStringLiteral("rubin");
}

void RooflineControls::restoreDefaults()
{
    // Context 512 is where the question "when does Rubin stop being memory-bound?" has an answer inside the KV wall:
    // at 4,096 tokens attention keeps every chip memory-bound at any batch (the sweep shows it when you slide it).
    m_updating = true;
    m_chooser->setCheckedIds(defaultChipIds());
    m_focusPreferred = defaultFocusChipId();
    fillPrecisions();
    fillFocus();
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(precisionKey(defaultRooflinePrecision))));
    m_workload->setCurrentIndex(m_workload->findData(int(WorkloadKind::Llm)));
    m_model->setCurrentIndex(std::max(0, m_model->findData(QStringLiteral("llama-3.1-70b"))));
    m_phase->setCurrentIndex(0);
    m_batch->setValue(1024);
    m_batchSlider->setValue(10);
    m_context->setValue(512);
    m_prompt->setValue(2048);
    m_tp->setValue(1);
    m_ep->setValue(1);
    m_dpAttention->setChecked(false);
    m_kvPrecision->setCurrentIndex(0);
    m_attentionPrecision->setCurrentIndex(0);
    m_request->setChecked(false);
    m_inputTokens->setValue(kDefaultInputTokens);
    m_outputTokens->setValue(kDefaultOutputTokens);
    m_accept->setValue(1);
    m_pp->setValue(1);
    m_chunk->setValue(0);
    m_target->setValue(kDefaultTargetTokensPerUser);
    m_intensity->setValue(10);
    for (QSpinBox *b : {m_gemmM, m_gemmN, m_gemmK})
        b->setValue(8192);
    m_tierGroup->setChecked(false);
    m_tierName->setText(QStringLiteral("HBF"));
    m_tierCapacity->setValue(kDefaultTierCapacityGb);
    m_tierBandwidth->setValue(kDefaultTierBandwidthTbs);
    m_tierHolds->setCurrentIndex(0);
    const CostAssumptions defaults;
    m_costMode->setCurrentIndex(0);
    m_rental->setValue(defaultRentalUsdPerChipHour);
    m_price->setValue(kDefaultPriceUsd);
    m_catalogPrices->setChecked(true);
    m_years->setValue(defaults.years);
    m_electricity->setValue(defaults.electricityUsdPerKWh);
    m_pue->setValue(defaults.pue);
    m_updating = false;
    updateVisibility();
    emitChanged();
}

void RooflineControls::emitChanged()
{
    if (!m_updating)
        emit changed();
}

QStringList RooflineControls::chipIds() const
{
    return m_chooser->checkedIds();
}

QString RooflineControls::focusChipId() const
{
    return m_focus->currentData().toString();
}

QList<Precision> RooflineControls::offeredPrecisions() const
{
    QList<Precision> offered;
    for (int i = 0; i < m_precision->count(); ++i)
        if (const auto p = precisionFromKey(m_precision->itemData(i).toString()))
            offered << *p;
    return offered;
}

void RooflineControls::fillPrecisions()
{
    QList<const Chip *> chips;
    for (const QString &id : m_chooser->checkedIds())
        if (const Chip *c = m_catalog.findChip(id))
            chips << c;
    const QString current = m_precision->currentData().toString();
    const bool was = m_updating;
    m_updating = true;
    m_precision->clear();
    for (Precision p : allPrecisions) {
        QStringList lacking;
        int having = 0;
        for (const Chip *c : chips) {
            if (c->peak(p))
                ++having;
            else
                lacking << c->localName(m_language);
        }
        if (having == 0)
            continue;
        const QString text = lacking.isEmpty() ? RooflineText::precision(p)
                                               : tr("%1 (%2 of %3 chips)", "precision (chips that have it of chips chosen)")
                                                     .arg(RooflineText::precision(p))
                                                     .arg(having)
                                                     .arg(chips.size());
        m_precision->addItem(text, precisionKey(p));
        if (!lacking.isEmpty())
            m_precision->setItemData(m_precision->count() - 1, tr("Not on: %1").arg(lacking.join(tr(", ", "list separator"))), Qt::ToolTipRole);
    }
    int at = m_precision->findData(current);
    if (at < 0) // the precision in use is gone: the usual inference formats first
        for (Precision p : {Precision::FP8, Precision::BF16, Precision::FP4})
            if ((at = m_precision->findData(precisionKey(p))) >= 0)
                break;
    m_precision->setCurrentIndex(std::max(0, at));
    m_precision->setEnabled(m_precision->count() > 0);
    m_updating = was;
}

void RooflineControls::fillFocus()
{
    const bool was = m_updating;
    m_updating = true;
    m_focus->clear();
    for (const QString &id : m_chooser->checkedIds())
        if (const Chip *c = m_catalog.findChip(id))
            m_focus->addItem(c->localName(m_language), c->id);
    const int at = m_focus->findData(m_focusPreferred);
    m_focus->setCurrentIndex(at >= 0 ? at : 0);
    m_focus->setEnabled(m_focus->count() > 0);
    m_updating = was;
}

void RooflineControls::updateVisibility()
{
    const auto kind = WorkloadKind(m_workload->currentData().toInt());
    m_workloadPages->setCurrentIndex(kind == WorkloadKind::Intensity ? IntensityPage : kind == WorkloadKind::Gemm ? GemmPage : LlmPage);
    // The stack takes the height of its current page only.
    for (int i = 0; i < m_workloadPages->count(); ++i)
        m_workloadPages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_workloadPages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_workloadPages->adjustSize();
    const bool decode = InferencePhase(m_phase->currentData().toInt()) == InferencePhase::Decode;
    // A whole request sets the decode context itself (its mean): the context box gives way to its lengths.
    const bool request = decode && m_request->isChecked();
    m_contextLabel->setVisible(decode && !request);
    m_context->setVisible(decode && !request);
    m_request->setVisible(decode);
    for (QWidget *w : std::initializer_list<QWidget *>{m_inputLabel, m_inputTokens, m_outputLabel, m_outputTokens, m_chunkLabel, m_chunk})
        w->setVisible(request);
    for (QWidget *w : std::initializer_list<QWidget *>{m_acceptLabel, m_accept, m_targetLabel, m_target})
        w->setVisible(decode);
    m_promptLabel->setVisible(!decode);
    m_prompt->setVisible(!decode);
    const bool llm = kind == WorkloadKind::Llm;
    m_tierGroup->setVisible(llm);
    m_costGroup->setVisible(llm);
    const bool rent = m_costMode->currentData().toString() == QLatin1String("rent");
    m_rentalLabel->setVisible(rent);
    m_rental->setVisible(rent);
    m_buyBox->setVisible(!rent);
}

RooflineScenario RooflineControls::scenario() const
{
    RooflineScenario s;
    s.precision = precisionFromKey(m_precision->currentData().toString()).value_or(defaultRooflinePrecision);
    s.workload = WorkloadKind(m_workload->currentData().toInt());
    s.intensity = m_intensity->value();
    s.gemm = GemmShape{double(m_gemmM->value()), double(m_gemmN->value()), double(m_gemmK->value())};
    if (const LlmModel *m = m_catalog.findLlmModel(m_model->currentData().toString()))
        s.model = *m;
    s.inference.phase = InferencePhase(m_phase->currentData().toInt());
    s.inference.batch = m_batch->value();
    s.inference.context = m_context->value();
    s.inference.prompt = m_prompt->value();
    s.inference.tensorParallel = m_tp->value();
    // Empty = the engine's default (BF16 KV for BF16 weights, FP8 for FP8 or narrower), never the weights' own.
    s.inference.kvPrecision = precisionFromKey(m_kvPrecision->currentData().toString());
    s.inference.attentionPrecision = precisionFromKey(m_attentionPrecision->currentData().toString());
    s.inference.expertParallel = m_ep->value();
    s.inference.dpAttention = m_dpAttention->isChecked();
    s.inference.pipelineParallel = m_pp->value();
    if (s.inference.phase == InferencePhase::Decode) {
        s.inference.acceptedTokens = m_accept->value();
        if (const auto r = requestLengths())
            s.inference.context = r->input + (r->output + 1) / 2; // the mean context, as evaluateRequest decodes at
    }
    if (m_tierGroup->isChecked() && s.workload == WorkloadKind::Llm) {
        QString name = m_tierName->text().trimmed();
        if (name.isEmpty() || name.compare(QLatin1String("hbm"), Qt::CaseInsensitive) == 0)
            name = QStringLiteral("tier 2");
        s.extraTier = WhatIfTier{MemoryTier{name, m_tierCapacity->value() * GiB, m_tierBandwidth->value() * 1e12},
                                 TierUse(m_tierHolds->currentData().toInt())};
    }
    if (m_costMode->currentData().toString() == QLatin1String("rent")) {
        s.cost.rentalUsdPerHour = m_rental->value();
    } else {
        s.cost.priceUsd = m_price->value();
        s.catalogPrices = m_catalogPrices->isChecked();
        s.cost.years = m_years->value();
        s.cost.electricityUsdPerKWh = m_electricity->value();
        s.cost.pue = m_pue->value();
    }
    return s;
}

std::optional<RequestLengths> RooflineControls::requestLengths() const
{
    if (WorkloadKind(m_workload->currentData().toInt()) != WorkloadKind::Llm
        || InferencePhase(m_phase->currentData().toInt()) != InferencePhase::Decode || !m_request->isChecked())
        return std::nullopt;
    return RequestLengths{m_inputTokens->value(), m_outputTokens->value(), m_chunk->value()};
}

double RooflineControls::targetTokensPerUser() const
{
    return m_target->value();
}

void RooflineControls::setRequest(int inputTokens, int outputTokens)
{
    m_updating = true;
    if (inputTokens > 0)
        m_inputTokens->setValue(inputTokens);
    if (outputTokens > 0)
        m_outputTokens->setValue(outputTokens);
    m_request->setChecked(inputTokens > 0 && outputTokens > 0);
    m_updating = false;
    updateVisibility();
    emitChanged();
}

void RooflineControls::setAcceptedTokens(double tokensPerStep)
{
    m_accept->setValue(tokensPerStep);
}

void RooflineControls::setTargetTokensPerUser(double tokensPerSecond)
{
    m_target->setValue(tokensPerSecond);
}

void RooflineControls::setChipIds(const QStringList &ids)
{
    m_chooser->setCheckedIds(ids); // refills precisions and focus, and emits changed()
}

void RooflineControls::setPrecision(Precision p)
{
    const int at = m_precision->findData(precisionKey(p));
    if (at >= 0)
        m_precision->setCurrentIndex(at);
}

void RooflineControls::setFocusChipId(const QString &id)
{
    m_focusPreferred = id;
    const int at = m_focus->findData(id);
    if (at >= 0)
        m_focus->setCurrentIndex(at);
}

void RooflineControls::setWorkload(WorkloadKind kind)
{
    m_workload->setCurrentIndex(m_workload->findData(int(kind)));
}

void RooflineControls::setModelId(const QString &id)
{
    const int at = m_model->findData(id);
    if (at >= 0)
        m_model->setCurrentIndex(at);
}

void RooflineControls::setWhatIfTier(const QString &name, double capacityGb, double bandwidthTbs, TierUse holds)
{
    m_tierName->setText(name);
    m_tierCapacity->setValue(capacityGb);
    m_tierBandwidth->setValue(bandwidthTbs);
    m_tierHolds->setCurrentIndex(std::max(0, m_tierHolds->findData(int(holds))));
    m_tierGroup->setChecked(true);
    emitChanged(); // the name alone emits nothing until editing finishes
}

void RooflineControls::setPhase(InferencePhase phase)
{
    m_phase->setCurrentIndex(m_phase->findData(int(phase)));
}

void RooflineControls::setBatch(int batch)
{
    m_batch->setValue(batch);
}

void RooflineControls::setContext(int tokens)
{
    m_context->setValue(tokens);
}

void RooflineControls::setTensorParallel(int chips)
{
    m_tp->setValue(chips);
}

void RooflineControls::setIntensity(double flopPerByte)
{
    m_intensity->setValue(flopPerByte);
}

void RooflineControls::setLanguage(Language language)
{
    m_language = language;
    m_chooser->setLanguage(language);
    // Dollars the way the language writes them: "USD 3.00" in English, "3.00 美元" in Chinese.
    for (QDoubleSpinBox *box : {m_rental, m_price, m_electricity}) {
        box->setPrefix(NumberFormat::usdPrefix(language));
        box->setSuffix(NumberFormat::usdSuffix(language));
    }
    const bool was = m_updating;
    m_updating = true;
    fillFocus(); // chip names in the language
    fillPrecisions();
    m_updating = was;
    updateVisibility(); // the workload page takes the height its rows need in the language's label widths
}

void RooflineControls::restoreSettings(const QSettings &settings)
{
    auto value = [&](const char *key) { return settings.value(kPrefix + QLatin1String(key)); };
    if (!settings.contains(kPrefix + QStringLiteral("chips")))
        return;
    m_updating = true;
    QStringList ids = value("chips").toStringList();
    ids.removeIf([this](const QString &id) { return !m_catalog.findChip(id); });
    m_chooser->setCheckedIds(ids);
    m_focusPreferred = value("focus").toString();
    fillPrecisions();
    fillFocus();
    const int precision = m_precision->findData(value("precision").toString());
    if (precision >= 0)
        m_precision->setCurrentIndex(precision);
    auto select = [](QComboBox *box, const QVariant &data) {
        const int at = box->findData(data);
        if (at >= 0)
            box->setCurrentIndex(at);
    };
    select(m_workload, value("workload").toInt());
    select(m_model, value("model").toString());
    select(m_phase, value("phase").toInt());
    select(m_kvPrecision, value("kv_precision").toString());
    select(m_attentionPrecision, value("attention_precision").toString());
    m_dpAttention->setChecked(value("dp_attention").toBool());
    m_request->setChecked(value("request/enabled").toBool());
    select(m_tierHolds, value("tier/holds").toInt());
    select(m_costMode, value("cost/mode").toString());
    auto setInt = [&](QSpinBox *box, const char *key) {
        if (value(key).isValid())
            box->setValue(value(key).toInt());
    };
    auto setDouble = [&](QDoubleSpinBox *box, const char *key) {
        if (value(key).isValid())
            box->setValue(value(key).toDouble());
    };
    setInt(m_batch, "batch");
    m_batchSlider->setValue(log2Floor(m_batch->value()));
    setInt(m_context, "context");
    setInt(m_prompt, "prompt");
    setInt(m_tp, "tp");
    setInt(m_ep, "ep");
    setInt(m_inputTokens, "request/input");
    setInt(m_outputTokens, "request/output");
    setInt(m_chunk, "request/chunk");
    setInt(m_pp, "pp");
    setDouble(m_accept, "accept");
    setDouble(m_target, "target_tokens_per_user");
    setInt(m_gemmM, "gemm/m");
    setInt(m_gemmN, "gemm/n");
    setInt(m_gemmK, "gemm/k");
    setDouble(m_intensity, "intensity");
    setDouble(m_tierCapacity, "tier/capacity_gb");
    setDouble(m_tierBandwidth, "tier/bandwidth_tbs");
    setDouble(m_rental, "cost/rental");
    setDouble(m_price, "cost/price");
    setDouble(m_years, "cost/years");
    setDouble(m_electricity, "cost/electricity");
    setDouble(m_pue, "cost/pue");
    if (value("tier/name").isValid())
        m_tierName->setText(value("tier/name").toString());
    m_tierGroup->setChecked(value("tier/enabled").toBool());
    m_catalogPrices->setChecked(value("cost/catalog").isValid() ? value("cost/catalog").toBool() : true);
    m_updating = false;
    updateVisibility();
    emitChanged();
}

void RooflineControls::saveSettings(QSettings &settings) const
{
    auto set = [&](const char *key, const QVariant &v) { settings.setValue(kPrefix + QLatin1String(key), v); };
    set("chips", m_chooser->checkedIds());
    set("focus", m_focusPreferred);
    set("precision", m_precision->currentData());
    set("workload", m_workload->currentData());
    set("intensity", m_intensity->value());
    set("gemm/m", m_gemmM->value());
    set("gemm/n", m_gemmN->value());
    set("gemm/k", m_gemmK->value());
    set("model", m_model->currentData());
    set("phase", m_phase->currentData());
    set("batch", m_batch->value());
    set("context", m_context->value());
    set("prompt", m_prompt->value());
    set("tp", m_tp->value());
    set("kv_precision", m_kvPrecision->currentData());
    set("attention_precision", m_attentionPrecision->currentData());
    set("ep", m_ep->value());
    set("dp_attention", m_dpAttention->isChecked());
    set("request/enabled", m_request->isChecked());
    set("request/input", m_inputTokens->value());
    set("request/output", m_outputTokens->value());
    set("request/chunk", m_chunk->value());
    set("pp", m_pp->value());
    set("accept", m_accept->value());
    set("target_tokens_per_user", m_target->value());
    set("tier/enabled", m_tierGroup->isChecked());
    set("tier/name", m_tierName->text());
    set("tier/capacity_gb", m_tierCapacity->value());
    set("tier/bandwidth_tbs", m_tierBandwidth->value());
    set("tier/holds", m_tierHolds->currentData());
    set("cost/mode", m_costMode->currentData());
    set("cost/rental", m_rental->value());
    set("cost/price", m_price->value());
    set("cost/catalog", m_catalogPrices->isChecked());
    set("cost/years", m_years->value());
    set("cost/electricity", m_electricity->value());
    set("cost/pue", m_pue->value());
}

// The default's item names what it resolves to for the weights chosen (FP8 under FP8 or FP4, BF16 under BF16): short
// enough for the panel, and the tooltip gives the rule.
void RooflineControls::updateKvDefaultText()
{
    const Precision weights = precisionFromKey(m_precision->currentData().toString()).value_or(defaultRooflinePrecision);
    m_kvPrecision->setItemText(0, tr("Default (%1)", "KV cache precision the engine picks for these weights")
                                      .arg(RooflineText::precision(kvPrecisionFor(InferenceConfig{}, weights))));
}

void RooflineControls::updateTensorParallelSuffix()
{
    m_tp->setSuffix(tr(" chip(s)", "tensor-parallel degree suffix: 1 chip, 2 chips", m_tp->value()));
    m_ep->setSuffix(tr(" chip(s)", "tensor-parallel degree suffix: 1 chip, 2 chips", m_ep->value()));
    m_pp->setSuffix(tr(" stage(s)", "pipeline stages: 1 stage, 2 stages", m_pp->value()));
}

void RooflineControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RooflineControls::retranslateUi()
{
    for (const auto &[l, text] : std::as_const(m_labels))
        l->setText(tr(text));
    for (const auto &[w, text] : std::as_const(m_tips))
        w->setToolTip(tr(text));
    m_chipsGroup->setTitle(tr("Chips"));
    m_workloadGroup->setTitle(tr("Workload"));
    m_tierGroup->setTitle(tr("What-if memory tier"));
    m_costGroup->setTitle(tr("Economics"));
    m_workload->setItemText(0, tr("Arithmetic intensity"));
    m_workload->setItemText(1, tr("Matrix multiply (GEMM)"));
    m_workload->setItemText(2, tr("LLM inference"));
    m_phase->setItemText(0, tr("Decode"));
    m_phase->setItemText(1, tr("Prefill"));
    updateKvDefaultText();
    m_attentionPrecision->setItemText(0, tr("Default (BF16)"));
    m_dpAttention->setText(tr("&Data-parallel attention"));
    m_request->setText(tr("&Whole request"));
    m_tierHolds->setItemText(0, tr("Weights"));
    m_tierHolds->setItemText(1, tr("KV cache"));
    m_costMode->setItemText(0, tr("Renting"));
    m_costMode->setItemText(1, tr("Buying"));
    m_catalogPrices->setText(tr("Dataset's estimate where it has one"));
    m_costDefaults->setText(tr("Defaults"));
    m_costDefaults->setToolTip(tr("Back to the documented defaults: USD %1 per chip-hour rented; bought, written off over 4 years, "
                                  "PUE 1.2, USD 0.08 per kWh.")
                                   .arg(defaultRentalUsdPerChipHour, 0, 'f', 2));
    m_intensity->setSuffix(QLatin1Char(' ') + NumberFormat::unitName(QStringLiteral("FLOP/B")));
    m_context->setSuffix(tr(" tokens"));
    m_prompt->setSuffix(tr(" tokens"));
    m_inputTokens->setSuffix(tr(" tokens"));
    m_outputTokens->setSuffix(tr(" tokens"));
    m_chunk->setSuffix(tr(" tokens"));
    m_chunk->setSpecialValueText(tr("Off", "chunked prefill off: prompts prefilled apart"));
    m_target->setSuffix(tr(" tokens/s"));
    updateTensorParallelSuffix();
    const bool was = m_updating;
    m_updating = true;
    fillPrecisions(); // its items carry words
    m_updating = was;
}
