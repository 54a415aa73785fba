#include "strokerecognizer.h"

#ifdef CNNWB_HAVE_ZINNIA
#include <zinnia.h>
#endif

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <stdexcept>

namespace cnnwb::app {

Q_LOGGING_CATEGORY(lcStrokes, "cnnwb.app.strokes")

namespace {

// Share of the frame's side that the longer side of the ink's bounding box takes.
constexpr double kInkShare = 0.8;

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace

#ifdef CNNWB_HAVE_ZINNIA
struct ZinniaModel::Handle
{
    zinnia_recognizer_t *recognizer = zinnia_recognizer_new();
    ~Handle() { zinnia_recognizer_destroy(recognizer); }
};
#else
struct ZinniaModel::Handle
{
};
#endif

bool zinniaAvailable()
{
#ifdef CNNWB_HAVE_ZINNIA
    return true;
#else
    return false;
#endif
}

QString defaultZinniaModelPath()
{
    return qEnvironmentVariable(kZinniaModelVariable, QString::fromLatin1(kDefaultZinniaModel));
}

QString zinniaMissingMessage()
{
    return QCoreApplication::translate("cnnwb::app",
                                       "This build has no zinnia. Install the Debian packages libzinnia-dev "
                                       "and tegaki-zinnia-simplified-chinese and build again to compare with a "
                                       "stroke-based recognizer.");
}

std::unique_ptr<ZinniaModel> ZinniaModel::open(const QString &path)
{
    if (!zinniaAvailable())
        fail(zinniaMissingMessage());
    const QFileInfo info(path);
    if (!info.isFile())
        fail(QCoreApplication::translate("cnnwb::app",
                                         "The zinnia model %1 was not found. Install the Debian package "
                                         "tegaki-zinnia-simplified-chinese, or set %2 to a zinnia .model file.")
                 .arg(path, QLatin1String(kZinniaModelVariable)));
    if (!info.isReadable())
        fail(QCoreApplication::translate("cnnwb::app",
                                         "The zinnia model %1 is not readable. Check its permissions, or set %2 "
                                         "to another zinnia .model file.")
                 .arg(path, QLatin1String(kZinniaModelVariable)));

    std::unique_ptr<ZinniaModel> model(new ZinniaModel);
    model->m_path = path;
    model->m_handle = std::make_unique<Handle>();
#ifdef CNNWB_HAVE_ZINNIA
    if (!zinnia_recognizer_open(model->m_handle->recognizer, QFile::encodeName(path).constData()))
        fail(QCoreApplication::translate("cnnwb::app",
                                         "zinnia cannot read the model %1: %2. Reinstall the Debian package "
                                         "tegaki-zinnia-simplified-chinese, or set %3 to a valid zinnia .model file.")
                 .arg(path, QString::fromLocal8Bit(zinnia_recognizer_strerror(model->m_handle->recognizer)),
                      QLatin1String(kZinniaModelVariable)));
#endif
    return model;
}

ZinniaModel::~ZinniaModel() = default;

int ZinniaModel::characterCount() const
{
#ifdef CNNWB_HAVE_ZINNIA
    return int(zinnia_recognizer_size(m_handle->recognizer));
#else
    return 0;
#endif
}

QVector<StrokeCandidate> ZinniaModel::classify(const data::Drawing &drawing, int count) const
{
    QVector<StrokeCandidate> candidates;
#ifdef CNNWB_HAVE_ZINNIA
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = std::numeric_limits<double>::lowest();
    double bottom = right;
    for (const data::Stroke &stroke : drawing.strokes) {
        for (const data::StrokePoint &point : stroke.points) {
            left = std::min(left, point.x);
            right = std::max(right, point.x);
            top = std::min(top, point.y);
            bottom = std::max(bottom, point.y);
        }
    }
    if (left > right || count <= 0)
        return candidates;

    // The ink's bounding box, centred and scaled into the square frame zinnia divides by.
    const double scale = kInkShare * kZinniaFrame / std::max({right - left, bottom - top, 1.0});
    const double centreX = (left + right) / 2.0;
    const double centreY = (top + bottom) / 2.0;
    const auto toFrame = [scale](double value, double centre) {
        return int(std::lround((value - centre) * scale + kZinniaFrame / 2.0));
    };

    std::unique_ptr<zinnia_character_t, void (*)(zinnia_character_t *)> character(zinnia_character_new(),
                                                                                   zinnia_character_destroy);
    zinnia_character_set_width(character.get(), kZinniaFrame);
    zinnia_character_set_height(character.get(), kZinniaFrame);
    std::size_t id = 0;
    for (const data::Stroke &stroke : drawing.strokes) {
        if (stroke.points.empty())
            continue;
        for (const data::StrokePoint &point : stroke.points)
            zinnia_character_add(character.get(), id, toFrame(point.x, centreX), toFrame(point.y, centreY));
        ++id;
    }

    std::unique_ptr<zinnia_result_t, void (*)(zinnia_result_t *)> result(
        zinnia_recognizer_classify(m_handle->recognizer, character.get(), std::size_t(count)), zinnia_result_destroy);
    if (!result)
        fail(QCoreApplication::translate("cnnwb::app", "zinnia failed to classify the drawing with %1: %2")
                 .arg(m_path, QString::fromLocal8Bit(zinnia_recognizer_strerror(m_handle->recognizer))));
    const std::size_t size = zinnia_result_size(result.get());
    for (std::size_t i = 0; i < size; ++i)
        candidates.append({QString::fromUtf8(zinnia_result_value(result.get(), i)),
                           double(zinnia_result_score(result.get(), i))});
#else
    Q_UNUSED(drawing)
    Q_UNUSED(count)
#endif
    return candidates;
}

StrokeRecognizer::StrokeRecognizer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<StrokeRecognition>();
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("StrokeRecognizer"));
}

StrokeRecognizer::~StrokeRecognizer()
{
    // A running job posts its result to this object, so it must finish before the members are destroyed.
    m_pendingLoad.reset();
    m_pendingRecognition.reset();
    m_pool.waitForDone();
}

QString StrokeRecognizer::modelPath() const
{
    return m_model ? m_model->path() : QString();
}

void StrokeRecognizer::loadModel(const QString &path)
{
    m_pendingLoad = path;
    startNext();
}

quint64 StrokeRecognizer::recognize(const data::Drawing &drawing)
{
    if (!m_model && !m_pendingLoad && !m_busy)
        return 0;
    m_latest = m_nextSequence++;
    m_pendingRecognition = Request{m_latest, drawing};
    startNext();
    return m_latest;
}

void StrokeRecognizer::startNext()
{
    if (m_busy)
        return;
    if (m_pendingLoad) {
        const QString path = *m_pendingLoad;
        m_pendingLoad.reset();
        m_busy = true;
        m_pool.start([this, path] {
            std::shared_ptr<ZinniaModel> model;
            QString error;
            try {
                model = ZinniaModel::open(path);
                qCInfo(lcStrokes) << "opened zinnia model" << path << "with" << model->characterCount() << "characters";
            } catch (const std::exception &e) {
                error = QString::fromStdString(e.what());
                qCWarning(lcStrokes) << "opening zinnia model" << path << "failed:" << error;
            }
            QMetaObject::invokeMethod(this, [this, model, error] { finishLoad(model, error); }, Qt::QueuedConnection);
        });
        return;
    }
    if (m_pendingRecognition && m_model) {
        const Request request = std::move(*m_pendingRecognition);
        m_pendingRecognition.reset();
        m_busy = true;
        m_pool.start([this, request, model = m_model] {
            StrokeRecognition result;
            result.sequence = request.sequence;
            QElapsedTimer timer;
            timer.start();
            try {
                result.candidates = model->classify(request.drawing, kStrokeCandidates);
            } catch (const std::exception &e) {
                result.error = QString::fromStdString(e.what());
                qCWarning(lcStrokes) << "classifying drawing" << request.sequence << "failed:" << result.error;
            }
            result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
            QMetaObject::invokeMethod(this, [this, result] { finishRecognition(result); }, Qt::QueuedConnection);
        });
    }
}

void StrokeRecognizer::finishLoad(const std::shared_ptr<ZinniaModel> &model, const QString &error)
{
    m_busy = false;
    if (model) {
        m_model = model;
        Q_EMIT modelLoaded(model->path(), model->characterCount());
    } else {
        // A drawing that waited for the failed model is dropped unless a model is in use.
        if (!m_model)
            m_pendingRecognition.reset();
        Q_EMIT modelFailed(error);
    }
    startNext();
}

void StrokeRecognizer::finishRecognition(const StrokeRecognition &result)
{
    m_busy = false;
    // A newer drawing was requested while this one ran: its result follows.
    if (result.sequence == m_latest)
        Q_EMIT recognized(result);
    startNext();
}

} // namespace cnnwb::app
