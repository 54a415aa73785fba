#pragma once

#include <cstdint>
#include <vector>

#include <opencv2/core/mat.hpp>

#include <QtCore/QByteArray>
#include <QtCore/QString>

class QIODevice;

namespace cnnwb::data {

/// One handwritten-character sample as the .gnt format stores it.
struct GntSample
{
    /// GB2312 code, lead byte in the high 8 bits (0xB0A1 for 啊).
    std::uint16_t code = 0;
    /// CV_8UC1 grey bitmap, row-major, 255 = background, at most 65535 pixels per side.
    cv::Mat bitmap;
};

/// Writes .gnt records (CASIA HWDB format) to a QIODevice.
///
/// Each record is: uint32 little-endian total length (10 + width × height), two bytes of
/// GB2312 code with the lead byte first, uint16 little-endian width, uint16 little-endian
/// height, then width × height 8-bit grey pixels row by row.
class GntWriter
{
public:
    /// Creates a writer that appends to DEVICE, which must be open for writing and
    /// outlive the writer.
    explicit GntWriter(QIODevice *device);

    /// Appends one record. Returns false and sets errorString() when the bitmap is not
    /// CV_8UC1, is empty or too large, or the device fails.
    bool write(std::uint16_t code, const cv::Mat &bitmap);
    /// Appends one record for CHARACTER, which must have a GB2312 code.
    bool write(const QString &character, const cv::Mat &bitmap);
    /// Returns the number of records written so far.
    qint64 recordCount() const { return m_recordCount; }
    /// Returns the reason of the last failure.
    QString errorString() const { return m_errorString; }

    /// Returns the bytes of one record, or an empty array (with ERROR set) when the
    /// bitmap cannot be stored.
    static QByteArray encodeRecord(std::uint16_t code, const cv::Mat &bitmap,
                                   QString *error = nullptr);
    /// Writes RECORDS to PATH atomically: the file appears complete or not at all.
    /// Returns false and sets ERROR (naming the file) on failure.
    static bool writeFile(const QString &path, const std::vector<GntSample> &records,
                          QString *error = nullptr);

private:
    QIODevice *m_device;
    qint64 m_recordCount = 0;
    QString m_errorString;
};

} // namespace cnnwb::data
