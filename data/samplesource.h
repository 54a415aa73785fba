#pragma once

#include <QtCore/QStringList>

#include <opencv2/core/mat.hpp>

#include <random>

namespace cnnwb::data {

/// One decoded sample, before collation into a batch.
struct Sample
{
    /// Network input, H×W with C channels, CV_32FC1 or CV_32FC3, values in [0, 1].
    /// Channel order is RGB for colour inputs.
    cv::Mat image;
    /// Class index for classifiers; -1 for segmentation.
    int label = -1;
    /// Segmentation target, CV_8UC1 of the image's size: 1 = foreground (membrane),
    /// 0 = background (cell). Empty for classifiers.
    cv::Mat mask;
};

/// A random-access set of samples that batching, training and evaluation read.
///
/// Implementations index their files when built and decode in load(), which must be
/// safe to call from several threads at once.
class SampleSource
{
public:
    virtual ~SampleSource() = default;

    virtual qsizetype size() const = 0;
    /// Returns the class index of sample INDEX without decoding it (-1 for segmentation).
    virtual int label(qsizetype index) const = 0;
    /// Decodes sample INDEX. When RNG is non-null, applies random augmentation drawn from it.
    /// Throws DataError naming the file and position when the data is bad.
    virtual Sample load(qsizetype index, std::mt19937 *rng) const = 0;
    /// Returns the class names (classifiers) or the foreground name (segmentation).
    virtual QStringList classNames() const = 0;
    /// Returns a short description of sample INDEX for error messages ("train/NORMAL/x.jpeg").
    virtual QString describe(qsizetype index) const = 0;
};

} // namespace cnnwb::data
