#include "data/demohanzi.h"

#include <opencv2/core.hpp>

#include <QtTest/QtTest>

#include "data/gb2312.h"
#include "data/gntreader.h"

using namespace cnnwb::data;

class TestDemoHanzi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commonPresetIsLevel1();
    void presetClassCounts_data();
    void presetClassCounts();
    void fontsFound();
    void bitmapsLookLikeHwdb();
    void sameSeedSameBitmap();
    void differentSamplesDiffer();
    void differentSeedDiffers();
    void gntHasEveryRecordInOrder();
    void gntIndependentOfThreadCount();
    void cacheWrittenThenReused();
    void cacheNameKeysSettings();
    void cacheReadByGntReader();

private:
    static DemoHanziOptions smallOptions(std::uint32_t seed = 3);
};

namespace {

struct ParsedRecord
{
    quint16 code;
    int width;
    int height;
};

std::vector<ParsedRecord> parseGnt(const QByteArray &bytes)
{
    std::vector<ParsedRecord> records;
    qsizetype offset = 0;
    while (offset + 10 <= bytes.size()) {
        const auto byte = [&](qsizetype i) { return quint32(quint8(bytes[offset + i])); };
        const quint32 length = byte(0) | byte(1) << 8 | byte(2) << 16 | byte(3) << 24;
        records.push_back({quint16(byte(4) << 8 | byte(5)), int(byte(6) | byte(7) << 8),
                           int(byte(8) | byte(9) << 8)});
        offset += length;
    }
    return records;
}

} // namespace

DemoHanziOptions TestDemoHanzi::smallOptions(std::uint32_t seed)
{
    DemoHanziOptions options;
    options.preset = DemoHanziPreset::Common;
    options.samplesPerClass = 2;
    options.seed = seed;
    options.threads = 2;
    return options;
}

void TestDemoHanzi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDemoHanzi::commonPresetIsLevel1()
{
    const QStringList &common = DemoHanzi::commonCharacters();
    QCOMPARE(common.size(), 400);
    QCOMPARE(QSet<QString>(common.begin(), common.end()).size(), common.size());
    for (const QString &character : common)
        QVERIFY2(gb2312::isLevel1(gb2312::encode(character)), qPrintable(character));
}

void TestDemoHanzi::presetClassCounts_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("classes");
    QTest::newRow("common") << int(DemoHanziPreset::Common) << 400;
    QTest::newRow("level1") << int(DemoHanziPreset::Level1) << 3755;
}

void TestDemoHanzi::presetClassCounts()
{
    QFETCH(int, preset);
    QFETCH(int, classes);
    DemoHanziOptions options;
    options.preset = DemoHanziPreset(preset);
    options.samplesPerClass = 7;
    const DemoHanzi demo(options);
    QCOMPARE(demo.classNames().size(), classes);
    QCOMPARE(demo.sampleCount(), qint64(classes) * 7);
}

void TestDemoHanzi::fontsFound()
{
    const QList<DemoFontFace> fonts = DemoHanzi::installedFonts();
    if (fonts.isEmpty())
        QSKIP("No CJK font is installed (fontconfig lists none for zh-cn); install "
              "fonts-wqy-microhei to run the demo character tests");
    for (const DemoFontFace &font : fonts) {
        QVERIFY2(QFileInfo::exists(font.file), qPrintable(font.file));
        QVERIFY2(!font.family.contains(QStringLiteral(" TC")), qPrintable(font.family));
        QVERIFY2(!font.family.contains(QStringLiteral("Mono")), qPrintable(font.family));
    }
}

void TestDemoHanzi::bitmapsLookLikeHwdb()
{
    const DemoHanzi demo(smallOptions());
    if (!demo.hasFonts())
        QSKIP("No CJK font is installed; install fonts-wqy-microhei to run this test");
    for (int classIndex : {0, 17, 399}) {
        for (int sample = 0; sample < 8; ++sample) {
            const cv::Mat bitmap = demo.renderSample(classIndex, sample);
            const QString where = QStringLiteral("class %1 sample %2: %3x%4")
                                      .arg(classIndex)
                                      .arg(sample)
                                      .arg(bitmap.cols)
                                      .arg(bitmap.rows);
            QCOMPARE(bitmap.type(), CV_8UC1);
            // The longer side is drawn from 50-90 px; warps and margins add a little.
            const int longer = std::max(bitmap.cols, bitmap.rows);
            QVERIFY2(longer >= 40 && longer <= 110, qPrintable(where));
            QVERIFY2(std::min(bitmap.cols, bitmap.rows) >= 5, qPrintable(where));
            const int background = cv::countNonZero(bitmap == 255);
            const int ink = cv::countNonZero(bitmap < 160);
            QVERIFY2(background > int(bitmap.total() / 3), qPrintable(where));
            QVERIFY2(ink > 20, qPrintable(where));
        }
    }
}

void TestDemoHanzi::sameSeedSameBitmap()
{
    const DemoHanzi first(smallOptions());
    if (!first.hasFonts())
        QSKIP("No CJK font is installed; install fonts-wqy-microhei to run this test");
    const DemoHanzi second(smallOptions());
    for (int sample = 0; sample < 4; ++sample) {
        const cv::Mat a = first.renderSample(5, sample);
        const cv::Mat b = second.renderSample(5, sample);
        QCOMPARE(a.size(), b.size());
        QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
    }
    // Rendering another class in between must not change the result.
    const cv::Mat before = first.renderSample(9, 1);
    first.renderSample(100, 0);
    const cv::Mat after = first.renderSample(9, 1);
    QCOMPARE(cv::norm(before, after, cv::NORM_INF), 0.0);
}

void TestDemoHanzi::differentSamplesDiffer()
{
    const DemoHanzi demo(smallOptions());
    if (!demo.hasFonts())
        QSKIP("No CJK font is installed; install fonts-wqy-microhei to run this test");
    const cv::Mat a = demo.renderSample(5, 0);
    const cv::Mat b = demo.renderSample(5, 1);
    QVERIFY(a.size() != b.size() || cv::norm(a, b, cv::NORM_INF) > 0.0);
}

void TestDemoHanzi::differentSeedDiffers()
{
    const DemoHanzi first(smallOptions(3));
    if (!first.hasFonts())
        QSKIP("No CJK font is installed; install fonts-wqy-microhei to run this test");
    const DemoHanzi second(smallOptions(4));
    const cv::Mat a = first.renderSample(5, 0);
    const cv::Mat b = second.renderSample(5, 0);
    QVERIFY(a.size() != b.size() || cv::norm(a, b, cv::NORM_INF) > 0.0);
}

void TestDemoHanzi::gntHasEveryRecordInOrder()
{
    const DemoHanzi demo(smallOptions());
    if (!demo.hasFonts())
        QSKIP("No CJK font is installed; install fonts-wqy-microhei to run this test");
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    demo.writeGnt(&buffer);
    const std::vector<ParsedRecord> records = parseGnt(buffer.data());
    QCOMPARE(qint64(records.size()), demo.sampleCount());
    for (std::size_t i = 0; i < records.size(); ++i) {
        const QString &character = demo.classNames().at(qsizetype(i / 2));
        QCOMPARE(records[i].code, gb2312::encode(character));
        QVERIFY(records[i].width > 0 && records[i].height > 0);
    }
    const cv::Mat first = demo.renderSample(0, 0);
    QCOMPARE(records[0].width, first.cols);
    QCOMPARE(records[0].height, first.rows);
}

void TestDemoHanzi::gntIndependentOfThreadCount()
{
    DemoHanziOptions single = smallOptions();
    single.threads = 1;
    const DemoHanzi one(single);
    if (!one.hasFonts())
        QSKIP("No CJK font is installed; install fonts-wqy-microhei to run this test");
    DemoHanziOptions several = smallOptions();
    several.threads = 3;
    const DemoHanzi three(several);
    QBuffer bufferOne;
    QBuffer bufferThree;
    QVERIFY(bufferOne.open(QIODevice::WriteOnly));
    QVERIFY(bufferThree.open(QIODevice::WriteOnly));
    one.writeGnt(&bufferOne);
    three.writeGnt(&bufferThree);
    QCOMPARE(bufferOne.size(), bufferThree.size());
    QVERIFY(bufferOne.data() == bufferThree.data());
}

void TestDemoHanzi::cacheWrittenThenReused()
{
    const DemoHanzi demo(smallOptions());
    if (!demo.hasFonts())
        QSKIP("No CJK font is installed; install fonts-wqy-microhei to run this test");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = demo.ensureCached(folder.path());
    QCOMPARE(QFileInfo(path).fileName(), demo.cacheFileName());
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);

    // Mark the file; a reuse must return it untouched instead of regenerating.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("x");
    file.close();
    const qint64 markedSize = QFileInfo(path).size();
    const QString again = demo.ensureCached(folder.path());
    QCOMPARE(again, path);
    QCOMPARE(QFileInfo(again).size(), markedSize);
}

void TestDemoHanzi::cacheNameKeysSettings()
{
    DemoHanziOptions options = smallOptions();
    const QString base = DemoHanzi(options).cacheFileName();
    options.seed = 99;
    QVERIFY(DemoHanzi(options).cacheFileName() != base);
    options = smallOptions();
    options.samplesPerClass = 3;
    QVERIFY(DemoHanzi(options).cacheFileName() != base);
    options = smallOptions();
    options.preset = DemoHanziPreset::Level1;
    QVERIFY(DemoHanzi(options).cacheFileName() != base);
    QVERIFY(base.endsWith(QStringLiteral(".gnt")));
    QVERIFY(base.contains(QStringLiteral("-g%1-").arg(DemoHanzi::kGeneratorVersion)));
}

void TestDemoHanzi::cacheReadByGntReader()
{
    const DemoHanzi demo(smallOptions());
    if (!demo.hasFonts())
        QSKIP("No CJK font is installed; install fonts-wqy-microhei to run this test");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const GntIndex index = GntIndex::open(demo.ensureCached(folder.path()),
                                          {GntClassSet::AllFound, true});
    QVERIFY(index.problems().isEmpty());
    QCOMPARE(qint64(index.records().size()), demo.sampleCount());
    QCOMPARE(index.distinctCodes(), demo.classNames().size());
    const cv::Mat bitmap = index.readBitmap(3);
    const cv::Mat expected = demo.renderSample(1, 1);
    QCOMPARE(bitmap.size(), expected.size());
    QCOMPARE(cv::norm(bitmap, expected, cv::NORM_INF), 0.0);
}

QTEST_GUILESS_MAIN(TestDemoHanzi)
#include "tst_demohanzi.moc"
