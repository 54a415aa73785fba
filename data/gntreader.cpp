#include "gntreader.h"

#include <algorithm>
#include <stdexcept>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>

#include "charnormalize.h"
#include "gb2312.h"

namespace cnnwb::data {
namespace {

Q_LOGGING_CATEGORY(lcGnt, "cnnwb.data.gnt", QtWarningMsg)

constexpr qint64 kHeaderSize = 10;

QString byteOffset(qint64 offset)
{
    return QCoreApplication::translate("cnnwb::data", "byte offset %1").arg(offset);
}

quint32 readLittle32(const uchar *data)
{
    return quint32(data[0]) | quint32(data[1]) << 8 | quint32(data[2]) << 16
           | quint32(data[3]) << 24;
}

quint16 readLittle16(const uchar *data)
{
    return quint16(data[0] | data[1] << 8);
}

// Level-1 codes fill rows 0xB0-0xD7 with 94 cells each (0xA1-0xFE), and the five unassigned
// cells sit at the very end, so the position in code order follows from row and cell.
int level1Position(std::uint16_t code)
{
    return ((code >> 8) - 0xB0) * 94 + ((code & 0xFF) - 0xA1);
}

std::uint16_t level1Code(int position)
{
    return std::uint16_t((0xB0 + position / 94) << 8 | (0xA1 + position % 94));
}

QString characterName(std::uint16_t code)
{
    const auto text = gb2312::decode(std::uint8_t(code >> 8), std::uint8_t(code & 0xFF));
    return text ? *text : QStringLiteral("0x%1").arg(code, 4, 16, QLatin1Char('0'));
}

bool isJunkName(const QString &name)
{
    return name.startsWith(QLatin1Char('.'));
}

} // namespace

GntIndex GntIndex::open(const QString &path, const GntOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "the file or folder does not exist"),
                        QCoreApplication::translate("cnnwb::data", "Check the path; it should name a .gnt file or a folder of them"));

    QStringList paths;
    if (info.isDir()) {
        const QDir folder(path);
        const QFileInfoList entries = folder.entryInfoList(QDir::Files | QDir::Readable);
        for (const QFileInfo &entry : entries) {
            if (entry.suffix().compare(QLatin1String("gnt"), Qt::CaseInsensitive) == 0
                && !isJunkName(entry.fileName()))
                paths << entry.filePath();
        }
        std::sort(paths.begin(), paths.end());
        if (paths.isEmpty())
            throw DataError(path, QString(), QCoreApplication::translate("cnnwb::data", "the folder contains no .gnt file"),
                            QCoreApplication::translate("cnnwb::data", "Choose the folder that holds the CASIA HWDB .gnt files"));
    } else {
        paths << path;
    }

    GntIndex index;
    index.m_classSet = options.classSet;
    for (const QString &file : paths)
        index.indexFile(file, options.strict);
    index.assignLabels();
    qCInfo(lcGnt) << "indexed" << index.m_records.size() << "records in" << paths.size()
                  << "files," << index.m_skipped << "outside the class set,"
                  << index.m_problems.size() << "problems";
    return index;
}

void GntIndex::indexFile(const QString &path, bool strict)
{
    const std::int32_t fileIndex = std::int32_t(m_files.size());
    m_files << path;
    qsizetype recordsInFile = 0;

    auto report = [&](qint64 offset, const QString &reason, const QString &hint) {
        DataError problem(path, offset < 0 ? QString() : byteOffset(offset), reason, hint);
        if (strict)
            throw problem;
        qCInfo(lcGnt).noquote() << problem.message();
        m_problems << problem;
    };
    auto usableBefore = [&]() {
        return QCoreApplication::translate("cnnwb::data", "The records before this offset (%1 in this file) are used; replace the file "
                  "with a complete copy to use the rest")
            .arg(recordsInFile);
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(-1, QCoreApplication::translate("cnnwb::data", "cannot open the file: %1").arg(file.errorString()),
               QCoreApplication::translate("cnnwb::data", "Check that the file exists and is readable"));
        return;
    }
    const qint64 size = file.size();
    if (size == 0) {
        report(-1, QCoreApplication::translate("cnnwb::data", "the file is empty (0 bytes), so it contains no records"),
               QCoreApplication::translate("cnnwb::data", "Copy the file again or remove it from the folder"));
        return;
    }

    // Mapping touches only the header pages; a plain read is the fallback where mapping fails.
    QByteArray fallback;
    const uchar *data = file.map(0, size);
    if (!data) {
        fallback = file.readAll();
        if (fallback.size() != size) {
            report(-1, QCoreApplication::translate("cnnwb::data", "reading failed: %1").arg(file.errorString()),
                   QCoreApplication::translate("cnnwb::data", "Check the disk and copy the file again"));
            return;
        }
        data = reinterpret_cast<const uchar *>(fallback.constData());
    }

    qint64 pos = 0;
    while (pos < size) {
        const qint64 remaining = size - pos;
        if (remaining < kHeaderSize) {
            report(pos,
                   QCoreApplication::translate("cnnwb::data", "%1 stray byte(s) after the last record, fewer than a %2-byte record "
                      "header")
                       .arg(remaining)
                       .arg(kHeaderSize),
                   usableBefore());
            break;
        }
        const uchar *header = data + pos;
        const quint32 length = readLittle32(header);
        const std::uint16_t code = std::uint16_t(header[4] << 8 | header[5]);
        const std::uint16_t width = readLittle16(header + 6);
        const std::uint16_t height = readLittle16(header + 8);

        if (width == 0 || height == 0) {
            report(pos, QCoreApplication::translate("cnnwb::data", "the record header gives a bitmap of %1×%2 pixels").arg(width).arg(height),
                   usableBefore());
            break;
        }
        if (width > kMaxSide || height > kMaxSide) {
            report(pos,
                   QCoreApplication::translate("cnnwb::data", "the record header gives an implausible bitmap of %1×%2 pixels (at most "
                      "%3 per side)")
                       .arg(width)
                       .arg(height)
                       .arg(kMaxSide),
                   usableBefore());
            break;
        }
        const qint64 expected = kHeaderSize + qint64(width) * height;
        if (length != expected) {
            report(pos,
                   QCoreApplication::translate("cnnwb::data", "the record length field is %1 but 10 + width·height = %2 for %3×%4 "
                      "pixels")
                       .arg(length)
                       .arg(expected)
                       .arg(width)
                       .arg(height),
                   usableBefore());
            break;
        }
        if (expected > remaining) {
            report(pos,
                   QCoreApplication::translate("cnnwb::data", "the record is cut inside its bitmap: it needs %1 bytes but only %2 "
                      "remain in the file")
                       .arg(expected)
                       .arg(remaining),
                   usableBefore());
            break;
        }

        GntRecord record;
        record.offset = pos;
        record.file = fileIndex;
        record.code = code;
        record.width = width;
        record.height = height;
        m_records.push_back(record);
        ++recordsInFile;
        pos += expected;
    }
    qCDebug(lcGnt) << path << recordsInFile << "records," << size << "bytes";
}

void GntIndex::assignLabels()
{
    const qsizetype before = qsizetype(m_records.size());
    if (m_classSet == GntClassSet::Level1) {
        m_classNames = gb2312::level1Characters();
        m_classCodes.clear();
        m_classCodes.reserve(m_classNames.size());
        for (int i = 0; i < m_classNames.size(); ++i)
            m_classCodes << level1Code(i);

        auto outside = [](const GntRecord &record) { return !gb2312::isLevel1(record.code); };
        m_records.erase(std::remove_if(m_records.begin(), m_records.end(), outside),
                        m_records.end());
        for (GntRecord &record : m_records)
            record.label = level1Position(record.code);
    } else {
        std::vector<std::uint16_t> codes;
        codes.reserve(m_records.size());
        for (const GntRecord &record : m_records)
            codes.push_back(record.code);
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());

        m_classCodes = QVector<std::uint16_t>(codes.begin(), codes.end());
        m_classNames.clear();
        for (const std::uint16_t code : codes)
            m_classNames << characterName(code);
        for (GntRecord &record : m_records)
            record.label = int(std::lower_bound(codes.begin(), codes.end(), record.code)
                               - codes.begin());
    }
    m_skipped = before - qsizetype(m_records.size());
}

qsizetype GntIndex::distinctCodes() const
{
    std::vector<std::uint16_t> codes;
    codes.reserve(m_records.size());
    for (const GntRecord &record : m_records)
        codes.push_back(record.code);
    std::sort(codes.begin(), codes.end());
    return qsizetype(std::unique(codes.begin(), codes.end()) - codes.begin());
}

cv::Mat GntIndex::readBitmap(qsizetype index) const
{
    const GntRecord &record = m_records.at(std::size_t(index));
    const QString &path = m_files.at(record.file);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(path, byteOffset(record.offset),
                        QCoreApplication::translate("cnnwb::data", "cannot open the file: %1").arg(file.errorString()),
                        QCoreApplication::translate("cnnwb::data", "Check that the file still exists and is readable"));

    uchar header[kHeaderSize];
    if (!file.seek(record.offset)
        || file.read(reinterpret_cast<char *>(header), kHeaderSize) != kHeaderSize
        || readLittle16(header + 6) != record.width || readLittle16(header + 8) != record.height)
        throw DataError(path, byteOffset(record.offset),
                        QCoreApplication::translate("cnnwb::data", "the record header no longer matches the index"),
                        QCoreApplication::translate("cnnwb::data", "The file changed after it was opened; open the dataset again"));

    // The Mat owns its buffer, so the read fills it directly without a copy.
    cv::Mat bitmap(record.height, record.width, CV_8UC1);
    const qint64 bytes = qint64(record.width) * record.height;
    if (file.read(reinterpret_cast<char *>(bitmap.data), bytes) != bytes)
        throw DataError(path, byteOffset(record.offset + kHeaderSize),
                        QCoreApplication::translate("cnnwb::data", "reading the %1-byte bitmap failed: %2").arg(bytes).arg(file.errorString()),
                        QCoreApplication::translate("cnnwb::data", "The file changed after it was opened; open the dataset again"));
    return bitmap;
}

QString GntIndex::describe(qsizetype index) const
{
    const GntRecord &record = m_records.at(std::size_t(index));
    return QCoreApplication::translate("cnnwb::data", "%1, record at byte offset %2 (character %3)")
        .arg(QFileInfo(m_files.at(record.file)).fileName())
        .arg(record.offset)
        .arg(characterName(record.code));
}

GntSource::GntSource(std::shared_ptr<const GntIndex> index, int side, ClassifierAugmenter augmenter)
    : m_index(std::move(index))
    , m_side(side)
    , m_augmenter(std::move(augmenter))
{
    if (!m_index)
        throw std::invalid_argument("GntSource: the index is null");
}

qsizetype GntSource::size() const
{
    return qsizetype(m_index->records().size());
}

int GntSource::label(qsizetype index) const
{
    return m_index->records().at(std::size_t(index)).label;
}

Sample GntSource::load(qsizetype index, std::mt19937 *rng) const
{
    cv::Mat character = normalizeCharacter(m_index->readBitmap(index), m_side);
    if (rng && m_augmenter)
        m_augmenter(character, *rng);

    Sample sample;
    character.convertTo(sample.image, CV_32F, 1.0 / 255.0); // CV_32FC1, ink = 1
    sample.label = label(index);
    return sample;
}

QStringList GntSource::classNames() const
{
    return m_index->classNames();
}

QString GntSource::describe(qsizetype index) const
{
    return m_index->describe(index);
}

} // namespace cnnwb::data
