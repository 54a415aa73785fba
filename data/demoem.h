#pragma once

#include <cstdint>
#include <vector>

#include <opencv2/core/mat.hpp>

#include <QtCore/QString>

#include "data/augment.h"
#include "data/samplesource.h"

namespace cnnwb::data {

/// Settings of the synthetic electron-microscopy stack.
struct DemoEmOptions
{
    int slices = 30;
    int width = 512;
    int height = 512;
    std::uint32_t seed = 1;
    /// Mean cell diameter in pixels. Cell centres are jittered by up to 40 % of it, so
    /// cell sizes vary.
    double cellDiameter = 48.0;
    /// Membrane thickness range in pixels. Each cell draws its own thickness.
    double membraneMin = 2.5;
    double membraneMax = 6.0;
    /// Side of the square random crop that load() takes when given an RNG. 0, or a side
    /// larger than the slice, keeps the whole slice. Without an RNG (evaluation), load()
    /// always returns the whole slice.
    int cropSize = 0;
};

/// One synthetic slice: the image and its membrane mask.
struct DemoEmSlice
{
    /// CV_8UC1 grey image, dark membranes on lighter cytoplasm.
    cv::Mat image;
    /// CV_8UC1, 1 = membrane, 0 = cell interior (including organelles).
    cv::Mat mask;
};

/// A synthetic serial-section EM stack with exact membrane masks, so the segmentation
/// model can be tried without downloading ISBI 2012.
///
/// Each slice is a jittered Voronoi tiling of cells with warped borders, a membrane
/// thickness per cell and blurred membrane edges. Cells get organelle-like blobs,
/// texture, noise and a slow illumination gradient. Slice i depends only on the options and i.
/// The slices are generated when the object is built and served from memory.
class DemoEm final : public SampleSource
{
public:
    explicit DemoEm(const DemoEmOptions &options = DemoEmOptions());

    /// Renders slice INDEX of a stack with OPTIONS without building the whole stack.
    static DemoEmSlice generateSlice(const DemoEmOptions &options, int index);

    const DemoEmOptions &options() const { return m_options; }
    const DemoEmSlice &slice(int index) const { return m_slices.at(std::size_t(index)); }
    /// Sets the augmentation that load() applies when given an RNG (after the crop).
    void setAugmenter(SegmentationAugmenter augmenter) { m_augmenter = std::move(augmenter); }

    /// Writes the stack as two multi-page 8-bit TIFFs in the ISBI 2012 convention:
    /// IMAGEPATH with the images, LABELPATH with 255 = cell interior and 0 = membrane.
    /// Each file is written under a temporary name and renamed when complete.
    /// Returns false and sets ERROR (naming the file and page) on failure.
    bool writeTiffPair(const QString &imagePath, const QString &labelPath,
                       QString *error = nullptr) const;

    qsizetype size() const override { return qsizetype(m_slices.size()); }
    int label(qsizetype) const override { return -1; }
    /// Returns the slice as CV_32FC1 in [0, 1] with its mask. With RNG, returns a random
    /// crop of cropSize (when set) after the augmenter has run on it.
    Sample load(qsizetype index, std::mt19937 *rng) const override;
    QStringList classNames() const override { return {QStringLiteral("membrane")}; }
    QString describe(qsizetype index) const override;

private:
    DemoEmOptions m_options;
    std::vector<DemoEmSlice> m_slices;
    SegmentationAugmenter m_augmenter;
};

} // namespace cnnwb::data
