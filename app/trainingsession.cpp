#include "trainingsession.h"

#include "runlauncher.h"

#include "data/dataerror.h"
#include "data/samplesource.h"
#include "models/device.h"
#include "models/errors.h"
#include "models/trainer.h"
#include "models/zoo.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEvent>
#include <QtCore/QLoggingCategory>
#include <QtCore/QThread>

namespace cnnwb::app {

Q_LOGGING_CATEGORY(lcTraining, "cnnwb.app.training")

namespace {

TrainingStep toStep(const models::StepReport &report)
{
    TrainingStep step;
    step.epoch = report.epoch;
    step.epochs = report.epochs;
    step.stepInEpoch = report.stepInEpoch;
    step.stepsPerEpoch = report.stepsPerEpoch;
    step.globalStep = report.globalStep;
    step.loss = report.loss;
    step.learningRate = report.learningRate;
    step.samplesPerSecond = report.samplesPerSecond;
    step.etaSeconds = report.etaSeconds;
    return step;
}

// Returns the share of SOURCE's largest class, or -1 for segmentation and empty sources.
double majorityShare(const data::SampleSource *source, int classes)
{
    if (!source || source->size() == 0 || classes <= 0 || source->label(0) < 0)
        return -1;
    QVector<qint64> counts(classes, 0);
    for (qsizetype i = 0; i < source->size(); ++i) {
        const int label = source->label(i);
        if (label >= 0 && label < classes)
            ++counts[label];
    }
    return double(*std::max_element(counts.cbegin(), counts.cend())) / double(source->size());
}

} // namespace

/// Prepares and runs one Trainer on the session's thread. Its signals cross to the
/// session's thread as queued connections, carrying value types only.
class TrainingWorker final : public QObject, public models::TrainingObserver
{
    Q_OBJECT

public:
    struct Request
    {
        bool resume = false;
        models::TrainingConfig config;
        QString parent;
        QString name;
        QString resumePath;
        int resumeEpochs = 0;
        QString device;
    };

    explicit TrainingWorker(Request request)
        : m_request(std::move(request))
    {
    }

    /// Thread-safe: the flag covers the time before the trainer exists.
    void requestStop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        if (m_trainer)
            m_trainer->requestStop();
    }

    void setPaused(bool paused)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = paused;
        if (m_trainer)
            m_trainer->setPaused(paused);
    }

    void stepFinished(const models::StepReport &report) override
    {
        TrainingStepPoint point;
        point.epochPosition =
            report.epoch + double(report.stepInEpoch) / std::max(1, report.stepsPerEpoch);
        point.loss = report.loss;
        point.learningRate = report.learningRate;
        m_points.append(point);

        m_pending = toStep(report);
        m_hasPending = true;
        const bool lastOfEpoch = report.stepInEpoch >= report.stepsPerEpoch;
        if (!m_sinceStep.isValid() || m_sinceStep.elapsed() >= TrainingSession::kStepInterval ||
            lastOfEpoch)
            flushPending();
    }

    void epochFinished(const models::EpochReport &report) override
    {
        flushPending();
        TrainingEpoch epoch;
        epoch.epoch = report.epoch;
        epoch.epochs = report.epochs;
        epoch.metrics = report.metrics;
        epoch.improved = report.improved;
        epoch.seconds = report.seconds;
        Q_EMIT epochReported(epoch);
    }

    void logMessage(const QString &message) override { Q_EMIT messageLogged(message); }

public Q_SLOTS:
    void run()
    {
        int outcome = int(TrainingSession::Outcome::Failed);
        QString message;
        try {
            const models::TrainingResult result = prepareAndTrain();
            outcome = int(toOutcome(result.outcome));
            message = result.message;
        } catch (const data::DataError &e) {
            message = e.message();
        } catch (const std::exception &e) {
            message = models::exceptionMessage(e);
        } catch (...) {
            message = QCoreApplication::translate("cnnwb::app", "Training failed with an unknown error.");
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_trainer = nullptr;
        }
        flushPending();
        if (outcome == int(TrainingSession::Outcome::Failed))
            qCWarning(lcTraining) << "training failed:" << message;
        else
            qCInfo(lcTraining) << "training ended:" << message;
        Q_EMIT ended(outcome, message);
    }

Q_SIGNALS:
    void setupReported(const cnnwb::app::TrainingSetup &setup);
    void trainingStarted();
    void stepReported(const cnnwb::app::TrainingStep &step);
    void epochReported(const cnnwb::app::TrainingEpoch &epoch);
    void messageLogged(const QString &message);
    void ended(int outcome, const QString &message);

private:
    static TrainingSession::Outcome toOutcome(models::TrainingOutcome outcome)
    {
        switch (outcome) {
        case models::TrainingOutcome::Finished:
            return TrainingSession::Outcome::Finished;
        case models::TrainingOutcome::EarlyStopped:
            return TrainingSession::Outcome::EarlyStopped;
        case models::TrainingOutcome::Stopped:
            return TrainingSession::Outcome::Stopped;
        case models::TrainingOutcome::Failed:
            break;
        }
        return TrainingSession::Outcome::Failed;
    }

    models::TrainingResult prepareAndTrain()
    {
        PreparedRun run;
        if (m_request.resume) {
            Q_EMIT messageLogged(QCoreApplication::translate("cnnwb::app", "Opening the run %1 to resume it…").arg(m_request.resumePath));
            run = prepareResume(m_request.resumePath, m_request.device, m_request.resumeEpochs);
        } else {
            const models::ModelSpec *spec = models::Zoo::instance().find(m_request.config.modelId);
            if (!spec)
                throw std::runtime_error(
                    QCoreApplication::translate("cnnwb::app", "Unknown model \"%1\".").arg(m_request.config.modelId).toStdString());
            Q_EMIT messageLogged(QCoreApplication::translate("cnnwb::app", "Opening the dataset %1…").arg(m_request.config.datasetPath));
            run = prepareNewRun(*spec, m_request.config, m_request.device, m_request.parent,
                                m_request.name);
        }
        if (!run.warning.isEmpty())
            Q_EMIT messageLogged(run.warning);

        TrainingSetup setup;
        setup.runFolder = run.folder.path();
        setup.modelId = run.spec->id;
        setup.device = models::describeDevice(run.device);
        setup.monitor = run.config.monitor;
        setup.epochs = run.config.epochs;
        setup.trainSamples = run.data.train ? run.data.train->size() : 0;
        setup.validationSamples = run.data.validation ? run.data.validation->size() : 0;
        setup.classNames = run.config.classNames;
        setup.majorityBaseline =
            run.spec->task == models::TaskKind::Segmentation
                ? -1
                : majorityShare(run.data.validation.get(), int(run.config.classNames.size()));
        setup.resumed = m_request.resume;
        Q_EMIT setupReported(setup);
        Q_EMIT messageLogged(QCoreApplication::translate("cnnwb::app", "Run folder: %1").arg(run.folder.path()));
        qCInfo(lcTraining) << "training" << setup.modelId << "in" << setup.runFolder << "on"
                           << setup.device;

        models::Trainer trainer(run.config, run.spec->task, run.network, run.data.train,
                                run.data.validation, run.folder, run.device);
        trainer.setObserver(this);
        {
            // A stop or pause requested while preparing applies from the first step.
            std::lock_guard<std::mutex> lock(m_mutex);
            m_trainer = &trainer;
            trainer.setPaused(m_paused);
            if (m_stop)
                trainer.requestStop();
        }
        Q_EMIT trainingStarted();
        return trainer.run(m_request.resume);
    }

    void flushPending()
    {
        if (!m_hasPending)
            return;
        m_hasPending = false;
        m_sinceStep.start();
        m_pending.points = m_points;
        m_points.clear();
        Q_EMIT stepReported(m_pending);
    }

    const Request m_request;
    std::mutex m_mutex;
    models::Trainer *m_trainer = nullptr; // guarded by m_mutex; set while run() trains
    bool m_stop = false;                  // guarded by m_mutex
    bool m_paused = false;                // guarded by m_mutex

    // Step throttling, used on the training thread only.
    QElapsedTimer m_sinceStep;
    TrainingStep m_pending;
    QVector<TrainingStepPoint> m_points; ///< steps not yet sent
    bool m_hasPending = false;
};

TrainingSession::TrainingSession(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
}

TrainingSession::~TrainingSession()
{
    // Signals emitted from a destructor would reach half-destroyed receivers, so the
    // worker's last reports are dropped here; stopAndWait() delivers them.
    waitForWorker();
}

void TrainingSession::registerMetaTypes()
{
    qRegisterMetaType<cnnwb::app::TrainingStep>();
    qRegisterMetaType<cnnwb::app::TrainingEpoch>();
    qRegisterMetaType<cnnwb::app::TrainingSetup>();
    qRegisterMetaType<cnnwb::app::TrainingSession::State>();
    qRegisterMetaType<cnnwb::app::TrainingSession::Outcome>();
}

void TrainingSession::setNewRun(const models::TrainingConfig &config, const QString &parent,
                                const QString &name)
{
    m_config = config;
    m_parent = parent;
    m_name = name;
    m_resumePath.clear();
}

void TrainingSession::setResume(const QString &path, int epochs)
{
    m_resumePath = path;
    m_resumeEpochs = epochs;
    m_config = models::TrainingConfig();
    models::TrainingConfig stored;
    const models::RunFolder folder(path);
    if (models::TrainingConfig::fromJson(folder.readJson(QStringLiteral("config.json")), stored,
                                         nullptr))
        m_config.modelId = stored.modelId;
}

bool TrainingSession::isActive() const
{
    return m_state == State::Preparing || m_state == State::Running || m_state == State::Paused ||
           m_state == State::Stopping;
}

void TrainingSession::start()
{
    if (m_state != State::Idle)
        return;
    TrainingWorker::Request request;
    request.resume = !m_resumePath.isEmpty();
    request.config = m_config;
    request.parent = m_parent;
    request.name = m_name;
    request.resumePath = m_resumePath;
    request.resumeEpochs = m_resumeEpochs;
    request.device = m_device;
    if (request.resume)
        m_runFolder = m_resumePath;

    m_worker = std::make_unique<TrainingWorker>(std::move(request));
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("cnnwb-training"));
    m_worker->moveToThread(m_thread);

    TrainingWorker *worker = m_worker.get();
    connect(m_thread, &QThread::started, worker, &TrainingWorker::run);
    connect(worker, &TrainingWorker::setupReported, this, [this](const TrainingSetup &setup) {
        m_runFolder = setup.runFolder;
        Q_EMIT setupFinished(setup);
    });
    connect(worker, &TrainingWorker::trainingStarted, this, [this] {
        if (m_state == State::Preparing)
            setState(State::Running);
    });
    connect(worker, &TrainingWorker::stepReported, this, &TrainingSession::deliverStep);
    connect(worker, &TrainingWorker::epochReported, this, &TrainingSession::epochFinished);
    connect(worker, &TrainingWorker::messageLogged, this, &TrainingSession::logMessage);
    connect(worker, &TrainingWorker::ended, this, &TrainingSession::workerEnded);

    setState(State::Preparing);
    m_thread->start();
}

void TrainingSession::pause()
{
    if (!m_worker || (m_state != State::Running && m_state != State::Preparing))
        return;
    m_worker->setPaused(true);
    setState(State::Paused);
}

void TrainingSession::resume()
{
    if (!m_worker || m_state != State::Paused)
        return;
    m_worker->setPaused(false);
    setState(State::Running);
}

void TrainingSession::stop()
{
    if (!m_worker || !isActive() || m_state == State::Stopping)
        return;
    m_worker->requestStop();
    // A paused trainer checks the stop flag while it waits, so it needs no resume.
    setState(State::Stopping);
}

void TrainingSession::stopAndWait()
{
    if (!waitForWorker())
        return;
    // The worker's last signals are queued to this object; delivering them now sets the
    // final state and emits finished() before the caller goes on.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

bool TrainingSession::waitForWorker()
{
    if (!m_thread || !m_thread->isRunning())
        return false;
    qCInfo(lcTraining) << "stopping the training thread and waiting for its checkpoint";
    m_worker->requestStop();
    m_thread->quit();
    m_thread->wait();
    return true;
}

void TrainingSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TrainingSession::deliverStep(const TrainingStep &step)
{
    m_lastStep = step;
    Q_EMIT stepProgress(step);
}

void TrainingSession::workerEnded(int outcome, const QString &message)
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    const auto result = Outcome(outcome);
    switch (result) {
    case Outcome::Finished:
    case Outcome::EarlyStopped:
        setState(State::Finished);
        break;
    case Outcome::Stopped:
        setState(State::Stopped);
        break;
    case Outcome::Failed:
        setState(State::Failed);
        break;
    }
    Q_EMIT finished(result, message);
}

} // namespace cnnwb::app

#include "trainingsession.moc"
