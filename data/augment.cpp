#include "augment.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace cnnwb::data {
namespace {

double uniform(std::mt19937 &rng, double low, double high)
{
    if (high <= low)
        return low;
    return std::uniform_real_distribution<double>(low, high)(rng);
}

bool coin(std::mt19937 &rng)
{
    return (rng() & 1u) != 0;
}

// Seeds an OpenCV generator from RNG so that bulk fills stay fast and still depend only
// on the caller's generator.
cv::RNG derivedCvRng(std::mt19937 &rng)
{
    const std::uint64_t high = rng();
    const std::uint64_t low = rng();
    const std::uint64_t state = (high << 32) | low;
    return cv::RNG(state == 0 ? 1 : state);
}

// Scales intensities around the mean by CONTRAST and adds BRIGHTNESS (in [0, 1] units),
// clamping to the valid range of the image's depth.
void adjustIntensity(cv::Mat &image, double contrast, double brightness)
{
    const cv::Scalar channelMeans = cv::mean(image);
    double mean = 0.0;
    for (int c = 0; c < image.channels(); ++c)
        mean += channelMeans[c];
    mean /= image.channels();

    if (image.depth() == CV_8U) {
        image.convertTo(image, -1, contrast, mean * (1.0 - contrast) + brightness * 255.0);
        return;
    }
    image.convertTo(image, -1, contrast, mean * (1.0 - contrast) + brightness);
    cv::min(image, 1.0, image);
    cv::max(image, 0.0, image);
}

} // namespace

ClassifierAugmentOptions ClassifierAugmentOptions::forCharacters()
{
    ClassifierAugmentOptions options;
    options.rotationDegrees = 8.0;
    options.shiftFraction = 0.06;
    options.zoomMin = 0.9;
    options.zoomMax = 1.1;
    options.contrastMin = 0.8;
    options.contrastMax = 1.2;
    options.horizontalFlip = false;
    options.fillValue = 0;
    return options;
}

ClassifierAugmentOptions ClassifierAugmentOptions::forXray()
{
    ClassifierAugmentOptions options;
    options.rotationDegrees = 10.0;
    options.shiftFraction = 0.1;
    options.zoomMin = 0.9;
    options.zoomMax = 1.1;
    options.contrastMin = 0.9;
    options.contrastMax = 1.1;
    options.horizontalFlip = false;
    options.fillValue = -1;
    return options;
}

void augmentClassifierImage(cv::Mat &image8u, const ClassifierAugmentOptions &options,
                            std::mt19937 &rng)
{
    if (image8u.empty())
        return;
    if (image8u.depth() != CV_8U)
        throw std::invalid_argument("augmentClassifierImage expects an 8-bit image, got depth "
                                    + std::to_string(image8u.depth()));

    // Every value is drawn whether or not it is used, so the sequence taken from RNG does
    // not depend on the options.
    const bool flip = coin(rng);
    const double angle = uniform(rng, -options.rotationDegrees, options.rotationDegrees);
    const double zoom = uniform(rng, options.zoomMin, options.zoomMax);
    const double shiftX = uniform(rng, -options.shiftFraction, options.shiftFraction);
    const double shiftY = uniform(rng, -options.shiftFraction, options.shiftFraction);
    const double contrast = uniform(rng, options.contrastMin, options.contrastMax);

    if (options.horizontalFlip && flip)
        cv::flip(image8u, image8u, 1);

    const bool identity = angle == 0.0 && zoom == 1.0 && shiftX == 0.0 && shiftY == 0.0;
    if (!identity) {
        const cv::Point2f center(0.5f * static_cast<float>(image8u.cols - 1),
                                 0.5f * static_cast<float>(image8u.rows - 1));
        cv::Mat transform = cv::getRotationMatrix2D(center, angle, zoom);
        transform.at<double>(0, 2) += shiftX * image8u.cols;
        transform.at<double>(1, 2) += shiftY * image8u.rows;
        const bool replicate = options.fillValue < 0;
        cv::Mat warped;
        cv::warpAffine(image8u, warped, transform, image8u.size(), cv::INTER_LINEAR,
                       replicate ? cv::BORDER_REPLICATE : cv::BORDER_CONSTANT,
                       cv::Scalar::all(replicate ? 0 : options.fillValue));
        image8u = warped;
    }

    if (contrast != 1.0)
        adjustIntensity(image8u, contrast, 0.0);
}

void randomDisplacementField(cv::Size size, double displacement, double smoothing,
                             std::mt19937 &rng, cv::Mat &dx, cv::Mat &dy)
{
    const int factor = std::max(1, static_cast<int>(smoothing / 3.0));
    const cv::Size coarse(size.width / factor + 2, size.height / factor + 2);
    const double coarseSigma = std::max(0.5, smoothing / factor);
    cv::RNG noise = derivedCvRng(rng);

    cv::Mat fields[2];
    for (cv::Mat &field : fields) {
        cv::Mat raw(coarse, CV_32FC1);
        noise.fill(raw, cv::RNG::UNIFORM, -1.0, 1.0);
        cv::GaussianBlur(raw, raw, cv::Size(), coarseSigma, coarseSigma, cv::BORDER_REFLECT_101);
        cv::Scalar mean;
        cv::Scalar deviation;
        cv::meanStdDev(raw, mean, deviation);
        const double scale = deviation[0] > 1e-12 ? displacement / deviation[0] : 0.0;
        raw.convertTo(raw, CV_32F, scale, -mean[0] * scale);
        cv::resize(raw, field, size, 0, 0, cv::INTER_LINEAR);
    }
    dx = fields[0];
    dy = fields[1];
}

void augmentSegmentation(cv::Mat &image, cv::Mat &mask, const SegmentationAugmentOptions &options,
                         std::mt19937 &rng)
{
    if (image.empty())
        return;
    if (image.size() != mask.size())
        throw std::invalid_argument("augmentSegmentation: image and mask sizes differ");

    const bool flipHorizontal = coin(rng);
    const bool flipVertical = coin(rng);
    int quarterTurns = static_cast<int>(rng() % 4u);
    const double brightness = uniform(rng, -options.brightness, options.brightness);
    const double contrast = uniform(rng, options.contrastMin, options.contrastMax);

    if (options.flips && flipHorizontal) {
        cv::flip(image, image, 1);
        cv::flip(mask, mask, 1);
    }
    if (options.flips && flipVertical) {
        cv::flip(image, image, 0);
        cv::flip(mask, mask, 0);
    }
    // A quarter turn swaps width and height, which would break the batch shape of a
    // non-square source, so those get half turns only.
    if (image.rows != image.cols)
        quarterTurns &= 2;
    if (options.rotations90 && quarterTurns != 0) {
        const int code = quarterTurns == 1   ? cv::ROTATE_90_CLOCKWISE
                         : quarterTurns == 2 ? cv::ROTATE_180
                                             : cv::ROTATE_90_COUNTERCLOCKWISE;
        cv::rotate(image, image, code);
        cv::rotate(mask, mask, code);
    }

    if (options.elastic && options.elasticDisplacement > 0.0) {
        cv::Mat dx;
        cv::Mat dy;
        randomDisplacementField(image.size(), options.elasticDisplacement,
                                options.elasticSmoothing, rng, dx, dy);
        cv::Mat mapX(image.size(), CV_32FC1);
        cv::Mat mapY(image.size(), CV_32FC1);
        for (int y = 0; y < image.rows; ++y) {
            const float *rowDx = dx.ptr<float>(y);
            const float *rowDy = dy.ptr<float>(y);
            float *rowX = mapX.ptr<float>(y);
            float *rowY = mapY.ptr<float>(y);
            for (int x = 0; x < image.cols; ++x) {
                rowX[x] = static_cast<float>(x) + rowDx[x];
                rowY[x] = static_cast<float>(y) + rowDy[x];
            }
        }
        cv::Mat warpedImage;
        cv::Mat warpedMask;
        cv::remap(image, warpedImage, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
        cv::remap(mask, warpedMask, mapX, mapY, cv::INTER_NEAREST, cv::BORDER_REFLECT_101);
        image = warpedImage;
        mask = warpedMask;
    }

    if (brightness != 0.0 || contrast != 1.0)
        adjustIntensity(image, contrast, brightness);
}

cv::Rect randomCropRect(cv::Size full, cv::Size crop, std::mt19937 &rng)
{
    if (crop.width > full.width || crop.height > full.height || crop.width <= 0
        || crop.height <= 0)
        throw std::invalid_argument("random crop of " + std::to_string(crop.width) + "x"
                                    + std::to_string(crop.height) + " does not fit an image of "
                                    + std::to_string(full.width) + "x"
                                    + std::to_string(full.height));
    const auto x = static_cast<int>(rng() % static_cast<unsigned>(full.width - crop.width + 1));
    const auto y = static_cast<int>(rng() % static_cast<unsigned>(full.height - crop.height + 1));
    return cv::Rect(x, y, crop.width, crop.height);
}

void randomCrop(cv::Mat &image, cv::Mat &mask, cv::Size crop, std::mt19937 &rng)
{
    const cv::Rect window = randomCropRect(image.size(), crop, rng);
    image = image(window).clone();
    if (!mask.empty())
        mask = mask(window).clone();
}

ClassifierAugmenter makeClassifierAugmenter(const ClassifierAugmentOptions &options)
{
    return [options](cv::Mat &image8u, std::mt19937 &rng) {
        augmentClassifierImage(image8u, options, rng);
    };
}

ClassifierAugmenter makeCharacterAugmenter(ClassifierAugmentOptions options)
{
    options.horizontalFlip = false;
    return makeClassifierAugmenter(options);
}

SegmentationAugmenter makeSegmentationAugmenter(const SegmentationAugmentOptions &options)
{
    return [options](cv::Mat &image, cv::Mat &mask, std::mt19937 &rng) {
        augmentSegmentation(image, mask, options, rng);
    };
}

} // namespace cnnwb::data
