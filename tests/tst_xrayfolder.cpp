#include "data/dataerror.h"
#include "data/xrayfolder.h"

#include <opencv2/imgcodecs.hpp>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb::data;

namespace {

QByteArray jpegBytes(int value, int width = 40, int height = 30)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", cv::Mat(height, width, CV_8UC1, cv::Scalar(value)), bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestXrayFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kaggleLayoutScanned();
    void junkSkippedSilently_data();
    void junkSkippedSilently();
    void namesMatchCaseInsensitively();
    void singleClassFolderLayout();
    void unknownLayoutRejected();
    void sourceOutputsRgbFloat();
    void augmenterOnlyWithRng();
    void chinesePathScanned();
};

void TestXrayFolder::kaggleLayoutScanned()
{
    QTemporaryDir folder;
    const QString root = folder.path();
    writeFile(root + QStringLiteral("/train/NORMAL/a.jpeg"), jpegBytes(10));
    writeFile(root + QStringLiteral("/train/NORMAL/b.jpeg"), jpegBytes(20));
    writeFile(root + QStringLiteral("/train/PNEUMONIA/c.jpeg"), jpegBytes(30));
    writeFile(root + QStringLiteral("/val/PNEUMONIA/d.jpg"), jpegBytes(40));
    writeFile(root + QStringLiteral("/test/NORMAL/e.png"), jpegBytes(50));
    writeFile(root + QStringLiteral("/test/NORMAL/readme.txt"), "notes");

    const XrayDataset dataset = XrayFolder::scan(root);
    QCOMPARE(dataset.classNames, QStringList({QStringLiteral("NORMAL"), QStringLiteral("PNEUMONIA")}));
    QCOMPARE(dataset.splitNames,
             QStringList({QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")}));
    QVERIFY(dataset.hasSplits());
    QCOMPARE(dataset.count(QStringLiteral("train"), 0), qsizetype(2));
    QCOMPARE(dataset.count(QStringLiteral("train"), 1), qsizetype(1));
    QCOMPARE(dataset.count(QStringLiteral("val"), 1), qsizetype(1));
    QCOMPARE(dataset.count(QStringLiteral("test"), 0), qsizetype(1));
    QCOMPARE(dataset.ignoredFiles.size(), 1);
    QVERIFY(dataset.splits.value(QStringLiteral("train")).first().path.endsWith(QLatin1String("a.jpeg")));
}

void TestXrayFolder::junkSkippedSilently_data()
{
    QTest::addColumn<QString>("junk");
    QTest::newRow("AppleDouble") << "train/NORMAL/._a.jpeg";
    QTest::newRow("DS_Store") << "train/NORMAL/.DS_Store";
    QTest::newRow("hidden file") << "train/PNEUMONIA/.hidden.jpeg";
    QTest::newRow("__MACOSX at root") << "__MACOSX/train/NORMAL/._a.jpeg";
    QTest::newRow("__MACOSX in class") << "train/NORMAL/__MACOSX/x.jpeg";
    QTest::newRow("Thumbs.db") << "train/NORMAL/Thumbs.db";
}

void TestXrayFolder::junkSkippedSilently()
{
    QFETCH(QString, junk);
    QTemporaryDir folder;
    writeFile(folder.filePath(QStringLiteral("train/NORMAL/a.jpeg")), jpegBytes(10));
    writeFile(folder.filePath(QStringLiteral("train/PNEUMONIA/b.jpeg")), jpegBytes(10));
    writeFile(folder.filePath(junk), "\0\5\26\7junk");
    const XrayDataset dataset = XrayFolder::scan(folder.path());
    QCOMPARE(dataset.splits.value(QStringLiteral("train")).size(), 2);
    QVERIFY2(dataset.ignoredFiles.isEmpty(), qPrintable(dataset.ignoredFiles.join(u',')));
    QVERIFY2(dataset.ignoredFolders.isEmpty(), qPrintable(dataset.ignoredFolders.join(u',')));
}

void TestXrayFolder::namesMatchCaseInsensitively()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(QStringLiteral("Train/normal/a.JPEG")), jpegBytes(10));
    writeFile(folder.filePath(QStringLiteral("Train/Pneumonia/b.JpG")), jpegBytes(10));
    writeFile(folder.filePath(QStringLiteral("TEST/PNEUMONIA/c.PNG")), jpegBytes(10));
    const XrayDataset dataset = XrayFolder::scan(folder.path());
    QCOMPARE(dataset.splitNames, QStringList({QStringLiteral("train"), QStringLiteral("test")}));
    QCOMPARE(dataset.count(QStringLiteral("train"), 0), qsizetype(1));
    QCOMPARE(dataset.count(QStringLiteral("train"), 1), qsizetype(1));
    QCOMPARE(dataset.count(QStringLiteral("test"), 1), qsizetype(1));
}

void TestXrayFolder::singleClassFolderLayout()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(QStringLiteral("NORMAL/a.jpeg")), jpegBytes(10));
    writeFile(folder.filePath(QStringLiteral("PNEUMONIA/b.jpeg")), jpegBytes(10));
    writeFile(folder.filePath(QStringLiteral("PNEUMONIA/c.jpeg")), jpegBytes(10));
    writeFile(folder.filePath(QStringLiteral("COVID/d.jpeg")), jpegBytes(10));
    const XrayDataset dataset = XrayFolder::scan(folder.path());
    QVERIFY(!dataset.hasSplits());
    QCOMPARE(dataset.splitNames, QStringList{QStringLiteral("all")});
    QCOMPARE(dataset.count(QStringLiteral("all"), 1), qsizetype(2));
    QCOMPARE(dataset.ignoredFolders.size(), 1);
}

void TestXrayFolder::unknownLayoutRejected()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(QStringLiteral("images/a.jpeg")), jpegBytes(10));
    QVERIFY_THROWS_EXCEPTION(DataError, XrayFolder::scan(folder.path()));
    QVERIFY_THROWS_EXCEPTION(DataError, XrayFolder::scan(folder.filePath(QStringLiteral("missing"))));
}

void TestXrayFolder::sourceOutputsRgbFloat()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(QStringLiteral("train/PNEUMONIA/b.jpeg")), jpegBytes(255, 300, 150));
    writeFile(folder.filePath(QStringLiteral("train/NORMAL/a.jpeg")), jpegBytes(255, 300, 150));
    const XrayDataset dataset = XrayFolder::scan(folder.path());
    const XraySource source(dataset.splits.value(QStringLiteral("train")), dataset.classNames,
                            dataset.root);
    QCOMPARE(source.size(), qsizetype(2));
    QCOMPARE(source.label(0), 0);
    QCOMPARE(source.label(1), 1);
    QCOMPARE(source.describe(1), QStringLiteral("train/PNEUMONIA/b.jpeg"));

    const Sample sample = source.load(1, nullptr);
    QCOMPARE(sample.image.type(), CV_32FC3);
    QCOMPARE(sample.image.rows, 224);
    QCOMPARE(sample.image.cols, 224);
    QCOMPARE(sample.label, 1);
    const cv::Vec3f corner = sample.image.at<cv::Vec3f>(0, 0);  // letterbox padding
    const cv::Vec3f centre = sample.image.at<cv::Vec3f>(112, 112);
    QCOMPARE(corner[0], 0.0f);
    QVERIFY(centre[0] > 0.95f && centre[0] <= 1.0f);
}

void TestXrayFolder::augmenterOnlyWithRng()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(QStringLiteral("NORMAL/a.jpeg")), jpegBytes(128));
    const XrayDataset dataset = XrayFolder::scan(folder.path());
    int calls = 0;
    const XraySource source(dataset.splits.value(QStringLiteral("all")), dataset.classNames,
                            dataset.root, 64, [&calls](cv::Mat &image, std::mt19937 &) {
                                QCOMPARE(image.type(), CV_8UC3);
                                ++calls;
                            });
    QCOMPARE(source.load(0, nullptr).image.rows, 64);
    QCOMPARE(calls, 0);
    std::mt19937 rng(5);
    source.load(0, &rng);
    QCOMPARE(calls, 1);
}

void TestXrayFolder::chinesePathScanned()
{
    QTemporaryDir folder;
    const QString root = folder.filePath(QStringLiteral("胸部X光 数据"));
    writeFile(root + QStringLiteral("/train/NORMAL/正常一.jpeg"), jpegBytes(100));
    writeFile(root + QStringLiteral("/train/PNEUMONIA/肺炎一.jpeg"), jpegBytes(100));
    const XrayDataset dataset = XrayFolder::scan(root);
    const XraySource source(dataset.splits.value(QStringLiteral("train")), dataset.classNames, root);
    QCOMPARE(source.size(), qsizetype(2));
    QCOMPARE(source.load(1, nullptr).image.cols, 224);
}

QTEST_GUILESS_MAIN(TestXrayFolder)
#include "tst_xrayfolder.moc"
