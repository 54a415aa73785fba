#pragma once

#include "data/strokes.h"

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QThreadPool>
#include <QtCore/QVector>

#include <memory>
#include <optional>

namespace cnnwb::app {

/// Environment variable that names the zinnia model file to use instead of the default.
inline constexpr char kZinniaModelVariable[] = "CNNWB_ZINNIA_MODEL";
/// Path of the model that Debian's tegaki-zinnia-simplified-chinese installs.
inline constexpr char kDefaultZinniaModel[] = "/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model";
/// Number of candidates a stroke recognition reports.
inline constexpr int kStrokeCandidates = 10;
/// Side of the square frame the strokes are mapped into before zinnia classifies them.
inline constexpr int kZinniaFrame = 1000;

/// One candidate of the stroke-based recognizer.
struct StrokeCandidate
{
    QString character;
    double score = 0; ///< zinnia's score: higher is better, not a probability

    bool operator==(const StrokeCandidate &other) const
    {
        return character == other.character && score == other.score;
    }
};

/// Result of classifying one drawing with zinnia.
struct StrokeRecognition
{
    quint64 sequence = 0;                ///< the number recognize() returned for this drawing
    QVector<StrokeCandidate> candidates; ///< best first; empty for an empty drawing
    double elapsedMs = 0;                ///< stroke conversion and classification
    QString error;                       ///< non-empty when classification failed
};

/// Returns true when the build includes zinnia (CNNWB_HAVE_ZINNIA).
bool zinniaAvailable();
/// Returns the model file named by CNNWB_ZINNIA_MODEL, or kDefaultZinniaModel when unset.
QString defaultZinniaModelPath();
/// Returns the translated note shown where zinnia is not built in, naming the packages.
QString zinniaMissingMessage();

/// A zinnia model, classifying on the calling thread. Not thread-safe: one thread at a time.
class ZinniaModel final
{
public:
    /// Opens the zinnia model at PATH. Throws std::runtime_error with a translated message
    /// naming the file and the Debian package when it is missing or unreadable, or when the
    /// build has no zinnia.
    static std::unique_ptr<ZinniaModel> open(const QString &path);
    ~ZinniaModel();
    ZinniaModel(const ZinniaModel &) = delete;
    ZinniaModel &operator=(const ZinniaModel &) = delete;

    const QString &path() const { return m_path; }
    /// Number of characters in the model.
    int characterCount() const;

    /// Returns the COUNT best candidates for DRAWING's strokes, fed in their drawn order.
    /// The ink's bounding box is centred in a square kZinniaFrame × kZinniaFrame frame
    /// first, because zinnia scales coordinates by the frame and not by the ink.
    /// Throws std::runtime_error when zinnia fails.
    QVector<StrokeCandidate> classify(const data::Drawing &drawing, int count) const;

private:
    ZinniaModel() = default;

    struct Handle;
    QString m_path;
    std::unique_ptr<Handle> m_handle;
};

/// Classifies drawings with a zinnia model on a pool thread.
///
/// Like HandwritingRecognizer, requests never queue up: a newer drawing replaces the one
/// still waiting, and a result older than the newest request is dropped, so the GUI only
/// receives the newest drawing's candidates.
class StrokeRecognizer final : public QObject
{
    Q_OBJECT

public:
    explicit StrokeRecognizer(QObject *parent = nullptr);
    ~StrokeRecognizer() override;

    /// Opens the model at PATH in the background; modelLoaded() or modelFailed() follows.
    void loadModel(const QString &path = defaultZinniaModelPath());
    bool hasModel() const { return m_model != nullptr; }
    /// Returns the model file in use, or "" before one is loaded.
    QString modelPath() const;

    /// Queues DRAWING for classification, replacing any drawing still waiting, and
    /// returns its sequence number. Does nothing and returns 0 without a model.
    quint64 recognize(const data::Drawing &drawing);
    /// Returns the newest sequence number handed out.
    quint64 latestSequence() const { return m_latest; }

Q_SIGNALS:
    void modelLoaded(const QString &path, int characters);
    void modelFailed(const QString &message);
    /// Sent for the newest drawing only.
    void recognized(const cnnwb::app::StrokeRecognition &result);

private:
    struct Request
    {
        quint64 sequence = 0;
        data::Drawing drawing;
    };

    void startNext();
    void finishLoad(const std::shared_ptr<ZinniaModel> &model, const QString &error);
    void finishRecognition(const StrokeRecognition &result);

    QThreadPool m_pool;                    ///< one thread, so jobs never overlap
    std::shared_ptr<ZinniaModel> m_model;  ///< handed to one job at a time
    std::optional<QString> m_pendingLoad;
    std::optional<Request> m_pendingRecognition;
    bool m_busy = false;                   ///< a job runs on the pool
    quint64 m_nextSequence = 1;
    quint64 m_latest = 0;
};

} // namespace cnnwb::app

Q_DECLARE_METATYPE(cnnwb::app::StrokeRecognition)
