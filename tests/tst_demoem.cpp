#include "data/demoem.h"

#include "data/emstack.h"

#include <opencv2/core.hpp>
#include <tiffio.h>

#include <QtTest/QtTest>

using namespace cnnwb::data;

class TestDemoEm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sliceShapesAndTypes();
    void maskFractionPlausible_data();
    void maskFractionPlausible();
    void membranesDarkerThanCells();
    void sameSeedSameSlice();
    void differentSeedDiffers();
    void slicesDifferWithinStack();
    void loadWithoutRngIsFullSlice();
    void loadWithRngCropsAndAugments();
    void tiffPairWritten();
    void tiffPairReadByEmReader();
    void tiffWriteFailsInUnwritableFolder();
};

namespace {

DemoEmOptions smallOptions(std::uint32_t seed = 1)
{
    DemoEmOptions options;
    options.slices = 3;
    options.width = 192;
    options.height = 160;
    options.seed = seed;
    return options;
}

// Reads every page of a multi-page 8-bit TIFF.
std::vector<cv::Mat> readTiff(const QString &path)
{
    std::vector<cv::Mat> pages;
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "r");
    if (!tiff)
        return pages;
    do {
        std::uint32_t width = 0;
        std::uint32_t height = 0;
        std::uint16_t bits = 0;
        TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width);
        TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height);
        TIFFGetField(tiff, TIFFTAG_BITSPERSAMPLE, &bits);
        if (bits != 8)
            break;
        cv::Mat page(int(height), int(width), CV_8UC1);
        for (std::uint32_t y = 0; y < height; ++y)
            TIFFReadScanline(tiff, page.ptr<std::uint8_t>(int(y)), y, 0);
        pages.push_back(page);
    } while (TIFFReadDirectory(tiff));
    TIFFClose(tiff);
    return pages;
}

} // namespace

void TestDemoEm::sliceShapesAndTypes()
{
    const DemoEmSlice slice = DemoEm::generateSlice(smallOptions(), 0);
    QCOMPARE(slice.image.type(), CV_8UC1);
    QCOMPARE(slice.mask.type(), CV_8UC1);
    QCOMPARE(slice.image.cols, 192);
    QCOMPARE(slice.image.rows, 160);
    QCOMPARE(slice.mask.size(), slice.image.size());
    QCOMPARE(cv::countNonZero(slice.mask > 1), 0);
}

void TestDemoEm::maskFractionPlausible_data()
{
    QTest::addColumn<double>("cellDiameter");
    QTest::newRow("default cells") << 48.0;
    QTest::newRow("small cells") << 30.0;
    QTest::newRow("large cells") << 80.0;
}

void TestDemoEm::maskFractionPlausible()
{
    QFETCH(double, cellDiameter);
    DemoEmOptions options = smallOptions();
    options.width = options.height = 512;
    options.cellDiameter = cellDiameter;
    for (int index = 0; index < 2; ++index) {
        const DemoEmSlice slice = DemoEm::generateSlice(options, index);
        const double fraction = cv::countNonZero(slice.mask) / double(slice.mask.total());
        // ISBI 2012 labels have about 22 % membrane; thin or thick settings stay near it.
        QVERIFY2(fraction > 0.05 && fraction < 0.40,
                 qPrintable(QStringLiteral("membrane fraction %1").arg(fraction)));
    }
}

void TestDemoEm::membranesDarkerThanCells()
{
    const DemoEmSlice slice = DemoEm::generateSlice(smallOptions(), 1);
    const double membrane = cv::mean(slice.image, slice.mask)[0];
    const double cells = cv::mean(slice.image, slice.mask == 0)[0];
    QVERIFY2(membrane + 30.0 < cells,
             qPrintable(QStringLiteral("membrane %1, cells %2").arg(membrane).arg(cells)));
}

void TestDemoEm::sameSeedSameSlice()
{
    const DemoEmSlice a = DemoEm::generateSlice(smallOptions(7), 2);
    const DemoEmSlice b = DemoEm::generateSlice(smallOptions(7), 2);
    QCOMPARE(cv::norm(a.image, b.image, cv::NORM_INF), 0.0);
    QCOMPARE(cv::norm(a.mask, b.mask, cv::NORM_INF), 0.0);
    const DemoEm stack(smallOptions(7));
    QCOMPARE(cv::norm(stack.slice(2).image, a.image, cv::NORM_INF), 0.0);
}

void TestDemoEm::differentSeedDiffers()
{
    const DemoEmSlice a = DemoEm::generateSlice(smallOptions(7), 0);
    const DemoEmSlice b = DemoEm::generateSlice(smallOptions(8), 0);
    QVERIFY(cv::norm(a.mask, b.mask, cv::NORM_L1) > 0.0);
}

void TestDemoEm::slicesDifferWithinStack()
{
    const DemoEm stack(smallOptions());
    QVERIFY(cv::norm(stack.slice(0).mask, stack.slice(1).mask, cv::NORM_L1) > 0.0);
}

void TestDemoEm::loadWithoutRngIsFullSlice()
{
    const DemoEm stack(smallOptions());
    QCOMPARE(stack.size(), qsizetype(3));
    QCOMPARE(stack.label(0), -1);
    const Sample sample = stack.load(1, nullptr);
    QCOMPARE(sample.image.type(), CV_32FC1);
    QCOMPARE(sample.image.cols, 192);
    QCOMPARE(sample.image.rows, 160);
    double low = 0.0;
    double high = 0.0;
    cv::minMaxLoc(sample.image, &low, &high);
    QVERIFY(low >= 0.0 && high <= 1.0);
    QCOMPARE(cv::norm(sample.mask, stack.slice(1).mask, cv::NORM_INF), 0.0);
}

void TestDemoEm::loadWithRngCropsAndAugments()
{
    DemoEmOptions options = smallOptions();
    options.cropSize = 128;
    DemoEm stack(options);
    stack.setAugmenter(makeSegmentationAugmenter({}));
    std::mt19937 rngA(5);
    std::mt19937 rngB(5);
    const Sample a = stack.load(0, &rngA);
    const Sample b = stack.load(0, &rngB);
    QCOMPARE(a.image.size(), cv::Size(128, 128));
    QCOMPARE(a.mask.size(), cv::Size(128, 128));
    QCOMPARE(cv::norm(a.image, b.image, cv::NORM_INF), 0.0);
    QCOMPARE(cv::norm(a.mask, b.mask, cv::NORM_INF), 0.0);
    // The served slice itself is never modified by augmentation.
    const DemoEmSlice fresh = DemoEm::generateSlice(options, 0);
    QCOMPARE(cv::norm(stack.slice(0).image, fresh.image, cv::NORM_INF), 0.0);
}

void TestDemoEm::tiffPairWritten()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const DemoEm stack(smallOptions());
    const QString imagePath = folder.filePath(QStringLiteral("demo-volume.tif"));
    const QString labelPath = folder.filePath(QStringLiteral("demo-labels.tif"));
    QString error;
    QVERIFY2(stack.writeTiffPair(imagePath, labelPath, &error), qPrintable(error));
    // Only the two finished files remain: the temporary names were renamed.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2);

    const std::vector<cv::Mat> images = readTiff(imagePath);
    const std::vector<cv::Mat> labels = readTiff(labelPath);
    QCOMPARE(int(images.size()), 3);
    QCOMPARE(int(labels.size()), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(cv::norm(images[std::size_t(i)], stack.slice(i).image, cv::NORM_INF), 0.0);
        // ISBI convention: 0 = membrane, 255 = cell.
        const cv::Mat membrane = labels[std::size_t(i)] == 0;
        QCOMPARE(cv::countNonZero(membrane), cv::countNonZero(stack.slice(i).mask));
        QCOMPARE(cv::countNonZero((labels[std::size_t(i)] != 0) & (labels[std::size_t(i)] != 255)),
                 0);
    }
}

void TestDemoEm::tiffPairReadByEmReader()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const DemoEm stack(smallOptions());
    const QString imagePath = folder.filePath(QStringLiteral("volume.tif"));
    const QString labelPath = folder.filePath(QStringLiteral("labels.tif"));
    QString error;
    QVERIFY2(stack.writeTiffPair(imagePath, labelPath, &error), qPrintable(error));

    const EmStack loaded = loadEmTiffPair(imagePath, labelPath, LabelPolarity::MembraneLow);
    QCOMPARE(loaded.sliceCount(), 3);
    QVERIFY(loaded.hasLabels());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(cv::norm(loaded.images[std::size_t(i)], stack.slice(i).image, cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(loaded.masks[std::size_t(i)], stack.slice(i).mask, cv::NORM_INF), 0.0);
    }
}

void TestDemoEm::tiffWriteFailsInUnwritableFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A regular file where the folder should be makes the folder impossible to create.
    const QString blocker = folder.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const DemoEm stack(smallOptions());
    QString error;
    QVERIFY(!stack.writeTiffPair(blocker + QStringLiteral("/a.tif"),
                                 blocker + QStringLiteral("/b.tif"), &error));
    QVERIFY2(error.contains(QStringLiteral("a.tif")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDemoEm)
#include "tst_demoem.moc"
