// The X-ray input pipeline gives one network input for the same picture stored in different
// ways: 8-bit grey PNG (the reference), 3-channel PNG, 16-bit PNG, a PNG turned by its EXIF
// orientation, and DICOM (rescaled and windowed, MONOCHROME2 and MONOCHROME1).

#include "data/dataerror.h"
#include "data/dicom.h"
#include "data/imagedecode.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#ifdef CNNWB_HAVE_GDCM
#include <gdcmAttribute.h>
#include <gdcmImageWriter.h>
#include <gdcmMediaStorage.h>
#endif

#include <zlib.h>

#include <QtTest/QtTest>

#include <sstream>

using namespace cnnwb::data;

namespace {

/// A 311×257 8-bit grey picture with smooth gradients, noise and a bright disc. Its values
/// reach 0 and 255, and it is not square, so letterboxing and turning matter.
cv::Mat referencePicture()
{
    cv::Mat picture(257, 311, CV_8UC1);
    for (int y = 0; y < picture.rows; ++y)
        for (int x = 0; x < picture.cols; ++x)
            picture.at<uchar>(y, x) = uchar((x * 255 / (picture.cols - 1) + y * 3) % 256);
    cv::Mat noise(picture.size(), CV_8UC1);
    cv::theRNG().state = 7;
    cv::randu(noise, 0, 40);
    picture += noise;
    cv::circle(picture, cv::Point(120, 140), 50, cv::Scalar(255), cv::FILLED);
    picture.at<uchar>(0, 0) = 0;
    return picture;
}

QByteArray encodePng(const cv::Mat &image)
{
    std::vector<uchar> bytes;
    if (!cv::imencode(".png", image, bytes))
        qFatal("PNG encoding failed");
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

/// Returns PNG with an eXIf chunk holding a big-endian TIFF block with ORIENTATION, placed
/// right after IHDR because the chunk must come before the image data.
QByteArray withOrientation(const QByteArray &png, int orientation)
{
    QByteArray tiff("MM\0\x2A\0\0\0\x08", 8);        // header, IFD at offset 8
    tiff += QByteArray("\0\x01", 2);                  // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8); // Orientation, SHORT, count 1
    tiff += char(0);
    tiff += char(orientation);
    tiff += QByteArray(2, '\0');
    tiff += QByteArray(4, '\0');                      // no next IFD
    const QByteArray body = QByteArray("eXIf") + tiff;
    QByteArray chunk;
    const auto length = quint32(tiff.size());
    chunk.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    chunk += body;
    const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size())));
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    QByteArray result = png;
    result.insert(8 + 25, chunk); // after the signature (8 bytes) and the IHDR chunk (25 bytes)
    return result;
}

#ifdef CNNWB_HAVE_GDCM
/// Writes STORED (CV_16UC1) as a Computed Radiography DICOM file with PHOTOMETRIC, a rescale
/// SLOPE and INTERCEPT and the window CENTRE/WIDTH ("\"-separated pairs allowed).
QByteArray encodeDicom(const cv::Mat &stored, gdcm::PhotometricInterpretation::PIType photometric,
                       double slope, double intercept, const char *centre, const char *width)
{
    gdcm::ImageWriter writer;
    gdcm::Image &image = writer.GetImage();
    image.SetNumberOfDimensions(2);
    image.SetDimension(0, unsigned(stored.cols));
    image.SetDimension(1, unsigned(stored.rows));
    image.SetPixelFormat(gdcm::PixelFormat(gdcm::PixelFormat::UINT16));
    image.SetPhotometricInterpretation(photometric);
    image.SetSlope(slope);
    image.SetIntercept(intercept);
    gdcm::DataElement pixels(gdcm::Tag(0x7fe0, 0x0010));
    pixels.SetByteValue(reinterpret_cast<const char *>(stored.data), uint32_t(stored.total() * stored.elemSize()));
    image.SetDataElement(pixels);

    gdcm::DataSet &dataSet = writer.GetFile().GetDataSet();
    gdcm::MediaStorage storage(gdcm::MediaStorage::ComputedRadiographyImageStorage);
    gdcm::DataElement sopClass(gdcm::Tag(0x0008, 0x0016));
    const char *uid = storage.GetString();
    sopClass.SetByteValue(uid, uint32_t(strlen(uid)));
    dataSet.Replace(sopClass);
    for (const auto &[element, text] : {std::pair{quint16(0x1050), centre}, std::pair{quint16(0x1051), width}}) {
        if (!text)
            continue;
        std::string value(text);
        if (value.size() % 2)
            value += ' '; // DICOM values have even length
        gdcm::DataElement window(gdcm::Tag(0x0028, element));
        window.SetVR(gdcm::VR::DS);
        window.SetByteValue(value.data(), uint32_t(value.size()));
        dataSet.Replace(window);
    }

    std::ostringstream stream;
    writer.SetStream(stream);
    if (!writer.Write())
        qFatal("GDCM could not write the DICOM test file");
    const std::string bytes = stream.str();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}
#endif

} // namespace

class TestXrayInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twinsGiveSameInput_data();
    void twinsGiveSameInput();
    void dicomDetectedByContent();
    void dicomWindowClipsValues();
    void dicomErrorsNameTheFile();

private:
    cv::Mat m_picture;
    cv::Mat m_reference; ///< network input of the 8-bit grey PNG
};

void TestXrayInput::initTestCase()
{
    m_picture = referencePicture();
    const DecodedImage decoded = decodeImage(encodePng(m_picture), QStringLiteral("reference.png"), kXraySide);
    QCOMPARE(decoded.image.type(), CV_8UC1);
    m_reference = preprocessXray(decoded.image);
    QCOMPARE(m_reference.size(), cv::Size(kXraySide, kXraySide));
}

void TestXrayInput::twinsGiveSameInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");

    cv::Mat bgr;
    cv::cvtColor(m_picture, bgr, cv::COLOR_GRAY2BGR);
    QTest::newRow("3-channel PNG") << encodePng(bgr) << int(ImageFormat::Png);

    cv::Mat wide;
    m_picture.convertTo(wide, CV_16U, 257.0); // 255 becomes 65535, the decoder divides by 257
    QTest::newRow("16-bit PNG") << encodePng(wide) << int(ImageFormat::Png);

    // Stored turned 90° counter-clockwise; orientation 6 turns it back clockwise.
    cv::Mat turned;
    cv::rotate(m_picture, turned, cv::ROTATE_90_COUNTERCLOCKWISE);
    QTest::newRow("EXIF orientation 6") << withOrientation(encodePng(turned), 6) << int(ImageFormat::Png);
    cv::Mat mirrored;
    cv::flip(m_picture, mirrored, 1);
    QTest::newRow("EXIF orientation 2") << withOrientation(encodePng(mirrored), 2) << int(ImageFormat::Png);

#ifdef CNNWB_HAVE_GDCM
    // Stored = 4 · value + 100, rescaled back with slope 0.25 and intercept -25; the window
    // centre 128, width 256 maps 0-255 onto itself.
    cv::Mat stored;
    m_picture.convertTo(stored, CV_16U, 4.0, 100.0);
    QTest::newRow("DICOM MONOCHROME2") << encodeDicom(stored, gdcm::PhotometricInterpretation::MONOCHROME2, 0.25, -25, "128",
                                                      "256")
                                       << int(ImageFormat::Dicom);
    // MONOCHROME1 stores dense tissue dark, so the stored picture is inverted; the second
    // window pair must be ignored.
    cv::Mat inverted;
    cv::Mat(255 - m_picture).convertTo(inverted, CV_16U);
    QTest::newRow("DICOM MONOCHROME1") << encodeDicom(inverted, gdcm::PhotometricInterpretation::MONOCHROME1, 1, 0,
                                                      "128\\40", "256\\80")
                                       << int(ImageFormat::Dicom);
#endif
}

void TestXrayInput::twinsGiveSameInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);

    const DecodedImage decoded = decodeImage(bytes, QString::fromLatin1(QTest::currentDataTag()), kXraySide);
    QCOMPARE(int(decoded.header.format), format);
    const cv::Mat input = preprocessXray(decoded.image);
    QCOMPARE(input.size(), m_reference.size());
    QCOMPARE(input.type(), m_reference.type());
    // The network input is this image divided by 255, so equal bytes mean equal tensors.
    QCOMPARE(cv::norm(input, m_reference, cv::NORM_INF), 0.0);
}

void TestXrayInput::dicomDetectedByContent()
{
    QByteArray bytes(132, '\0');
    bytes.replace(128, 4, "DICM");
    QCOMPARE(int(detectImageFormat(bytes)), int(ImageFormat::Dicom));
    QVERIFY(isDicom(bytes));
    QVERIFY(!isDicom(bytes.left(131)));
    QCOMPARE(imageFormatName(ImageFormat::Dicom), QStringLiteral("DICOM"));
}

void TestXrayInput::dicomWindowClipsValues()
{
#ifndef CNNWB_HAVE_GDCM
    QSKIP("This build has no DICOM support (GDCM not found)");
#else
    // Values 0, 100, 200, 300 through the window centre 150.5, width 101 (100 to 200):
    // y = ((x - 150) / 100 + 0.5) · 255, clamped, so 0 and 100 → 0, 200 and 300 → 255.
    cv::Mat stored = (cv::Mat_<quint16>(2, 2) << 0, 100, 200, 300);
    const QByteArray bytes = encodeDicom(stored, gdcm::PhotometricInterpretation::MONOCHROME2, 1, 0, "150.5", "101");
    const DecodedImage decoded = decodeImage(bytes, QStringLiteral("window.dcm"));
    QCOMPARE(decoded.image.type(), CV_8UC1);
    QCOMPARE(int(decoded.image.at<uchar>(0, 0)), 0);
    QCOMPARE(int(decoded.image.at<uchar>(0, 1)), 0);
    QCOMPARE(int(decoded.image.at<uchar>(1, 0)), 255);
    QCOMPARE(int(decoded.image.at<uchar>(1, 1)), 255);
    QCOMPARE(decoded.header.width, 2);
    QCOMPARE(decoded.header.bitDepth, 16);

    // Without a window, the frame's own range maps to 0-255.
    const DecodedImage ranged = decodeImage(encodeDicom(stored, gdcm::PhotometricInterpretation::MONOCHROME2, 1, 0, nullptr,
                                                        nullptr),
                                            QStringLiteral("range.dcm"));
    QCOMPARE(int(ranged.image.at<uchar>(0, 0)), 0);
    QCOMPARE(int(ranged.image.at<uchar>(0, 1)), 85);
    QCOMPARE(int(ranged.image.at<uchar>(1, 1)), 255);
#endif
}

void TestXrayInput::dicomErrorsNameTheFile()
{
    QByteArray damaged(200, '\x07');
    damaged.replace(128, 4, "DICM");
    try {
        decodeImage(damaged, QStringLiteral("broken.dcm"));
        QFAIL("a damaged DICOM file was decoded");
    } catch (const DataError &e) {
        QCOMPARE(e.file(), QStringLiteral("broken.dcm"));
        if (dicomSupported())
            QVERIFY2(e.reason().contains(QLatin1String("DICOM")), qPrintable(e.message()));
        else
            QCOMPARE(e.reason(), QStringLiteral("DICOM support was not built in"));
    }
}

QTEST_GUILESS_MAIN(TestXrayInput)
#include "tst_xrayinput.moc"
