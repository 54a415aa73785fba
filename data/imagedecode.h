#pragma once

#include <opencv2/core/mat.hpp>

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace cnnwb::data {

/// Image container formats recognised by their leading bytes.
enum class ImageFormat { Unknown, Jpeg, Png, Bmp, Dicom };

/// Facts read from an image file's header without decoding its pixels.
struct ImageHeader
{
    ImageFormat format = ImageFormat::Unknown;
    /// Stored size in pixels, before EXIF orientation.
    int width = 0;
    int height = 0;
    /// Colour components: 1 grey, 3 colour (YCbCr or RGB), 4 CMYK or RGBA.
    int components = 0;
    /// Bits per sample: 8 or 16 (PNG), 8 or 12 (JPEG).
    int bitDepth = 0;
    /// EXIF orientation 1-8; 1 when the file carries none.
    int orientation = 1;
    /// True for a progressive JPEG.
    bool progressive = false;

    /// Returns the width after applying the orientation.
    int orientedWidth() const { return orientation >= 5 ? height : width; }
    /// Returns the height after applying the orientation.
    int orientedHeight() const { return orientation >= 5 ? width : height; }
};

/// One decoded image together with how it was decoded.
struct DecodedImage
{
    /// CV_8UC1 grey or CV_8UC3 RGB, EXIF orientation applied.
    cv::Mat image;
    ImageHeader header;
    /// JPEG DCT scale-down factor used while decoding: 1, 2, 4 or 8.
    int reduction = 1;
};

/// Returns the container format of BYTES judged by its magic bytes only.
ImageFormat detectImageFormat(const QByteArray &bytes);

/// Returns a short name of FORMAT ("JPEG", "PNG", "BMP", "DICOM", "unknown").
QString imageFormatName(ImageFormat format);

/// Reads the header of BYTES (named NAME in errors). Throws DataError for an empty file,
/// an unknown format or a header that is cut short.
ImageHeader readImageHeader(const QByteArray &bytes, const QString &name);

/// Returns the EXIF orientation (1-8) stored in a TIFF-structured EXIF block, or 1 when the
/// block has no valid orientation tag.
int parseExifOrientation(const QByteArray &tiffBlock);

/// Returns IMAGE turned and mirrored so that EXIF orientation ORIENTATION (1-8) reads upright.
cv::Mat applyExifOrientation(const cv::Mat &image, int orientation);

/// Returns the largest JPEG scale-down factor (1, 2, 4 or 8) that keeps the longer side of a
/// WIDTH×HEIGHT image at or above TARGET_SIDE. TARGET_SIDE <= 0 means no reduction.
int jpegReductionFor(int width, int height, int targetSide);

/// Decodes BYTES (named NAME in errors) by its magic bytes into 8-bit grey or RGB with EXIF
/// orientation applied. With TARGET_SIDE > 0, large JPEGs are decoded at a reduced scale
/// that still covers TARGET_SIDE. DICOM files are windowed to 8 bits as decodeDicom() in
/// data/dicom.h describes. Throws DataError for an empty, unknown, truncated or undecodable
/// image.
DecodedImage decodeImage(const QByteArray &bytes, const QString &name, int targetSide = 0);

/// Reads PATH through QFile (any Unicode path) and decodes it like decodeImage().
DecodedImage decodeImageFile(const QString &path, int targetSide = 0);

/// Network input side of the X-ray classifier, in pixels.
inline constexpr int kXraySide = 224;

/// Turns a decoded X-ray (CV_8UC1 or CV_8UC3 RGB) into the network's SIDE×SIDE CV_8UC3 RGB
/// input: the longer side is scaled to SIDE with the aspect ratio kept, and the shorter side
/// is centred and padded with black. Training and inference both call this.
cv::Mat preprocessXray(const cv::Mat &decoded, int side = kXraySide);

/// Reads, decodes and preprocesses the X-ray at PATH into SIDE×SIDE CV_8UC3 RGB.
cv::Mat loadXrayImage(const QString &path, int side = kXraySide);

/// Returns the preprocessing steps of loadXrayImage() as translated sentences for display.
QStringList xrayPreprocessingSteps(int side = kXraySide);

} // namespace cnnwb::data
