#pragma once

#include "characterclassifier.h"

#include "data/strokes.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QVector>

#include <functional>

namespace cnnwb::app {

/// One saved drawing of the personal handwriting set.
struct PersonalSample
{
    QString character;   ///< what the writer meant to write
    data::Drawing drawing;
    QDateTime saved;     ///< UTC
};

/// A personal handwriting test set: the drawings one writer saved from the canvas.
///
/// The folder contains handwriting.json (the labelled strokes, the master copy) and
/// handwriting.gnt (the same characters as HWDB .gnt records: each drawing rasterised and
/// cropped to its ink with a white margin), which GntIndex and other HWDB tools read.
/// Both files are rewritten atomically on every change.
class PersonalSet
{
public:
    /// Environment variable that overrides the default folder (tests use it).
    static constexpr const char *kFolderVariable = "CNNWB_HANDWRITING";

    /// Returns $CNNWB_HANDWRITING, else the application data location plus "/handwriting".
    static QString defaultFolder();

    explicit PersonalSet(const QString &folder = defaultFolder());

    QString folder() const { return m_folder; }
    QString gntPath() const;
    QString strokesPath() const;

    /// Reads handwriting.json. A missing file is an empty set. Returns false and sets ERROR
    /// (naming the file and the sample) when the file is not a personal set.
    bool load(QString *error = nullptr);
    const QVector<PersonalSample> &samples() const { return m_samples; }

    /// Appends DRAWING labelled CHARACTER and rewrites both files. Returns false and sets
    /// ERROR when CHARACTER is not one GB2312 character, the drawing has no ink, or writing
    /// fails; the set is then unchanged.
    bool add(const QString &character, const data::Drawing &drawing, QString *error = nullptr);
    /// Removes sample INDEX and rewrites both files.
    bool remove(int index, QString *error = nullptr);

    /// Returns the .gnt bitmap of DRAWING: rasterised, cropped to the ink plus a margin of
    /// MARGIN pixels, white paper. Empty for a drawing without ink.
    static cv::Mat gntBitmap(const data::Drawing &drawing, int margin = 8);

private:
    bool write(const QVector<PersonalSample> &samples, QString *error) const;

    QString m_folder;
    QVector<PersonalSample> m_samples;
};

/// A sample the model did not rank first.
struct Misread
{
    int record = 0;      ///< 0-based record in the .gnt file
    QString expected;
    QVector<CharacterCandidate> candidates; ///< top 5
    GreyImage bitmap;    ///< the record's bitmap, 255 = paper, for display
};

/// Top-1 and top-5 accuracy of a character model on a .gnt file.
struct CharacterEvaluation
{
    QString gntPath;
    QString checkpointPath;
    int records = 0;        ///< records in the file
    int evaluated = 0;      ///< records whose character is one of the model's classes
    int top1 = 0;           ///< evaluated records ranked first
    int top5 = 0;           ///< evaluated records among the first five
    QVector<Misread> misreads;
    QString error;          ///< non-empty when the file or the model failed

    double top1Accuracy() const { return evaluated ? double(top1) / evaluated : 0; }
    double top5Accuracy() const { return evaluated ? double(top5) / evaluated : 0; }
};

/// Evaluates CLASSIFIER on every record of the .gnt file at GNT_PATH, normalised with
/// normalizeCharacter() as in training. PROGRESS, when set, gets (done, total) and returns
/// false to stop early. Errors are returned in CharacterEvaluation::error.
CharacterEvaluation evaluateCharacterModel(CharacterClassifier &classifier, const QString &gntPath,
                                           const std::function<bool(int, int)> &progress = {});

} // namespace cnnwb::app

Q_DECLARE_METATYPE(cnnwb::app::CharacterEvaluation)
