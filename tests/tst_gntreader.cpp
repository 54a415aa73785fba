#include "data/dataerror.h"
#include "data/gb2312.h"
#include "data/gntreader.h"

#include <opencv2/core.hpp>

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb::data;

namespace {

void appendLittle16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value & 0xFF)).append(char(value >> 8));
}

void appendLittle32(QByteArray &bytes, quint32 value)
{
    appendLittle16(bytes, quint16(value));
    appendLittle16(bytes, quint16(value >> 16));
}

/// Builds one .gnt record: a WIDTH×HEIGHT bitmap of paper (255) with one ink pixel per row.
/// LENGTH overrides the length field when non-zero.
QByteArray gntRecord(quint16 code, quint16 width, quint16 height, quint32 length = 0)
{
    QByteArray bytes;
    appendLittle32(bytes, length ? length : 10u + quint32(width) * height);
    bytes.append(char(code >> 8)).append(char(code & 0xFF)); // lead byte first
    appendLittle16(bytes, width);
    appendLittle16(bytes, height);
    for (int row = 0; row < height; ++row) {
        QByteArray line(width, char(255));
        if (width > 0)
            line[row % width] = char(row * 7 % 200); // dark ink on a diagonal
        bytes += line;
    }
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int level1Index(const QString &character)
{
    return int(gb2312::level1Characters().indexOf(character));
}

} // namespace

class TestGntReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexesRecords();
    void readsBitmapLazily();
    void malformedFile_data();
    void malformedFile();
    void strictModeThrows();
    void folderSortedAndJunkSkipped();
    void level1ClassSetSkipsOthers();
    void allFoundClassSetSortedByCode();
    void sourceOutputsInkHighFloat();
    void augmenterOnlyWithRng();
    void chineseFolderPath();
    void missingPathRejected();
    void manyRecordsIndexQuickly();
};

void TestGntReader::indexesRecords()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("one.gnt"));
    const QByteArray first = gntRecord(0xB0A1, 30, 20);  // 啊
    const QByteArray second = gntRecord(0xD6D0, 12, 40); // 中
    QVERIFY(writeFile(path, first + second));

    const GntIndex index = GntIndex::open(path);
    QCOMPARE(index.records().size(), std::size_t(2));
    QCOMPARE(index.problems().size(), 0);
    QCOMPARE(index.records()[0].offset, qint64(0));
    QCOMPARE(index.records()[1].offset, qint64(first.size()));
    QCOMPARE(int(index.records()[1].width), 12);
    QCOMPARE(int(index.records()[1].height), 40);
    QCOMPARE(index.records()[0].label, 0);
    QCOMPARE(index.records()[1].label, level1Index(QStringLiteral("中")));
    QCOMPARE(index.classNames().size(), 3755);
    QCOMPARE(index.classCodes().at(index.records()[1].label), std::uint16_t(0xD6D0));
    QVERIFY(index.describe(1).contains(QLatin1String("one.gnt")));
    QVERIFY(index.describe(1).contains(QString::number(first.size())));
}

void TestGntReader::readsBitmapLazily()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("one.gnt"));
    QVERIFY(writeFile(path, gntRecord(0xB0A1, 30, 20) + gntRecord(0xB0A2, 5, 6)));
    const GntIndex index = GntIndex::open(path);
    const cv::Mat bitmap = index.readBitmap(1);
    QCOMPARE(bitmap.type(), CV_8UC1);
    QCOMPARE(bitmap.cols, 5);
    QCOMPARE(bitmap.rows, 6);
    QCOMPARE(int(bitmap.at<uchar>(0, 0)), 0);
    QCOMPARE(int(bitmap.at<uchar>(1, 1)), 7);
    QCOMPARE(int(bitmap.at<uchar>(0, 1)), 255);
}

void TestGntReader::malformedFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("usable");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("reason");

    const QByteArray good = gntRecord(0xB0A1, 10, 10) + gntRecord(0xB0A2, 8, 4);
    const QString afterGood = QStringLiteral("byte offset %1").arg(good.size());
    QTest::newRow("cut inside bitmap")
        << good + gntRecord(0xB0A3, 20, 20).left(200) << 2 << afterGood << "cut inside its bitmap";
    QTest::newRow("stray trailing bytes") << good + QByteArray(5, '\x11') << 2 << afterGood
                                          << "stray";
    QTest::newRow("empty file") << QByteArray() << 0 << QString() << "empty";
    QTest::newRow("length field disagrees")
        << good + gntRecord(0xB0A3, 4, 4, 27) << 2 << afterGood << "length field is 27";
    QTest::newRow("absurd length field")
        << good + gntRecord(0xB0A3, 4, 4, 0xFFFFFFF0u) << 2 << afterGood << "length field";
    QByteArray huge;
    appendLittle32(huge, 10u + 60000u * 60000u);
    huge.append("\xB0\xA3", 2);
    appendLittle16(huge, 60000);
    appendLittle16(huge, 60000);
    QTest::newRow("absurd bitmap size") << good + huge << 2 << afterGood << "implausible";
    QTest::newRow("zero width") << good + gntRecord(0xB0A3, 0, 4, 10) << 2 << afterGood << "0×4";
    QTest::newRow("bad first record") << gntRecord(0xB0A3, 4, 4, 99) + good << 0
                                      << QStringLiteral("byte offset 0") << "length field";
}

void TestGntReader::malformedFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, usable);
    QFETCH(QString, position);
    QFETCH(QString, reason);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bad.gnt"));
    QVERIFY(writeFile(path, bytes));

    const GntIndex index = GntIndex::open(path);
    QCOMPARE(int(index.records().size()), usable);
    QCOMPARE(index.problems().size(), 1);
    const DataError &problem = index.problems().first();
    QCOMPARE(problem.file(), path);
    QCOMPARE(problem.position(), position);
    QVERIFY2(problem.reason().contains(reason), qPrintable(problem.message()));
    for (qsizetype i = 0; i < usable; ++i)
        QVERIFY(!index.readBitmap(i).empty());
}

void TestGntReader::strictModeThrows()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bad.gnt"));
    const QByteArray good = gntRecord(0xB0A1, 10, 10);
    QVERIFY(writeFile(path, good + gntRecord(0xB0A2, 20, 20).left(100)));
    try {
        GntIndex::open(path, {GntClassSet::Level1, true});
        QFAIL("strict mode accepted a cut record");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), path);
        QCOMPARE(error.position(), QStringLiteral("byte offset %1").arg(good.size()));
    }
}

void TestGntReader::folderSortedAndJunkSkipped()
{
    QTemporaryDir folder;
    QVERIFY(writeFile(folder.filePath(QStringLiteral("b.gnt")), gntRecord(0xB0A2, 4, 4)));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("a.gnt")), gntRecord(0xB0A1, 4, 4)));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("c.GNT")), gntRecord(0xB0A3, 4, 4)));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("._a.gnt")), QByteArray("Mac metadata")));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("notes.txt")), QByteArray("text")));

    const GntIndex index = GntIndex::open(folder.path());
    QCOMPARE(index.files().size(), 3);
    QVERIFY(index.files().at(0).endsWith(QLatin1String("/a.gnt")));
    QVERIFY(index.files().at(1).endsWith(QLatin1String("/b.gnt")));
    QVERIFY(index.files().at(2).endsWith(QLatin1String("/c.GNT")));
    QCOMPARE(index.problems().size(), 0);
    QCOMPARE(index.records()[0].label, 0);
    QCOMPARE(index.records()[2].label, 2);
}

void TestGntReader::level1ClassSetSkipsOthers()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("mixed.gnt"));
    QVERIFY(writeFile(path, gntRecord(0xD8A1, 4, 4) + gntRecord(0xB0A1, 4, 4)
                                + gntRecord(0xA3B0, 4, 4)));
    const GntIndex index = GntIndex::open(path, {GntClassSet::Level1, false});
    QCOMPARE(index.records().size(), std::size_t(1));
    QCOMPARE(index.skippedOutsideClassSet(), qsizetype(2));
    QCOMPARE(int(index.records()[0].code), 0xB0A1);
}

void TestGntReader::allFoundClassSetSortedByCode()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("mixed.gnt"));
    QVERIFY(writeFile(path, gntRecord(0xD8A1, 4, 4) + gntRecord(0xB0A1, 4, 4)
                                + gntRecord(0xA3B0, 4, 4) + gntRecord(0xB0A1, 4, 4)));
    const GntIndex index = GntIndex::open(path, {GntClassSet::AllFound, false});
    QCOMPARE(index.records().size(), std::size_t(4));
    QCOMPARE(index.skippedOutsideClassSet(), qsizetype(0));
    QCOMPARE(index.classNames(),
             QStringList({QStringLiteral("０"), QStringLiteral("啊"), QStringLiteral("亍")}));
    QCOMPARE(index.classCodes(), QVector<std::uint16_t>({0xA3B0, 0xB0A1, 0xD8A1}));
    QCOMPARE(index.records()[0].label, 2);
    QCOMPARE(index.records()[1].label, 1);
    QCOMPARE(index.records()[3].label, 1);
    QCOMPARE(index.distinctCodes(), qsizetype(3));
}

void TestGntReader::sourceOutputsInkHighFloat()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("one.gnt"));
    QVERIFY(writeFile(path, gntRecord(0xB0A1, 30, 20) + gntRecord(0xD6D0, 12, 40)));
    GntSource source(std::make_shared<GntIndex>(GntIndex::open(path)));
    QCOMPARE(source.size(), qsizetype(2));
    QCOMPARE(source.label(1), level1Index(QStringLiteral("中")));
    QCOMPARE(source.classNames().size(), 3755);

    const Sample sample = source.load(1, nullptr);
    QCOMPARE(sample.image.type(), CV_32FC1);
    QCOMPARE(sample.image.rows, 64);
    QCOMPARE(sample.image.cols, 64);
    QCOMPARE(sample.label, level1Index(QStringLiteral("中")));
    QVERIFY(sample.mask.empty());
    double low = 0;
    double high = 0;
    cv::minMaxLoc(sample.image, &low, &high);
    QCOMPARE(low, 0.0);
    QVERIFY(high > 0.9 && high <= 1.0);
    QCOMPARE(double(sample.image.at<float>(0, 0)), 0.0);
}

void TestGntReader::augmenterOnlyWithRng()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("one.gnt"));
    QVERIFY(writeFile(path, gntRecord(0xB0A1, 30, 20)));
    int calls = 0;
    GntSource source(std::make_shared<GntIndex>(GntIndex::open(path)), 64,
                     [&calls](cv::Mat &image, std::mt19937 &) {
                         QCOMPARE(image.type(), CV_8UC1);
                         image.setTo(255);
                         ++calls;
                     });
    source.load(0, nullptr);
    QCOMPARE(calls, 0);
    std::mt19937 rng(7);
    const Sample sample = source.load(0, &rng);
    QCOMPARE(calls, 1);
    QCOMPARE(double(sample.image.at<float>(0, 0)), 1.0);
}

void TestGntReader::chineseFolderPath()
{
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("手写 汉字")));
    const QString path = folder.filePath(QStringLiteral("手写 汉字/作者一.gnt"));
    QVERIFY(writeFile(path, gntRecord(0xB0A1, 8, 8)));
    const GntIndex index = GntIndex::open(folder.filePath(QStringLiteral("手写 汉字")));
    QCOMPARE(index.records().size(), std::size_t(1));
    QCOMPARE(index.readBitmap(0).rows, 8);
}

void TestGntReader::missingPathRejected()
{
    QVERIFY_THROWS_EXCEPTION(DataError, GntIndex::open(QStringLiteral("/nonexistent/x.gnt")));
    QTemporaryDir folder;
    QVERIFY_THROWS_EXCEPTION(DataError, GntIndex::open(folder.path()));
}

void TestGntReader::manyRecordsIndexQuickly()
{
    // CNNWB_GNT_BENCH=1 scales this to the size of HWDB1.1 (300 files, 1.1 million records);
    // the default stays small so the unit run is quick.
    const bool bench = qEnvironmentVariableIsSet("CNNWB_GNT_BENCH");
    const int files = bench ? 300 : 10;
    const int recordsPerFile = bench ? 3700 : 500;
    QTemporaryDir folder;
    const QByteArray record = gntRecord(0xB0A1, 8, 8);
    QByteArray content;
    for (int i = 0; i < recordsPerFile; ++i)
        content += record;
    for (int file = 0; file < files; ++file)
        QVERIFY(writeFile(folder.filePath(QStringLiteral("%1.gnt").arg(file, 4, 10, QLatin1Char('0'))),
                          content));

    QElapsedTimer timer;
    timer.start();
    const GntIndex index = GntIndex::open(folder.path());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(qsizetype(index.records().size()), qsizetype(files) * recordsPerFile);
    qInfo("indexed %lld records in %d files in %lld ms", qint64(index.records().size()), files,
          elapsed);
}

QTEST_GUILESS_MAIN(TestGntReader)
#include "tst_gntreader.moc"
