#pragma once

#include "models/checkpoint.h"
#include "models/network.h"

#include <torch/types.h>

#include <opencv2/core/mat.hpp>

#include <QtCore/QByteArray>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

#include <memory>

namespace cnnwb::app {

/// An 8-bit grey image that crosses threads as a plain value: WIDTH × HEIGHT bytes, row by row.
struct GreyImage
{
    int width = 0;
    int height = 0;
    QByteArray pixels;

    bool isNull() const { return width <= 0 || height <= 0; }
    /// Copies a CV_8UC1 matrix.
    static GreyImage fromMat(const cv::Mat &grey);
};

/// One class of a character model's prediction.
struct CharacterCandidate
{
    QString character;
    int classIndex = -1;
    double probability = 0; ///< softmax probability, 0 to 1
};

/// A character checkpoint found in a run folder.
struct CharacterCheckpoint
{
    QString path;       ///< best.pt or last.pt
    QString runName;    ///< the run folder's name
    QString modelId;
    int classCount = 0;
    bool best = false;  ///< best.pt rather than last.pt
};

/// Lists the best.pt and last.pt of every run under RUNS_PARENT whose model classifies
/// one-channel 64×64 characters, newest run first. Folders without a readable
/// config.json are skipped.
QVector<CharacterCheckpoint> findCharacterCheckpoints(const QString &runsParent);

/// A character model loaded from a checkpoint, run on the calling thread.
///
/// Not thread-safe: one thread at a time calls its methods.
class CharacterClassifier final
{
public:
    /// Loads the checkpoint at PATH. Throws std::runtime_error with a translated message
    /// naming the file when it is missing, not a checkpoint or not a character model.
    static std::unique_ptr<CharacterClassifier> load(const QString &path);

    const QString &checkpointPath() const { return m_path; }
    const models::CheckpointMeta &meta() const { return m_meta; }
    const QStringList &classNames() const { return m_meta.classNames; }
    /// Side of the square input, in pixels.
    int inputSide() const { return m_inputSide; }
    models::Network &network() { return *m_network; }

    /// Converts a normalised character (CV_8UC1, ink high) to the network input: a
    /// 1×1×H×W float32 tensor in [0, 1].
    static torch::Tensor toInput(const cv::Mat &character);

    /// Returns the softmax over the classes (1-D float32, CPU) for a normalised character.
    torch::Tensor probabilities(const cv::Mat &character);
    /// Returns the COUNT most probable classes of PROBABILITIES, most probable first.
    QVector<CharacterCandidate> topCandidates(const torch::Tensor &probabilities, int count) const;

private:
    CharacterClassifier() = default;

    QString m_path;
    models::CheckpointMeta m_meta;
    models::NetworkPtr m_network;
    int m_inputSide = 64;
};

} // namespace cnnwb::app

Q_DECLARE_METATYPE(cnnwb::app::CharacterCandidate)
