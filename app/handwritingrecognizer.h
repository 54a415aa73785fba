#pragma once

#include "characterclassifier.h"

#include "data/strokes.h"

#include <QtCore/QObject>
#include <QtCore/QRect>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

#include <memory>

namespace cnnwb::app {

class RecognitionThread;

/// Number of candidates a recognition reports.
inline constexpr int kRecognitionCandidates = 10;
/// Default LibTorch intra-op threads of the recognition thread.
inline constexpr int kRecognitionThreads = 1;

/// The character model the recognizer loaded.
struct RecognizerModel
{
    QString checkpointPath;
    QString modelId;
    QStringList classNames;
    int epochsDone = 0;
    double validationAccuracy = -1; ///< val_accuracy stored with the checkpoint, -1 when absent
};

/// Result of recognising one drawing.
struct Recognition
{
    quint64 sequence = 0;          ///< the number recognize() returned for this drawing
    QVector<CharacterCandidate> candidates; ///< most probable first; empty for an empty drawing
    GreyImage networkInput;        ///< the exact network input, ink high (255) on 0
    QRect inkBox;                  ///< crop box of the ink, in logical canvas pixels
    QRect inputBox;                ///< where the crop box lies in networkInput, in pixels
    double inferenceMs = 0;        ///< rasterising, normalising and the forward pass
    QString error;                 ///< non-empty when recognition failed
};

/// Grad-CAM map of one candidate over the network input.
struct Saliency
{
    quint64 sequence = 0;  ///< the number requestSaliency() returned
    int classIndex = -1;
    GreyImage heatmap;     ///< at the network input's size, 255 = most salient
    QString layer;         ///< the convolution layer the map was taken from
    QString error;
};

/// Recognises drawings with a character checkpoint on one worker thread.
///
/// Requests never queue up: a new drawing replaces the one still waiting, and a result
/// whose sequence number is older than the newest request is dropped, so the GUI only
/// receives the newest drawing's candidates.
class HandwritingRecognizer final : public QObject
{
    Q_OBJECT

public:
    /// Starts the worker thread with INTRA_OP_THREADS LibTorch threads for its own forward
    /// passes; other threads keep their count.
    explicit HandwritingRecognizer(QObject *parent = nullptr, int intraOpThreads = kRecognitionThreads);
    ~HandwritingRecognizer() override;

    /// Loads the checkpoint at PATH on the worker; modelLoaded() or modelFailed() follows.
    void loadModel(const QString &path);
    /// Returns the model loaded last, or an empty path before the first load.
    const RecognizerModel &model() const { return m_model; }
    bool hasModel() const { return !m_model.checkpointPath.isEmpty(); }

    /// Queues DRAWING for recognition, replacing any drawing still waiting, and returns
    /// its sequence number.
    quint64 recognize(const data::Drawing &drawing);
    /// Queues a saliency map of class CLASS_INDEX for DRAWING, replacing any request still
    /// waiting, and returns its sequence number.
    quint64 requestSaliency(const data::Drawing &drawing, int classIndex);
    /// Returns the newest recognition sequence number handed out.
    quint64 latestSequence() const { return m_latestRecognition; }

Q_SIGNALS:
    void modelLoaded(const cnnwb::app::RecognizerModel &model);
    void modelFailed(const QString &message);
    /// Sent for the newest drawing only.
    void recognized(const cnnwb::app::Recognition &result);
    /// Sent for the newest saliency request only.
    void saliencyReady(const cnnwb::app::Saliency &result);

private:
    friend class RecognitionThread;
    void deliverModel(const RecognizerModel &model, const QString &error);
    void deliverRecognition(const Recognition &result);
    void deliverSaliency(const Saliency &result);

    std::unique_ptr<RecognitionThread> m_thread;
    RecognizerModel m_model;
    quint64 m_nextSequence = 1;
    quint64 m_latestRecognition = 0;
    quint64 m_latestSaliency = 0;
};

/// Recognises DRAWING with CLASSIFIER on the calling thread: rasterise, normalise with
/// normalizeCharacter(), forward pass, top COUNT candidates.
Recognition recognizeDrawing(CharacterClassifier &classifier, const data::Drawing &drawing,
                             int count = kRecognitionCandidates);

} // namespace cnnwb::app

Q_DECLARE_METATYPE(cnnwb::app::RecognizerModel)
Q_DECLARE_METATYPE(cnnwb::app::Recognition)
Q_DECLARE_METATYPE(cnnwb::app::Saliency)
