#include "charnormalize.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include <opencv2/imgproc.hpp>

namespace cnnwb::data {

cv::Mat normalizeCharacter(const cv::Mat &grey, int side, int margin, int inkThreshold,
                           CharacterPlacement *placement)
{
    if (placement)
        *placement = CharacterPlacement();
    if (grey.empty())
        throw std::invalid_argument("normalizeCharacter: the input bitmap is empty");
    if (grey.depth() != CV_8U)
        throw std::invalid_argument("normalizeCharacter: expected an 8-bit bitmap, got depth "
                                    + std::to_string(grey.depth()));
    if (side <= 2 * margin || margin < 0)
        throw std::invalid_argument("normalizeCharacter: side " + std::to_string(side)
                                    + " leaves no room inside margin " + std::to_string(margin));

    cv::Mat single = grey;
    if (grey.channels() == 3)
        cv::cvtColor(grey, single, cv::COLOR_BGR2GRAY);
    else if (grey.channels() == 4)
        cv::cvtColor(grey, single, cv::COLOR_BGRA2GRAY);
    else if (grey.channels() != 1)
        throw std::invalid_argument("normalizeCharacter: expected 1, 3 or 4 channels, got "
                                    + std::to_string(grey.channels()));

    cv::Mat output = cv::Mat::zeros(side, side, CV_8UC1);
    cv::Mat inkMask;
    cv::compare(single, inkThreshold, inkMask, cv::CMP_LT);
    const cv::Rect box = cv::boundingRect(inkMask);
    if (box.area() == 0)
        return output;

    // Inverting makes the paper 0, so the padding added around the scaled ink matches it.
    cv::Mat ink;
    cv::subtract(cv::Scalar(255), single(box), ink);

    const int inner = side - 2 * margin;
    const double scale = double(inner) / std::max(box.width, box.height);
    const int width = std::clamp(int(std::lround(box.width * scale)), 1, inner);
    const int height = std::clamp(int(std::lround(box.height * scale)), 1, inner);
    // Area averaging keeps thin strokes visible when shrinking; linear avoids blocks when growing.
    const int interpolation = scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR;
    cv::Mat scaled;
    cv::resize(ink, scaled, cv::Size(width, height), 0, 0, interpolation);

    const int left = (side - width) / 2;
    const int top = (side - height) / 2;
    scaled.copyTo(output(cv::Rect(left, top, width, height)));
    if (placement) {
        placement->inkBox = box;
        placement->target = cv::Rect(left, top, width, height);
    }
    return output;
}

} // namespace cnnwb::data
