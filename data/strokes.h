#pragma once

#include "charnormalize.h"

#include <vector>

#include <opencv2/core/mat.hpp>

#include <QtCore/QJsonObject>
#include <QtCore/QSizeF>
#include <QtCore/QString>

namespace cnnwb::data {

/// One sampled pen position.
struct StrokePoint
{
    double x = 0;         ///< logical (device-independent) canvas pixels from the left
    double y = 0;         ///< logical canvas pixels from the top
    qint64 t = 0;         ///< milliseconds since the drawing's first pen-down
    double pressure = 1;  ///< 0 to 1; a mouse and a finger report 1
};

/// The points of one pen-down to pen-up movement, in time order.
struct Stroke
{
    std::vector<StrokePoint> points;
};

/// A handwritten character as timed strokes on a canvas of logical size CANVAS_SIZE.
///
/// Points are stored in logical coordinates, so a drawing made on a high-DPI screen
/// rasterises exactly like one made at a device pixel ratio of 1.
struct Drawing
{
    QSizeF canvasSize{400, 400};  ///< logical pixels
    double penWidth = 12;         ///< logical pixels at full pressure
    std::vector<Stroke> strokes;

    bool isEmpty() const { return strokes.empty(); }
};

/// Returns the ink width in logical pixels of a segment drawn at PRESSURE with PEN_WIDTH.
/// Light pressure thins the line to a quarter of PEN_WIDTH, never below one pixel.
double strokeWidth(double penWidth, double pressure);

/// Rasterises DRAWING as dark anti-aliased ink on a white CV_8UC1 canvas of its logical
/// size (rounded up, at least 1×1). Strokes are drawn in order; a stroke of one point is a
/// dot. The stroke order does not change the result.
cv::Mat rasterizeDrawing(const Drawing &drawing);

/// Rasterises DRAWING and normalises it with normalizeCharacter(), the function the .gnt
/// reader uses: CV_8UC1 SIDE×SIDE, ink high. PLACEMENT receives the crop box when given.
cv::Mat drawingToCharacter(const Drawing &drawing, int side = kCharacterSide,
                           CharacterPlacement *placement = nullptr);

/// Returns DRAWING as JSON: {"canvas": [w, h], "pen_width": w, "strokes": [[[x, y, t, p], ...], ...]}.
QJsonObject drawingToJson(const Drawing &drawing);
/// Reads a drawing written by drawingToJson(). Returns false and sets ERROR (translated,
/// naming the field) when JSON is not such a drawing.
bool drawingFromJson(const QJsonObject &json, Drawing &drawing, QString *error = nullptr);

} // namespace cnnwb::data
