#include "recipeform.h"

#include "models/trainingconfig.h"

#include <iterator>

#include <QtCore/QEvent>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QToolButton>

namespace cnnwb::ui {

namespace {

QSpinBox *spinBox(QWidget *parent, const char *name, int minimum, int maximum, int value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

QDoubleSpinBox *realBox(QWidget *parent, const char *name, double minimum, double maximum,
                        int decimals, double step, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setDecimals(decimals);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setValue(value);
    return box;
}

} // namespace

RecipeForm::RecipeForm(QWidget *parent)
    : QWidget(parent)
{
    const models::TrainingConfig defaults;
    m_epochs = spinBox(this, "recipeEpochs", 1, 10000, defaults.epochs);
    m_steps = spinBox(this, "recipeSteps", 0, 1000000, defaults.maxStepsPerEpoch);
    m_batch = spinBox(this, "recipeBatch", 1, 4096, defaults.batchSize);
    m_optimizer = new QComboBox(this);
    m_optimizer->setObjectName(QStringLiteral("recipeOptimizer"));
    m_optimizer->addItem(QStringLiteral("Adam"), QStringLiteral("adam"));
    m_optimizer->addItem(QStringLiteral("SGD"), QStringLiteral("sgd"));
    m_learningRate =
        realBox(this, "recipeLearningRate", 0.000001, 10, 6, 0.0001, defaults.learningRate);
    m_momentum = realBox(this, "recipeMomentum", 0, 0.999, 3, 0.01, defaults.momentum);
    m_weightDecay = realBox(this, "recipeWeightDecay", 0, 1, 6, 0.0001, defaults.weightDecay);
    m_schedule = new QComboBox(this);
    m_schedule->setObjectName(QStringLiteral("recipeSchedule"));
    for (const char *id : {"none", "step", "exponential", "cosine", "plateau"})
        m_schedule->addItem(QString(), QLatin1String(id));
    m_stepEpochs = spinBox(this, "recipeStepEpochs", 1, 10000, defaults.stepEpochs);
    m_gamma = realBox(this, "recipeGamma", 0.001, 1, 3, 0.05, defaults.gamma);
    m_warmup = spinBox(this, "recipeWarmup", 0, 1000, defaults.warmupEpochs);
    m_classWeighting = new QComboBox(this);
    m_classWeighting->setObjectName(QStringLiteral("recipeClassWeighting"));
    for (const char *id : {"none", "weights", "balanced"})
        m_classWeighting->addItem(QString(), QLatin1String(id));
    m_earlyStop = spinBox(this, "recipeEarlyStop", 0, 1000, defaults.earlyStopPatience);
    m_clip = realBox(this, "recipeClip", 0, 1000, 2, 0.5, defaults.gradientClipNorm);
    m_bnMomentum = realBox(this, "recipeBnMomentum", 0, 1, 3, 0.01, defaults.batchNormMomentum);
    m_augment = new QCheckBox(this);
    m_augment->setObjectName(QStringLiteral("recipeAugment"));
    m_augment->setChecked(defaults.augment);
    m_seed = spinBox(this, "recipeSeed", 0, 2147483647, int(defaults.seed));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_epochs, m_steps, m_batch, m_optimizer, m_learningRate, m_momentum, m_weightDecay,
             m_schedule, m_stepEpochs, m_gamma, m_warmup, m_classWeighting, m_earlyStop, m_clip,
             m_bnMomentum, m_seed})
        m_form->addRow(new QLabel(this), field);
    m_form->addRow(QString(), m_augment);

    // Fine-tuning: a checkpoint to start from and further character data.
    const auto pathRow = [this](const char *name, QLineEdit *&edit, QToolButton *&browse) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        edit->setObjectName(QLatin1String(name));
        edit->setClearButtonEnabled(true);
        browse = new QToolButton(row);
        browse->setText(QStringLiteral("…"));
        layout->addWidget(edit, 1);
        layout->addWidget(browse);
        return row;
    };
    m_initialWeightsLabel = new QLabel(this);
    m_form->addRow(m_initialWeightsLabel, pathRow("recipeInitialWeights", m_initialWeights, m_browseWeights));
    m_extraDataLabel = new QLabel(this);
    m_form->addRow(m_extraDataLabel, pathRow("recipeExtraData", m_extraData, m_browseData));
    connect(m_browseWeights, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Start from checkpoint"), m_initialWeights->text(),
                                                          tr("Checkpoints (*.pt)"));
        if (!path.isEmpty())
            m_initialWeights->setText(path);
    });
    connect(m_browseData, &QToolButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add character data"), QString(),
                                                                tr("HWDB character files (*.gnt)"));
        if (!paths.isEmpty())
            m_extraData->setText(paths.join(QLatin1String("; ")));
    });

    connect(m_optimizer, &QComboBox::currentIndexChanged, this, &RecipeForm::updateEnabled);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &RecipeForm::updateEnabled);
    retranslate();
    updateEnabled();
}

void RecipeForm::setSegmentation(bool segmentation)
{
    m_segmentation = segmentation;
    updateEnabled();
}

void RecipeForm::updateEnabled()
{
    const QString schedule = m_schedule->currentData().toString();
    m_momentum->setEnabled(m_optimizer->currentData().toString() == QLatin1String("sgd"));
    m_stepEpochs->setEnabled(schedule == QLatin1String("step"));
    m_gamma->setEnabled(schedule == QLatin1String("step") ||
                        schedule == QLatin1String("exponential"));
    m_classWeighting->setEnabled(!m_segmentation);
    m_extraData->setEnabled(!m_segmentation);
    m_browseData->setEnabled(!m_segmentation);
}

void RecipeForm::applyTo(models::TrainingConfig &config) const
{
    config.epochs = m_epochs->value();
    config.maxStepsPerEpoch = m_steps->value();
    config.batchSize = m_batch->value();
    config.optimizer = m_optimizer->currentData().toString();
    config.learningRate = m_learningRate->value();
    config.momentum = m_momentum->value();
    config.weightDecay = m_weightDecay->value();
    config.schedule = m_schedule->currentData().toString();
    config.stepEpochs = m_stepEpochs->value();
    config.gamma = m_gamma->value();
    config.warmupEpochs = m_warmup->value();
    config.classWeighting =
        m_segmentation ? QStringLiteral("none") : m_classWeighting->currentData().toString();
    config.earlyStopPatience = m_earlyStop->value();
    config.gradientClipNorm = m_clip->value();
    config.batchNormMomentum = m_bnMomentum->value();
    config.augment = m_augment->isChecked();
    config.seed = quint64(m_seed->value());
    config.initialWeights = m_initialWeights->text().trimmed();
    config.extraDataPaths.clear();
    for (const QString &path : m_extraData->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!path.trimmed().isEmpty())
            config.extraDataPaths << path.trimmed();
    }
}

void RecipeForm::setComboData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void RecipeForm::load(const models::TrainingConfig &config)
{
    m_epochs->setValue(config.epochs);
    m_steps->setValue(config.maxStepsPerEpoch);
    m_batch->setValue(config.batchSize);
    setComboData(m_optimizer, config.optimizer);
    m_learningRate->setValue(config.learningRate);
    m_momentum->setValue(config.momentum);
    m_weightDecay->setValue(config.weightDecay);
    setComboData(m_schedule, config.schedule);
    m_stepEpochs->setValue(config.stepEpochs);
    m_gamma->setValue(config.gamma);
    m_warmup->setValue(config.warmupEpochs);
    setComboData(m_classWeighting, config.classWeighting);
    m_earlyStop->setValue(config.earlyStopPatience);
    m_clip->setValue(config.gradientClipNorm);
    m_bnMomentum->setValue(config.batchNormMomentum);
    m_augment->setChecked(config.augment);
    m_seed->setValue(int(config.seed));
    m_initialWeights->setText(config.initialWeights);
    m_extraData->setText(config.extraDataPaths.join(QLatin1String("; ")));
    updateEnabled();
}

void RecipeForm::retranslate()
{
    const QString labels[] = {
        tr("Epochs"),         tr("Steps per epoch"),   tr("Batch size"),
        tr("Optimizer"),      tr("Learning rate"),     tr("Momentum"),
        tr("Weight decay"),   tr("Schedule"),          tr("Decay every (epochs)"),
        tr("Decay factor"),   tr("Warm-up epochs"),    tr("Class weighting"),
        tr("Early stopping"), tr("Gradient clipping"),
        tr("Batch-norm momentum"), tr("Seed")};
    for (int row = 0; row < int(std::size(labels)); ++row) {
        if (auto *label =
                qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels[row]);
    }
    m_steps->setSpecialValueText(tr("whole split"));
    m_steps->setToolTip(
        tr("Limits each epoch to this many steps, for quick trials; 0 trains on the whole split."));
    m_earlyStop->setSpecialValueText(tr("off"));
    m_earlyStop->setToolTip(tr("Stops the run after this many epochs without a new best of the "
                               "monitored metric; 0 turns early stopping off."));
    m_clip->setSpecialValueText(tr("off"));
    m_clip->setToolTip(tr("Largest L2 norm of the gradient; 0 turns clipping off."));
    m_bnMomentum->setSpecialValueText(tr("model default"));
    m_bnMomentum->setToolTip(
        tr("Weight of each new batch in the batch-norm running statistics. The model default "
           "(0.01, as in Keras) needs hundreds of steps before validation results mean "
           "anything; 0.1 suits small datasets."));
    m_weightDecay->setToolTip(tr("L2 penalty on the weights; 0 turns it off."));
    m_warmup->setToolTip(tr("Epochs over which the learning rate rises linearly from 0."));
    m_seed->setToolTip(
        tr("Seeds the initial weights, the shuffling, the augmentation and the validation split."));
    m_augment->setText(tr("Augment the training samples"));
    m_initialWeightsLabel->setText(tr("Start from weights"));
    m_initialWeights->setPlaceholderText(tr("fresh initialisation"));
    m_initialWeights->setToolTip(
        tr("Fine-tuning: a checkpoint (.pt) or run folder whose weights start the run. The "
           "architecture and the classes come from it; the optimizer starts afresh."));
    m_browseWeights->setToolTip(tr("Choose a checkpoint"));
    m_extraDataLabel->setText(tr("Added character data"));
    m_extraData->setPlaceholderText(tr("none"));
    m_extraData->setToolTip(
        tr(".gnt files whose characters join the training split, such as your handwriting "
           "set; separate several with \";\"."));
    m_browseData->setToolTip(tr("Choose .gnt files"));
    const QString schedules[] = {tr("constant"), tr("step decay"), tr("exponential decay"),
                                 tr("cosine"), tr("reduce on plateau")};
    for (int i = 0; i < int(std::size(schedules)); ++i)
        m_schedule->setItemText(i, schedules[i]);
    const QString weightings[] = {tr("none"), tr("inverse class frequency"),
                                  tr("balanced sampling")};
    for (int i = 0; i < int(std::size(weightings)); ++i)
        m_classWeighting->setItemText(i, weightings[i]);
}

void RecipeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cnnwb::ui
