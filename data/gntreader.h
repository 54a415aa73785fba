#pragma once

#include "samplesource.h"

#include <cstdint>
#include <memory>
#include <vector>

#include <opencv2/core/mat.hpp>

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

#include "augment.h"
#include "dataerror.h"

namespace cnnwb::data {

/// Class set of a GNT index: the characters that become classes.
enum class GntClassSet {
    /// The 3755 GB2312 level-1 characters; the label is the position in
    /// gb2312::level1Characters().
    Level1,
    /// Every code found in the files, sorted by code.
    AllFound,
};

/// Options for GntIndex::open().
struct GntOptions
{
    GntClassSet classSet = GntClassSet::Level1;
    /// When true, the first malformed record throws DataError; otherwise the records before it
    /// stay indexed and the problem is listed in GntIndex::problems().
    bool strict = false;
};

/// Location and header of one record of a CASIA HWDB .gnt file.
struct GntRecord
{
    /// Byte offset of the record's length field in its file.
    qint64 offset = 0;
    /// Index into GntIndex::files().
    std::int32_t file = 0;
    /// Class index in GntIndex::classNames().
    std::int32_t label = 0;
    /// GB2312 code, lead byte in the high byte.
    std::uint16_t code = 0;
    std::uint16_t width = 0;
    std::uint16_t height = 0;
};

/// Index of the records in one .gnt file or a folder of them. It is built by walking the
/// 10-byte record headers, and bitmaps are read only on request.
///
/// A record is: uint32 LE total length (10 + width·height), 2 bytes GB2312 code (lead byte
/// first), uint16 LE width, uint16 LE height, then width·height grey pixels, 255 = paper.
class GntIndex
{
public:
    /// Largest width or height accepted in a record header, in pixels. Handwritten character
    /// bitmaps are a few hundred pixels at most, so a larger value marks a damaged header.
    static constexpr int kMaxSide = 4096;

    /// Indexes PATH, a .gnt file or a folder whose .gnt files are read in name order.
    /// Throws DataError when PATH is missing or contains no .gnt file, and in strict mode for
    /// the first malformed record.
    static GntIndex open(const QString &path, const GntOptions &options = {});

    /// Returns the .gnt files in the order their records are indexed.
    const QStringList &files() const { return m_files; }
    /// Returns the records kept (those inside the class set), in file order.
    const std::vector<GntRecord> &records() const { return m_records; }
    /// Returns the class names, one character each (or "0xCODE" when GB2312 has no mapping).
    const QStringList &classNames() const { return m_classNames; }
    /// Returns the GB2312 code of each class, in class order.
    const QVector<std::uint16_t> &classCodes() const { return m_classCodes; }
    GntClassSet classSet() const { return m_classSet; }
    /// Returns how many well-formed records were skipped because their code is outside the
    /// class set.
    qsizetype skippedOutsideClassSet() const { return m_skipped; }
    /// Returns the malformed records and unreadable files met while indexing.
    const QVector<DataError> &problems() const { return m_problems; }
    /// Returns the number of distinct codes among the kept records.
    qsizetype distinctCodes() const;

    /// Reads the bitmap of record INDEX: CV_8UC1 width×height, 255 = paper. Throws DataError
    /// when the file changed or cannot be read.
    cv::Mat readBitmap(qsizetype index) const;
    /// Returns "file.gnt, record at byte offset N (character X)" for messages.
    QString describe(qsizetype index) const;

private:
    void indexFile(const QString &path, bool strict);
    void assignLabels();

    QStringList m_files;
    std::vector<GntRecord> m_records;
    QStringList m_classNames;
    QVector<std::uint16_t> m_classCodes;
    GntClassSet m_classSet = GntClassSet::Level1;
    qsizetype m_skipped = 0;
    QVector<DataError> m_problems;
};

/// Handwritten characters of a GNT index as network input: CV_32FC1 SIDE×SIDE, values in
/// [0, 1] with ink = 1, made by normalizeCharacter().
class GntSource final : public SampleSource
{
public:
    /// AUGMENTER, when set, runs on the normalised 8-bit image (ink high) whenever load() gets
    /// a random generator.
    explicit GntSource(std::shared_ptr<const GntIndex> index, int side = 64,
                       ClassifierAugmenter augmenter = {});

    qsizetype size() const override;
    int label(qsizetype index) const override;
    Sample load(qsizetype index, std::mt19937 *rng) const override;
    QStringList classNames() const override;
    QString describe(qsizetype index) const override;

private:
    std::shared_ptr<const GntIndex> m_index;
    int m_side;
    ClassifierAugmenter m_augmenter;
};

} // namespace cnnwb::data
