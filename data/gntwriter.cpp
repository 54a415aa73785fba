#include "gntwriter.h"

#include <cstring>
#include <limits>

#include <QtCore/QIODevice>
#include <QtCore/QSaveFile>

#include "data/gb2312.h"

namespace cnnwb::data {
namespace {

constexpr int kHeaderSize = 10;

void putLittleEndian16(char *out, std::uint16_t value)
{
    out[0] = static_cast<char>(value & 0xFF);
    out[1] = static_cast<char>(value >> 8);
}

void putLittleEndian32(char *out, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

} // namespace

GntWriter::GntWriter(QIODevice *device)
    : m_device(device)
{
}

QByteArray GntWriter::encodeRecord(std::uint16_t code, const cv::Mat &bitmap, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QByteArray();
    };
    if (bitmap.empty())
        return fail(QStringLiteral("the bitmap of code 0x%1 is empty").arg(code, 4, 16));
    if (bitmap.type() != CV_8UC1)
        return fail(QStringLiteral("the bitmap of code 0x%1 has OpenCV type %2, expected "
                                   "CV_8UC1 (8-bit grey)")
                        .arg(code, 4, 16)
                        .arg(bitmap.type()));
    const int limit = std::numeric_limits<std::uint16_t>::max();
    if (bitmap.cols > limit || bitmap.rows > limit)
        return fail(QStringLiteral("the bitmap of code 0x%1 is %2x%3 pixels; .gnt stores at "
                                   "most %4 per side")
                        .arg(code, 4, 16)
                        .arg(bitmap.cols)
                        .arg(bitmap.rows)
                        .arg(limit));
    const qint64 pixels = qint64(bitmap.cols) * bitmap.rows;
    const qint64 total = kHeaderSize + pixels;
    if (total > std::numeric_limits<std::uint32_t>::max())
        return fail(QStringLiteral("the bitmap of code 0x%1 is too large for a .gnt record")
                        .arg(code, 4, 16));

    QByteArray record(static_cast<qsizetype>(total), Qt::Uninitialized);
    char *out = record.data();
    putLittleEndian32(out, static_cast<std::uint32_t>(total));
    out[4] = static_cast<char>(code >> 8);
    out[5] = static_cast<char>(code & 0xFF);
    putLittleEndian16(out + 6, static_cast<std::uint16_t>(bitmap.cols));
    putLittleEndian16(out + 8, static_cast<std::uint16_t>(bitmap.rows));
    char *pixelsOut = out + kHeaderSize;
    for (int y = 0; y < bitmap.rows; ++y) {
        std::memcpy(pixelsOut, bitmap.ptr<std::uint8_t>(y), static_cast<std::size_t>(bitmap.cols));
        pixelsOut += bitmap.cols;
    }
    return record;
}

bool GntWriter::write(std::uint16_t code, const cv::Mat &bitmap)
{
    const QByteArray record = encodeRecord(code, bitmap, &m_errorString);
    if (record.isEmpty())
        return false;
    if (m_device->write(record) != record.size()) {
        m_errorString = QStringLiteral("writing .gnt record %1 failed: %2")
                            .arg(m_recordCount)
                            .arg(m_device->errorString());
        return false;
    }
    ++m_recordCount;
    return true;
}

bool GntWriter::write(const QString &character, const cv::Mat &bitmap)
{
    const std::uint16_t code = gb2312::encode(character);
    if (code == 0) {
        m_errorString = QStringLiteral("the character \"%1\" has no GB2312 code, so a .gnt "
                                       "file cannot store it")
                            .arg(character);
        return false;
    }
    return write(code, bitmap);
}

bool GntWriter::writeFile(const QString &path, const std::vector<GntSample> &records,
                          QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open for writing: %2")
                         .arg(path, file.errorString());
        return false;
    }
    GntWriter writer(&file);
    for (const GntSample &record : records) {
        if (!writer.write(record.code, record.bitmap)) {
            file.cancelWriting();
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, writer.errorString());
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: saving failed: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cnnwb::data
