#pragma once

#include <mutex>
#include <vector>

#include <opencv2/core/mat.hpp>

#include <QtCore/QSize>
#include <QtCore/QString>

struct tiff;

namespace cnnwb::data {

/// Layout and sample format of one TIFF page.
struct TiffPageInfo
{
    int width = 0;
    int height = 0;
    /// Bits per sample: 8, 16 or 32 (32 only for floating point).
    int bitsPerSample = 0;
    int samplesPerPixel = 0;
    bool floatingPoint = false;
    bool tiled = false;
    /// libtiff COMPRESSION_* value (1 = none, 5 = LZW, 8 = Deflate, 32773 = PackBits).
    int compression = 1;
};

/// Read access to a multi-page TIFF through libtiff, one page at a time, so stacks larger
/// than memory open. libtiff messages go to the "cnnwb.data.tiff" log category, never to
/// stderr, and failures throw DataError naming the file and the page.
///
/// All methods may be called from several threads; libtiff calls are serialised.
class TiffStack
{
public:
    /// Opens PATH (any Unicode path) and counts its pages. Throws DataError.
    explicit TiffStack(const QString &path);
    ~TiffStack();
    TiffStack(const TiffStack &) = delete;
    TiffStack &operator=(const TiffStack &) = delete;

    QString path() const { return m_path; }
    int pageCount() const { return m_pageCount; }
    /// Returns the layout of PAGE (0-based). Throws DataError.
    TiffPageInfo pageInfo(int page) const;
    /// Returns the size of PAGE (0-based) in pixels. Throws DataError.
    QSize pageSize(int page) const;
    /// Reads PAGE (0-based) as CV_8UC1, CV_16UC1 or CV_32FC1 (32-bit float pages), from
    /// strips or tiles. RGB pages are converted to grey and min-is-white pages inverted.
    /// Throws DataError for a missing page, an unsupported layout or damaged data.
    cv::Mat readPage(int page) const;

private:
    TiffPageInfo selectPage(int page) const;

    QString m_path;
    tiff *m_tiff = nullptr;
    int m_pageCount = 0;
    mutable std::mutex m_mutex; ///< guards m_tiff, whose current directory is shared state
};

/// Compression schemes the TIFF writer offers.
enum class TiffCompression { None, Lzw, Deflate, PackBits };

/// Options for writeTiffStack().
struct TiffWriteOptions
{
    TiffCompression compression = TiffCompression::None;
    /// Tile side in pixels (a multiple of 16), or 0 to write strips.
    int tileSide = 0;
    /// Writes a big-endian ("MM") file instead of a little-endian ("II") one.
    bool bigEndian = false;
};

/// Writes PAGES (each CV_8UC1, CV_16UC1 or CV_32FC1) as a multi-page TIFF at PATH. The file
/// is written under a temporary name in the same folder and renamed over PATH at the end, so
/// readers never see half a file. Throws DataError naming the file and page.
void writeTiffStack(const QString &path, const std::vector<cv::Mat> &pages,
                    const TiffWriteOptions &options = {});

} // namespace cnnwb::data
