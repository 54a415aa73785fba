#pragma once

#include "samplesource.h"

#include <memory>
#include <vector>

#include <opencv2/core/mat.hpp>

#include <QtCore/QString>
#include <QtCore/QVector>

#include "augment.h"

namespace cnnwb::data {

/// Label polarity: the label value that marks membrane.
enum class LabelPolarity {
    /// Low values are membrane (ISBI 2012: 0 = membrane, 255 = cell).
    MembraneLow,
    /// High values are membrane (255 or 1 = membrane, 0 = cell).
    MembraneHigh,
};

/// An electron-microscopy volume with optional membrane labels, held in memory slice by slice.
struct EmStack
{
    /// Source of the slices: a TIFF file or an image folder.
    QString imageSource;
    /// Source of the labels, empty for a volume without labels.
    QString labelSource;
    /// Slices as stored: CV_8UC1 or CV_16UC1, all of one size.
    std::vector<cv::Mat> images;
    /// Binarised labels, CV_8UC1, 1 = membrane, 0 = cell; empty without labels.
    std::vector<cv::Mat> masks;
    /// Smallest and largest raw label value in the label stack (0 and 1 for a 0/1 stack).
    double labelMin = 0;
    double labelMax = 0;

    int sliceCount() const { return int(images.size()); }
    cv::Size sliceSize() const { return images.empty() ? cv::Size() : images.front().size(); }
    bool hasLabels() const { return !masks.empty(); }
    /// Returns the fraction of label pixels that are membrane over all slices, in [0, 1].
    double membraneFraction() const;
    /// Returns the membrane fraction of one slice (0-based), in [0, 1].
    double membraneFraction(int slice) const;
};

/// Loads an image TIFF stack and its label stack (e.g. train-volume.tif, train-labels.tif).
/// Labels are split at the midpoint of their smallest and largest value, so 0/255 and 0/1
/// label stacks both work, and POLARITY selects which side is membrane. Throws DataError when the
/// page counts or sizes differ, naming both files.
EmStack loadEmTiffPair(const QString &volumePath, const QString &labelPath,
                       LabelPolarity polarity = LabelPolarity::MembraneLow);

/// Loads a TIFF stack without labels (e.g. test-volume.tif). Throws DataError.
EmStack loadEmVolume(const QString &volumePath);

/// Loads FOLDER/image/N.png with FOLDER/label/N.png (also .tif, .tiff), in numeric order of
/// N, binarising labels as loadEmTiffPair() does. Throws DataError naming the files when an
/// image has no label or the sizes differ.
EmStack loadEmFolder(const QString &folder, LabelPolarity polarity = LabelPolarity::MembraneLow);

/// Turns LABEL into a CV_8UC1 mask (1 = membrane): values above THRESHOLD are high, and
/// POLARITY selects whether high or low is membrane.
cv::Mat binarizeLabel(const cv::Mat &label, double threshold, LabelPolarity polarity);

/// Parses 1-based slice ranges such as "1-25" or "1-20,26,28-30" into 0-based slice indices,
/// each in [0, SLICE_COUNT). Returns an empty list and sets ERROR when the text is invalid.
QVector<int> parseSliceRanges(const QString &text, int sliceCount, QString *error);

/// Crops of an EmStack as segmentation samples: image CV_32FC1 in [0, 1] and mask CV_8UC1
/// (1 = membrane), both CROP×CROP.
///
/// With a random generator, load() cuts a crop at a random position of the sample's slice
/// and then runs the augmenter. Without one (validation), sample i is a fixed tile: tiles
/// are spread evenly over each slice so that together they cover it, overlapping where the
/// slice side is not a multiple of CROP. size() is the tile count either way.
class EmSource final : public SampleSource
{
public:
    /// SLICES are 0-based indices into STACK, which must have labels. AUGMENTER gets the
    /// CV_32FC1 image and the CV_8UC1 mask. Throws DataError when CROP exceeds the slice.
    EmSource(std::shared_ptr<const EmStack> stack, QVector<int> slices, int crop = 256,
             SegmentationAugmenter augmenter = {});

    qsizetype size() const override;
    int label(qsizetype index) const override;
    Sample load(qsizetype index, std::mt19937 *rng) const override;
    QStringList classNames() const override;
    QString describe(qsizetype index) const override;

    /// Returns the number of validation tiles per slice.
    int tilesPerSlice() const { return int(m_tileX.size() * m_tileY.size()); }
    /// Returns the top-left corner of validation tile TILE of a slice.
    cv::Point tileOrigin(int tile) const;

private:
    std::shared_ptr<const EmStack> m_stack;
    QVector<int> m_slices;
    int m_crop;
    SegmentationAugmenter m_augmenter;
    QVector<int> m_tileX;
    QVector<int> m_tileY;
};

} // namespace cnnwb::data
