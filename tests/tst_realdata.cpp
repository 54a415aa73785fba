#include "data/emstack.h"
#include "data/gntreader.h"
#include "data/imagedecode.h"
#include "data/tiffstack.h"
#include "data/xrayfolder.h"

#include <opencv2/core.hpp>

#include <QtCore/QDir>
#include <QtTest/QtTest>

using namespace cnnwb::data;

namespace {

/// Returns the shared sample data folder NAME, or an empty string when it is absent.
QString sharedFolder(const char *name)
{
    const QString path = QDir(QStringLiteral(CNNWB_SHARED_DATA)).filePath(QLatin1String(name));
    return QFileInfo(path).isDir() ? path : QString();
}

} // namespace

#define REQUIRE_SHARED(variable, name)                                                           \
    const QString variable = sharedFolder(name);                                                 \
    if (variable.isEmpty())                                                                      \
        QSKIP(qPrintable(QStringLiteral("The real sample data folder %1/%2 is absent; these "   \
                                        "tests read it")                                         \
                             .arg(QStringLiteral(CNNWB_SHARED_DATA), QLatin1String(name))));

class TestRealData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chestXrayCounts_data();
    void chestXrayCounts();
    void chestXrayAllDecode();
    void isbiStacks();
    void hwdbRecords();
};

void TestRealData::chestXrayCounts_data()
{
    QTest::addColumn<QString>("split");
    QTest::addColumn<int>("normal");
    QTest::addColumn<int>("pneumonia");
    QTest::newRow("train") << "train" << 78 << 130;
    QTest::newRow("val") << "val" << 8 << 8;
    QTest::newRow("test") << "test" << 39 << 65;
}

void TestRealData::chestXrayCounts()
{
    QFETCH(QString, split);
    QFETCH(int, normal);
    QFETCH(int, pneumonia);
    REQUIRE_SHARED(root, "chest_xray");
    const XrayDataset dataset = XrayFolder::scan(root);
    QCOMPARE(dataset.count(split, 0), qsizetype(normal));
    QCOMPARE(dataset.count(split, 1), qsizetype(pneumonia));
    QVERIFY(dataset.ignoredFiles.isEmpty());
}

void TestRealData::chestXrayAllDecode()
{
    REQUIRE_SHARED(root, "chest_xray");
    const XrayDataset dataset = XrayFolder::scan(root);
    int images = 0;
    int minWidth = 1 << 30;
    int maxWidth = 0;
    for (const QString &split : dataset.splitNames) {
        for (const XrayItem &item : dataset.splits.value(split)) {
            const DecodedImage decoded = decodeImageFile(item.path, kXraySide);
            QCOMPARE(int(decoded.header.format), int(ImageFormat::Jpeg));
            QCOMPARE(decoded.image.type(), CV_8UC1);
            QVERIFY(std::max(decoded.image.cols, decoded.image.rows) >= kXraySide);
            minWidth = std::min(minWidth, decoded.header.orientedWidth());
            maxWidth = std::max(maxWidth, decoded.header.orientedWidth());
            ++images;
        }
    }
    QCOMPARE(images, 328);
    QCOMPARE(minWidth, 728);
    QCOMPARE(maxWidth, 2752);

    const XraySource source(dataset.splits.value(QStringLiteral("val")), dataset.classNames, root);
    const Sample sample = source.load(0, nullptr);
    QCOMPARE(sample.image.type(), CV_32FC3);
    QCOMPARE(sample.image.rows, 224);
}

void TestRealData::isbiStacks()
{
    REQUIRE_SHARED(root, "isbi2012");
    const QDir folder(root);
    const EmStack stack = loadEmTiffPair(folder.filePath(QStringLiteral("train-volume.tif")),
                                         folder.filePath(QStringLiteral("train-labels.tif")));
    QCOMPARE(stack.sliceCount(), 30);
    QCOMPARE(stack.sliceSize(), cv::Size(512, 512));
    QCOMPARE(stack.labelMin, 0.0);
    QCOMPARE(stack.labelMax, 255.0);
    const double fraction = stack.membraneFraction();
    QVERIFY2(fraction > 0.20 && fraction < 0.24, qPrintable(QString::number(fraction)));

    const TiffStack test(folder.filePath(QStringLiteral("test-volume.tif")));
    QCOMPARE(test.pageCount(), 30);
    const TiffPageInfo info = test.pageInfo(29);
    QCOMPARE(info.bitsPerSample, 8);
    QCOMPARE(info.width, 512);
    QCOMPARE(test.readPage(29).type(), CV_8UC1);

    auto shared = std::make_shared<EmStack>(stack);
    QString error;
    const EmSource validation(shared, parseSliceRanges(QStringLiteral("26-30"), 30, &error));
    QCOMPARE(validation.size(), qsizetype(20));
    QCOMPARE(validation.load(19, nullptr).mask.size(), cv::Size(256, 256));
}

void TestRealData::hwdbRecords()
{
    REQUIRE_SHARED(root, "hwdb");
    const GntIndex index = GntIndex::open(root);
    QCOMPARE(index.records().size(), std::size_t(101));
    QCOMPARE(index.problems().size(), 0);
    QCOMPARE(index.skippedOutsideClassSet(), qsizetype(0));
    QCOMPARE(index.classNames().at(index.records().front().label), QStringLiteral("蜒"));
    QCOMPARE(index.classNames().at(index.records().at(1).label), QStringLiteral("岩"));
    int minWidth = 1 << 30;
    int maxWidth = 0;
    int minHeight = 1 << 30;
    int maxHeight = 0;
    for (const GntRecord &record : index.records()) {
        minWidth = std::min(minWidth, int(record.width));
        maxWidth = std::max(maxWidth, int(record.width));
        minHeight = std::min(minHeight, int(record.height));
        maxHeight = std::max(maxHeight, int(record.height));
    }
    QCOMPARE(minWidth, 31);
    QCOMPARE(maxWidth, 84);
    QCOMPARE(minHeight, 11);
    QCOMPARE(maxHeight, 108);

    const GntSource source(std::make_shared<GntIndex>(index));
    for (qsizetype i = 0; i < source.size(); ++i) {
        const Sample sample = source.load(i, nullptr);
        QCOMPARE(sample.image.rows, 64);
        double high = 0;
        cv::minMaxLoc(sample.image, nullptr, &high);
        QVERIFY2(high > 0.5, qPrintable(source.describe(i)));
    }
}

QTEST_GUILESS_MAIN(TestRealData)
#include "tst_realdata.moc"
