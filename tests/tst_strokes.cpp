#include "data/charnormalize.h"
#include "data/strokes.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QJsonArray>
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>

using namespace cnnwb::data;

namespace {

Stroke line(double x0, double y0, double x1, double y1, qint64 t0, double pressure = 1.0)
{
    Stroke stroke;
    const int steps = 12;
    for (int i = 0; i <= steps; ++i) {
        const double f = double(i) / steps;
        stroke.points.push_back({x0 + f * (x1 - x0), y0 + f * (y1 - y0), t0 + 10 * i, pressure});
    }
    return stroke;
}

// 十 plus a dot: strokes that cross, so blending order would show.
Drawing crossWithDot()
{
    Drawing drawing;
    drawing.canvasSize = QSizeF(200, 200);
    drawing.penWidth = 9;
    drawing.strokes.push_back(line(40, 100, 160, 100, 0));
    drawing.strokes.push_back(line(100, 30, 100, 170, 200));
    drawing.strokes.push_back(line(120, 60, 130, 75, 400, 0.6));
    Stroke dot;
    dot.points.push_back({60, 60, 600, 1.0});
    drawing.strokes.push_back(dot);
    return drawing;
}

bool equal(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::countNonZero(a != b) == 0;
}

} // namespace

class TestStrokes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rasterSizeIsLogicalCanvas();
    void rasterHasInkWhereStrokesAre();
    void strokeOrderGivesSameRaster();
    void strokeMatchesFullCanvasLine();
    void strokeOrderGivesSameInput();
    void pressureThinsInk();
    void emptyDrawingGivesBlankInput();
    void placementLeavesOutputUnchanged();
    void placementDescribesCrop();
    void jsonRoundTrip();
    void jsonRejectsInvalid_data();
    void jsonRejectsInvalid();
};

void TestStrokes::rasterSizeIsLogicalCanvas()
{
    Drawing drawing = crossWithDot();
    drawing.canvasSize = QSizeF(120.4, 80);
    const cv::Mat raster = rasterizeDrawing(drawing);
    QCOMPARE(raster.cols, 121);
    QCOMPARE(raster.rows, 80);
    QCOMPARE(raster.type(), CV_8UC1);
}

void TestStrokes::rasterHasInkWhereStrokesAre()
{
    const cv::Mat raster = rasterizeDrawing(crossWithDot());
    QCOMPARE(int(raster.at<uchar>(100, 100)), 0);   // the crossing
    QCOMPARE(int(raster.at<uchar>(60, 60)), 0);     // the dot
    QCOMPARE(int(raster.at<uchar>(10, 10)), 255);   // paper
    QCOMPARE(int(raster.at<uchar>(180, 180)), 255);
}

void TestStrokes::strokeOrderGivesSameRaster()
{
    const Drawing drawing = crossWithDot();
    Drawing reordered = drawing;
    std::reverse(reordered.strokes.begin(), reordered.strokes.end());
    std::swap(reordered.strokes[0], reordered.strokes[2]);
    QVERIFY(equal(rasterizeDrawing(drawing), rasterizeDrawing(reordered)));
}

void TestStrokes::strokeMatchesFullCanvasLine()
{
    // The rasteriser works inside each stroke's bounding box. Drawing the same segments on
    // the whole canvas must give the same pixels, or an edge was clipped.
    Drawing drawing;
    drawing.canvasSize = QSizeF(200, 200);
    drawing.penWidth = 21;
    drawing.strokes.push_back(line(30.3, 40.7, 170.2, 160.9, 0));
    cv::Mat expected(200, 200, CV_8UC1, cv::Scalar(255));
    const auto &points = drawing.strokes[0].points;
    for (std::size_t i = 1; i < points.size(); ++i)
        cv::line(expected, cv::Point(int(std::lround(points[i - 1].x * 16)), int(std::lround(points[i - 1].y * 16))),
                 cv::Point(int(std::lround(points[i].x * 16)), int(std::lround(points[i].y * 16))), cv::Scalar(0), 21,
                 cv::LINE_AA, 4);
    QVERIFY(equal(rasterizeDrawing(drawing), expected));
}

void TestStrokes::strokeOrderGivesSameInput()
{
    const Drawing drawing = crossWithDot();
    Drawing reordered = drawing;
    std::rotate(reordered.strokes.begin(), reordered.strokes.begin() + 1, reordered.strokes.end());
    const cv::Mat a = drawingToCharacter(drawing);
    const cv::Mat b = drawingToCharacter(reordered);
    QCOMPARE(a.rows, kCharacterSide);
    QVERIFY(cv::countNonZero(a) > 0);
    QVERIFY(equal(a, b));
}

void TestStrokes::pressureThinsInk()
{
    Drawing heavy;
    heavy.canvasSize = QSizeF(200, 200);
    heavy.penWidth = 16;
    heavy.strokes.push_back(line(20, 100, 180, 100, 0, 1.0));
    Drawing light = heavy;
    light.strokes[0] = line(20, 100, 180, 100, 0, 0.1);
    const int heavyInk = cv::countNonZero(rasterizeDrawing(heavy) < 128);
    const int lightInk = cv::countNonZero(rasterizeDrawing(light) < 128);
    QVERIFY2(lightInk * 2 < heavyInk, qPrintable(QStringLiteral("%1 vs %2").arg(lightInk).arg(heavyInk)));
    QCOMPARE(strokeWidth(16, 1.0), 16.0);
    QCOMPARE(strokeWidth(16, 0.0), 4.0);
    QCOMPARE(strokeWidth(2, 0.0), 1.0);
}

void TestStrokes::emptyDrawingGivesBlankInput()
{
    Drawing empty;
    CharacterPlacement placement;
    const cv::Mat input = drawingToCharacter(empty, kCharacterSide, &placement);
    QCOMPARE(cv::countNonZero(input), 0);
    QVERIFY(placement.inkBox.empty());
}

void TestStrokes::placementLeavesOutputUnchanged()
{
    const cv::Mat raster = rasterizeDrawing(crossWithDot());
    CharacterPlacement placement;
    QVERIFY(equal(normalizeCharacter(raster), normalizeCharacter(raster, kCharacterSide, 4, 250, &placement)));
}

void TestStrokes::placementDescribesCrop()
{
    CharacterPlacement placement;
    drawingToCharacter(crossWithDot(), kCharacterSide, &placement);
    // The horizontal stroke spans x 40..160 and the vertical one y 30..170, widened by the pen.
    QVERIFY(placement.inkBox.x > 30 && placement.inkBox.x < 40);
    QVERIFY(placement.inkBox.y > 20 && placement.inkBox.y < 30);
    QVERIFY(placement.inkBox.br().y > 170 && placement.inkBox.br().y < 180);
    // The longer side (vertical) fills 64 - 2·4 pixels and is centred.
    QCOMPARE(placement.target.height, 56);
    QCOMPARE(placement.target.y, 4);
    QVERIFY(placement.target.width < 56);
    QCOMPARE(placement.target.x, (64 - placement.target.width) / 2);
}

void TestStrokes::jsonRoundTrip()
{
    const Drawing drawing = crossWithDot();
    Drawing read;
    QString error;
    QVERIFY2(drawingFromJson(drawingToJson(drawing), read, &error), qPrintable(error));
    QCOMPARE(read.canvasSize, drawing.canvasSize);
    QCOMPARE(read.penWidth, drawing.penWidth);
    QCOMPARE(read.strokes.size(), drawing.strokes.size());
    for (std::size_t s = 0; s < drawing.strokes.size(); ++s) {
        QCOMPARE(read.strokes[s].points.size(), drawing.strokes[s].points.size());
        for (std::size_t p = 0; p < drawing.strokes[s].points.size(); ++p) {
            QCOMPARE(read.strokes[s].points[p].x, drawing.strokes[s].points[p].x);
            QCOMPARE(read.strokes[s].points[p].y, drawing.strokes[s].points[p].y);
            QCOMPARE(read.strokes[s].points[p].t, drawing.strokes[s].points[p].t);
            QCOMPARE(read.strokes[s].points[p].pressure, drawing.strokes[s].points[p].pressure);
        }
    }
    QVERIFY(equal(rasterizeDrawing(read), rasterizeDrawing(drawing)));
}

void TestStrokes::jsonRejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("no canvas") << QByteArray(R"({"pen_width": 4, "strokes": []})") << QStringLiteral("canvas");
    QTest::newRow("zero canvas") << QByteArray(R"({"canvas": [0, 10], "pen_width": 4, "strokes": []})")
                                 << QStringLiteral("canvas");
    QTest::newRow("no pen width") << QByteArray(R"({"canvas": [10, 10], "strokes": []})") << QStringLiteral("pen_width");
    QTest::newRow("strokes not array") << QByteArray(R"({"canvas": [10, 10], "pen_width": 4, "strokes": 3})")
                                       << QStringLiteral("strokes");
    QTest::newRow("short point") << QByteArray(R"({"canvas": [10, 10], "pen_width": 4, "strokes": [[[1, 2, 3]]]})")
                                 << QStringLiteral("point 1");
}

void TestStrokes::jsonRejectsInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    Drawing drawing = crossWithDot();
    QString error;
    QVERIFY(!drawingFromJson(QJsonDocument::fromJson(json).object(), drawing, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
    QCOMPARE(drawing.strokes.size(), std::size_t(4)); // unchanged on failure
}

QTEST_GUILESS_MAIN(TestStrokes)
#include "tst_strokes.moc"
