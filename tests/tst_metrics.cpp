#include "models/metrics.h"

#include <QtTest/QtTest>

#include <opencv2/core.hpp>

#include <cmath>

using namespace cnnwb::models;

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confusionMatrixScores();
    void rocAucKnownValues_data();
    void rocAucKnownValues();
    void rocAucWithoutBothClassesIsNan();
    void rocCurveEndsAtCorners();
    void pixelScoresHandComputed();
    void randErrorPerfectIsZero();
    void randErrorMerge();
    void randErrorSplit();
    void randErrorIgnoresTrueMembrane();
    void thinningKeepsThinBordersAndThinsThickOnes();
};

namespace {

// Two 10-pixel cells (columns 0-1 and 3-4) separated by a membrane column.
cv::Mat twoCells()
{
    cv::Mat truth = cv::Mat::zeros(5, 5, CV_8UC1);
    truth.col(2).setTo(1);
    return truth;
}

} // namespace

void TestMetrics::confusionMatrixScores()
{
    ConfusionMatrix matrix(2);
    matrix.add(0, 0, 50);
    matrix.add(0, 1, 10);
    matrix.add(1, 0, 5);
    matrix.add(1, 1, 35);
    QCOMPARE(matrix.total(), std::int64_t(100));
    QCOMPARE(matrix.accuracy(), 0.85);
    QCOMPARE(matrix.precision(1), 35.0 / 45.0);
    QCOMPARE(matrix.recall(1), 35.0 / 40.0);
    QCOMPARE(matrix.recall(0), 50.0 / 60.0);
    const double f1 = 2 * (35.0 / 45.0) * (35.0 / 40.0) / (35.0 / 45.0 + 35.0 / 40.0);
    QVERIFY(std::abs(matrix.f1(1) - f1) < 1e-12);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, matrix.add(2, 0));
}

void TestMetrics::rocAucKnownValues_data()
{
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<std::vector<bool>>("labels");
    QTest::addColumn<double>("auc");
    QTest::newRow("textbook") << std::vector<double>{0.1, 0.4, 0.35, 0.8}
                              << std::vector<bool>{false, false, true, true} << 0.75;
    QTest::newRow("perfect") << std::vector<double>{0.1, 0.2, 0.8, 0.9}
                             << std::vector<bool>{false, false, true, true} << 1.0;
    QTest::newRow("inverted") << std::vector<double>{0.9, 0.8, 0.2, 0.1}
                              << std::vector<bool>{false, false, true, true} << 0.0;
    QTest::newRow("tie counts half") << std::vector<double>{0.5, 0.5}
                                     << std::vector<bool>{true, false} << 0.5;
}

void TestMetrics::rocAucKnownValues()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(std::vector<bool>, labels);
    QFETCH(double, auc);
    QVERIFY(std::abs(rocAuc(scores, labels) - auc) < 1e-12);
}

void TestMetrics::rocAucWithoutBothClassesIsNan()
{
    QVERIFY(std::isnan(rocAuc({0.2, 0.3}, {true, true})));
}

void TestMetrics::rocCurveEndsAtCorners()
{
    const std::vector<RocPoint> curve = rocCurve({0.1, 0.4, 0.35, 0.8}, {false, false, true, true});
    QCOMPARE(curve.front().truePositiveRate, 0.0);
    QCOMPARE(curve.front().falsePositiveRate, 0.0);
    QCOMPARE(curve.back().truePositiveRate, 1.0);
    QCOMPARE(curve.back().falsePositiveRate, 1.0);
    QCOMPARE(curve.size(), std::size_t(5));
}

void TestMetrics::pixelScoresHandComputed()
{
    // Truth membrane: 5 pixels (column 2). Prediction: column 2 rows 0-2 and (0,0).
    const cv::Mat truth = twoCells();
    cv::Mat predicted = cv::Mat::zeros(5, 5, CV_8UC1);
    predicted(cv::Rect(2, 0, 1, 3)).setTo(1);
    predicted.at<uchar>(0, 0) = 1;
    const SegmentationScores scores = segmentationScores(predicted, truth, false);
    // Differing pixels: (0,0) false membrane, rows 3-4 of column 2 missed: 3 of 25.
    QCOMPARE(scores.pixelError, 3.0 / 25.0);
    QCOMPARE(scores.iou, 3.0 / 6.0);
    QCOMPARE(scores.dice, 2.0 * 3.0 / 9.0);
}

void TestMetrics::randErrorPerfectIsZero()
{
    const cv::Mat truth = twoCells();
    QCOMPARE(randError(truth, truth, false), 0.0);
    QCOMPARE(randError(truth, truth, true), 0.0);
}

void TestMetrics::randErrorMerge()
{
    // No predicted membrane: both true cells fall into one predicted region.
    // Joint counts 10 and 10: sum of squares 200; truth 100 + 100; prediction 20^2 = 400.
    // Precision 0.5, recall 1, F = 2/3.
    const cv::Mat predicted = cv::Mat::zeros(5, 5, CV_8UC1);
    QVERIFY(std::abs(randError(predicted, twoCells(), false) - 1.0 / 3.0) < 1e-12);
}

void TestMetrics::randErrorSplit()
{
    // An extra predicted border across the left cell (row 2, columns 0-1) splits it into
    // two 4-pixel regions and leaves 2 border pixels as one-pixel regions.
    // Joint: 4^2 + 4^2 + 10^2 + 2 singletons = 134; truth 200; prediction 134.
    // Precision 1, recall 0.67, F = 2 * 0.67 / 1.67.
    cv::Mat predicted = twoCells();
    predicted(cv::Rect(0, 2, 2, 1)).setTo(1);
    const double recall = 134.0 / 200.0;
    const double expected = 1.0 - 2.0 * recall / (1.0 + recall);
    QVERIFY(std::abs(randError(predicted, twoCells(), false) - expected) < 1e-12);
}

void TestMetrics::randErrorIgnoresTrueMembrane()
{
    // Predicting membrane where the truth has membrane, and cell elsewhere, differs only on
    // true-membrane pixels when the prediction marks fewer of them: those are not scored.
    cv::Mat predicted = twoCells();
    predicted.at<uchar>(0, 2) = 0;
    predicted.at<uchar>(4, 2) = 0;
    // Rows 0 and 4 now connect the two predicted cells, which merges them.
    QVERIFY(randError(predicted, twoCells(), false) > 0.3);
    // A gap-free prediction with a thicker border scores 0 after thinning.
    cv::Mat truth = cv::Mat::zeros(9, 9, CV_8UC1);
    truth.col(4).setTo(1);
    cv::Mat thick = cv::Mat::zeros(9, 9, CV_8UC1);
    thick.colRange(3, 6).setTo(1);
    QVERIFY(randError(thick, truth, false) > 0);
    QCOMPARE(randError(thick, truth, true), 0.0);
}

void TestMetrics::thinningKeepsThinBordersAndThinsThickOnes()
{
    cv::Mat line = cv::Mat::zeros(9, 9, CV_8UC1);
    line.col(4).setTo(1);
    QCOMPARE(cv::countNonZero(thinLines(line)), 9);
    cv::Mat band = cv::Mat::zeros(9, 9, CV_8UC1);
    band.colRange(3, 6).setTo(1);
    const cv::Mat thinned = thinLines(band);
    QVERIFY(cv::countNonZero(thinned) < 27);
    QVERIFY(cv::countNonZero(thinned) >= 7);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
