#include "data/dataerror.h"
#include "data/tiffstack.h"

#include <opencv2/core.hpp>
#include <tiffio.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb::data;

namespace {

/// Returns PAGE of a test stack: a 45×37 gradient of TYPE, different per page, so edge tiles
/// and page order both show in comparisons.
cv::Mat testPage(int type, int page)
{
    cv::Mat pixels(37, 45, type);
    for (int y = 0; y < pixels.rows; ++y) {
        for (int x = 0; x < pixels.cols; ++x) {
            const int value = (x * 5 + y * 3 + page * 11) % 256;
            if (type == CV_8UC1)
                pixels.at<uchar>(y, x) = uchar(value);
            else if (type == CV_16UC1)
                pixels.at<ushort>(y, x) = ushort(value * 250 + page);
            else
                pixels.at<float>(y, x) = float(value) / 255.0f - 0.25f;
        }
    }
    return pixels;
}

bool samePixels(const cv::Mat &a, const cv::Mat &b)
{
    return a.type() == b.type() && a.size() == b.size() && cv::norm(a, b, cv::NORM_INF) == 0;
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QStringList{QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
}

/// Writes one 8-bit page with libtiff directly, for layouts the stack writer never produces.
void writeRawPage(const QString &path, int samples, uint16_t photometric, uint32_t rowsPerStrip,
                  const std::vector<uchar> &pixels, int width, int height)
{
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "w");
    QVERIFY(tiff);
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, uint32_t(height));
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, uint16_t(samples));
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, photometric);
    TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
    TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, rowsPerStrip);
    const std::size_t rowBytes = std::size_t(width) * samples;
    for (int row = 0; row < height; ++row)
        QVERIFY(TIFFWriteScanline(tiff, const_cast<uchar *>(pixels.data() + row * rowBytes),
                                  uint32_t(row), 0)
                >= 0);
    QVERIFY(TIFFWriteDirectory(tiff));
    TIFFClose(tiff);
}

} // namespace

class TestTiffStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rgbPageConvertedToGrey();
    void minIsWhiteInverted();
    void pageOutOfRangeNamed();
    void truncatedFileNamesFile();
    void corruptStripNamesPage();
    void libtiffMessagesGoToLog();
    void notATiffRejected();
    void writeReplacesAtomically();
    void failedWriteKeepsOldFile();
    void chinesePathRoundTrip();
};

void TestTiffStack::roundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("compression");
    QTest::addColumn<int>("tileSide");
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<int>("compressionTag");
    const QList<QPair<int, const char *>> types{
        {CV_8UC1, "8-bit"}, {CV_16UC1, "16-bit"}, {CV_32FC1, "float"}};
    const QList<std::tuple<TiffCompression, const char *, int>> compressions{
        {TiffCompression::None, "none", COMPRESSION_NONE},
        {TiffCompression::Lzw, "LZW", COMPRESSION_LZW},
        {TiffCompression::Deflate, "Deflate", COMPRESSION_ADOBE_DEFLATE},
        {TiffCompression::PackBits, "PackBits", COMPRESSION_PACKBITS}};
    for (const auto &[type, typeName] : types) {
        for (const auto &[compression, compressionName, tag] : compressions) {
            for (const int tileSide : {0, 16}) {
                for (const bool bigEndian : {false, true}) {
                    QTest::addRow("%s %s %s %s", typeName, compressionName,
                                  tileSide ? "tiles" : "strips", bigEndian ? "MM" : "II")
                        << type << int(compression) << tileSide << bigEndian << tag;
                }
            }
        }
    }
}

void TestTiffStack::roundTrip()
{
    QFETCH(int, type);
    QFETCH(int, compression);
    QFETCH(int, tileSide);
    QFETCH(bool, bigEndian);
    QFETCH(int, compressionTag);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("stack.tif"));
    const std::vector<cv::Mat> pages{testPage(type, 0), testPage(type, 1), testPage(type, 2)};
    writeTiffStack(path, pages, {TiffCompression(compression), tileSide, bigEndian});

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), bigEndian ? QByteArray("MM") : QByteArray("II"));

    const TiffStack stack(path);
    QCOMPARE(stack.pageCount(), 3);
    QCOMPARE(stack.pageSize(2), QSize(45, 37));
    const TiffPageInfo info = stack.pageInfo(1);
    QCOMPARE(info.tiled, tileSide > 0);
    QCOMPARE(info.compression, compressionTag);
    QCOMPARE(info.bitsPerSample, int(CV_ELEM_SIZE(type) * 8));
    QCOMPARE(info.floatingPoint, type == CV_32FC1);
    for (int page = 0; page < 3; ++page)
        QVERIFY2(samePixels(stack.readPage(page), pages[std::size_t(page)]),
                 qPrintable(QStringLiteral("page %1 differs").arg(page + 1)));
    QVERIFY(leftovers(folder.path()).isEmpty());
}

void TestTiffStack::rgbPageConvertedToGrey()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("rgb.tif"));
    std::vector<uchar> pixels(8 * 5 * 3);
    for (std::size_t i = 0; i < pixels.size(); i += 3) {
        pixels[i] = 200; // equal channels give the same grey value
        pixels[i + 1] = 200;
        pixels[i + 2] = 200;
    }
    writeRawPage(path, 3, PHOTOMETRIC_RGB, 2, pixels, 8, 5);
    const cv::Mat page = TiffStack(path).readPage(0);
    QCOMPARE(page.type(), CV_8UC1);
    QCOMPARE(page.rows, 5);
    QCOMPARE(int(page.at<uchar>(4, 7)), 200);
}

void TestTiffStack::minIsWhiteInverted()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("white.tif"));
    std::vector<uchar> pixels(6 * 7, 10);
    writeRawPage(path, 1, PHOTOMETRIC_MINISWHITE, 3, pixels, 6, 7);
    const cv::Mat page = TiffStack(path).readPage(0);
    QCOMPARE(int(page.at<uchar>(6, 5)), 245);
}

void TestTiffStack::pageOutOfRangeNamed()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("stack.tif"));
    writeTiffStack(path, {testPage(CV_8UC1, 0), testPage(CV_8UC1, 1)});
    const TiffStack stack(path);
    try {
        stack.readPage(2);
        QFAIL("page 3 of 2 was read");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), path);
        QCOMPARE(error.position(), QStringLiteral("page 3"));
        QVERIFY(error.reason().contains(QLatin1String("2 pages")));
    }
}

void TestTiffStack::truncatedFileNamesFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("cut.tif"));
    cv::Mat big(200, 200, CV_8UC1);
    cv::randu(big, 0, 255);
    writeTiffStack(path, {big, big});
    // libtiff writes each page's pixels before its directory, so a cut at a quarter loses the
    // first directory that the header points to.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 4));
    file.close();

    try {
        const TiffStack stack(path);
        for (int page = 0; page < stack.pageCount(); ++page)
            stack.readPage(page);
        QFAIL("a truncated stack was read without error");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), path);
        QVERIFY2(!error.reason().isEmpty(), qPrintable(error.message()));
    }
}

void TestTiffStack::corruptStripNamesPage()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("corrupt.tif"));
    cv::Mat big(64, 64, CV_8UC1);
    cv::randu(big, 0, 255);
    writeTiffStack(path, {big}, {TiffCompression::Deflate, 0, false});
    // The Deflate stream starts right after the 8-byte header; scrambling it breaks decoding.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(8));
    file.write(QByteArray(64, '\xFF'));
    file.close();

    const TiffStack stack(path);
    try {
        stack.readPage(0);
        QFAIL("a corrupt Deflate strip was read without error");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), path);
        QCOMPARE(error.position(), QStringLiteral("page 1"));
        QVERIFY2(error.reason().contains(QLatin1String("strip")), qPrintable(error.message()));
    }
}

namespace {
QStringList *g_tiffLog = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureTiffLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_tiffLog && context.category && QByteArray(context.category) == "cnnwb.data.tiff")
        g_tiffLog->append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

void TestTiffStack::libtiffMessagesGoToLog()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("garbage.tif"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("II*\0\xFF\xFF\xFF\x7F", 8)); // first IFD offset points past the end
    file.close();

    QStringList log;
    QLoggingCategory::setFilterRules(QStringLiteral("cnnwb.data.tiff.debug=true"));
    g_tiffLog = &log;
    g_previousHandler = qInstallMessageHandler(captureTiffLog);
    try {
        const TiffStack stack(path);
        stack.readPage(0);
    } catch (const DataError &error) {
        QCOMPARE(error.file(), path);
    }
    qInstallMessageHandler(g_previousHandler);
    g_tiffLog = nullptr;
    QVERIFY2(!log.isEmpty(), "libtiff's error should reach the cnnwb.data.tiff category");
}

void TestTiffStack::notATiffRejected()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("text.tif"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a TIFF file");
    file.close();
    try {
        TiffStack stack(path);
        QFAIL("a text file opened as TIFF");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), path);
        QVERIFY(!error.hint().isEmpty());
    }
    QVERIFY_THROWS_EXCEPTION(DataError, TiffStack(folder.filePath(QStringLiteral("missing.tif"))));
}

void TestTiffStack::writeReplacesAtomically()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("stack.tif"));
    writeTiffStack(path, {testPage(CV_8UC1, 0)});
    writeTiffStack(path, {testPage(CV_32FC1, 4), testPage(CV_32FC1, 5)});
    const TiffStack stack(path);
    QCOMPARE(stack.pageCount(), 2);
    QVERIFY(samePixels(stack.readPage(1), testPage(CV_32FC1, 5)));
    QVERIFY(leftovers(folder.path()).isEmpty());
}

void TestTiffStack::failedWriteKeepsOldFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("stack.tif"));
    writeTiffStack(path, {testPage(CV_8UC1, 0)});
    const cv::Mat colour(10, 10, CV_8UC3, cv::Scalar::all(1));
    try {
        writeTiffStack(path, {testPage(CV_8UC1, 1), colour});
        QFAIL("a colour page was written");
    } catch (const DataError &error) {
        QCOMPARE(error.position(), QStringLiteral("page 2"));
    }
    QVERIFY(samePixels(TiffStack(path).readPage(0), testPage(CV_8UC1, 0)));
    QVERIFY(leftovers(folder.path()).isEmpty());
}

void TestTiffStack::chinesePathRoundTrip()
{
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("电镜 数据")));
    const QString path = folder.filePath(QStringLiteral("电镜 数据/训练体积.tif"));
    writeTiffStack(path, {testPage(CV_16UC1, 0)});
    QVERIFY(samePixels(TiffStack(path).readPage(0), testPage(CV_16UC1, 0)));
}

QTEST_GUILESS_MAIN(TestTiffStack)
#include "tst_tiffstack.moc"
