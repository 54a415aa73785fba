#include "overlaycomposer.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <opencv2/core.hpp>

#include <QtGui/QPainter>

namespace cnnwb::ui {
namespace {

/// Opacity of the error map and the truth outline, which must stay readable over the mask.
constexpr int kErrorAlpha = 180;
/// Seam values (standard deviations) are small; this gain maps 0.25 to full colour.
constexpr float kSeamGain = 4.0f;

struct Rgb
{
    int r = 0;
    int g = 0;
    int b = 0;
};

inline void blend(QRgb &pixel, const Rgb &color, int alpha)
{
    const int keep = 255 - alpha;
    pixel = qRgb((qRed(pixel) * keep + color.r * alpha) / 255, (qGreen(pixel) * keep + color.g * alpha) / 255,
                 (qBlue(pixel) * keep + color.b * alpha) / 255);
}

Rgb toRgb(const QColor &color)
{
    return {color.red(), color.green(), color.blue()};
}

// A dark-violet to orange to light-yellow ramp over 256 steps, similar to the "inferno"
// colour map, so probability reads as brightness in colour as well as in grey prints.
std::array<Rgb, 256> probabilityColors()
{
    const std::array<std::array<double, 3>, 5> anchors = {{{40, 11, 84}, {120, 28, 109}, {212, 72, 66},
                                                          {250, 150, 40}, {252, 255, 164}}};
    std::array<Rgb, 256> table;
    for (int i = 0; i < 256; ++i) {
        const double position = i / 255.0 * (anchors.size() - 1);
        const int lower = std::min(int(position), int(anchors.size()) - 2);
        const double t = position - lower;
        const auto mix = [&](int channel) {
            return int(std::lround(anchors[lower][channel] * (1 - t) + anchors[lower + 1][channel] * t));
        };
        table[std::size_t(i)] = {mix(0), mix(1), mix(2)};
    }
    return table;
}

// Maps stored values to grey through the window [low, high].
inline uchar windowed(double value, double low, double scale)
{
    return cv::saturate_cast<uchar>((value - low) * scale);
}

QImage greyImage(const cv::Mat &image, double low, double high)
{
    QImage out(image.cols, image.rows, QImage::Format_RGB32);
    const double scale = 255.0 / std::max(high - low, 1e-9);
    if (image.depth() == CV_8U || image.depth() == CV_16U) {
        const int entries = image.depth() == CV_8U ? 256 : 65536;
        std::vector<QRgb> table(static_cast<std::size_t>(entries));
        for (int v = 0; v < entries; ++v) {
            const uchar grey = windowed(v, low, scale);
            table[std::size_t(v)] = qRgb(grey, grey, grey);
        }
        for (int y = 0; y < image.rows; ++y) {
            QRgb *row = reinterpret_cast<QRgb *>(out.scanLine(y));
            if (image.depth() == CV_8U) {
                const uchar *source = image.ptr<uchar>(y);
                for (int x = 0; x < image.cols; ++x)
                    row[x] = table[source[x]];
            } else {
                const ushort *source = image.ptr<ushort>(y);
                for (int x = 0; x < image.cols; ++x)
                    row[x] = table[source[x]];
            }
        }
        return out;
    }
    for (int y = 0; y < image.rows; ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(out.scanLine(y));
        const float *source = image.ptr<float>(y);
        for (int x = 0; x < image.cols; ++x) {
            const uchar grey = windowed(source[x], low, scale);
            row[x] = qRgb(grey, grey, grey);
        }
    }
    return out;
}

// True where MASK is set and one of its four neighbours is not; the image edge counts as set.
inline bool isEdge(const uchar *above, const uchar *row, const uchar *below, int x, int width)
{
    if (!row[x])
        return false;
    return (above && !above[x]) || (below && !below[x]) || (x > 0 && !row[x - 1]) || (x + 1 < width && !row[x + 1]);
}

} // namespace

void imageRange(const cv::Mat &image, double *low, double *high)
{
    *low = 0;
    *high = 255;
    if (image.empty())
        return;
    cv::minMaxLoc(image, low, high);
    if (*high <= *low)
        *high = *low + 1;
}

QImage composeSlice(const SliceLayers &layers, const OverlaySettings &settings)
{
    if (layers.image.empty())
        return {};
    QImage out = greyImage(layers.image, settings.windowLow, settings.windowHigh);
    const int width = layers.image.cols;
    const int height = layers.image.rows;
    const bool hasProbability = !layers.probability.empty() && layers.probability.size() == layers.image.size();
    const bool hasTruth = !layers.truth.empty() && layers.truth.size() == layers.image.size();
    const bool hasSeam = !layers.seam.empty() && layers.seam.size() == layers.image.size();

    cv::Mat predicted;
    if (hasProbability)
        predicted = layers.probability >= settings.threshold;

    static const std::array<Rgb, 256> colorMap = probabilityColors();
    const Rgb maskColor = toRgb(OverlayColors::mask());
    const Rgb falseColor = toRgb(OverlayColors::falseMembrane());
    const Rgb missedColor = toRgb(OverlayColors::missedMembrane());
    const Rgb truthColor = toRgb(OverlayColors::truth());
    const Rgb seamColor = {255, 0, 200};
    const int maskAlpha = std::clamp(int(std::lround(settings.maskOpacity * 255)), 0, 255);
    const double mapScale = 255.0 / std::max(1.0 - settings.threshold, 1e-6);

    const bool drawMask = hasProbability && settings.showMask;
    const bool drawMap = hasProbability && settings.showProbability;
    const bool drawErrors = hasProbability && hasTruth && settings.showErrors;
    const bool drawTruth = hasTruth && settings.showTruth;
    const bool drawSeams = hasSeam && settings.showSeams;
    if (drawMask || drawMap || drawErrors || drawTruth || drawSeams) {
        for (int y = 0; y < height; ++y) {
            QRgb *row = reinterpret_cast<QRgb *>(out.scanLine(y));
            const float *probability = hasProbability ? layers.probability.ptr<float>(y) : nullptr;
            const uchar *mask = hasProbability ? predicted.ptr<uchar>(y) : nullptr;
            const uchar *maskAbove = hasProbability && y > 0 ? predicted.ptr<uchar>(y - 1) : nullptr;
            const uchar *maskBelow = hasProbability && y + 1 < height ? predicted.ptr<uchar>(y + 1) : nullptr;
            const uchar *truth = hasTruth ? layers.truth.ptr<uchar>(y) : nullptr;
            const uchar *truthAbove = hasTruth && y > 0 ? layers.truth.ptr<uchar>(y - 1) : nullptr;
            const uchar *truthBelow = hasTruth && y + 1 < height ? layers.truth.ptr<uchar>(y + 1) : nullptr;
            const float *seam = hasSeam ? layers.seam.ptr<float>(y) : nullptr;
            for (int x = 0; x < width; ++x) {
                if (drawMap && mask[x]) {
                    const int index = std::clamp(int((probability[x] - settings.threshold) * mapScale), 0, 255);
                    blend(row[x], colorMap[std::size_t(index)], maskAlpha);
                } else if (drawMask) {
                    if (settings.maskStyle == MaskStyle::Filled) {
                        if (mask[x])
                            blend(row[x], maskColor, maskAlpha);
                    } else if (isEdge(maskAbove, mask, maskBelow, x, width)) {
                        blend(row[x], maskColor, std::max(maskAlpha, 200));
                    }
                }
                if (drawErrors && bool(mask[x]) != bool(truth[x]))
                    blend(row[x], mask[x] ? falseColor : missedColor, kErrorAlpha);
                if (drawTruth && isEdge(truthAbove, truth, truthBelow, x, width))
                    blend(row[x], truthColor, kErrorAlpha);
                if (drawSeams && seam[x] > 0.004f)
                    blend(row[x], seamColor, std::min(255, int(seam[x] * kSeamGain * 255)));
            }
        }
    }

    if (settings.showTiles && !layers.tiles.empty()) {
        QPainter painter(&out);
        painter.setPen(QPen(OverlayColors::tiles(), 1, Qt::DashLine));
        for (const cv::Rect &tile : layers.tiles)
            painter.drawRect(tile.x, tile.y, tile.width - 1, tile.height - 1);
    }
    return out;
}

} // namespace cnnwb::ui
