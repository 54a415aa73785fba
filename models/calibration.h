#pragma once

#include "metrics.h"

#include <torch/types.h>

#include <opencv2/core/mat.hpp>

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace cnnwb::data {
class SampleSource;
}

namespace cnnwb::models {

class Network;
struct CheckpointMeta;

/// Simple statistics of one network input (SIDE×SIDE RGB letterbox), measured over the
/// content region inside the black letterbox bars.
struct ImageStatistics
{
    double aspectRatio = 1;    ///< content width / height
    double chroma = 0;         ///< mean of (max(R,G,B) - min(R,G,B)) / 255: 0 for grey images
    double meanGrey = 0;       ///< mean grey value in [0, 1]
    double stdGrey = 0;        ///< standard deviation of the grey value
    double whiteFraction = 0;  ///< share of pixels with grey >= 250/255
    double blackFraction = 0;  ///< share of pixels with grey <= 5/255

    /// Returns the statistics as name → value, in a fixed order of names.
    std::vector<std::pair<QString, double>> values() const;
};

/// Measures IMAGE, a CV_8UC3 RGB letterboxed network input as preprocessXray() makes it.
ImageStatistics measureImageStatistics(const cv::Mat &image);

/// The range of one image statistic on the training images.
struct StatisticRange
{
    QString name;
    double low = 0;   ///< 0.5 % quantile on the training split
    double high = 0;  ///< 99.5 % quantile on the training split
    double margin = 0; ///< tolerance added on both sides: a quarter of HIGH - LOW, at least MIN_MARGIN
};

/// The training split's distribution of the network's features: the global average of the
/// feature layer's channels, modelled per dimension (mean and standard deviation).
struct FeatureDistribution
{
    QString layer;                ///< layer whose output is pooled
    std::vector<double> mean;
    std::vector<double> stddev;   ///< floored at 1 % of the median over dimensions so no dimension dominates
    /// Quantiles of the training samples' own distances: 50 %, 95 %, 99 %, maximum.
    std::vector<double> distanceQuantiles;
    double warningDistance = 0;   ///< distances above this flag an input: 1.25 × the 99 % quantile, at least 1

    bool isValid() const { return !mean.empty() && mean.size() == stddev.size(); }
    /// Returns the root-mean-square z-score of FEATURES (one vector of mean.size() values).
    double distance(const std::vector<double> &features) const;
};

/// Threshold evidence and the out-of-distribution model of a binary classifier, computed
/// on its data and stored in the checkpoint.
struct Calibration
{
    std::vector<RocPoint> roc;    ///< validation ROC of the positive class (index 1)
    double auc = 0;
    double threshold = 0.5;       ///< default threshold: the validation point with maximal Youden's J
    QString thresholdMethod;      ///< "youden" when calibrated
    qint64 validationSamples = 0;
    qint64 validationPositives = 0;
    qint64 trainingSamples = 0;   ///< samples the feature and statistic model came from
    FeatureDistribution features;
    std::vector<StatisticRange> statistics;

    /// Returns true when the calibration came from data, false for a default-constructed one.
    bool isValid() const { return !roc.empty(); }
    QJsonObject toJson() const;
    static Calibration fromJson(const QJsonObject &json);
};

/// Sensitivity and specificity at one threshold, read off a ROC curve.
struct OperatingPoint
{
    double threshold = 0.5;
    double sensitivity = 0;
    double specificity = 0;
};

/// Returns the operating point of ROC at THRESHOLD: the point with the lowest curve
/// threshold that is still at or above THRESHOLD (scores >= threshold count as positive).
OperatingPoint operatingPointAt(const std::vector<RocPoint> &roc, double threshold);

/// Returns the ROC point with the largest Youden's J = sensitivity + specificity - 1.
/// Ties go to the higher threshold.
OperatingPoint youdenPoint(const std::vector<RocPoint> &roc);

/// One point of a precision-recall curve.
struct PrecisionRecallPoint
{
    double threshold = 0;
    double precision = 1;
    double recall = 0;
};

/// Computes the precision-recall curve of SCORES against LABELS, one point per distinct score.
std::vector<PrecisionRecallPoint> precisionRecallCurve(const std::vector<double> &scores,
                                                       const std::vector<bool> &labels);

/// Logits and pooled features of one batch.
struct FeatureBatch
{
    torch::Tensor logits;    ///< N×classes
    torch::Tensor features;  ///< N×D float32 CPU: the feature layer's channels averaged over space
};

/// Returns the name of the layer whose pooled output serves as features: the last layer with
/// a 4-D output of more than 1×1 pixels when NETWORK runs on INPUT (1×C×H×W).
QString defaultFeatureLayer(Network &network, const torch::Tensor &input);

/// Runs NETWORK (in eval mode, without gradients, on INPUT's device) on INPUT (N×C×H×W)
/// and returns its logits together with the global average of LAYER's output.
FeatureBatch forwardWithFeatures(Network &network, const torch::Tensor &input, const QString &layer);

/// Settings of a calibration pass.
struct CalibrationOptions
{
    int batchSize = 16;
    int workers = 2;
    torch::Device device = torch::kCPU;
    /// Training samples used for the feature and statistic model (evenly spaced); 0 = all.
    qint64 maxTrainingSamples = 2000;
    const std::atomic<bool> *cancel = nullptr;
    /// Receives (samples done, samples in all) from the calling thread.
    std::function<void(qint64, qint64)> progress;
};

/// Computes the calibration of the binary classifier NETWORK: the ROC and the Youden
/// threshold on VALIDATION, the feature distribution and statistic ranges on TRAIN.
/// Throws std::runtime_error when VALIDATION lacks one of the two classes or a pass is
/// cancelled, and data::DataError for bad samples.
Calibration calibrate(Network &network, const std::shared_ptr<const data::SampleSource> &train,
                      const std::shared_ptr<const data::SampleSource> &validation,
                      const CalibrationOptions &options);

/// Loads the checkpoint PATH (described by EXPECTED) into NETWORK, calibrates it on TRAIN
/// and VALIDATION and writes the calibration into PATH's metadata. The file is replaced
/// atomically with the same weights and metadata, but without the optimizer state, which
/// only last.pt needs for resuming. Returns the calibration; throws like calibrate() and
/// saveCheckpoint().
Calibration calibrateCheckpoint(const QString &path, Network &network, const CheckpointMeta &expected,
                                const std::shared_ptr<const data::SampleSource> &train,
                                const std::shared_ptr<const data::SampleSource> &validation,
                                const CalibrationOptions &options);

/// Returns a one-line summary of CALIBRATION for logs: AUC, threshold, sensitivity and
/// specificity at it, and the feature distance limit.
QString describeCalibration(const Calibration &calibration);

/// The outcome of the out-of-distribution guard for one input.
struct OodAssessment
{
    bool outOfDistribution = false;
    double featureDistance = 0;   ///< FeatureDistribution::distance() of the input
    double warningDistance = 0;
    ImageStatistics statistics;
    QStringList reasons;          ///< translated, one per failed check
};

/// Checks FEATURES (D values) and STATISTICS against CALIBRATION. With an invalid
/// calibration only fixed limits apply: chroma above 0.08 and an aspect ratio outside 0.5-2.
OodAssessment assessOutOfDistribution(const Calibration &calibration,
                                      const std::vector<double> &features,
                                      const ImageStatistics &statistics);

} // namespace cnnwb::models
