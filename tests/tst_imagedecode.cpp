#include "data/dataerror.h"
#include "data/imagedecode.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#ifdef CNNWB_HAVE_LIBJPEG
#include <cstdio>
#include <jpeglib.h>
#endif

using namespace cnnwb::data;

namespace {

QByteArray encode(const cv::Mat &image, const char *extension,
                  const std::vector<int> &parameters = {})
{
    std::vector<uchar> buffer;
    if (!cv::imencode(extension, image, buffer, parameters))
        qFatal("cv::imencode(%s) failed", extension);
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

/// Builds an APP1 segment holding an EXIF block with one Orientation entry.
QByteArray exifSegment(int orientation, bool bigEndian)
{
    QByteArray tiff;
    auto put16 = [&](quint16 value) {
        if (bigEndian)
            tiff.append(char(value >> 8)).append(char(value & 0xFF));
        else
            tiff.append(char(value & 0xFF)).append(char(value >> 8));
    };
    auto put32 = [&](quint32 value) {
        if (bigEndian) {
            put16(quint16(value >> 16));
            put16(quint16(value));
        } else {
            put16(quint16(value));
            put16(quint16(value >> 16));
        }
    };
    tiff += bigEndian ? "MM" : "II";
    put16(42);
    put32(8); // IFD0 follows the 8-byte header
    put16(1); // one entry
    put16(0x0112);
    put16(3); // SHORT
    put32(1);
    put16(quint16(orientation));
    put16(0);
    put32(0); // no next IFD

    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char(length >> 8)).append(char(length & 0xFF));
    return segment + payload;
}

/// Inserts SEGMENT after the SOI marker and the JFIF APP0 segment, where EXIF belongs.
QByteArray withSegment(const QByteArray &jpeg, const QByteArray &segment)
{
    qsizetype at = 2;
    if (quint8(jpeg[2]) == 0xFF && quint8(jpeg[3]) == 0xE0)
        at = 4 + (quint8(jpeg[4]) << 8 | quint8(jpeg[5]));
    QByteArray result = jpeg;
    result.insert(at, segment);
    return result;
}

/// Upright 48×32 test picture: black with a white 16×16 block in the top-left corner.
cv::Mat uprightPicture()
{
    cv::Mat picture = cv::Mat::zeros(32, 48, CV_8UC1);
    picture(cv::Rect(0, 0, 16, 16)).setTo(255);
    return picture;
}

/// Returns the stored image that a viewer turns into UPRIGHT by following EXIF ORIENTATION.
cv::Mat storedFor(const cv::Mat &upright, int orientation)
{
    cv::Mat stored;
    switch (orientation) {
    case 2:
        cv::flip(upright, stored, 1);
        break;
    case 3:
        cv::rotate(upright, stored, cv::ROTATE_180);
        break;
    case 4:
        cv::flip(upright, stored, 0);
        break;
    case 5:
        cv::transpose(upright, stored);
        break;
    case 6: // the viewer turns it 90° clockwise
        cv::rotate(upright, stored, cv::ROTATE_90_COUNTERCLOCKWISE);
        break;
    case 7:
        cv::transpose(upright, stored);
        cv::flip(stored, stored, -1);
        break;
    case 8: // the viewer turns it 90° counter-clockwise
        cv::rotate(upright, stored, cv::ROTATE_90_CLOCKWISE);
        break;
    default:
        stored = upright.clone();
        break;
    }
    return stored;
}

/// Returns the CRC-32 (ISO 3309, as PNG uses) of BYTES.
quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// Inserts an eXIf chunk carrying EXIF ORIENTATION right after the PNG's IHDR chunk.
QByteArray withPngExif(const QByteArray &png, int orientation)
{
    const QByteArray segment = exifSegment(orientation, false);
    const QByteArray tiff = segment.mid(4 + 6); // drop the APP1 marker, length and "Exif\0\0"
    QByteArray chunk;
    const quint32 length = quint32(tiff.size());
    chunk.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    const QByteArray body = QByteArray("eXIf") + tiff;
    chunk += body;
    const quint32 crc = crc32(body);
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    QByteArray result = png;
    result.insert(8 + 25, chunk); // signature (8) + IHDR chunk (25)
    return result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

#ifdef CNNWB_HAVE_LIBJPEG
/// Encodes a 4-channel CMYK image with libjpeg. libjpeg then writes an Adobe APP14 marker,
/// and readers take the samples as inverted (255 = no ink), as Photoshop stores them.
QByteArray encodeCmykJpeg(const cv::Mat &cmyk)
{
    jpeg_compress_struct compressor;
    jpeg_error_mgr errors;
    compressor.err = jpeg_std_error(&errors);
    jpeg_create_compress(&compressor);
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&compressor, &buffer, &size);
    compressor.image_width = JDIMENSION(cmyk.cols);
    compressor.image_height = JDIMENSION(cmyk.rows);
    compressor.input_components = 4;
    compressor.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&compressor);
    jpeg_set_quality(&compressor, 95, TRUE);
    jpeg_start_compress(&compressor, TRUE);
    while (compressor.next_scanline < compressor.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(cmyk.ptr(int(compressor.next_scanline)));
        jpeg_write_scanlines(&compressor, &row, 1);
    }
    jpeg_finish_compress(&compressor);
    jpeg_destroy_compress(&compressor);
    QByteArray bytes(reinterpret_cast<const char *>(buffer), qsizetype(size));
    std::free(buffer);
    return bytes;
}
#endif

} // namespace

class TestImageDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectFormatByMagic_data();
    void detectFormatByMagic();
    void zeroByteFileRejected();
    void unknownBytesRejected();
    void truncatedJpegRejected_data();
    void truncatedJpegRejected();
    void trailingBytesAfterEoiAccepted_data();
    void trailingBytesAfterEoiAccepted();
    void pngNamedJpegDecodes();
    void greyJpegStaysGrey();
    void colourJpegIsRgb();
    void sixteenBitPngScaled();
    void cmykJpegDecodes();
    void exifOrientation_data();
    void exifOrientation();
    void exifOrientationWithReducedDecode();
    void pngExifOrientation();
    void opencvIgnoresExifWithFlag();
    void reductionFactor_data();
    void reductionFactor();
    void largeJpegDecodedReduced();
    void chinesePathDecodes();
    void missingFileNamesPath();
    void letterboxKeepsAspect_data();
    void letterboxKeepsAspect();
    void preprocessingStepsListed();
};

void TestImageDecode::detectFormatByMagic_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0rest", 8) << int(ImageFormat::Jpeg);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\nrest", 12) << int(ImageFormat::Png);
    QTest::newRow("bmp") << QByteArray("BM").append(30, '\0') << int(ImageFormat::Bmp);
    QTest::newRow("text") << QByteArray("hello world") << int(ImageFormat::Unknown);
    QTest::newRow("empty") << QByteArray() << int(ImageFormat::Unknown);
}

void TestImageDecode::detectFormatByMagic()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QCOMPARE(int(detectImageFormat(bytes)), format);
}

void TestImageDecode::zeroByteFileRejected()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("empty.jpeg"));
    QVERIFY(writeFile(path, QByteArray()));
    try {
        decodeImageFile(path);
        QFAIL("a zero-byte file decoded");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), path);
        QVERIFY2(error.reason().contains(QLatin1String("empty")), qPrintable(error.message()));
        QVERIFY(!error.hint().isEmpty());
    }
}

void TestImageDecode::unknownBytesRejected()
{
    try {
        decodeImage(QByteArray("GIF89a, not supported"), QStringLiteral("x.jpeg"));
        QFAIL("unknown bytes decoded");
    } catch (const DataError &error) {
        QVERIFY2(error.reason().contains(QLatin1String("47 49 46")), qPrintable(error.message()));
    }
}

void TestImageDecode::truncatedJpegRejected_data()
{
    QTest::addColumn<double>("keep");
    QTest::addColumn<bool>("progressive");
    QTest::newRow("baseline half") << 0.5 << false;
    QTest::newRow("baseline last bytes") << 0.98 << false;
    QTest::newRow("progressive half") << 0.5 << true;
    QTest::newRow("headers only") << 0.03 << false;
}

void TestImageDecode::truncatedJpegRejected()
{
    QFETCH(double, keep);
    QFETCH(bool, progressive);
    cv::Mat picture(300, 400, CV_8UC1);
    cv::randu(picture, 0, 255);
    const QByteArray whole = encode(picture, ".jpg", {cv::IMWRITE_JPEG_PROGRESSIVE, progressive ? 1 : 0});
    const QByteArray cut = whole.left(qsizetype(whole.size() * keep));
    QVERIFY_THROWS_EXCEPTION(DataError, decodeImage(cut, QStringLiteral("cut.jpeg")));
    QVERIFY(!decodeImage(whole, QStringLiteral("whole.jpeg")).image.empty());
}

void TestImageDecode::trailingBytesAfterEoiAccepted_data()
{
    QTest::addColumn<QByteArray>("trailer");
    QTest::newRow("zero padding") << QByteArray(64, '\0');
    QTest::newRow("0xFF padding") << QByteArray(7, '\xFF');
    QTest::newRow("newline") << QByteArray("\r\n");
    QTest::newRow("appended data") << QByteArray("vendor trailer 1234");
}

void TestImageDecode::trailingBytesAfterEoiAccepted()
{
    QFETCH(QByteArray, trailer);
    const QByteArray jpeg = encode(uprightPicture(), ".jpg") + trailer;
    const DecodedImage decoded = decodeImage(jpeg, QStringLiteral("padded.jpeg"));
    QCOMPARE(decoded.image.cols, 48);
    QCOMPARE(decoded.image.rows, 32);
}

void TestImageDecode::pngNamedJpegDecodes()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("really-a-png.jpeg"));
    QVERIFY(writeFile(path, encode(uprightPicture(), ".png")));
    const DecodedImage decoded = decodeImageFile(path);
    QCOMPARE(int(decoded.header.format), int(ImageFormat::Png));
    QCOMPARE(decoded.image.type(), CV_8UC1);
    QCOMPARE(int(decoded.image.at<uchar>(0, 0)), 255);
    QCOMPARE(int(decoded.image.at<uchar>(31, 47)), 0);
}

void TestImageDecode::greyJpegStaysGrey()
{
    const DecodedImage decoded = decodeImage(encode(uprightPicture(), ".jpg"), QStringLiteral("g.jpeg"));
    QCOMPARE(decoded.header.components, 1);
    QCOMPARE(decoded.image.type(), CV_8UC1);
}

void TestImageDecode::colourJpegIsRgb()
{
    const cv::Mat red(32, 32, CV_8UC3, cv::Scalar(0, 0, 255)); // OpenCV order: B, G, R
    const DecodedImage decoded = decodeImage(encode(red, ".jpg"), QStringLiteral("red.jpeg"));
    QCOMPARE(decoded.header.components, 3);
    QCOMPARE(decoded.image.type(), CV_8UC3);
    const cv::Vec3b pixel = decoded.image.at<cv::Vec3b>(16, 16);
    QVERIFY2(pixel[0] > 200 && pixel[2] < 60, "channel 0 must be red after decoding");
}

void TestImageDecode::sixteenBitPngScaled()
{
    cv::Mat deep(8, 8, CV_16UC1, cv::Scalar(65535));
    deep(cv::Rect(0, 0, 4, 8)).setTo(257 * 100);
    const DecodedImage decoded = decodeImage(encode(deep, ".png"), QStringLiteral("deep.png"));
    QCOMPARE(decoded.header.bitDepth, 16);
    QCOMPARE(decoded.image.type(), CV_8UC1);
    QCOMPARE(int(decoded.image.at<uchar>(0, 0)), 100);
    QCOMPARE(int(decoded.image.at<uchar>(0, 7)), 255);
}

void TestImageDecode::cmykJpegDecodes()
{
#ifdef CNNWB_HAVE_LIBJPEG
    // Inverted CMYK: the left half is bare paper (255), the right half full ink (0).
    cv::Mat cmyk(32, 64, CV_8UC4, cv::Scalar(255, 255, 255, 255));
    cmyk(cv::Rect(32, 0, 32, 32)).setTo(cv::Scalar(0, 0, 0, 0));
    const QByteArray jpeg = encodeCmykJpeg(cmyk);
    const DecodedImage decoded = decodeImage(jpeg, QStringLiteral("cmyk.jpeg"));
    QCOMPARE(decoded.header.components, 4);
    QCOMPARE(decoded.image.type(), CV_8UC3);
    QCOMPARE(decoded.image.cols, 64);
    const cv::Scalar paper = cv::mean(decoded.image(cv::Rect(4, 4, 24, 24)));
    const cv::Scalar ink = cv::mean(decoded.image(cv::Rect(36, 4, 24, 24)));
    QVERIFY2(paper[0] > 200 && paper[1] > 200 && paper[2] > 200, "paper must decode white");
    QVERIFY2(ink[0] < 55 && ink[1] < 55 && ink[2] < 55, "full ink must decode black");
    const cv::Mat input = preprocessXray(decoded.image, 64);
    QCOMPARE(input.type(), CV_8UC3);
#else
    QSKIP("libjpeg development files were not found at configure time, so no CMYK JPEG can be "
          "made");
#endif
}

void TestImageDecode::exifOrientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("bigEndian");
    for (int orientation = 1; orientation <= 8; ++orientation) {
        QTest::addRow("orientation %d, II", orientation) << orientation << false;
        QTest::addRow("orientation %d, MM", orientation) << orientation << true;
    }
}

void TestImageDecode::exifOrientation()
{
    QFETCH(int, orientation);
    QFETCH(bool, bigEndian);
    const cv::Mat stored = storedFor(uprightPicture(), orientation);
    const QByteArray jpeg = withSegment(encode(stored, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 95}),
                                        exifSegment(orientation, bigEndian));
    QCOMPARE(readImageHeader(jpeg, QStringLiteral("x.jpeg")).orientation, orientation);

    const DecodedImage decoded = decodeImage(jpeg, QStringLiteral("x.jpeg"));
    QCOMPARE(decoded.image.cols, 48);
    QCOMPARE(decoded.image.rows, 32);
    QVERIFY2(decoded.image.at<uchar>(8, 8) > 200, "the white block must end up top left");
    QVERIFY2(decoded.image.at<uchar>(24, 40) < 50, "the bottom right must stay black");
}

void TestImageDecode::exifOrientationWithReducedDecode()
{
    // Stored 2000×1000 (landscape), shown 1000×2000 (portrait) after orientation 6.
    cv::Mat upright = cv::Mat::zeros(2000, 1000, CV_8UC1);
    upright(cv::Rect(0, 0, 400, 400)).setTo(255);
    const QByteArray jpeg = withSegment(encode(storedFor(upright, 6), ".jpg"), exifSegment(6, false));
    const DecodedImage decoded = decodeImage(jpeg, QStringLiteral("big.jpeg"), 224);
    QCOMPARE(decoded.reduction, 8);
    QCOMPARE(decoded.image.cols, 125);
    QCOMPARE(decoded.image.rows, 250);
    QVERIFY(decoded.image.at<uchar>(10, 10) > 200);
    QVERIFY(decoded.image.at<uchar>(240, 115) < 50);
}

void TestImageDecode::pngExifOrientation()
{
    const QByteArray png = withPngExif(encode(storedFor(uprightPicture(), 8), ".png"), 8);
    QCOMPARE(readImageHeader(png, QStringLiteral("x.png")).orientation, 8);
    const DecodedImage decoded = decodeImage(png, QStringLiteral("x.png"));
    QCOMPARE(decoded.image.cols, 48);
    QCOMPARE(decoded.image.rows, 32);
    QCOMPARE(int(decoded.image.at<uchar>(8, 8)), 255);
    QCOMPARE(int(decoded.image.at<uchar>(24, 40)), 0);
}

void TestImageDecode::opencvIgnoresExifWithFlag()
{
    // decodeImage() relies on IMREAD_IGNORE_ORIENTATION leaving the stored layout alone, for
    // full and reduced decoding, so that orientation is applied exactly once.
    const cv::Mat stored = storedFor(uprightPicture(), 6); // 32 wide, 48 high
    const QByteArray jpeg = withSegment(encode(stored, ".jpg"), exifSegment(6, false));
    const cv::Mat buffer(1, int(jpeg.size()), CV_8UC1, const_cast<char *>(jpeg.constData()));
    for (const int flags : {cv::IMREAD_GRAYSCALE, cv::IMREAD_REDUCED_GRAYSCALE_2, cv::IMREAD_COLOR}) {
        const cv::Mat ignored = cv::imdecode(buffer, flags | cv::IMREAD_IGNORE_ORIENTATION);
        QVERIFY(!ignored.empty());
        QCOMPARE(ignored.rows > ignored.cols, true);
        const cv::Mat applied = cv::imdecode(buffer, flags);
        qInfo("OpenCV %s, imdecode flags %d without IMREAD_IGNORE_ORIENTATION: %dx%d (%s)",
              CV_VERSION, flags, applied.cols, applied.rows,
              applied.cols > applied.rows ? "EXIF applied" : "EXIF not applied");
    }
}

void TestImageDecode::reductionFactor_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("factor");
    QTest::newRow("small") << 300 << 200 << 224 << 1;
    QTest::newRow("exactly 2x") << 448 << 100 << 224 << 2;
    QTest::newRow("just below 2x") << 447 << 447 << 224 << 1;
    QTest::newRow("4x by height") << 500 << 900 << 224 << 4;
    QTest::newRow("8x") << 2752 << 2713 << 224 << 8;
    QTest::newRow("no target") << 4000 << 4000 << 0 << 1;
}

void TestImageDecode::reductionFactor()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, target);
    QFETCH(int, factor);
    QCOMPARE(jpegReductionFor(width, height, target), factor);
}

void TestImageDecode::largeJpegDecodedReduced()
{
    cv::Mat picture(1000, 1200, CV_8UC1, cv::Scalar(128));
    const QByteArray jpeg = encode(picture, ".jpg");
    const DecodedImage decoded = decodeImage(jpeg, QStringLiteral("large.jpeg"), 224);
    QCOMPARE(decoded.header.width, 1200);
    QCOMPARE(decoded.header.height, 1000);
    QCOMPARE(decoded.reduction, 4);
    QCOMPARE(decoded.image.cols, 300);
    QCOMPARE(decoded.image.rows, 250);
}

void TestImageDecode::chinesePathDecodes()
{
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("胸部 X 光/肺炎")));
    const QString path = folder.filePath(QStringLiteral("胸部 X 光/肺炎/病人一.jpeg"));
    QVERIFY(writeFile(path, encode(uprightPicture(), ".jpg")));
    const cv::Mat input = loadXrayImage(path, 64);
    QCOMPARE(input.rows, 64);
    QCOMPARE(input.cols, 64);
    QCOMPARE(input.type(), CV_8UC3);
}

void TestImageDecode::missingFileNamesPath()
{
    const QString path = QStringLiteral("/nonexistent/图像.jpeg");
    try {
        decodeImageFile(path);
        QFAIL("a missing file decoded");
    } catch (const DataError &error) {
        QCOMPARE(error.file(), path);
    }
}

void TestImageDecode::letterboxKeepsAspect_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("contentWidth");
    QTest::addColumn<int>("contentHeight");
    QTest::newRow("wide grey") << 800 << 400 << 1 << 224 << 112;
    QTest::newRow("tall grey") << 300 << 600 << 1 << 112 << 224;
    QTest::newRow("square rgb") << 100 << 100 << 3 << 224 << 224;
    QTest::newRow("small upscaled") << 56 << 28 << 1 << 224 << 112;
}

void TestImageDecode::letterboxKeepsAspect()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, channels);
    QFETCH(int, contentWidth);
    QFETCH(int, contentHeight);
    const cv::Mat image(height, width, CV_8UC(channels), cv::Scalar::all(200));
    const cv::Mat input = preprocessXray(image, 224);
    QCOMPARE(input.type(), CV_8UC3);
    QCOMPARE(input.rows, 224);
    QCOMPARE(input.cols, 224);

    cv::Mat grey;
    cv::cvtColor(input, grey, cv::COLOR_RGB2GRAY);
    const cv::Rect content = cv::boundingRect(grey > 0);
    QCOMPARE(content.width, contentWidth);
    QCOMPARE(content.height, contentHeight);
    QCOMPARE(content.x, (224 - contentWidth) / 2);
    QCOMPARE(content.y, (224 - contentHeight) / 2);
}

void TestImageDecode::preprocessingStepsListed()
{
    const QStringList steps = xrayPreprocessingSteps(224);
    QVERIFY(steps.size() >= 5);
    QVERIFY(steps.join(QLatin1Char(' ')).contains(QLatin1String("224")));
    QVERIFY(steps.join(QLatin1Char(' ')).contains(QLatin1String("EXIF")));
}

QTEST_GUILESS_MAIN(TestImageDecode)
#include "tst_imagedecode.moc"
