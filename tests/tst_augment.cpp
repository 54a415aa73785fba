#include "data/augment.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtTest/QtTest>

using namespace cnnwb::data;

class TestAugment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifierSameSeedSameOutput_data();
    void classifierSameSeedSameOutput();
    void classifierDifferentSeedDiffers();
    void classifierKeepsSizeAndType();
    void charactersNeverFlipped();
    void flipOptionFlipsSometimes();
    void segmentationSameSeedSameOutput();
    void segmentationDifferentSeedDiffers();
    void segmentationGeometryMatchesMask_data();
    void segmentationGeometryMatchesMask();
    void segmentationFloatStaysInRange();
    void segmentationMaskValuesKept();
    void randomCropInsideImage();
    void randomCropRejectsLargeCrop();
};

namespace {

// An asymmetric grey test pattern: a bar on the left and a spot at the top right.
cv::Mat pattern(int channels)
{
    cv::Mat image(64, 64, CV_8UC1, cv::Scalar(255));
    cv::rectangle(image, cv::Rect(8, 10, 10, 44), cv::Scalar(20), cv::FILLED);
    cv::circle(image, cv::Point(48, 14), 6, cv::Scalar(90), cv::FILLED);
    if (channels == 3)
        cv::cvtColor(image, image, cv::COLOR_GRAY2RGB);
    return image;
}

// A mask of a disc, a rectangle and a line, with values 0 and 1.
cv::Mat blobMask(int side)
{
    cv::Mat mask(side, side, CV_8UC1, cv::Scalar(0));
    cv::circle(mask, cv::Point(side / 3, side / 3), side / 6, cv::Scalar(1), cv::FILLED);
    cv::rectangle(mask, cv::Rect(side / 2, side / 2, side / 3, side / 5), cv::Scalar(1),
                  cv::FILLED);
    cv::line(mask, cv::Point(0, side - 5), cv::Point(side - 1, side / 2), cv::Scalar(1), 3);
    return mask;
}

bool identical(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0.0;
}

} // namespace

void TestAugment::classifierSameSeedSameOutput_data()
{
    QTest::addColumn<int>("channels");
    QTest::newRow("grey") << 1;
    QTest::newRow("rgb") << 3;
}

void TestAugment::classifierSameSeedSameOutput()
{
    QFETCH(int, channels);
    const ClassifierAugmentOptions options = ClassifierAugmentOptions::forXray();
    cv::Mat first = pattern(channels);
    cv::Mat second = pattern(channels);
    std::mt19937 rngFirst(42);
    std::mt19937 rngSecond(42);
    augmentClassifierImage(first, options, rngFirst);
    augmentClassifierImage(second, options, rngSecond);
    QVERIFY(identical(first, second));
    QVERIFY(!identical(first, pattern(channels)));
}

void TestAugment::classifierDifferentSeedDiffers()
{
    const ClassifierAugmenter augment =
        makeClassifierAugmenter(ClassifierAugmentOptions::forCharacters());
    cv::Mat first = pattern(1);
    cv::Mat second = pattern(1);
    std::mt19937 rngFirst(1);
    std::mt19937 rngSecond(2);
    augment(first, rngFirst);
    augment(second, rngSecond);
    QVERIFY(!identical(first, second));
}

void TestAugment::classifierKeepsSizeAndType()
{
    cv::Mat image = pattern(3);
    std::mt19937 rng(5);
    augmentClassifierImage(image, ClassifierAugmentOptions(), rng);
    QCOMPARE(image.rows, 64);
    QCOMPARE(image.cols, 64);
    QCOMPARE(image.type(), CV_8UC3);
}

void TestAugment::charactersNeverFlipped()
{
    // Only the flip is enabled, and requested: the character hook must ignore it.
    ClassifierAugmentOptions options;
    options.rotationDegrees = 0.0;
    options.shiftFraction = 0.0;
    options.zoomMin = options.zoomMax = 1.0;
    options.contrastMin = options.contrastMax = 1.0;
    options.horizontalFlip = true;
    const ClassifierAugmenter augment = makeCharacterAugmenter(options);
    QVERIFY(!ClassifierAugmentOptions::forCharacters().horizontalFlip);
    for (std::uint32_t seed = 0; seed < 64; ++seed) {
        cv::Mat image = pattern(1);
        std::mt19937 rng(seed);
        augment(image, rng);
        QVERIFY2(identical(image, pattern(1)), qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
}

void TestAugment::flipOptionFlipsSometimes()
{
    ClassifierAugmentOptions options;
    options.rotationDegrees = 0.0;
    options.shiftFraction = 0.0;
    options.zoomMin = options.zoomMax = 1.0;
    options.contrastMin = options.contrastMax = 1.0;
    options.horizontalFlip = true;
    cv::Mat mirrored;
    cv::flip(pattern(1), mirrored, 1);
    int flips = 0;
    for (std::uint32_t seed = 0; seed < 64; ++seed) {
        cv::Mat image = pattern(1);
        std::mt19937 rng(seed);
        augmentClassifierImage(image, options, rng);
        if (identical(image, mirrored))
            ++flips;
        else
            QVERIFY(identical(image, pattern(1)));
    }
    QVERIFY2(flips > 10 && flips < 54, qPrintable(QStringLiteral("%1 of 64 flipped").arg(flips)));
}

void TestAugment::segmentationSameSeedSameOutput()
{
    const SegmentationAugmenter augment = makeSegmentationAugmenter({});
    cv::Mat imageA;
    blobMask(96).convertTo(imageA, CV_32F, 0.8, 0.1);
    cv::Mat imageB = imageA.clone();
    cv::Mat maskA = blobMask(96);
    cv::Mat maskB = blobMask(96);
    std::mt19937 rngA(9);
    std::mt19937 rngB(9);
    augment(imageA, maskA, rngA);
    augment(imageB, maskB, rngB);
    QVERIFY(identical(imageA, imageB));
    QVERIFY(identical(maskA, maskB));
}

void TestAugment::segmentationDifferentSeedDiffers()
{
    const SegmentationAugmenter augment = makeSegmentationAugmenter({});
    cv::Mat imageA;
    blobMask(96).convertTo(imageA, CV_32F, 0.8, 0.1);
    cv::Mat imageB = imageA.clone();
    cv::Mat maskA = blobMask(96);
    cv::Mat maskB = blobMask(96);
    std::mt19937 rngA(9);
    std::mt19937 rngB(10);
    augment(imageA, maskA, rngA);
    augment(imageB, maskB, rngB);
    QVERIFY(!identical(maskA, maskB));
}

void TestAugment::segmentationGeometryMatchesMask_data()
{
    QTest::addColumn<bool>("elastic");
    QTest::addColumn<double>("maxMismatch");
    // Without elastic deformation the geometry is a pure permutation of pixels.
    QTest::newRow("flips and rotations") << false << 0.0;
    // Linear and nearest resampling disagree only on a thin band along mask edges.
    QTest::newRow("elastic") << true << 0.02;
}

void TestAugment::segmentationGeometryMatchesMask()
{
    QFETCH(bool, elastic);
    QFETCH(double, maxMismatch);
    SegmentationAugmentOptions options;
    options.elastic = elastic;
    options.elasticDisplacement = 4.0;
    options.brightness = 0.0;
    options.contrastMin = options.contrastMax = 1.0;
    for (std::uint32_t seed = 0; seed < 16; ++seed) {
        cv::Mat mask = blobMask(128);
        cv::Mat image = mask * 255;
        std::mt19937 rng(seed);
        augmentSegmentation(image, mask, options, rng);
        QCOMPARE(image.size(), mask.size());
        const cv::Mat imageAsMask = image > 127;
        const cv::Mat maskAsImage = mask > 0;
        const double mismatch = cv::countNonZero(imageAsMask != maskAsImage) / double(mask.total());
        QVERIFY2(mismatch <= maxMismatch,
                 qPrintable(QStringLiteral("seed %1: %2 of pixels differ")
                                .arg(seed)
                                .arg(mismatch)));
    }
}

void TestAugment::segmentationFloatStaysInRange()
{
    SegmentationAugmentOptions options;
    options.brightness = 0.5;
    options.contrastMin = 0.5;
    options.contrastMax = 2.0;
    cv::Mat image;
    blobMask(64).convertTo(image, CV_32F);
    cv::Mat mask = blobMask(64);
    std::mt19937 rng(3);
    augmentSegmentation(image, mask, options, rng);
    double low = 0.0;
    double high = 0.0;
    cv::minMaxLoc(image, &low, &high);
    QVERIFY(low >= 0.0);
    QVERIFY(high <= 1.0);
    QCOMPARE(image.type(), CV_32FC1);
}

void TestAugment::segmentationMaskValuesKept()
{
    cv::Mat image;
    blobMask(80).convertTo(image, CV_32F);
    cv::Mat mask = blobMask(80);
    std::mt19937 rng(11);
    augmentSegmentation(image, mask, SegmentationAugmentOptions(), rng);
    QCOMPARE(mask.type(), CV_8UC1);
    QCOMPARE(cv::countNonZero(mask > 1), 0);
    QVERIFY(cv::countNonZero(mask) > 0);
}

void TestAugment::randomCropInsideImage()
{
    std::mt19937 rng(4);
    for (int i = 0; i < 200; ++i) {
        const cv::Rect rect = randomCropRect(cv::Size(100, 70), cv::Size(64, 64), rng);
        QVERIFY(rect.x >= 0 && rect.y >= 0);
        QVERIFY(rect.x + rect.width <= 100);
        QVERIFY(rect.y + rect.height <= 70);
    }
    cv::Mat image(70, 100, CV_32FC1, cv::Scalar(0.5));
    cv::Mat mask(70, 100, CV_8UC1, cv::Scalar(1));
    randomCrop(image, mask, cv::Size(32, 48), rng);
    QCOMPARE(image.size(), cv::Size(32, 48));
    QCOMPARE(mask.size(), cv::Size(32, 48));
}

void TestAugment::randomCropRejectsLargeCrop()
{
    std::mt19937 rng(4);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             randomCropRect(cv::Size(32, 32), cv::Size(64, 16), rng));
}

QTEST_GUILESS_MAIN(TestAugment)
#include "tst_augment.moc"
