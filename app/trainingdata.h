#pragma once

#include "models/trainingconfig.h"
#include "models/zoo.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

namespace cnnwb::data {
class SampleSource;
}

namespace cnnwb::app {

/// The samples a run trains and validates on, opened from its configuration.
struct TrainingData
{
    std::shared_ptr<const data::SampleSource> train;
    std::shared_ptr<const data::SampleSource> validation;
    QStringList classNames;   ///< the run's classes, in label order
    QJsonObject description;  ///< format, counts and settings, saved in config.json
    QString hash;             ///< SHA-1 over the dataset's file names and sizes
};

/// Returns the dataset formats "auto" can detect and the demo sets.
QStringList datasetFormats();

/// Opens the dataset of CONFIG for the model SPEC. CONFIG.dataset contains the settings:
/// "format" (auto, xray, gnt, em, demo), and per format "val_path" (gnt), "labels",
/// "train_slices", "val_slices", "crop", "membrane" (em), "demo_samples", "demo_preset"
/// (demo characters). The path "demo" opens the model's demo set. Throws data::DataError
/// or std::runtime_error with a message that says what to do.
TrainingData openTrainingData(const models::ModelSpec &spec, const models::TrainingConfig &config);

/// Opens samples to evaluate a run on: PATH in any training format (empty = the run's own
/// dataset), its SPLIT for X-ray folders (default "test"), SLICES for EM stacks (default
/// all). Classifier labels are renumbered to CONFIG's classes; samples of other classes are
/// skipped and counted in SKIPPED. Throws like openTrainingData().
std::shared_ptr<const data::SampleSource> openEvaluationData(const models::ModelSpec &spec,
                                                             const models::TrainingConfig &config,
                                                             const QString &path, const QString &split,
                                                             const QString &slices, qsizetype *skipped);

} // namespace cnnwb::app
