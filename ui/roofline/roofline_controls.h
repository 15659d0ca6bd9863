#pragma once
// The Roofline view's left panel: chips (a checklist grouped by vendor), precision (only those at least one chosen
// chip has), the chip whose operators are shown, the workload (an intensity, a GEMM, or an LLM: model, phase, batch
// on a log slider, context or prompt, tensor parallelism, KV-cache precision), a what-if memory tier and the
// economics, with the engine's defaults shown and editable. Emits changed() on every edit; remembers itself.

#include "catalog.h"
#include "number_format.h"
#include "roofline_run.h"
#include "roofline_scenario.h"

#include <QList>
#include <QPair>
#include <QWidget>

class ChipChooser;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSlider;
class QSpinBox;
class QStackedWidget;

class RooflineControls : public QWidget {
    Q_OBJECT
public:
    explicit RooflineControls(const Catalog &catalog, QWidget *parent = nullptr);

    // What a first start shows: Llama-3.1-70B decode in FP8 on Blackwell, Blackwell Ultra, Rubin, Feynman and
    // Ironwood at a batch past Rubin's compute-bound point, rented at the default price.
    static QStringList defaultChipIds();
    static QString defaultFocusChipId();
    void restoreDefaults();

    // With a whole request the decode context is its mean, input + ⌈output / 2⌉ (llm_request.h).
    RooflineScenario scenario() const;
    // Whole requests (decode only): input and output tokens per request; none unless "Whole request" is ticked.
    std::optional<RequestLengths> requestLengths() const;
    // The frontier's target: the tokens/s each user must at least see.
    double targetTokensPerUser() const;
    QStringList chipIds() const;
    QString focusChipId() const;
    // The precisions the combo offers: those at least one chosen chip has a dense figure for.
    QList<Precision> offeredPrecisions() const;

    void setChipIds(const QStringList &ids);
    void setPrecision(Precision p);
    void setFocusChipId(const QString &id);
    void setWorkload(WorkloadKind kind);
    void setModelId(const QString &id);
    void setPhase(InferencePhase phase);
    void setBatch(int batch);
    void setContext(int tokens);
    void setTensorParallel(int chips);
    void setIntensity(double flopPerByte);
    void setRequest(int inputTokens, int outputTokens); // ticks "Whole request"; 0 and 0 unticks it
    void setAcceptedTokens(double tokensPerStep);
    void setTargetTokensPerUser(double tokensPerSecond);
    // Turns the what-if memory tier on with these figures (capacity in binary GB, bandwidth in TB/s, per chip).
    void setWhatIfTier(const QString &name, double capacityGb, double bandwidthTbs, TierUse holds);

    void setLanguage(Language language);
    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

    ChipChooser *chooser() const { return m_chooser; }
    QComboBox *precisionBox() const { return m_precision; }
    QComboBox *focusBox() const { return m_focus; }
    QComboBox *workloadBox() const { return m_workload; }
    QComboBox *modelBox() const { return m_model; }
    QComboBox *phaseBox() const { return m_phase; }
    QSlider *batchSlider() const { return m_batchSlider; }
    QSpinBox *batchBox() const { return m_batch; }
    QSpinBox *contextBox() const { return m_context; }
    QSpinBox *tensorParallelBox() const { return m_tp; }
    QSpinBox *expertParallelBox() const { return m_ep; }
    QCheckBox *dpAttentionBox() const { return m_dpAttention; }
    QComboBox *attentionPrecisionBox() const { return m_attentionPrecision; }
    QComboBox *kvPrecisionBox() const { return m_kvPrecision; }
    QCheckBox *requestBox() const { return m_request; }
    QSpinBox *inputTokensBox() const { return m_inputTokens; }
    QSpinBox *outputTokensBox() const { return m_outputTokens; }
    QDoubleSpinBox *acceptBox() const { return m_accept; }
    QSpinBox *pipelineBox() const { return m_pp; }
    QSpinBox *chunkBox() const { return m_chunk; }
    QDoubleSpinBox *targetBox() const { return m_target; }
    QGroupBox *tierGroup() const { return m_tierGroup; }
    QComboBox *costModeBox() const { return m_costMode; }
    QDoubleSpinBox *rentalBox() const { return m_rental; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *label(const char *text, QWidget *buddy);
    void tip(QWidget *widget, const char *text);
    void retranslateUi();
    void fillPrecisions();
    void fillFocus();
    void updateVisibility();
    void updateTensorParallelSuffix();
    void updateKvDefaultText();
    void emitChanged();

    const Catalog &m_catalog;
    Language m_language = Language::English;
    bool m_updating = false;
    QList<QPair<QLabel *, const char *>> m_labels;
    QList<QPair<QWidget *, const char *>> m_tips;

    ChipChooser *m_chooser = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_focus = nullptr;
    QString m_focusPreferred;

    QGroupBox *m_workloadGroup = nullptr;
    QComboBox *m_workload = nullptr;
    QStackedWidget *m_workloadPages = nullptr;
    QDoubleSpinBox *m_intensity = nullptr;
    QSpinBox *m_gemmM = nullptr;
    QSpinBox *m_gemmN = nullptr;
    QSpinBox *m_gemmK = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_phase = nullptr;
    QSlider *m_batchSlider = nullptr;
    QSpinBox *m_batch = nullptr;
    QLabel *m_contextLabel = nullptr;
    QSpinBox *m_context = nullptr;
    QLabel *m_promptLabel = nullptr;
    QSpinBox *m_prompt = nullptr;
    QSpinBox *m_tp = nullptr;
    QSpinBox *m_ep = nullptr;
    QCheckBox *m_dpAttention = nullptr;
    QComboBox *m_attentionPrecision = nullptr;
    QComboBox *m_kvPrecision = nullptr;
    QCheckBox *m_request = nullptr;
    QLabel *m_inputLabel = nullptr;
    QSpinBox *m_inputTokens = nullptr;
    QLabel *m_outputLabel = nullptr;
    QSpinBox *m_outputTokens = nullptr;
    QSpinBox *m_pp = nullptr;
    QLabel *m_chunkLabel = nullptr;
    QSpinBox *m_chunk = nullptr;
    QLabel *m_acceptLabel = nullptr;
    QDoubleSpinBox *m_accept = nullptr;
    QLabel *m_targetLabel = nullptr;
    QDoubleSpinBox *m_target = nullptr;

    QGroupBox *m_tierGroup = nullptr;
    QWidget *m_tierFields = nullptr; // shown while the tier is on
    QLineEdit *m_tierName = nullptr;
    QDoubleSpinBox *m_tierCapacity = nullptr;
    QDoubleSpinBox *m_tierBandwidth = nullptr;
    QComboBox *m_tierHolds = nullptr;

    QGroupBox *m_costGroup = nullptr;
    QComboBox *m_costMode = nullptr;
    QLabel *m_rentalLabel = nullptr;
    QDoubleSpinBox *m_rental = nullptr;
    QWidget *m_buyBox = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QCheckBox *m_catalogPrices = nullptr;
    QDoubleSpinBox *m_years = nullptr;
    QDoubleSpinBox *m_electricity = nullptr;
    QDoubleSpinBox *m_pue = nullptr;
    QPushButton *m_costDefaults = nullptr;
    QGroupBox *m_chipsGroup = nullptr;
};
