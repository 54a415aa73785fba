#pragma once

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace cnnwb::models {
struct TrainingConfig;
}

namespace cnnwb::ui {

/// The training recipe of a run: epochs, steps per epoch, batch size, optimizer, learning
/// rate and its schedule, warm-up, weight decay, class weighting, early stopping,
/// gradient clipping, augmentation and seed, and for fine-tuning the checkpoint to start
/// from and further .gnt data. Field names follow TrainingConfig.
class RecipeForm final : public QWidget
{
    Q_OBJECT

public:
    explicit RecipeForm(QWidget *parent = nullptr);

    /// Enables the fields that apply to the task (class weighting is for classifiers).
    void setSegmentation(bool segmentation);
    /// Copies the fields into CONFIG.
    void applyTo(models::TrainingConfig &config) const;
    /// Shows the recipe of CONFIG.
    void load(const models::TrainingConfig &config);

    QSpinBox *epochsBox() const { return m_epochs; }
    QSpinBox *stepsBox() const { return m_steps; }
    QSpinBox *batchBox() const { return m_batch; }
    /// The checkpoint a fine-tuning run starts from ("" = fresh weights).
    QLineEdit *initialWeightsEdit() const { return m_initialWeights; }
    /// Further .gnt files for the training split, separated by ";".
    QLineEdit *extraDataEdit() const { return m_extraData; }
    QDoubleSpinBox *learningRateBox() const { return m_learningRate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled();
    void retranslate();
    static void setComboData(QComboBox *combo, const QString &value);

    QFormLayout *m_form = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_steps = nullptr;
    QSpinBox *m_batch = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QDoubleSpinBox *m_momentum = nullptr;
    QDoubleSpinBox *m_weightDecay = nullptr;
    QComboBox *m_schedule = nullptr;
    QSpinBox *m_stepEpochs = nullptr;
    QDoubleSpinBox *m_gamma = nullptr;
    QSpinBox *m_warmup = nullptr;
    QComboBox *m_classWeighting = nullptr;
    QSpinBox *m_earlyStop = nullptr;
    QDoubleSpinBox *m_clip = nullptr;
    QDoubleSpinBox *m_bnMomentum = nullptr;
    QCheckBox *m_augment = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_initialWeightsLabel = nullptr;
    QLineEdit *m_initialWeights = nullptr;
    QToolButton *m_browseWeights = nullptr;
    QLabel *m_extraDataLabel = nullptr;
    QLineEdit *m_extraData = nullptr;
    QToolButton *m_browseData = nullptr;
    bool m_segmentation = false;
};

} // namespace cnnwb::ui
