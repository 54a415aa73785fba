#include "data/charnormalize.h"

#include <opencv2/imgproc.hpp>

#include <QtTest/QtTest>

#include <stdexcept>

using namespace cnnwb::data;

namespace {

/// White paper of WIDTH×HEIGHT with an ink rectangle INK at grey value VALUE.
cv::Mat paperWithInk(int width, int height, cv::Rect ink, int value = 0)
{
    cv::Mat paper(height, width, CV_8UC1, cv::Scalar(255));
    paper(ink).setTo(value);
    return paper;
}

cv::Rect inkBox(const cv::Mat &normalized)
{
    return cv::boundingRect(normalized > 0);
}

} // namespace

class TestCharNormalize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputShapeAndPolarity();
    void inkBoxFitsAndCentres_data();
    void inkBoxFitsAndCentres();
    void greyInkKeepsItsStrength();
    void blankBitmapGivesZeros();
    void colourInputConverted();
    void invalidInputRejected_data();
    void invalidInputRejected();
};

void TestCharNormalize::outputShapeAndPolarity()
{
    const cv::Mat result = normalizeCharacter(paperWithInk(40, 30, cv::Rect(10, 5, 20, 20)));
    QCOMPARE(result.type(), CV_8UC1);
    QCOMPARE(result.rows, 64);
    QCOMPARE(result.cols, 64);
    QCOMPARE(int(result.at<uchar>(0, 0)), 0);
    QCOMPARE(int(result.at<uchar>(32, 32)), 255);
}

void TestCharNormalize::inkBoxFitsAndCentres_data()
{
    QTest::addColumn<int>("inkWidth");
    QTest::addColumn<int>("inkHeight");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("margin");
    QTest::addColumn<QRect>("expected");
    // Longer side fills side - 2·margin; the shorter keeps the aspect ratio and is centred.
    QTest::newRow("wide stroke shrunk") << 120 << 30 << 64 << 4 << QRect(4, 25, 56, 14);
    QTest::newRow("tall stroke shrunk") << 20 << 80 << 64 << 4 << QRect(25, 4, 14, 56);
    QTest::newRow("small dot grown") << 7 << 7 << 64 << 4 << QRect(4, 4, 56, 56);
    QTest::newRow("no margin") << 50 << 25 << 32 << 0 << QRect(0, 8, 32, 16);
}

void TestCharNormalize::inkBoxFitsAndCentres()
{
    QFETCH(int, inkWidth);
    QFETCH(int, inkHeight);
    QFETCH(int, side);
    QFETCH(int, margin);
    QFETCH(QRect, expected);
    // The ink sits off-centre on a larger sheet, so cropping must find it.
    const cv::Mat paper = paperWithInk(inkWidth + 50, inkHeight + 40, cv::Rect(37, 3, inkWidth, inkHeight));
    const cv::Rect box = inkBox(normalizeCharacter(paper, side, margin));
    QCOMPARE(QRect(box.x, box.y, box.width, box.height), expected);
}

void TestCharNormalize::greyInkKeepsItsStrength()
{
    const cv::Mat result = normalizeCharacter(paperWithInk(64, 64, cv::Rect(0, 0, 64, 64), 100), 64, 0);
    QCOMPARE(int(result.at<uchar>(10, 10)), 155);
}

void TestCharNormalize::blankBitmapGivesZeros()
{
    const cv::Mat result = normalizeCharacter(cv::Mat(30, 30, CV_8UC1, cv::Scalar(255)));
    QCOMPARE(result.rows, 64);
    QCOMPARE(cv::countNonZero(result), 0);
}

void TestCharNormalize::colourInputConverted()
{
    cv::Mat colour(40, 40, CV_8UC3, cv::Scalar(255, 255, 255));
    colour(cv::Rect(10, 10, 20, 20)).setTo(cv::Scalar(0, 0, 0));
    const cv::Mat result = normalizeCharacter(colour);
    QCOMPARE(result.type(), CV_8UC1);
    QCOMPARE(int(result.at<uchar>(32, 32)), 255);
}

void TestCharNormalize::invalidInputRejected_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("margin");
    QTest::newRow("16-bit") << int(CV_16UC1) << 64 << 4;
    QTest::newRow("margin too large") << int(CV_8UC1) << 8 << 4;
    QTest::newRow("negative margin") << int(CV_8UC1) << 64 << -1;
}

void TestCharNormalize::invalidInputRejected()
{
    QFETCH(int, type);
    QFETCH(int, side);
    QFETCH(int, margin);
    const cv::Mat input(10, 10, type, cv::Scalar(255));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, normalizeCharacter(input, side, margin));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, normalizeCharacter(cv::Mat()));
}

QTEST_GUILESS_MAIN(TestCharNormalize)
#include "tst_charnormalize.moc"
