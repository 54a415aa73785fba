#pragma once

#include <functional>
#include <random>

#include <opencv2/core/mat.hpp>

namespace cnnwb::data {

/// Augmenter hook that classifier sources apply to an 8-bit image (grey or RGB) before
/// converting it to float.
using ClassifierAugmenter = std::function<void(cv::Mat &image8u, std::mt19937 &rng)>;

/// Augmenter hook that segmentation sources apply to an image (CV_32FC1 in [0, 1] or
/// 8-bit) and its CV_8UC1 mask. Both receive the same geometric change.
using SegmentationAugmenter =
    std::function<void(cv::Mat &image, cv::Mat &mask, std::mt19937 &rng)>;

/// Ranges of the random changes applied to classifier images.
struct ClassifierAugmentOptions
{
    /// Maximum rotation in degrees, drawn uniformly from [-rotationDegrees, rotationDegrees].
    double rotationDegrees = 10.0;
    /// Maximum shift as a fraction of the image side, drawn per axis.
    double shiftFraction = 0.1;
    /// Scale factor range. Values above 1 enlarge the content.
    double zoomMin = 0.9;
    double zoomMax = 1.1;
    /// Contrast factor range, applied around the image mean.
    double contrastMin = 0.9;
    double contrastMax = 1.1;
    /// Mirrors left-right with probability 0.5. Off by default because mirrored text and
    /// mirrored anatomy are not valid samples of their class.
    bool horizontalFlip = false;
    /// Fill value (0-255) for pixels that the transform moves in from outside the image.
    /// A negative value replicates the border pixels instead.
    int fillValue = -1;

    /// Returns settings for normalised handwritten characters (ink high on a 0
    /// background, as GntSource passes them): small rotation and shift, and no flip.
    static ClassifierAugmentOptions forCharacters();
    /// Returns settings for chest X-rays: up to 10 degrees of rotation, 10 % shift,
    /// zoom 0.9-1.1, contrast 0.9-1.1, borders replicated and no flip.
    static ClassifierAugmentOptions forXray();
};

/// Ranges of the random changes applied to segmentation image-mask pairs.
struct SegmentationAugmentOptions
{
    /// Mirrors left-right and up-down, each with probability 0.5.
    bool flips = true;
    /// Rotates by a random multiple of 90 degrees. Non-square images get 0 or 180 only.
    bool rotations90 = true;
    /// Applies an elastic deformation (smoothed random displacement field).
    bool elastic = true;
    /// Standard deviation of the elastic displacement in pixels.
    double elasticDisplacement = 3.0;
    /// Gaussian smoothing of the displacement field in pixels. Larger values give
    /// smoother, more global deformations.
    double elasticSmoothing = 10.0;
    /// Maximum brightness offset, added in [0, 1] intensity units (image only).
    double brightness = 0.1;
    /// Contrast factor range around the image mean (image only).
    double contrastMin = 0.85;
    double contrastMax = 1.15;
};

/// Applies a random affine change (rotation, shift, zoom), contrast change and, when
/// allowed, a horizontal flip to an 8-bit grey or RGB image in place. All randomness
/// comes from RNG.
void augmentClassifierImage(cv::Mat &image8u, const ClassifierAugmentOptions &options,
                            std::mt19937 &rng);

/// Applies the same random flips, 90-degree rotations and elastic deformation to IMAGE
/// and MASK, then brightness and contrast to IMAGE only. IMAGE is CV_32FC1 in [0, 1] or
/// 8-bit, and MASK is CV_8UC1 of the same size. The mask is resampled with nearest
/// neighbour, so it keeps its original set of values.
void augmentSegmentation(cv::Mat &image, cv::Mat &mask, const SegmentationAugmentOptions &options,
                         std::mt19937 &rng);

/// Fills DX and DY (CV_32FC1 of SIZE) with a random displacement field: uniform noise
/// smoothed by a Gaussian of SMOOTHING pixels, scaled to a standard deviation of
/// DISPLACEMENT pixels. The noise is drawn on a grid coarser by about SMOOTHING / 3 and
/// resized, which keeps the cost low for large smoothing.
void randomDisplacementField(cv::Size size, double displacement, double smoothing,
                             std::mt19937 &rng, cv::Mat &dx, cv::Mat &dy);

/// Returns a uniformly drawn CROP-sized rectangle inside an image of size FULL. Throws
/// std::invalid_argument when CROP is larger than FULL.
cv::Rect randomCropRect(cv::Size full, cv::Size crop, std::mt19937 &rng);

/// Crops IMAGE and MASK to the same random CROP-sized window (deep copies).
void randomCrop(cv::Mat &image, cv::Mat &mask, cv::Size crop, std::mt19937 &rng);

/// Returns a classifier hook applying augmentClassifierImage() with OPTIONS.
ClassifierAugmenter makeClassifierAugmenter(const ClassifierAugmentOptions &options);

/// Returns a classifier hook for handwritten characters: OPTIONS with horizontalFlip
/// forced off, because a mirrored character is a different (or no) character.
ClassifierAugmenter makeCharacterAugmenter(ClassifierAugmentOptions options);

/// Returns a segmentation hook applying augmentSegmentation() with OPTIONS.
SegmentationAugmenter makeSegmentationAugmenter(const SegmentationAugmentOptions &options);

} // namespace cnnwb::data
