#include "metrics.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

namespace cnnwb::models {

ConfusionMatrix::ConfusionMatrix(int classes)
    : m_classes(classes)
    , m_counts(std::size_t(classes) * std::size_t(classes), 0)
{
}

void ConfusionMatrix::add(int trueClass, int predictedClass, std::int64_t count)
{
    if (trueClass < 0 || trueClass >= m_classes || predictedClass < 0 || predictedClass >= m_classes)
        throw std::out_of_range("class index outside the confusion matrix: true "
                                + std::to_string(trueClass) + ", predicted "
                                + std::to_string(predictedClass) + ", classes "
                                + std::to_string(m_classes));
    m_counts[std::size_t(trueClass) * m_classes + predictedClass] += count;
}

std::int64_t ConfusionMatrix::count(int trueClass, int predictedClass) const
{
    return m_counts[std::size_t(trueClass) * m_classes + predictedClass];
}

std::int64_t ConfusionMatrix::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), std::int64_t(0));
}

double ConfusionMatrix::accuracy() const
{
    const std::int64_t all = total();
    if (all == 0)
        return 0;
    std::int64_t correct = 0;
    for (int c = 0; c < m_classes; ++c)
        correct += count(c, c);
    return double(correct) / double(all);
}

double ConfusionMatrix::precision(int cls) const
{
    std::int64_t predicted = 0;
    for (int t = 0; t < m_classes; ++t)
        predicted += count(t, cls);
    return predicted == 0 ? 0 : double(count(cls, cls)) / double(predicted);
}

double ConfusionMatrix::recall(int cls) const
{
    std::int64_t actual = 0;
    for (int p = 0; p < m_classes; ++p)
        actual += count(cls, p);
    return actual == 0 ? 0 : double(count(cls, cls)) / double(actual);
}

double ConfusionMatrix::f1(int cls) const
{
    const double p = precision(cls);
    const double r = recall(cls);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

double ConfusionMatrix::macroF1() const
{
    if (m_classes == 0)
        return 0;
    double sum = 0;
    for (int c = 0; c < m_classes; ++c)
        sum += f1(c);
    return sum / m_classes;
}

std::vector<RocPoint> rocCurve(const std::vector<double> &scores, const std::vector<bool> &labels)
{
    if (scores.size() != labels.size())
        throw std::invalid_argument("rocCurve: scores and labels differ in length");
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&scores](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    const auto positives = std::count(labels.begin(), labels.end(), true);
    const auto negatives = std::int64_t(labels.size()) - positives;

    std::vector<RocPoint> curve;
    curve.push_back({std::numeric_limits<double>::infinity(), 0, 0});
    std::int64_t truePositives = 0;
    std::int64_t falsePositives = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (labels[order[i]])
            ++truePositives;
        else
            ++falsePositives;
        // Samples with equal scores move the curve together, as one threshold.
        const bool lastOfScore = i + 1 == order.size() || scores[order[i + 1]] != scores[order[i]];
        if (lastOfScore) {
            curve.push_back({scores[order[i]],
                             positives ? double(truePositives) / double(positives) : 0,
                             negatives ? double(falsePositives) / double(negatives) : 0});
        }
    }
    return curve;
}

double rocAuc(const std::vector<double> &scores, const std::vector<bool> &labels)
{
    const std::vector<RocPoint> curve = rocCurve(scores, labels);
    const auto positives = std::count(labels.begin(), labels.end(), true);
    if (positives == 0 || positives == std::int64_t(labels.size()))
        return std::numeric_limits<double>::quiet_NaN();
    // The trapezoid rule over the ROC points counts tied scores as one half.
    double area = 0;
    for (std::size_t i = 1; i < curve.size(); ++i) {
        const double width = curve[i].falsePositiveRate - curve[i - 1].falsePositiveRate;
        area += width * (curve[i].truePositiveRate + curve[i - 1].truePositiveRate) / 2;
    }
    return area;
}

cv::Mat thinLines(const cv::Mat &binary)
{
    CV_Assert(binary.type() == CV_8UC1);
    // Work on a copy with a one-pixel replicated border that is never thinned, so lines
    // that run into the image edge stay attached to it instead of shrinking from there.
    cv::Mat image;
    cv::copyMakeBorder(binary != 0, image, 1, 1, 1, 1, cv::BORDER_REPLICATE);
    image /= 255;
    cv::Mat marker = cv::Mat::zeros(image.size(), CV_8UC1);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int pass = 0; pass < 2; ++pass) {
            marker.setTo(0);
            for (int y = 1; y < image.rows - 1; ++y) {
                const uchar *above = image.ptr<uchar>(y - 1);
                const uchar *row = image.ptr<uchar>(y);
                const uchar *below = image.ptr<uchar>(y + 1);
                for (int x = 1; x < image.cols - 1; ++x) {
                    if (!row[x])
                        continue;
                    // Neighbours P2..P9, clockwise from north.
                    const int p[8] = {above[x], above[x + 1], row[x + 1], below[x + 1],
                                      below[x], below[x - 1], row[x - 1], above[x - 1]};
                    int neighbours = 0;
                    int transitions = 0;
                    for (int k = 0; k < 8; ++k) {
                        neighbours += p[k];
                        transitions += (p[k] == 0 && p[(k + 1) % 8] == 1);
                    }
                    if (neighbours < 2 || neighbours > 6 || transitions != 1)
                        continue;
                    const bool remove = pass == 0 ? (p[0] * p[2] * p[4] == 0 && p[2] * p[4] * p[6] == 0)
                                                  : (p[0] * p[2] * p[6] == 0 && p[0] * p[4] * p[6] == 0);
                    if (remove)
                        marker.at<uchar>(y, x) = 1;
                }
            }
            if (cv::countNonZero(marker) > 0) {
                image.setTo(0, marker);
                changed = true;
            }
        }
    }
    return image(cv::Rect(1, 1, binary.cols, binary.rows)).clone();
}

double randError(const cv::Mat &predicted, const cv::Mat &truth, bool thinBorders)
{
    CV_Assert(predicted.type() == CV_8UC1 && truth.type() == CV_8UC1);
    CV_Assert(predicted.size() == truth.size());

    cv::Mat predictedMembrane = predicted != 0;
    if (thinBorders)
        predictedMembrane = thinLines(predictedMembrane) != 0;

    // Cells are the 4-connected regions of non-membrane pixels; label 0 is membrane.
    cv::Mat truthCells;
    cv::Mat predictedCells;
    cv::connectedComponents(truth == 0, truthCells, 4, CV_32S);
    cv::connectedComponents(predictedMembrane == 0, predictedCells, 4, CV_32S);

    // Contingency counts over the pixels that are cell in the truth.
    std::unordered_map<std::int64_t, std::int64_t> joint;
    std::unordered_map<std::int32_t, std::int64_t> truthSizes;
    std::unordered_map<std::int32_t, std::int64_t> predictedSizes;
    std::int64_t singletons = 0;
    for (int y = 0; y < truth.rows; ++y) {
        const std::int32_t *t = truthCells.ptr<std::int32_t>(y);
        const std::int32_t *p = predictedCells.ptr<std::int32_t>(y);
        for (int x = 0; x < truth.cols; ++x) {
            if (t[x] == 0)
                continue;
            ++truthSizes[t[x]];
            if (p[x] == 0) {
                ++singletons; // a predicted border pixel inside a true cell: its own region
                continue;
            }
            ++predictedSizes[p[x]];
            ++joint[(std::int64_t(t[x]) << 32) | std::uint32_t(p[x])];
        }
    }

    const auto sumOfSquares = [](const auto &counts) {
        double sum = 0;
        for (const auto &entry : counts)
            sum += double(entry.second) * double(entry.second);
        return sum;
    };
    const double sumJoint = sumOfSquares(joint) + double(singletons);
    const double sumTruth = sumOfSquares(truthSizes);
    const double sumPredicted = sumOfSquares(predictedSizes) + double(singletons);
    if (sumTruth == 0)
        return 0;
    const double precision = sumJoint / sumPredicted;
    const double recall = sumJoint / sumTruth;
    return 1.0 - 2.0 * precision * recall / (precision + recall);
}

SegmentationScores segmentationScores(const cv::Mat &predicted, const cv::Mat &truth,
                                      bool thinPredictedBorders)
{
    CV_Assert(predicted.type() == CV_8UC1 && truth.type() == CV_8UC1);
    CV_Assert(predicted.size() == truth.size());
    const cv::Mat predictedMembrane = predicted != 0;
    const cv::Mat trueMembrane = truth != 0;
    const double pixels = double(truth.total());
    const double both = cv::countNonZero(predictedMembrane & trueMembrane);
    const double either = cv::countNonZero(predictedMembrane | trueMembrane);
    const double differing = cv::countNonZero(predictedMembrane != trueMembrane);
    const double sizes = cv::countNonZero(predictedMembrane) + cv::countNonZero(trueMembrane);

    SegmentationScores scores;
    scores.pixelError = pixels > 0 ? differing / pixels : 0;
    scores.iou = either > 0 ? both / either : 1;
    scores.dice = sizes > 0 ? 2 * both / sizes : 1;
    scores.randError = randError(predicted, truth, thinPredictedBorders);
    return scores;
}

} // namespace cnnwb::models
