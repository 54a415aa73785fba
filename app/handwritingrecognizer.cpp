#include "handwritingrecognizer.h"

#include "handwritingsaliency.h"

#include "models/errors.h"

#include <torch/torch.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QSemaphore>
#include <QtCore/QThread>
#include <QtCore/QWaitCondition>

#include <algorithm>
#include <exception>
#include <optional>

namespace cnnwb::app {

Q_LOGGING_CATEGORY(lcHandwriting, "cnnwb.app.handwriting")

namespace {

QRect toRect(const cv::Rect &rect)
{
    return {rect.x, rect.y, rect.width, rect.height};
}

struct RecognitionRequest
{
    quint64 sequence = 0;
    data::Drawing drawing;
};

struct SaliencyRequest
{
    quint64 sequence = 0;
    data::Drawing drawing;
    int classIndex = -1;
};

} // namespace

Recognition recognizeDrawing(CharacterClassifier &classifier, const data::Drawing &drawing, int count)
{
    Recognition result;
    QElapsedTimer timer;
    timer.start();
    try {
        data::CharacterPlacement placement;
        const cv::Mat character = data::drawingToCharacter(drawing, classifier.inputSide(), &placement);
        result.networkInput = GreyImage::fromMat(character);
        result.inkBox = toRect(placement.inkBox);
        result.inputBox = toRect(placement.target);
        if (!drawing.isEmpty() && !placement.inkBox.empty())
            result.candidates = classifier.topCandidates(classifier.probabilities(character), count);
    } catch (const std::exception &e) {
        result.error = models::exceptionMessage(e);
    }
    result.inferenceMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

/// The worker: a compute thread that sleeps on a wait condition until a request arrives.
/// Each kind of request has one slot, so a newer request overwrites an older waiting one.
class RecognitionThread final : public QThread
{
public:
    RecognitionThread(HandwritingRecognizer *owner, int intraOpThreads)
        : m_owner(owner)
        , m_intraOpThreads(intraOpThreads)
    {
        setObjectName(QStringLiteral("HandwritingRecognizer"));
    }

    ~RecognitionThread() override
    {
        {
            QMutexLocker locker(&m_mutex);
            m_abort = true;
            m_wake.wakeOne();
        }
        wait();
    }

    /// Starts the thread and returns once it has set its intra-op thread count.
    void startConfigured()
    {
        start();
        m_configured.acquire();
    }

    void requestLoad(const QString &path)
    {
        QMutexLocker locker(&m_mutex);
        m_load = path;
        m_wake.wakeOne();
    }

    void requestRecognition(RecognitionRequest request)
    {
        QMutexLocker locker(&m_mutex);
        m_recognition = std::move(request);
        m_wake.wakeOne();
    }

    void requestSaliency(SaliencyRequest request)
    {
        QMutexLocker locker(&m_mutex);
        m_saliency = std::move(request);
        m_wake.wakeOne();
    }

protected:
    void run() override
    {
        // At batch 1 the forward pass is too short for a pool of threads to pay off, and on a
        // machine with few cores its spinning workers compete with the GUI and with training.
        // OpenMP keeps the count per thread once set, so this thread's count stays.
        torch::set_num_threads(m_intraOpThreads);
        m_configured.release();

        for (;;) {
            std::optional<QString> load;
            std::optional<RecognitionRequest> recognition;
            std::optional<SaliencyRequest> saliency;
            {
                QMutexLocker locker(&m_mutex);
                while (!m_abort && !m_load && !m_recognition && !m_saliency)
                    m_wake.wait(&m_mutex);
                if (m_abort)
                    return;
                // One request per pass, loading first, so a newer drawing that arrives
                // meanwhile replaces the waiting one instead of queuing behind it.
                if (m_load)
                    load.swap(m_load);
                else if (m_recognition)
                    recognition.swap(m_recognition);
                else
                    saliency.swap(m_saliency);
            }
            if (load)
                loadModel(*load);
            else if (recognition)
                recognize(*recognition);
            else if (saliency)
                explain(*saliency);
        }
    }

private:
    void loadModel(const QString &path)
    {
        RecognizerModel model;
        QString error;
        try {
            std::unique_ptr<CharacterClassifier> classifier = CharacterClassifier::load(path);
            model.checkpointPath = path;
            model.modelId = classifier->meta().modelId;
            model.classNames = classifier->classNames();
            model.epochsDone = classifier->meta().epochsDone;
            model.validationAccuracy = classifier->meta().metrics.value(QStringLiteral("val_accuracy")).toDouble(-1);
            m_classifier = std::move(classifier);
            qCInfo(lcHandwriting) << "loaded" << path << "with" << model.classNames.size() << "classes";
        } catch (const std::exception &e) {
            error = models::exceptionMessage(e);
            qCWarning(lcHandwriting) << "loading" << path << "failed:" << error;
        }
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, model, error] { owner->deliverModel(model, error); },
                                  Qt::QueuedConnection);
    }

    void recognize(const RecognitionRequest &request)
    {
        Recognition result;
        if (m_classifier) {
            result = recognizeDrawing(*m_classifier, request.drawing);
        } else {
            result.error = QCoreApplication::translate("cnnwb::app", "No character model is loaded.");
        }
        result.sequence = request.sequence;
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, result] { owner->deliverRecognition(result); },
                                  Qt::QueuedConnection);
    }

    void explain(const SaliencyRequest &request)
    {
        Saliency result;
        if (m_classifier) {
            result = computeSaliency(*m_classifier, request.drawing, request.classIndex);
        } else {
            result.error = QCoreApplication::translate("cnnwb::app", "No character model is loaded.");
        }
        result.sequence = request.sequence;
        result.classIndex = request.classIndex;
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, result] { owner->deliverSaliency(result); },
                                  Qt::QueuedConnection);
    }

    HandwritingRecognizer *m_owner;
    int m_intraOpThreads;
    QSemaphore m_configured;
    std::unique_ptr<CharacterClassifier> m_classifier; // used on this thread only

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_abort = false;                           // guarded by m_mutex
    std::optional<QString> m_load;                  // guarded by m_mutex
    std::optional<RecognitionRequest> m_recognition; // guarded by m_mutex
    std::optional<SaliencyRequest> m_saliency;      // guarded by m_mutex
};

HandwritingRecognizer::HandwritingRecognizer(QObject *parent, int intraOpThreads)
    : QObject(parent)
    , m_thread(std::make_unique<RecognitionThread>(this, std::max(1, intraOpThreads)))
{
    qRegisterMetaType<RecognizerModel>();
    qRegisterMetaType<Recognition>();
    qRegisterMetaType<Saliency>();
    // torch::set_num_threads() also stores the count as the default of threads that start
    // later; restore the previous default once the worker has set its own.
    const int previous = torch::get_num_threads();
    m_thread->startConfigured();
    torch::set_num_threads(previous);
}

HandwritingRecognizer::~HandwritingRecognizer() = default;

void HandwritingRecognizer::loadModel(const QString &path)
{
    m_thread->requestLoad(path);
}

quint64 HandwritingRecognizer::recognize(const data::Drawing &drawing)
{
    m_latestRecognition = m_nextSequence++;
    m_thread->requestRecognition({m_latestRecognition, drawing});
    return m_latestRecognition;
}

quint64 HandwritingRecognizer::requestSaliency(const data::Drawing &drawing, int classIndex)
{
    m_latestSaliency = m_nextSequence++;
    m_thread->requestSaliency({m_latestSaliency, drawing, classIndex});
    return m_latestSaliency;
}

void HandwritingRecognizer::deliverModel(const RecognizerModel &model, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT modelFailed(error);
        return;
    }
    m_model = model;
    Q_EMIT modelLoaded(m_model);
}

void HandwritingRecognizer::deliverRecognition(const Recognition &result)
{
    // A newer drawing was requested while this one ran: its result is on the way.
    if (result.sequence != m_latestRecognition)
        return;
    Q_EMIT recognized(result);
}

void HandwritingRecognizer::deliverSaliency(const Saliency &result)
{
    if (result.sequence != m_latestSaliency)
        return;
    Q_EMIT saliencyReady(result);
}

} // namespace cnnwb::app
