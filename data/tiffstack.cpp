#include "tiffstack.h"

#include <algorithm>
#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include <opencv2/imgproc.hpp>
#include <tiffio.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#include "dataerror.h"

namespace cnnwb::data {
namespace {

Q_LOGGING_CATEGORY(lcTiff, "cnnwb.data.tiff", QtWarningMsg)

// libtiff reports through process-wide handlers; the last error of the calling thread is
// kept so the DataError thrown next can quote it.
thread_local QString t_lastTiffError;

QString formatTiffMessage(const char *module, const char *format, va_list arguments)
{
    char buffer[1024];
    std::vsnprintf(buffer, sizeof buffer, format, arguments);
    QString text = QString::fromLocal8Bit(buffer);
    if (module && *module)
        text = QString::fromLocal8Bit(module) + QStringLiteral(": ") + text;
    return text;
}

void tiffErrorHandler(const char *module, const char *format, va_list arguments)
{
    t_lastTiffError = formatTiffMessage(module, format, arguments);
    qCDebug(lcTiff).noquote() << "libtiff error:" << t_lastTiffError;
}

void tiffWarningHandler(const char *module, const char *format, va_list arguments)
{
    qCDebug(lcTiff).noquote() << "libtiff warning:" << formatTiffMessage(module, format, arguments);
}

void installTiffHandlers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TIFFSetErrorHandler(tiffErrorHandler);
        TIFFSetWarningHandler(tiffWarningHandler);
    });
}

/// Returns the last libtiff error of this thread, or a generic phrase, and clears it.
QString takeTiffError()
{
    QString text = t_lastTiffError;
    t_lastTiffError.clear();
    return text.isEmpty() ? QCoreApplication::translate("cnnwb::data", "libtiff gave no details") : text;
}

QString pageName(int page)
{
    return QCoreApplication::translate("cnnwb::data", "page %1").arg(page + 1);
}

TIFF *openTiff(const QString &path, const char *mode)
{
    installTiffHandlers();
    t_lastTiffError.clear();
#ifdef Q_OS_WIN
    return TIFFOpenW(reinterpret_cast<const wchar_t *>(path.utf16()), mode);
#else
    return TIFFOpen(QFile::encodeName(path).constData(), mode);
#endif
}

int cvDepthFor(const TiffPageInfo &info)
{
    if (info.floatingPoint && info.bitsPerSample == 32)
        return CV_32F;
    if (!info.floatingPoint && info.bitsPerSample == 8)
        return CV_8U;
    if (!info.floatingPoint && info.bitsPerSample == 16)
        return CV_16U;
    return -1;
}

void readStrips(TIFF *tiff, cv::Mat &page, const QString &path, int pageIndex)
{
    uint32_t rowsPerStrip = 0;
    TIFFGetFieldDefaulted(tiff, TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
    rowsPerStrip = std::clamp<uint32_t>(rowsPerStrip, 1, uint32_t(page.rows));
    const tmsize_t rowBytes = tmsize_t(page.cols) * tmsize_t(page.elemSize());
    const uint32_t strips = TIFFNumberOfStrips(tiff);
    for (uint32_t strip = 0; strip < strips; ++strip) {
        const int firstRow = int(strip * rowsPerStrip);
        if (firstRow >= page.rows)
            break;
        const int rows = std::min(int(rowsPerStrip), page.rows - firstRow);
        // The page is continuous, so each strip decodes straight into its rows.
        const tmsize_t expected = rowBytes * rows;
        const tmsize_t read = TIFFReadEncodedStrip(tiff, strip, page.ptr(firstRow), expected);
        if (read < expected)
            throw DataError(path, pageName(pageIndex),
                            QCoreApplication::translate("cnnwb::data", "reading strip %1 of %2 failed (%3 of %4 bytes): %5")
                                .arg(strip + 1)
                                .arg(strips)
                                .arg(qMax<tmsize_t>(read, 0))
                                .arg(expected)
                                .arg(takeTiffError()),
                            QCoreApplication::translate("cnnwb::data", "The file is damaged or cut short; replace it with an intact "
                               "copy"));
    }
}

void readTiles(TIFF *tiff, cv::Mat &page, const QString &path, int pageIndex)
{
    uint32_t tileWidth = 0;
    uint32_t tileHeight = 0;
    if (!TIFFGetField(tiff, TIFFTAG_TILEWIDTH, &tileWidth)
        || !TIFFGetField(tiff, TIFFTAG_TILELENGTH, &tileHeight) || tileWidth == 0
        || tileHeight == 0)
        throw DataError(path, pageName(pageIndex), QCoreApplication::translate("cnnwb::data", "the tiled page has no tile size"),
                        QCoreApplication::translate("cnnwb::data", "The file is damaged; replace it with an intact copy"));

    const std::size_t pixelBytes = page.elemSize();
    std::vector<uchar> tile(std::size_t(TIFFTileSize(tiff)));
    for (uint32_t y = 0; y < uint32_t(page.rows); y += tileHeight) {
        for (uint32_t x = 0; x < uint32_t(page.cols); x += tileWidth) {
            const uint32_t index = TIFFComputeTile(tiff, x, y, 0, 0);
            if (TIFFReadEncodedTile(tiff, index, tile.data(), tmsize_t(tile.size())) < 0)
                throw DataError(path, pageName(pageIndex),
                                QCoreApplication::translate("cnnwb::data", "reading the tile at x %1, y %2 failed: %3")
                                    .arg(x)
                                    .arg(y)
                                    .arg(takeTiffError()),
                                QCoreApplication::translate("cnnwb::data", "The file is damaged or cut short; replace it with an "
                                   "intact copy"));
            // Edge tiles are stored at full size; only their part inside the page is copied.
            const uint32_t rows = std::min(tileHeight, uint32_t(page.rows) - y);
            const std::size_t bytes = std::min(tileWidth, uint32_t(page.cols) - x) * pixelBytes;
            for (uint32_t row = 0; row < rows; ++row)
                std::memcpy(page.ptr(int(y + row)) + x * pixelBytes,
                            tile.data() + std::size_t(row) * tileWidth * pixelBytes, bytes);
        }
    }
}

} // namespace

TiffStack::TiffStack(const QString &path)
    : m_path(path)
{
    if (!QFileInfo::exists(path))
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "the file does not exist"),
                        QCoreApplication::translate("cnnwb::data", "Check the path of the TIFF stack"));
    m_tiff = openTiff(path, "r");
    if (!m_tiff)
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "libtiff cannot open the file: %1").arg(takeTiffError()),
                        QCoreApplication::translate("cnnwb::data", "Check that the file is a complete TIFF image"));
    m_pageCount = TIFFNumberOfDirectories(m_tiff);
    if (m_pageCount <= 0) {
        TIFFClose(m_tiff);
        m_tiff = nullptr;
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "the TIFF file has no pages"),
                        QCoreApplication::translate("cnnwb::data", "Check that the file is a complete TIFF image"));
    }
    qCDebug(lcTiff) << path << m_pageCount << "pages";
}

TiffStack::~TiffStack()
{
    if (m_tiff)
        TIFFClose(m_tiff);
}

TiffPageInfo TiffStack::selectPage(int page) const
{
    if (page < 0 || page >= m_pageCount)
        throw DataError(m_path, pageName(page),
                        QCoreApplication::translate("cnnwb::data", "page %1 does not exist; the stack has %2 pages")
                            .arg(page + 1)
                            .arg(m_pageCount),
                        QCoreApplication::translate("cnnwb::data", "Choose a page from 1 to %1").arg(m_pageCount));
    t_lastTiffError.clear();
    if (!TIFFSetDirectory(m_tiff, tdir_t(page)))
        throw DataError(m_path, pageName(page),
                        QCoreApplication::translate("cnnwb::data", "libtiff cannot read the page directory: %1").arg(takeTiffError()),
                        QCoreApplication::translate("cnnwb::data", "The file is damaged; replace it with an intact copy"));

    TiffPageInfo info;
    uint32_t width = 0;
    uint32_t height = 0;
    uint16_t bits = 1;
    uint16_t samples = 1;
    uint16_t format = SAMPLEFORMAT_UINT;
    uint16_t compression = COMPRESSION_NONE;
    if (!TIFFGetField(m_tiff, TIFFTAG_IMAGEWIDTH, &width)
        || !TIFFGetField(m_tiff, TIFFTAG_IMAGELENGTH, &height) || width == 0 || height == 0)
        throw DataError(m_path, pageName(page), QCoreApplication::translate("cnnwb::data", "the page has no valid width and height"),
                        QCoreApplication::translate("cnnwb::data", "The file is damaged; replace it with an intact copy"));
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_SAMPLESPERPIXEL, &samples);
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_SAMPLEFORMAT, &format);
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_COMPRESSION, &compression);
    info.width = int(width);
    info.height = int(height);
    info.bitsPerSample = bits;
    info.samplesPerPixel = samples;
    info.floatingPoint = format == SAMPLEFORMAT_IEEEFP;
    info.tiled = TIFFIsTiled(m_tiff);
    info.compression = compression;
    return info;
}

TiffPageInfo TiffStack::pageInfo(int page) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return selectPage(page);
}

QSize TiffStack::pageSize(int page) const
{
    const TiffPageInfo info = pageInfo(page);
    return QSize(info.width, info.height);
}

cv::Mat TiffStack::readPage(int page) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const TiffPageInfo info = selectPage(page);

    const int depth = cvDepthFor(info);
    if (depth < 0)
        throw DataError(m_path, pageName(page),
                        QCoreApplication::translate("cnnwb::data", "unsupported sample format: %1 bits per sample%2")
                            .arg(info.bitsPerSample)
                            .arg(info.floatingPoint ? QCoreApplication::translate("cnnwb::data", ", floating point") : QString()),
                        QCoreApplication::translate("cnnwb::data", "Convert the stack to 8- or 16-bit grey, for example with Fiji"));
    uint16_t planar = PLANARCONFIG_CONTIG;
    uint16_t photometric = PHOTOMETRIC_MINISBLACK;
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_PLANARCONFIG, &planar);
    TIFFGetField(m_tiff, TIFFTAG_PHOTOMETRIC, &photometric);
    if (info.samplesPerPixel > 1 && planar != PLANARCONFIG_CONTIG)
        throw DataError(m_path, pageName(page),
                        QCoreApplication::translate("cnnwb::data", "%1 samples per pixel stored as separate planes are not supported")
                            .arg(info.samplesPerPixel),
                        QCoreApplication::translate("cnnwb::data", "Save the stack as grey or as interleaved RGB"));
    if (photometric == PHOTOMETRIC_YCBCR && info.compression == COMPRESSION_JPEG) {
        // Raw JPEG-in-TIFF strips are subsampled YCbCr, so libtiff is asked to convert to RGB.
        // NOTE: no test covers this path, because the tests make no JPEG-compressed TIFF.
        TIFFSetField(m_tiff, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
    } else if (photometric == PHOTOMETRIC_YCBCR) {
        throw DataError(m_path, pageName(page),
                        QCoreApplication::translate("cnnwb::data", "YCbCr pages without JPEG compression are not supported"),
                        QCoreApplication::translate("cnnwb::data", "Convert the stack to 8- or 16-bit grey"));
    }
    if (photometric == PHOTOMETRIC_PALETTE || info.samplesPerPixel > 4)
        throw DataError(m_path, pageName(page),
                        QCoreApplication::translate("cnnwb::data", "unsupported colour layout (photometric %1, %2 samples per pixel)")
                            .arg(photometric)
                            .arg(info.samplesPerPixel),
                        QCoreApplication::translate("cnnwb::data", "Convert the stack to 8- or 16-bit grey"));

    cv::Mat pixels(info.height, info.width, CV_MAKETYPE(depth, info.samplesPerPixel));
    if (info.tiled)
        readTiles(m_tiff, pixels, m_path, page);
    else
        readStrips(m_tiff, pixels, m_path, page);

    cv::Mat grey;
    switch (info.samplesPerPixel) {
    case 1:
        grey = pixels;
        break;
    case 2: // grey plus alpha
        cv::extractChannel(pixels, grey, 0);
        break;
    case 3:
        cv::cvtColor(pixels, grey, cv::COLOR_RGB2GRAY);
        break;
    default:
        cv::cvtColor(pixels, grey, cv::COLOR_RGBA2GRAY);
        break;
    }
    if (photometric == PHOTOMETRIC_MINISWHITE && depth != CV_32F)
        cv::bitwise_not(grey, grey);
    return grey;
}

void writeTiffStack(const QString &path, const std::vector<cv::Mat> &pages,
                    const TiffWriteOptions &options)
{
    if (pages.empty())
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "there are no pages to write"),
                        QCoreApplication::translate("cnnwb::data", "Pass at least one page"));
    if (options.tileSide < 0 || options.tileSide % 16 != 0)
        throw DataError(path, QString(),
                        QCoreApplication::translate("cnnwb::data", "the tile side %1 is not a multiple of 16").arg(options.tileSide),
                        QCoreApplication::translate("cnnwb::data", "Use 0 for strips or a multiple of 16 such as 256"));

    uint16_t compression = COMPRESSION_NONE;
    switch (options.compression) {
    case TiffCompression::Lzw:
        compression = COMPRESSION_LZW;
        break;
    case TiffCompression::Deflate:
        compression = COMPRESSION_ADOBE_DEFLATE;
        break;
    case TiffCompression::PackBits:
        compression = COMPRESSION_PACKBITS;
        break;
    case TiffCompression::None:
        break;
    }
    if (!TIFFIsCODECConfigured(compression))
        throw DataError(path, QString(),
                        QCoreApplication::translate("cnnwb::data", "this libtiff build has no codec for compression %1").arg(compression),
                        QCoreApplication::translate("cnnwb::data", "Write the stack uncompressed"));

    // Classic TIFF offsets are 32-bit; larger stacks need BigTIFF.
    double totalBytes = 0;
    for (const cv::Mat &page : pages)
        totalBytes += double(page.total() * page.elemSize());
    QByteArray mode = "w";
    mode += options.bigEndian ? 'b' : 'l';
    if (totalBytes > 3.5e9)
        mode += '8';

    static std::atomic<int> counter{0};
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3.part")
            .arg(target.fileName())
            .arg(QCoreApplication::applicationPid())
            .arg(counter.fetch_add(1)));

    TIFF *tiff = openTiff(temporary, mode.constData());
    if (!tiff)
        throw DataError(path, QString(),
                        QCoreApplication::translate("cnnwb::data", "cannot create the temporary file %1: %2").arg(temporary, takeTiffError()),
                        QCoreApplication::translate("cnnwb::data", "Check that the folder exists and is writable"));

    auto fail = [&](int page, const QString &reason) {
        const QString details = takeTiffError();
        TIFFClose(tiff);
        QFile::remove(temporary);
        throw DataError(path, pageName(page), reason + QStringLiteral(": ") + details,
                        QCoreApplication::translate("cnnwb::data", "Check the free disk space and that the folder is writable"));
    };

    const int pageCount = int(pages.size());
    for (int index = 0; index < pageCount; ++index) {
        const cv::Mat page = pages[std::size_t(index)].isContinuous()
                                 ? pages[std::size_t(index)]
                                 : pages[std::size_t(index)].clone();
        const int type = page.type();
        if (page.empty() || (type != CV_8UC1 && type != CV_16UC1 && type != CV_32FC1)) {
            TIFFClose(tiff);
            QFile::remove(temporary);
            throw DataError(path, pageName(index),
                            QCoreApplication::translate("cnnwb::data", "the page is empty or not CV_8UC1, CV_16UC1 or CV_32FC1 (OpenCV "
                               "type %1)")
                                .arg(type),
                            QCoreApplication::translate("cnnwb::data", "Convert the page to 8-bit grey or 32-bit float first"));
        }
        const uint16_t bits = uint16_t(page.elemSize() * 8);
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, uint32_t(page.cols));
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, uint32_t(page.rows));
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, bits);
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
        TIFFSetField(tiff, TIFFTAG_SAMPLEFORMAT,
                     uint16_t(type == CV_32FC1 ? SAMPLEFORMAT_IEEEFP : SAMPLEFORMAT_UINT));
        TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_MINISBLACK));
        TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
        TIFFSetField(tiff, TIFFTAG_COMPRESSION, compression);
        TIFFSetField(tiff, TIFFTAG_SUBFILETYPE, uint32_t(FILETYPE_PAGE));
        TIFFSetField(tiff, TIFFTAG_PAGENUMBER, uint16_t(index), uint16_t(pageCount));

        const std::size_t pixelBytes = page.elemSize();
        if (options.tileSide > 0) {
            const uint32_t side = uint32_t(options.tileSide);
            TIFFSetField(tiff, TIFFTAG_TILEWIDTH, side);
            TIFFSetField(tiff, TIFFTAG_TILELENGTH, side);
            std::vector<uchar> tile(std::size_t(side) * side * pixelBytes);
            for (uint32_t y = 0; y < uint32_t(page.rows); y += side) {
                for (uint32_t x = 0; x < uint32_t(page.cols); x += side) {
                    // Edge tiles are padded with zeros to the full tile size.
                    std::fill(tile.begin(), tile.end(), uchar(0));
                    const uint32_t rows = std::min(side, uint32_t(page.rows) - y);
                    const std::size_t bytes = std::min(side, uint32_t(page.cols) - x) * pixelBytes;
                    for (uint32_t row = 0; row < rows; ++row)
                        std::memcpy(tile.data() + std::size_t(row) * side * pixelBytes,
                                    page.ptr(int(y + row)) + x * pixelBytes, bytes);
                    if (TIFFWriteTile(tiff, tile.data(), x, y, 0, 0) < 0)
                        fail(index, QCoreApplication::translate("cnnwb::data", "writing the tile at x %1, y %2 failed").arg(x).arg(y));
                }
            }
        } else {
            TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, TIFFDefaultStripSize(tiff, 0));
            // libtiff byte-swaps 16- and 32-bit samples in the buffer it is given when the
            // file's byte order differs, so each row goes through a copy.
            std::vector<uchar> row(std::size_t(page.cols) * pixelBytes);
            for (int y = 0; y < page.rows; ++y) {
                std::memcpy(row.data(), page.ptr(y), row.size());
                if (TIFFWriteScanline(tiff, row.data(), uint32_t(y), 0) < 0)
                    fail(index, QCoreApplication::translate("cnnwb::data", "writing row %1 failed").arg(y));
            }
        }
        if (!TIFFWriteDirectory(tiff))
            fail(index, QCoreApplication::translate("cnnwb::data", "writing the page directory failed"));
    }
    if (!TIFFFlush(tiff))
        fail(pageCount - 1, QCoreApplication::translate("cnnwb::data", "flushing the file failed"));
    TIFFClose(tiff);

#ifdef Q_OS_WIN
    const bool renamed = MoveFileExW(reinterpret_cast<const wchar_t *>(temporary.utf16()),
                                     reinterpret_cast<const wchar_t *>(path.utf16()),
                                     MOVEFILE_REPLACE_EXISTING);
#else
    // rename() replaces an existing target atomically on POSIX file systems.
    const bool renamed = std::rename(QFile::encodeName(temporary).constData(),
                                     QFile::encodeName(path).constData())
                         == 0;
#endif
    if (!renamed) {
        QFile::remove(temporary);
        throw DataError(path, QString(),
                        QCoreApplication::translate("cnnwb::data", "renaming the finished temporary file %1 onto the target failed")
                            .arg(temporary),
                        QCoreApplication::translate("cnnwb::data", "Check that the target is not open in another program and the "
                           "folder is writable"));
    }
    qCDebug(lcTiff) << "wrote" << pageCount << "pages to" << path;
}

} // namespace cnnwb::data
