#pragma once

#include "trainingdata.h"

#include "models/network.h"
#include "models/runfolder.h"
#include "models/trainingconfig.h"

#include <torch/types.h>

#include <QtCore/QString>

namespace cnnwb::models {
struct ModelSpec;
}

namespace cnnwb::app {

/// Everything a Trainer needs, opened and built from a configuration or a run folder.
struct PreparedRun
{
    const models::ModelSpec *spec = nullptr;
    models::TrainingConfig config; ///< with class names, dataset hash and description filled
    TrainingData data;
    models::RunFolder folder;
    torch::Device device = torch::kCPU;
    models::NetworkPtr network;
    QString warning; ///< non-fatal notice for the user, such as a changed dataset
};

/// Returns the default run folder name of a new run of MODEL_ID: the id and the local time.
QString defaultRunName(const QString &modelId);

/// Opens the dataset of CONFIG, fills its class names, dataset hash and description,
/// creates the run folder NAME under PARENT (defaults when empty), writes config.json with
/// the application and LibTorch versions and the device, and builds the network.
/// DEVICE_NAME is auto, cpu or cuda. Throws data::DataError or std::exception with a
/// message that names the cause.
PreparedRun prepareNewRun(const models::ModelSpec &spec, models::TrainingConfig config,
                          const QString &deviceName, const QString &parent = QString(),
                          const QString &name = QString());

/// Reads the configuration of the run folder PATH, reopens its dataset and builds its
/// network, to resume from last.pt. EPOCHS, when positive, raises the run's epoch count
/// and is saved in config.json. Throws like prepareNewRun(), also when PATH has no
/// config.json or no last.pt.
PreparedRun prepareResume(const QString &path, const QString &deviceName, int epochs = 0);

} // namespace cnnwb::app
