#include "data/dataerror.h"
#include "data/emstack.h"
#include "data/tiffstack.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb::data;

namespace {

/// Label slice of 64×48 whose first MEMBRANE_COLUMNS columns hold LOW and the rest HIGH.
cv::Mat labelSlice(int type, double low, double high, int membraneColumns = 16)
{
    cv::Mat label(48, 64, type, cv::Scalar(high));
    label(cv::Rect(0, 0, membraneColumns, 48)).setTo(low);
    return label;
}

cv::Mat volumeSlice(int page)
{
    cv::Mat slice(48, 64, CV_8UC1);
    cv::randu(slice, 0, 255);
    slice.at<uchar>(0, 0) = uchar(page); // marks the page for order checks
    return slice;
}

void writePng(const QString &path, const cv::Mat &image)
{
    std::vector<uchar> bytes;
    QVERIFY(cv::imencode(".png", image, bytes));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()));
}

/// Writes a volume of SLICES pages and a label stack of LABEL_PAGES pages into FOLDER.
void writePair(const QTemporaryDir &folder, int slices, int labelPages, int labelType = CV_8UC1,
               double low = 0, double high = 255)
{
    std::vector<cv::Mat> volume;
    for (int page = 0; page < slices; ++page)
        volume.push_back(volumeSlice(page));
    std::vector<cv::Mat> labels(std::size_t(labelPages), labelSlice(labelType, low, high));
    writeTiffStack(folder.filePath(QStringLiteral("train-volume.tif")), volume);
    writeTiffStack(folder.filePath(QStringLiteral("train-labels.tif")), labels);
}

} // namespace

class TestEmStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiffPairLoads();
    void labelPolarity_data();
    void labelPolarity();
    void fewerLabelPagesRejected();
    void labelSizeMismatchRejected();
    void folderSortedNumerically();
    void folderMissingLabelRejected();
    void validationTilesCoverSlice();
    void randomCropsStayAligned();
    void augmenterOnlyWithRng();
    void cropLargerThanSliceRejected();
    void sliceRanges_data();
    void sliceRanges();
    void chinesePathLoads();
};

void TestEmStack::tiffPairLoads()
{
    QTemporaryDir folder;
    writePair(folder, 3, 3);
    const EmStack stack = loadEmTiffPair(folder.filePath(QStringLiteral("train-volume.tif")),
                                         folder.filePath(QStringLiteral("train-labels.tif")));
    QCOMPARE(stack.sliceCount(), 3);
    QCOMPARE(stack.sliceSize(), cv::Size(64, 48));
    QVERIFY(stack.hasLabels());
    QCOMPARE(stack.masks.front().type(), CV_8UC1);
    QCOMPARE(int(stack.masks.front().at<uchar>(0, 0)), 1);  // label 0 = membrane
    QCOMPARE(int(stack.masks.front().at<uchar>(0, 63)), 0); // label 255 = cell
    QCOMPARE(stack.membraneFraction(), 0.25);
    QCOMPARE(stack.membraneFraction(2), 0.25);
    QCOMPARE(int(stack.images[2].at<uchar>(0, 0)), 2);
}

void TestEmStack::labelPolarity_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<bool>("membraneHigh");
    QTest::addColumn<double>("fraction");
    QTest::newRow("0/255, membrane low (ISBI)") << int(CV_8UC1) << 0.0 << 255.0 << false << 0.25;
    QTest::newRow("0/255, membrane high") << int(CV_8UC1) << 0.0 << 255.0 << true << 0.75;
    QTest::newRow("0/1, membrane low") << int(CV_8UC1) << 0.0 << 1.0 << false << 0.25;
    QTest::newRow("0/1, membrane high") << int(CV_8UC1) << 0.0 << 1.0 << true << 0.75;
    QTest::newRow("16-bit 0/65535") << int(CV_16UC1) << 0.0 << 65535.0 << false << 0.25;
}

void TestEmStack::labelPolarity()
{
    QFETCH(int, type);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(bool, membraneHigh);
    QFETCH(double, fraction);
    QTemporaryDir folder;
    writePair(folder, 2, 2, type, low, high);
    const EmStack stack = loadEmTiffPair(
        folder.filePath(QStringLiteral("train-volume.tif")),
        folder.filePath(QStringLiteral("train-labels.tif")),
        membraneHigh ? LabelPolarity::MembraneHigh : LabelPolarity::MembraneLow);
    QCOMPARE(stack.membraneFraction(), fraction);
    QCOMPARE(stack.labelMin, low);
    QCOMPARE(stack.labelMax, high);
    double maskMax = 0;
    cv::minMaxLoc(stack.masks.front(), nullptr, &maskMax);
    QCOMPARE(maskMax, 1.0);
}

void TestEmStack::fewerLabelPagesRejected()
{
    QTemporaryDir folder;
    writePair(folder, 5, 3);
    const QString volume = folder.filePath(QStringLiteral("train-volume.tif"));
    const QString labels = folder.filePath(QStringLiteral("train-labels.tif"));
    try {
        loadEmTiffPair(volume, labels);
        QFAIL("a label stack with fewer pages was accepted");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), labels);
        QVERIFY2(error.reason().contains(volume), qPrintable(error.message()));
        QVERIFY2(error.reason().contains(QLatin1String("has 3 slices")), qPrintable(error.message()));
        QVERIFY2(error.reason().contains(QLatin1String("has 5")), qPrintable(error.message()));
    }
}

void TestEmStack::labelSizeMismatchRejected()
{
    QTemporaryDir folder;
    const QString volume = folder.filePath(QStringLiteral("v.tif"));
    const QString labels = folder.filePath(QStringLiteral("l.tif"));
    writeTiffStack(volume, {volumeSlice(0)});
    writeTiffStack(labels, {cv::Mat(40, 64, CV_8UC1, cv::Scalar(255))});
    try {
        loadEmTiffPair(volume, labels);
        QFAIL("a label of another size was accepted");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), labels);
        QCOMPARE(error.position(), QStringLiteral("slice 1"));
    }
}

void TestEmStack::folderSortedNumerically()
{
    QTemporaryDir folder;
    QDir root(folder.path());
    QVERIFY(root.mkpath(QStringLiteral("image")) && root.mkpath(QStringLiteral("label")));
    for (const int number : {10, 2, 1}) {
        writePng(root.filePath(QStringLiteral("image/%1.png").arg(number)), volumeSlice(number));
        writePng(root.filePath(QStringLiteral("label/%1.png").arg(number)),
                 labelSlice(CV_8UC1, 0, 255));
    }
    const EmStack stack = loadEmFolder(folder.path());
    QCOMPARE(stack.sliceCount(), 3);
    QCOMPARE(int(stack.images[0].at<uchar>(0, 0)), 1);
    QCOMPARE(int(stack.images[1].at<uchar>(0, 0)), 2);
    QCOMPARE(int(stack.images[2].at<uchar>(0, 0)), 10);
    QCOMPARE(stack.membraneFraction(), 0.25);
}

void TestEmStack::folderMissingLabelRejected()
{
    QTemporaryDir folder;
    QDir root(folder.path());
    QVERIFY(root.mkpath(QStringLiteral("image")) && root.mkpath(QStringLiteral("label")));
    writePng(root.filePath(QStringLiteral("image/0.png")), volumeSlice(0));
    writePng(root.filePath(QStringLiteral("image/1.png")), volumeSlice(1));
    writePng(root.filePath(QStringLiteral("label/0.png")), labelSlice(CV_8UC1, 0, 255));
    try {
        loadEmFolder(folder.path());
        QFAIL("an image without label was accepted");
    } catch (const DataError &error) {
        QVERIFY2(error.file().endsWith(QLatin1String("image/1.png")), qPrintable(error.message()));
        QVERIFY2(error.reason().contains(QLatin1String("2 images, 1 labels")),
                 qPrintable(error.message()));
    }
}

void TestEmStack::validationTilesCoverSlice()
{
    QTemporaryDir folder;
    writePair(folder, 3, 3);
    auto stack = std::make_shared<EmStack>(
        loadEmTiffPair(folder.filePath(QStringLiteral("train-volume.tif")),
                       folder.filePath(QStringLiteral("train-labels.tif"))));
    const EmSource source(stack, {1, 2}, 32);
    QCOMPARE(source.tilesPerSlice(), 4); // x at 0, 32; y at 0, 16
    QCOMPARE(source.size(), qsizetype(8));
    QCOMPARE(source.label(0), -1);
    QCOMPARE(source.classNames().size(), 1);

    cv::Mat covered = cv::Mat::zeros(48, 64, CV_8UC1);
    for (int tile = 0; tile < source.tilesPerSlice(); ++tile)
        covered(cv::Rect(source.tileOrigin(tile), cv::Size(32, 32))).setTo(1);
    QCOMPARE(cv::countNonZero(covered), 64 * 48);

    const Sample sample = source.load(5, nullptr); // slice index 2, tile 1
    QCOMPARE(sample.image.type(), CV_32FC1);
    QCOMPARE(sample.image.size(), cv::Size(32, 32));
    QCOMPARE(sample.mask.type(), CV_8UC1);
    const cv::Point origin = source.tileOrigin(1);
    cv::Mat expected;
    stack->images[2](cv::Rect(origin, cv::Size(32, 32))).convertTo(expected, CV_32F, 1.0 / 255.0);
    QCOMPARE(cv::norm(sample.image, expected, cv::NORM_INF), 0.0);
    const Sample again = source.load(5, nullptr);
    QCOMPARE(cv::norm(sample.image, again.image, cv::NORM_INF), 0.0);
    QVERIFY(source.describe(5).contains(QLatin1String("slice 3")));
}

void TestEmStack::randomCropsStayAligned()
{
    // With the label stack as the volume, each image crop must equal its mask inverted.
    QTemporaryDir folder;
    std::vector<cv::Mat> labels(2, labelSlice(CV_8UC1, 0, 255, 23));
    writeTiffStack(folder.filePath(QStringLiteral("v.tif")), labels);
    writeTiffStack(folder.filePath(QStringLiteral("l.tif")), labels);
    auto stack = std::make_shared<EmStack>(loadEmTiffPair(folder.filePath(QStringLiteral("v.tif")),
                                                          folder.filePath(QStringLiteral("l.tif"))));
    const EmSource source(stack, {0, 1}, 24);
    std::mt19937 rng(3);
    QSet<int> membraneCounts;
    for (int i = 0; i < 20; ++i) {
        const Sample sample = source.load(i % source.size(), &rng);
        cv::Mat cell;
        sample.image.convertTo(cell, CV_8U);
        QCOMPARE(cv::countNonZero(cell), 24 * 24 - cv::countNonZero(sample.mask));
        membraneCounts.insert(cv::countNonZero(sample.mask));
    }
    QVERIFY2(membraneCounts.size() > 1, "random crops should land at different positions");
}

void TestEmStack::augmenterOnlyWithRng()
{
    QTemporaryDir folder;
    writePair(folder, 1, 1);
    auto stack = std::make_shared<EmStack>(
        loadEmTiffPair(folder.filePath(QStringLiteral("train-volume.tif")),
                       folder.filePath(QStringLiteral("train-labels.tif"))));
    int calls = 0;
    const EmSource source(stack, {0}, 32, [&calls](cv::Mat &image, cv::Mat &mask, std::mt19937 &) {
        QCOMPARE(image.type(), CV_32FC1);
        QCOMPARE(mask.type(), CV_8UC1);
        ++calls;
    });
    source.load(0, nullptr);
    QCOMPARE(calls, 0);
    std::mt19937 rng(1);
    source.load(0, &rng);
    QCOMPARE(calls, 1);
}

void TestEmStack::cropLargerThanSliceRejected()
{
    QTemporaryDir folder;
    writePair(folder, 1, 1);
    auto stack = std::make_shared<EmStack>(
        loadEmTiffPair(folder.filePath(QStringLiteral("train-volume.tif")),
                       folder.filePath(QStringLiteral("train-labels.tif"))));
    QVERIFY_THROWS_EXCEPTION(DataError, EmSource(stack, {0}, 256));
    QVERIFY_THROWS_EXCEPTION(DataError, EmSource(stack, {1}, 32));
}

void TestEmStack::sliceRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVector<int>>("expected");
    QTest::newRow("range") << "1-3" << QVector<int>{0, 1, 2};
    QTest::newRow("list") << "1-2,5, 7" << QVector<int>{0, 1, 4, 6};
    QTest::newRow("single") << "30" << QVector<int>{29};
    QTest::newRow("past end") << "26-31" << QVector<int>{};
    QTest::newRow("zero") << "0-3" << QVector<int>{};
    QTest::newRow("reversed") << "5-2" << QVector<int>{};
    QTest::newRow("text") << "all" << QVector<int>{};
}

void TestEmStack::sliceRanges()
{
    QFETCH(QString, text);
    QFETCH(QVector<int>, expected);
    QString error;
    QCOMPARE(parseSliceRanges(text, 30, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestEmStack::chinesePathLoads()
{
    QTemporaryDir folder;
    QDir root(folder.path());
    QVERIFY(root.mkpath(QStringLiteral("电镜/image")) && root.mkpath(QStringLiteral("电镜/label")));
    writePng(root.filePath(QStringLiteral("电镜/image/0.png")), volumeSlice(0));
    writePng(root.filePath(QStringLiteral("电镜/label/0.png")), labelSlice(CV_8UC1, 0, 255));
    const EmStack stack = loadEmFolder(root.filePath(QStringLiteral("电镜")));
    QCOMPARE(stack.sliceCount(), 1);
}

QTEST_GUILESS_MAIN(TestEmStack)
#include "tst_emstack.moc"
