#include "strokes.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

namespace cnnwb::data {
namespace {

// cv::line takes fixed-point coordinates with this many fractional bits, which keeps
// sub-pixel pen positions instead of rounding every point to the pixel grid.
constexpr int kShiftBits = 4;
constexpr double kShiftScale = 1 << kShiftBits;

cv::Point fixedPoint(const StrokePoint &point)
{
    return {int(std::lround(point.x * kShiftScale)), int(std::lround(point.y * kShiftScale))};
}

int thickness(double width)
{
    return std::max(1, int(std::lround(width)));
}

} // namespace

double strokeWidth(double penWidth, double pressure)
{
    const double clamped = std::clamp(pressure, 0.0, 1.0);
    return std::max(1.0, penWidth * (0.25 + 0.75 * clamped));
}

cv::Mat rasterizeDrawing(const Drawing &drawing)
{
    const int width = std::max(1, int(std::ceil(drawing.canvasSize.width())));
    const int height = std::max(1, int(std::ceil(drawing.canvasSize.height())));
    cv::Mat canvas(height, width, CV_8UC1, cv::Scalar(255));
    const cv::Scalar ink(0);

    // Each stroke is drawn on a white layer and merged with a per-pixel minimum. Blending
    // anti-aliased edges straight onto the canvas would round differently where strokes
    // cross, depending on which came first. The minimum is the same in any stroke order.
    // Only the stroke's bounding box, widened by the pen and the anti-aliased edge, is reset
    // and merged, which keeps the cost per stroke independent of the canvas size.
    cv::Mat layer(height, width, CV_8UC1);
    const int margin = int(std::ceil(drawing.penWidth / 2.0)) + 3;
    for (const Stroke &stroke : drawing.strokes) {
        if (stroke.points.empty())
            continue;
        double left = stroke.points.front().x;
        double right = left;
        double top = stroke.points.front().y;
        double bottom = top;
        for (const StrokePoint &point : stroke.points) {
            left = std::min(left, point.x);
            right = std::max(right, point.x);
            top = std::min(top, point.y);
            bottom = std::max(bottom, point.y);
        }
        const cv::Rect box = cv::Rect(cv::Point(int(std::floor(left)) - margin, int(std::floor(top)) - margin),
                                      cv::Point(int(std::ceil(right)) + margin + 1, int(std::ceil(bottom)) + margin + 1))
                             & cv::Rect(0, 0, width, height);
        if (box.empty())
            continue;
        layer(box).setTo(cv::Scalar(255));
        if (stroke.points.size() == 1) {
            const StrokePoint &dot = stroke.points.front();
            const double radius = strokeWidth(drawing.penWidth, dot.pressure) / 2.0;
            cv::circle(layer, fixedPoint(dot), std::max(1, int(std::lround(radius * kShiftScale))),
                       ink, cv::FILLED, cv::LINE_AA, kShiftBits);
            cv::Mat merged = canvas(box);
            cv::min(merged, layer(box), merged);
            continue;
        }
        for (std::size_t i = 1; i < stroke.points.size(); ++i) {
            const StrokePoint &from = stroke.points[i - 1];
            const StrokePoint &to = stroke.points[i];
            // Each segment takes the mean pressure of its ends, so the width changes smoothly.
            const double width = strokeWidth(drawing.penWidth, (from.pressure + to.pressure) / 2.0);
            cv::line(layer, fixedPoint(from), fixedPoint(to), ink, thickness(width), cv::LINE_AA,
                     kShiftBits);
        }
        cv::Mat merged = canvas(box);
        cv::min(merged, layer(box), merged);
    }
    return canvas;
}

cv::Mat drawingToCharacter(const Drawing &drawing, int side, CharacterPlacement *placement)
{
    return normalizeCharacter(rasterizeDrawing(drawing), side, 4, 250, placement);
}

QJsonObject drawingToJson(const Drawing &drawing)
{
    QJsonArray strokes;
    for (const Stroke &stroke : drawing.strokes) {
        QJsonArray points;
        for (const StrokePoint &point : stroke.points)
            points.append(QJsonArray{point.x, point.y, double(point.t), point.pressure});
        strokes.append(points);
    }
    QJsonObject json;
    json.insert(QStringLiteral("canvas"),
                QJsonArray{drawing.canvasSize.width(), drawing.canvasSize.height()});
    json.insert(QStringLiteral("pen_width"), drawing.penWidth);
    json.insert(QStringLiteral("strokes"), strokes);
    return json;
}

bool drawingFromJson(const QJsonObject &json, Drawing &drawing, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    const QJsonArray canvas = json.value(QStringLiteral("canvas")).toArray();
    if (canvas.size() != 2 || canvas.at(0).toDouble() <= 0 || canvas.at(1).toDouble() <= 0)
        return fail(QCoreApplication::translate("cnnwb::data",
                                                "\"canvas\" must be [width, height] with positive "
                                                "values"));
    const double penWidth = json.value(QStringLiteral("pen_width")).toDouble();
    if (penWidth <= 0)
        return fail(QCoreApplication::translate("cnnwb::data",
                                                "\"pen_width\" must be a positive number"));
    if (!json.value(QStringLiteral("strokes")).isArray())
        return fail(QCoreApplication::translate("cnnwb::data", "\"strokes\" must be an array"));

    Drawing result;
    result.canvasSize = QSizeF(canvas.at(0).toDouble(), canvas.at(1).toDouble());
    result.penWidth = penWidth;
    const QJsonArray strokes = json.value(QStringLiteral("strokes")).toArray();
    for (qsizetype s = 0; s < strokes.size(); ++s) {
        if (!strokes.at(s).isArray())
            return fail(QCoreApplication::translate("cnnwb::data", "stroke %1 is not an array")
                            .arg(s + 1));
        Stroke stroke;
        const QJsonArray points = strokes.at(s).toArray();
        for (qsizetype p = 0; p < points.size(); ++p) {
            const QJsonArray values = points.at(p).toArray();
            if (values.size() != 4)
                return fail(QCoreApplication::translate("cnnwb::data",
                                                        "stroke %1, point %2: expected [x, y, t, "
                                                        "pressure]")
                                .arg(s + 1)
                                .arg(p + 1));
            stroke.points.push_back({values.at(0).toDouble(), values.at(1).toDouble(),
                                     qint64(values.at(2).toDouble()),
                                     std::clamp(values.at(3).toDouble(), 0.0, 1.0)});
        }
        result.strokes.push_back(std::move(stroke));
    }
    drawing = std::move(result);
    return true;
}

} // namespace cnnwb::data
