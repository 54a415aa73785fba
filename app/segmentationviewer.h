#pragma once

#include "data/emstack.h"
#include "models/metrics.h"
#include "models/tiledinference.h"

#include <atomic>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

#include <opencv2/core/mat.hpp>

#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QVector>

namespace cnnwb::models {
class Network;
}

namespace cnnwb::app {

class SliceStack;

/// Prediction of one slice, shared read-only between the worker and the GUI thread.
struct SlicePrediction
{
    cv::Mat probability;         ///< CV_32FC1 membrane probability in [0, 1]
    cv::Mat seam;                ///< CV_32FC1 tile disagreement (weighted standard deviation)
    std::vector<cv::Rect> tiles; ///< tile rectangles in slice coordinates
    double seconds = 0;          ///< wall time of the prediction
};

/// Scores of one slice against its labels at the threshold they were computed with.
struct SliceScores
{
    int slice = -1;
    double threshold = 0.5;
    models::SegmentationScores scores;
};

/// Value convention of exported masks.
enum class MaskPolarity {
    Isbi,   ///< 0 = membrane, 255 = cell, as the ISBI 2012 challenge expects
    Binary, ///< 1 = membrane, 0 = cell
};

/// The segmentation viewer without widgets. It reads an image stack (and a label stack)
/// slice by slice and runs a U-Net checkpoint over one slice or the whole stack on a worker
/// thread by overlap-tile prediction. It keeps the predictions and per-slice metrics and
/// exports them.
///
/// Call everything from the thread that owns the object; the worker reports through the
/// signals, which are queued to that thread.
class SegmentationViewer final : public QObject
{
    Q_OBJECT

public:
    explicit SegmentationViewer(QObject *parent = nullptr);
    ~SegmentationViewer() override;

    /// Opens PATH (multi-page TIFF or folder of slices) and drops the labels and predictions.
    /// Returns false and sets ERROR, naming the file, when it cannot be read or a job runs.
    bool openStack(const QString &path, QString *error);
    /// Opens PATH as the label stack of the open stack. The labels are split at the midpoint
    /// of the first label slice's smallest and largest value (0/255 and 0/1 both work);
    /// POLARITY selects which side is membrane. Returns false and sets ERROR on a mismatch.
    bool openLabels(const QString &path, data::LabelPolarity polarity, QString *error);
    /// Loads a segmentation checkpoint (the network is built from its metadata). Drops the
    /// predictions of the previous model. Returns false and sets ERROR when it fails.
    bool loadModel(const QString &checkpointPath, QString *error);

    bool hasStack() const { return m_stack != nullptr; }
    bool hasLabels() const { return m_labels != nullptr; }
    bool hasModel() const { return m_network != nullptr; }
    QString stackPath() const;
    QString labelPath() const;
    QString modelPath() const { return m_modelPath; }
    /// Returns the architecture of the loaded model for display, or an empty string.
    QString modelDescription() const { return m_modelDescription; }
    int sliceCount() const;
    cv::Size sliceSize() const;
    /// Returns the display name of slice INDEX ("page 3" or a file name).
    QString sliceName(int index) const;

    /// Returns slice INDEX as stored (CV_8UC1, CV_16UC1 or CV_32FC1) through a cache of
    /// decoded slices (256 MiB). Throws data::DataError when the slice cannot be read.
    cv::Mat slice(int index) const;
    /// Returns the label mask of slice INDEX (CV_8UC1, 1 = membrane), or an empty matrix
    /// without labels, through a cache of 64 MiB. Throws data::DataError.
    cv::Mat labelMask(int index) const;

    /// Sets the membrane probability threshold, in (0, 1), and rescores the predicted slices.
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    /// Settings of the tiled prediction; the tile size follows the loaded model.
    models::TiledInferenceOptions tilingOptions() const { return m_tiling; }
    void setTilingOptions(const models::TiledInferenceOptions &options) { m_tiling = options; }

    /// Returns the prediction of slice INDEX, or null when it has none yet.
    std::shared_ptr<const SlicePrediction> prediction(int index) const;
    /// Returns the number of slices with a prediction.
    int predictedSliceCount() const;
    /// Returns the predicted mask of slice INDEX at the current threshold (CV_8UC1,
    /// 1 = membrane), or an empty matrix without a prediction.
    cv::Mat predictedMask(int index) const;
    /// Returns the scores of slice INDEX at the current threshold, when it has labels and a
    /// prediction and its scores are computed.
    std::optional<SliceScores> scores(int index) const;
    /// Returns the scores of every scored slice, in slice order.
    QVector<SliceScores> allScores() const;
    /// Returns the stack scores: the mean of each score over the scored slices. Empty when
    /// no slice is scored.
    std::optional<models::SegmentationScores> stackScores() const;

    /// Starts predicting slice INDEX on the worker thread. Returns false when a job runs or
    /// no stack or model is loaded.
    bool predictSlice(int index);
    /// Starts predicting every slice without a prediction; progress is reported per tile.
    bool predictStack();
    /// Asks the running job to stop after its current batch of tiles.
    void cancel();
    bool isBusy() const;
    /// Waits until the running job has finished (tests, shutdown).
    void waitForIdle();

    /// Writes the predicted masks of all slices as a multi-page 8-bit TIFF at PATH. Returns
    /// false and sets ERROR when a slice has no prediction or the file cannot be written.
    bool exportMasks(const QString &path, MaskPolarity polarity, QString *error) const;
    /// Writes the probabilities of all slices as a multi-page 32-bit float TIFF at PATH.
    bool exportProbabilities(const QString &path, QString *error) const;

Q_SIGNALS:
    /// A new prediction of SLICE is available.
    void predictionReady(int slice);
    /// The scores of some slices changed (new predictions, labels or threshold).
    void scoresChanged();
    /// Tiles done of the running job, at most every 100 ms and always at the end.
    void progressChanged(int done, int total);
    /// The running job ended: SLICES predicted in SECONDS of wall time.
    void jobFinished(int slices, double seconds, bool cancelled);
    /// The running job failed with MESSAGE.
    void jobFailed(const QString &message);
    /// The stack, labels or model changed; every prediction and score was dropped.
    void stackChanged();

private:
    struct JobResult
    {
        int slices = 0;
        double seconds = 0;
        bool cancelled = false;
        QString error;
    };

    JobResult runJob(QVector<int> slices, std::uint64_t generation);
    void scoreSlice(int index, const cv::Mat &probability, double threshold);
    void rescoreAll();
    void clearPredictions();
    bool startJob(const QVector<int> &slices);

    std::shared_ptr<SliceStack> m_stack;
    std::shared_ptr<SliceStack> m_labels;
    data::LabelPolarity m_polarity = data::LabelPolarity::MembraneLow;
    double m_labelThreshold = 127.5;
    std::shared_ptr<models::Network> m_network;
    QString m_modelPath;
    QString m_modelDescription;
    models::TiledInferenceOptions m_tiling;
    double m_threshold = 0.5;
    int m_jobThreads = 1; ///< LibTorch intra-op threads of the running job

    mutable std::mutex m_cacheMutex; ///< guards m_sliceCache and m_labelCache
    mutable std::list<std::pair<int, cv::Mat>> m_sliceCache; ///< most recently used first
    mutable std::list<std::pair<int, cv::Mat>> m_labelCache; ///< label masks, most recent first

    mutable std::mutex m_resultMutex; ///< guards m_predictions and m_scores
    /// NOTE: every predicted slice stays in memory (8 bytes per pixel). A whole-stack run over
    /// a stack larger than memory runs out of it until predictions can be spilled to disk.
    std::map<int, std::shared_ptr<const SlicePrediction>> m_predictions;
    std::map<int, SliceScores> m_scores;

    std::atomic_bool m_cancel{false};
    /// Changes whenever the stack, labels or model change, so results of an older job are dropped.
    std::atomic<std::uint64_t> m_generation{0};
    QFutureWatcher<JobResult> m_jobWatcher;
    QFutureWatcher<void> m_rescoreWatcher;
    bool m_rescorePending = false;
};

} // namespace cnnwb::app
