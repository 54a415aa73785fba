#include "imagedecode.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>

#include "dataerror.h"
#include "dicom.h"

namespace cnnwb::data {
namespace {

Q_LOGGING_CATEGORY(lcImage, "cnnwb.data.image", QtWarningMsg)

QString byteOffset(qsizetype offset)
{
    return QCoreApplication::translate("cnnwb::data", "byte offset %1").arg(offset);
}

quint16 readBigEndian16(const QByteArray &bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) << 8 | quint8(bytes[at + 1]));
}

quint32 readBigEndian32(const QByteArray &bytes, qsizetype at)
{
    return quint32(readBigEndian16(bytes, at)) << 16 | readBigEndian16(bytes, at + 2);
}

bool isJpegFrameMarker(quint8 marker)
{
    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

/// JPEG header facts plus the offset of the first scan, which the completeness check needs.
struct JpegLayout
{
    ImageHeader header;
    qsizetype scanOffset = -1;
};

JpegLayout parseJpeg(const QByteArray &bytes, const QString &name)
{
    JpegLayout layout;
    layout.header.format = ImageFormat::Jpeg;
    bool haveFrame = false;
    qsizetype pos = 2;
    while (pos + 4 <= bytes.size()) {
        if (quint8(bytes[pos]) != 0xFF)
            throw DataError(name, byteOffset(pos),
                            QCoreApplication::translate("cnnwb::data", "invalid JPEG marker byte %1 where a marker (FF) must start")
                                .arg(QString::number(quint8(bytes[pos]), 16).toUpper()),
                            QCoreApplication::translate("cnnwb::data", "The file is damaged; replace it with an intact copy"));
        const quint8 marker = quint8(bytes[pos + 1]);
        if (marker == 0xFF) { // fill byte before a marker
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // markers without length
            pos += 2;
            continue;
        }
        if (marker == 0xD9)
            break;
        const quint16 length = readBigEndian16(bytes, pos + 2);
        if (length < 2 || pos + 2 + length > bytes.size())
            throw DataError(name, byteOffset(pos),
                            QCoreApplication::translate("cnnwb::data", "the JPEG data is truncated: segment FF %1 claims %2 bytes but the "
                               "file ends after %3")
                                .arg(QString::number(marker, 16).toUpper())
                                .arg(length)
                                .arg(bytes.size() - pos - 2),
                            QCoreApplication::translate("cnnwb::data", "The file was cut short while copying or downloading; replace it "
                               "with a complete copy or remove it from the dataset"));
        const qsizetype body = pos + 4;
        if (isJpegFrameMarker(marker) && length >= 8) {
            layout.header.bitDepth = quint8(bytes[body]);
            layout.header.height = readBigEndian16(bytes, body + 1);
            layout.header.width = readBigEndian16(bytes, body + 3);
            layout.header.components = quint8(bytes[body + 5]);
            layout.header.progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA
                                        || marker == 0xCE;
            haveFrame = true;
        } else if (marker == 0xE1 && length >= 8
                   && bytes.mid(body, 6) == QByteArray("Exif\0\0", 6)) {
            layout.header.orientation = parseExifOrientation(bytes.mid(body + 6, length - 8));
        } else if (marker == 0xDA) {
            layout.scanOffset = pos;
            break;
        }
        pos += 2 + length;
    }
    if (!haveFrame || layout.scanOffset < 0)
        throw DataError(name, byteOffset(pos),
                        haveFrame ? QCoreApplication::translate("cnnwb::data", "the JPEG data ends before the first scan")
                                  : QCoreApplication::translate("cnnwb::data", "the JPEG data ends before the frame header (SOF)"),
                        QCoreApplication::translate("cnnwb::data", "The file is cut short or damaged; copy or download it again"));
    if (layout.header.width == 0 || layout.header.height == 0)
        throw DataError(name, QString(),
                        QCoreApplication::translate("cnnwb::data", "the JPEG frame header gives a size of %1×%2 pixels")
                            .arg(layout.header.width)
                            .arg(layout.header.height),
                        QCoreApplication::translate("cnnwb::data", "Re-export the image as a baseline JPEG or PNG"));
    return layout;
}

/// Rejects a JPEG without an end-of-image marker after its first scan. OpenCV decodes such
/// files with a warning on stderr and fills the missing rows with grey.
void checkJpegComplete(const QByteArray &bytes, qsizetype scanOffset, const QString &name)
{
    qsizetype end = bytes.size();
    while (end > 0 && (bytes[end - 1] == '\0' || quint8(bytes[end - 1]) == 0xFF
                       || bytes[end - 1] == '\n' || bytes[end - 1] == '\r'))
        --end;
    if (end >= 2 && quint8(bytes[end - 2]) == 0xFF && quint8(bytes[end - 1]) == 0xD9)
        return;

    const qsizetype eoi = bytes.lastIndexOf(QByteArrayView("\xFF\xD9", 2));
    if (eoi > scanOffset) {
        qCDebug(lcImage) << name << "has" << bytes.size() - eoi - 2
                         << "bytes of trailing data after the end-of-image marker";
        return;
    }
    throw DataError(name, byteOffset(bytes.size()),
                    QCoreApplication::translate("cnnwb::data", "the JPEG data is truncated: no end-of-image marker (FF D9) after the "
                       "image data"),
                    QCoreApplication::translate("cnnwb::data", "The file was cut short while copying or downloading; replace it "
                       "with a complete copy or remove it from the dataset"));
}

ImageHeader parsePng(const QByteArray &bytes, const QString &name)
{
    ImageHeader header;
    header.format = ImageFormat::Png;
    if (bytes.size() < 33 || bytes.mid(12, 4) != "IHDR")
        throw DataError(name, byteOffset(8), QCoreApplication::translate("cnnwb::data", "the PNG header chunk (IHDR) is missing or cut"),
                        QCoreApplication::translate("cnnwb::data", "The file is damaged; replace it with an intact copy"));
    header.width = int(readBigEndian32(bytes, 16));
    header.height = int(readBigEndian32(bytes, 20));
    header.bitDepth = quint8(bytes[24]);
    switch (quint8(bytes[25])) {
    case 0:
        header.components = 1;
        break;
    case 4:
        header.components = 2;
        break;
    case 6:
        header.components = 4;
        break;
    default: // 2 = RGB, 3 = palette
        header.components = 3;
        break;
    }

    // An eXIf chunk holds a bare TIFF-structured EXIF block; it must precede the image data.
    qsizetype pos = 8;
    while (pos + 8 <= bytes.size()) {
        const quint32 length = readBigEndian32(bytes, pos);
        const QByteArray type = bytes.mid(pos + 4, 4);
        if (type == "IDAT" || type == "IEND")
            break;
        if (type == "eXIf")
            header.orientation = parseExifOrientation(bytes.mid(pos + 8, length));
        pos += 12 + qsizetype(length);
    }
    return header;
}

ImageHeader parseBmp(const QByteArray &bytes, const QString &name)
{
    ImageHeader header;
    header.format = ImageFormat::Bmp;
    if (bytes.size() < 30)
        throw DataError(name, QString(), QCoreApplication::translate("cnnwb::data", "the BMP header is cut short (%1 bytes)").arg(bytes.size()),
                        QCoreApplication::translate("cnnwb::data", "The file is damaged; replace it with an intact copy"));
    auto little32 = [&bytes](qsizetype at) {
        return qint32(quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8
                      | quint32(quint8(bytes[at + 2])) << 16 | quint32(quint8(bytes[at + 3])) << 24);
    };
    header.width = little32(18);
    header.height = std::abs(little32(22)); // negative height marks a top-down bitmap
    const int bitsPerPixel = quint8(bytes[28]) | quint8(bytes[29]) << 8;
    header.components = bitsPerPixel == 32 ? 4 : (bitsPerPixel == 8 ? 1 : 3);
    header.bitDepth = 8;
    return header;
}

int decodeFlags(const ImageHeader &header, int reduction)
{
    int flags = cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR;
    if (header.format == ImageFormat::Jpeg) {
        const bool grey = header.components == 1;
        switch (reduction) {
        case 8:
            flags = grey ? cv::IMREAD_REDUCED_GRAYSCALE_8 : cv::IMREAD_REDUCED_COLOR_8;
            break;
        case 4:
            flags = grey ? cv::IMREAD_REDUCED_GRAYSCALE_4 : cv::IMREAD_REDUCED_COLOR_4;
            break;
        case 2:
            flags = grey ? cv::IMREAD_REDUCED_GRAYSCALE_2 : cv::IMREAD_REDUCED_COLOR_2;
            break;
        default:
            flags = grey ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR;
            break;
        }
    }
    // OpenCV 4.6 applies the JPEG EXIF orientation in imdecode() itself (tst_imagedecode logs
    // it). Ignoring it there and applying it here keeps the result independent of the OpenCV
    // version and covers the PNG eXIf chunk as well.
    return flags | cv::IMREAD_IGNORE_ORIENTATION;
}

} // namespace

ImageFormat detectImageFormat(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return ImageFormat::Jpeg;
    if (bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n", 8)))
        return ImageFormat::Png;
    if (bytes.startsWith("BM") && bytes.size() >= 26)
        return ImageFormat::Bmp;
    if (isDicom(bytes))
        return ImageFormat::Dicom;
    return ImageFormat::Unknown;
}

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("JPEG");
    case ImageFormat::Png:
        return QStringLiteral("PNG");
    case ImageFormat::Bmp:
        return QStringLiteral("BMP");
    case ImageFormat::Dicom:
        return QStringLiteral("DICOM");
    case ImageFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ImageHeader readImageHeader(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        throw DataError(name, QString(), QCoreApplication::translate("cnnwb::data", "the file is empty (0 bytes)"),
                        QCoreApplication::translate("cnnwb::data", "Copy or download the file again, or remove it from the dataset"));
    switch (detectImageFormat(bytes)) {
    case ImageFormat::Jpeg:
        return parseJpeg(bytes, name).header;
    case ImageFormat::Png:
        return parsePng(bytes, name);
    case ImageFormat::Bmp:
        return parseBmp(bytes, name);
    case ImageFormat::Dicom: {
        ImageHeader header;
        readDicomHeader(bytes, name, header);
        return header;
    }
    case ImageFormat::Unknown:
        break;
    }
    throw DataError(name, byteOffset(0),
                    QCoreApplication::translate("cnnwb::data", "not a JPEG, PNG, BMP or DICOM image (the file starts with %1)")
                        .arg(QString::fromLatin1(bytes.left(8).toHex(' '))),
                    QCoreApplication::translate("cnnwb::data", "Convert the image to JPEG or PNG, or remove it from the dataset"));
}

int parseExifOrientation(const QByteArray &tiffBlock)
{
    if (tiffBlock.size() < 8)
        return 1;
    const bool little = tiffBlock.startsWith("II");
    if (!little && !tiffBlock.startsWith("MM"))
        return 1;
    auto read16 = [&](qsizetype at) -> quint32 {
        const quint32 a = quint8(tiffBlock[at]);
        const quint32 b = quint8(tiffBlock[at + 1]);
        return little ? (a | b << 8) : (a << 8 | b);
    };
    auto read32 = [&](qsizetype at) -> quint32 {
        return little ? (read16(at) | read16(at + 2) << 16) : (read16(at) << 16 | read16(at + 2));
    };
    if (read16(2) != 42)
        return 1;
    const quint32 directory = read32(4);
    if (directory + 2 > quint32(tiffBlock.size()))
        return 1;
    const quint32 entries = read16(directory);
    for (quint32 i = 0; i < entries; ++i) {
        const qsizetype entry = qsizetype(directory) + 2 + qsizetype(i) * 12;
        if (entry + 12 > tiffBlock.size())
            return 1;
        if (read16(entry) != 0x0112)
            continue;
        // Orientation is one SHORT, stored in the first two bytes of the value field.
        const quint32 value = read16(entry + 8);
        return read16(entry + 2) == 3 && value >= 1 && value <= 8 ? int(value) : 1;
    }
    return 1;
}

cv::Mat applyExifOrientation(const cv::Mat &image, int orientation)
{
    cv::Mat turned;
    switch (orientation) {
    case 2:
        cv::flip(image, turned, 1);
        return turned;
    case 3:
        cv::rotate(image, turned, cv::ROTATE_180);
        return turned;
    case 4:
        cv::flip(image, turned, 0);
        return turned;
    case 5:
        cv::transpose(image, turned);
        return turned;
    case 6:
        cv::rotate(image, turned, cv::ROTATE_90_CLOCKWISE);
        return turned;
    case 7:
        cv::transpose(image, turned);
        cv::flip(turned, turned, -1);
        return turned;
    case 8:
        cv::rotate(image, turned, cv::ROTATE_90_COUNTERCLOCKWISE);
        return turned;
    default:
        return image;
    }
}

int jpegReductionFor(int width, int height, int targetSide)
{
    if (targetSide <= 0)
        return 1;
    const int longer = std::max(width, height);
    for (const int factor : {8, 4, 2}) {
        if (longer >= factor * targetSide)
            return factor;
    }
    return 1;
}

DecodedImage decodeImage(const QByteArray &bytes, const QString &name, int targetSide)
{
    DecodedImage result;
    if (detectImageFormat(bytes) == ImageFormat::Dicom) {
        result.image = decodeDicom(bytes, name, result.header);
        return result;
    }
    if (detectImageFormat(bytes) == ImageFormat::Jpeg) {
        const JpegLayout layout = parseJpeg(bytes, name);
        checkJpegComplete(bytes, layout.scanOffset, name);
        result.header = layout.header;
        result.reduction = jpegReductionFor(result.header.width, result.header.height, targetSide);
    } else {
        result.header = readImageHeader(bytes, name);
    }

    // imdecode() only reads the buffer, so wrapping the const bytes without a copy is safe.
    const cv::Mat encoded(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(encoded, decodeFlags(result.header, result.reduction));
    } catch (const cv::Exception &error) {
        throw DataError(name, QString(),
                        QCoreApplication::translate("cnnwb::data", "OpenCV failed to decode the %1 data: %2")
                            .arg(imageFormatName(result.header.format),
                                 QString::fromStdString(error.msg)),
                        QCoreApplication::translate("cnnwb::data", "The file is damaged or uses an unsupported variant; re-export it "
                           "as a baseline JPEG or PNG"));
    }
    if (decoded.empty())
        throw DataError(name, QString(),
                        QCoreApplication::translate("cnnwb::data", "OpenCV could not decode the %1 data (%2×%3 pixels, %4 components)")
                            .arg(imageFormatName(result.header.format))
                            .arg(result.header.width)
                            .arg(result.header.height)
                            .arg(result.header.components),
                        QCoreApplication::translate("cnnwb::data", "The file is damaged or uses an unsupported variant; re-export it "
                           "as a baseline JPEG or PNG"));

    if (decoded.depth() == CV_16U)
        decoded.convertTo(decoded, CV_8U, 1.0 / 257.0); // 65535 maps to 255
    else if (decoded.depth() != CV_8U)
        throw DataError(name, QString(),
                        QCoreApplication::translate("cnnwb::data", "unsupported sample depth (OpenCV depth code %1)").arg(decoded.depth()),
                        QCoreApplication::translate("cnnwb::data", "Convert the image to 8- or 16-bit JPEG or PNG"));

    // OpenCV returns BGR(A); the rest of the project works in RGB.
    if (decoded.channels() == 3)
        cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
    else if (decoded.channels() == 4)
        cv::cvtColor(decoded, decoded, cv::COLOR_BGRA2RGB);

    result.image = applyExifOrientation(decoded, result.header.orientation);
    qCDebug(lcImage) << name << imageFormatName(result.header.format) << result.header.width << "x"
                     << result.header.height << "reduction" << result.reduction << "orientation"
                     << result.header.orientation;
    return result;
}

DecodedImage decodeImageFile(const QString &path, int targetSide)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "cannot open the file: %1").arg(file.errorString()),
                        QCoreApplication::translate("cnnwb::data", "Check that the file exists and is readable"));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "reading failed: %1").arg(file.errorString()),
                        QCoreApplication::translate("cnnwb::data", "Check the disk and copy the file again"));
    return decodeImage(bytes, path, targetSide);
}

cv::Mat preprocessXray(const cv::Mat &decoded, int side)
{
    if (decoded.empty() || side <= 0)
        throw std::invalid_argument("preprocessXray: empty image or non-positive side");
    if (decoded.depth() != CV_8U)
        throw std::invalid_argument("preprocessXray: expected an 8-bit image");

    // Letterbox: scale the longer side to SIDE so no part of the chest is cut off.
    const double scale = double(side) / std::max(decoded.cols, decoded.rows);
    const int width = std::clamp(int(std::lround(decoded.cols * scale)), 1, side);
    const int height = std::clamp(int(std::lround(decoded.rows * scale)), 1, side);
    const int interpolation = scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR;
    cv::Mat scaled;
    cv::resize(decoded, scaled, cv::Size(width, height), 0, 0, interpolation);

    cv::Mat rgb;
    switch (scaled.channels()) {
    case 1:
        cv::cvtColor(scaled, rgb, cv::COLOR_GRAY2RGB);
        break;
    case 3:
        rgb = scaled;
        break;
    case 4:
        cv::cvtColor(scaled, rgb, cv::COLOR_RGBA2RGB);
        break;
    default:
        throw std::invalid_argument("preprocessXray: expected 1, 3 or 4 channels");
    }

    cv::Mat square = cv::Mat::zeros(side, side, CV_8UC3);
    rgb.copyTo(square(cv::Rect((side - width) / 2, (side - height) / 2, width, height)));
    return square;
}

cv::Mat loadXrayImage(const QString &path, int side)
{
    return preprocessXray(decodeImageFile(path, side).image, side);
}

QStringList xrayPreprocessingSteps(int side)
{
    return {
        QCoreApplication::translate("cnnwb::data", "Read the file and detect JPEG, PNG, BMP or DICOM from its first bytes, not its name."),
        QCoreApplication::translate("cnnwb::data", "Decode large JPEGs at 1/2, 1/4 or 1/8 scale while the longer side stays at least "
           "%1 pixels.")
            .arg(side),
        QCoreApplication::translate("cnnwb::data", "Turn and mirror the image as its EXIF orientation tag says."),
        QCoreApplication::translate("cnnwb::data", "DICOM: apply the rescale slope and intercept, map the first stored window "
           "(or the value range) to 0-255 and invert MONOCHROME1."),
        QCoreApplication::translate("cnnwb::data", "Scale 16-bit images to 8 bits (divide by 257)."),
        QCoreApplication::translate("cnnwb::data", "Convert grey images to RGB by repeating the grey value in three channels."),
        QCoreApplication::translate("cnnwb::data", "Scale the longer side to %1 pixels with the aspect ratio kept (area averaging when "
           "shrinking).")
            .arg(side),
        QCoreApplication::translate("cnnwb::data", "Centre the image on a %1×%1 black square (letterbox).").arg(side),
        QCoreApplication::translate("cnnwb::data", "Divide by 255 to get values in [0, 1]."),
    };
}

} // namespace cnnwb::data
