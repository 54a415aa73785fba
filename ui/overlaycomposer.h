#pragma once

#include <vector>

#include <opencv2/core/mat.hpp>

#include <QtGui/QColor>
#include <QtGui/QImage>

namespace cnnwb::ui {

/// Drawing style of the predicted mask.
enum class MaskStyle { Filled, Contours };

/// Overlay choices of the slice view.
struct OverlaySettings
{
    bool showMask = true;
    MaskStyle maskStyle = MaskStyle::Filled;
    double maskOpacity = 0.4;     ///< 0 (invisible) to 1 (opaque)
    bool showProbability = false; ///< colour map of the probability at or above the threshold
    double threshold = 0.5;       ///< membrane probability threshold, in (0, 1)
    bool showTruth = false;       ///< ground-truth membrane outline
    bool showErrors = false;      ///< false membrane and missed membrane in two colours
    bool showTiles = false;       ///< tile borders of the tiled prediction
    bool showSeams = false;       ///< seam map: disagreement of overlapping tiles
    /// Grey window: values from windowLow to windowHigh (in stored units) span black to white.
    double windowLow = 0;
    double windowHigh = 255;
};

/// Layers of one slice; empty matrices are layers that do not exist.
struct SliceLayers
{
    cv::Mat image;        ///< CV_8UC1, CV_16UC1 or CV_32FC1 as stored
    cv::Mat probability;  ///< CV_32FC1 in [0, 1]
    cv::Mat seam;         ///< CV_32FC1 tile disagreement in [0, 0.5]
    cv::Mat truth;        ///< CV_8UC1, 1 = membrane
    std::vector<cv::Rect> tiles;
};

/// Colours of the overlays, shared by the view and its legend.
struct OverlayColors
{
    static QColor mask() { return QColor(255, 215, 0); }
    static QColor falseMembrane() { return QColor(255, 40, 40); }
    static QColor missedMembrane() { return QColor(40, 160, 255); }
    static QColor truth() { return QColor(60, 220, 90); }
    static QColor tiles() { return QColor(255, 255, 255, 160); }
};

/// Composes the image and the overlays of one slice into an RGB32 image of the slice size.
/// Runs in a few milliseconds for a 512×512 slice: one pass over the pixels with lookup
/// tables for the grey window and the colour map.
QImage composeSlice(const SliceLayers &layers, const OverlaySettings &settings);

/// Returns the smallest and largest value of IMAGE, for the initial grey window.
void imageRange(const cv::Mat &image, double *low, double *high);

} // namespace cnnwb::ui
