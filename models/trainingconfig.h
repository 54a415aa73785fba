#pragma once

#include "modeloptions.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace cnnwb::models {

/// Everything that defines a training run: model, data, recipe and seed. Saved as
/// config.json in the run folder, so a run can be resumed and reproduced.
struct TrainingConfig
{
    // Model
    QString modelId;
    OptionValues options;
    QStringList classNames;        ///< classes the run trains on, in label order

    // Data
    QString datasetPath;
    QString datasetHash;           ///< content hash of the dataset index, for reproducibility
    QJsonObject dataset;           ///< format-specific settings (splits, slices, crop size, ...)
    double valFromTrain = 0;       ///< fraction of the train split moved to validation (0 = off)
    bool augment = true;
    int workers = 2;               ///< decoding threads of the batch loader
    /// Further .gnt files or folders whose records join the training split (characters
    /// only), such as a personal handwriting set.
    QStringList extraDataPaths;

    // Recipe
    int epochs = 10;
    int batchSize = 16;
    int maxStepsPerEpoch = 0;      ///< 0 = the whole split; a positive value shortens epochs
    QString optimizer = QStringLiteral("adam"); ///< "adam" or "sgd" (with momentum)
    double learningRate = 1e-3;
    double momentum = 0.9;         ///< SGD only
    double weightDecay = 0;
    QString schedule = QStringLiteral("none"); ///< none, step, exponential, cosine, plateau
    int stepEpochs = 10;           ///< step schedule: epochs between decays
    double gamma = 0.1;            ///< step and exponential: decay factor
    double plateauFactor = 0.5;    ///< reduce-on-plateau: factor on each reduction
    int plateauPatience = 3;       ///< reduce-on-plateau: epochs without improvement
    double minLearningRate = 0;    ///< floor of every schedule
    int warmupEpochs = 0;          ///< linear warm-up from 0, per step
    QString classWeighting = QStringLiteral("none"); ///< none, weights, balanced
    QString monitor;               ///< metric for the best checkpoint, early stopping, plateau
    int earlyStopPatience = 0;     ///< 0 = off
    double gradientClipNorm = 0;   ///< 0 = off
    /// Momentum of every BatchNorm layer's running statistics in PyTorch's sense (weight of
    /// the newest batch). 0 keeps the networks' Keras default of 0.01, which needs hundreds
    /// of steps before evaluation-mode outputs mean anything; small datasets want 0.1.
    double batchNormMomentum = 0;
    quint64 seed = 1;
    /// Checkpoint whose weights start the run instead of a fresh initialisation (fine-tuning);
    /// the architecture and class list come from it. Empty = fresh weights.
    QString initialWeights;

    /// Fills the defaults that depend on the task: the monitored metric.
    void applyTaskDefaults(bool segmentation);
    /// Returns an error message for an invalid recipe, or an empty string.
    QString validate() const;

    QJsonObject toJson() const;
    /// Reads a config written by toJson(). Returns false and sets ERROR on invalid input.
    static bool fromJson(const QJsonObject &json, TrainingConfig &config, QString *error);
};

/// Returns true when a larger value of METRIC is better (accuracy, IoU), false when a
/// smaller one is (loss, pixel error, Rand error).
bool higherIsBetter(const QString &metric);

} // namespace cnnwb::models
