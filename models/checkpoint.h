#pragma once

#include "modeloptions.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace torch::optim {
class Optimizer;
}

namespace cnnwb::models {

class Network;
struct ModelSpec;
struct TrainingConfig;

/// Version of the checkpoint layout written by saveCheckpoint().
inline constexpr int kCheckpointVersion = 1;

/// Metadata that a checkpoint stores beside the tensors.
struct CheckpointMeta
{
    int version = kCheckpointVersion;
    QString modelId;
    QJsonObject options;       ///< architecture option values, as text
    QStringList classNames;
    int epochsDone = 0;        ///< completed epochs
    int stepInEpoch = 0;       ///< steps done in the epoch after them (a mid-epoch stop)
    qint64 globalStep = 0;     ///< optimizer steps since the run began
    QJsonObject trainerState;  ///< schedule, best value, early-stopping counters
    QJsonObject metrics;       ///< validation metrics when it was written
    QString torchVersion;
    /// Threshold evidence and out-of-distribution model (models/calibration.h) of a binary
    /// classifier; empty for checkpoints written before calibration existed.
    QJsonObject calibration;

    QJsonObject toJson() const;
    static CheckpointMeta fromJson(const QJsonObject &json);
    /// Describes the architecture for messages: "unet (base_channels=16, depth=4, ...), 1 class".
    QString describeArchitecture() const;
};

/// Sets VALUES to the architecture options stored in META, over SPEC's defaults (SPEC is the
/// zoo entry of META.modelId). Returns "" on success, else the problem with the stored
/// option.
QString checkpointOptions(const CheckpointMeta &meta, const ModelSpec &spec, OptionValues &values);

/// Returns the metadata that describes CONFIG's network (model, options, classes), as
/// loadCheckpoint() expects it.
CheckpointMeta checkpointMetaFor(const TrainingConfig &config);

/// Writes NETWORK's parameters and buffers, OPTIMIZER's state (when given), the CPU random
/// generator state and META to PATH through a temporary file that is renamed into place,
/// so an interrupted write never leaves a half-written checkpoint. Throws std::runtime_error.
void saveCheckpoint(const QString &path, Network &network, torch::optim::Optimizer *optimizer,
                    const CheckpointMeta &meta);

/// Reads only the metadata of the checkpoint at PATH. Throws std::runtime_error naming
/// the file when it is missing, unreadable or of another version.
CheckpointMeta readCheckpointMeta(const QString &path);

/// Loads the checkpoint at PATH into NETWORK (and OPTIMIZER and the CPU random generator,
/// when RESTORE_TRAINING_STATE). EXPECTED describes the network: a checkpoint of another
/// model, class count or architecture gives an error naming both. Returns the metadata.
CheckpointMeta loadCheckpoint(const QString &path, Network &network,
                              torch::optim::Optimizer *optimizer, const CheckpointMeta &expected,
                              bool restoreTrainingState);

} // namespace cnnwb::models
