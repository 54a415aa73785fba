#pragma once

#include <opencv2/core/mat.hpp>

namespace cnnwb::data {

/// Default output side of a normalised character, in pixels.
inline constexpr int kCharacterSide = 64;

/// The source box of the ink that normalizeCharacter() used and the output box it filled.
/// A map over the output, such as a saliency map, can be drawn back onto the source with it.
struct CharacterPlacement
{
    cv::Rect inkBox;  ///< ink bounding box in the source bitmap, in pixels; empty without ink
    cv::Rect target;  ///< where the scaled box lies in the SIDE×SIDE output, in pixels
};

/// Normalises one handwritten character for the classifier and the drawing canvas.
///
/// GREY is a CV_8UC1 bitmap (CV_8UC3 and CV_8UC4 are converted to grey) with a white (255)
/// background and dark ink. Pixels darker than INK_THRESHOLD define the ink bounding box. The
/// box is cropped, scaled with its aspect ratio preserved so that its longer side fills
/// SIDE - 2·MARGIN pixels, and centred. Returns CV_8UC1 SIDE×SIDE with the ink high (255 for
/// full ink) on a 0 background. A bitmap without ink returns an all-zero image.
/// Throws std::invalid_argument for an empty input, another depth or SIDE <= 2·MARGIN.
/// PLACEMENT, when given, receives the crop box and its place in the output.
cv::Mat normalizeCharacter(const cv::Mat &grey, int side = kCharacterSide, int margin = 4,
                           int inkThreshold = 250, CharacterPlacement *placement = nullptr);

} // namespace cnnwb::data
