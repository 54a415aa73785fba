#pragma once

#include <QtCore/QStringList>
#include <QtCore/QVector>

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <vector>

namespace cnnwb::models {

/// Counts of true classes (rows) against predicted classes (columns).
class ConfusionMatrix
{
public:
    explicit ConfusionMatrix(int classes = 0);

    void add(int trueClass, int predictedClass, std::int64_t count = 1);
    int classes() const { return m_classes; }
    std::int64_t count(int trueClass, int predictedClass) const;
    std::int64_t total() const;

    double accuracy() const;
    /// Share of predictions of CLS that are right; 0 when CLS was never predicted.
    double precision(int cls) const;
    /// Share of samples of CLS that were found; 0 when CLS has no samples.
    double recall(int cls) const;
    double f1(int cls) const;
    /// Unweighted mean of the per-class F1 scores.
    double macroF1() const;

private:
    int m_classes = 0;
    std::vector<std::int64_t> m_counts; ///< row-major, classes × classes
};

/// One point of a ROC curve.
struct RocPoint
{
    double threshold = 0;          ///< scores at or above it count as positive
    double truePositiveRate = 0;   ///< sensitivity
    double falsePositiveRate = 0;  ///< 1 - specificity
};

/// Computes the ROC curve of SCORES (higher = more positive) against LABELS (true =
/// positive), from (0, 0) to (1, 1), one point per distinct score.
std::vector<RocPoint> rocCurve(const std::vector<double> &scores, const std::vector<bool> &labels);

/// Computes the area under the ROC curve: the probability that a random positive scores
/// above a random negative, ties counting one half. Returns NaN without both classes.
double rocAuc(const std::vector<double> &scores, const std::vector<bool> &labels);

/// Pixel-level scores of a binary membrane segmentation.
struct SegmentationScores
{
    double pixelError = 0;  ///< share of pixels whose class differs
    double iou = 0;         ///< intersection over union of the membrane class
    double dice = 0;        ///< Dice coefficient (F1) of the membrane class
    double randError = 0;   ///< 1 - foreground-restricted Rand F-score of the cell regions
};

/// Scores PREDICTED against TRUTH, both CV_8UC1 of one size with 1 (or any non-zero) =
/// membrane and 0 = cell. IoU and Dice are 1 when neither image has membrane.
SegmentationScores segmentationScores(const cv::Mat &predicted, const cv::Mat &truth,
                                      bool thinPredictedBorders = true);

/// NOTE: this follows the challenge's published definition (foreground-restricted Rand
/// F-score after border thinning); it has not been compared with the organisers' script.
/// Computes the Rand error as the ISBI 2012 challenge scored it: the cells are the
/// 4-connected regions of non-membrane pixels. Only pixels that are cell in TRUTH count
/// (foreground restriction). When THIN_BORDERS is set, the predicted membrane is first
/// thinned to one-pixel lines, so border width is not penalised. Predicted membrane pixels
/// left inside true cells count as regions of one pixel each.
double randError(const cv::Mat &predicted, const cv::Mat &truth, bool thinBorders = true);

/// Thins a binary image (non-zero = foreground) to one-pixel-wide lines with the
/// Zhang-Suen algorithm. Returns CV_8UC1 with 1 = kept.
cv::Mat thinLines(const cv::Mat &binary);

} // namespace cnnwb::models
