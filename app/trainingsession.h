#pragma once

#include "models/runfolder.h"
#include "models/trainingconfig.h"

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

#include <memory>

class QThread;

namespace cnnwb::app {

class TrainingWorker;

/// Loss and learning rate of one optimizer step, for the step curve.
struct TrainingStepPoint
{
    double epochPosition = 0; ///< epochs done, fractional: epoch + step / steps per epoch
    double loss = 0;
    double learningRate = 0;
};

/// Progress after one optimizer step, as the training thread sends it to the GUI.
struct TrainingStep
{
    int epoch = 0; ///< 0-based
    int epochs = 0;
    int stepInEpoch = 0; ///< 1-based count of steps done in this epoch
    int stepsPerEpoch = 0;
    qint64 globalStep = 0; ///< 1-based, counted from the start of the run
    double loss = 0;
    double learningRate = 0;
    double samplesPerSecond = 0;
    double etaSeconds = 0; ///< estimate for the rest of the run, validation excluded
    /// Every step since the previous signal, this one last, so throttling drops no point
    /// of the curve.
    QVector<TrainingStepPoint> points;
};

/// Metrics of one finished epoch and its validation.
struct TrainingEpoch
{
    int epoch = 0; ///< 0-based
    int epochs = 0;
    models::HistoryRow metrics; ///< train_loss, val_loss, val_accuracy, ..., learning_rate
    bool improved = false;      ///< a new best of the monitored metric (best.pt written)
    double seconds = 0;
};

/// The run as the worker set it up, once the dataset is open and the network built.
struct TrainingSetup
{
    QString runFolder;
    QString modelId;
    QString device;  ///< "CPU", "CUDA 0"
    QString monitor; ///< the metric that picks the best checkpoint
    int epochs = 0;
    qint64 trainSamples = 0;
    qint64 validationSamples = 0;
    QStringList classNames;
    double majorityBaseline =
        -1; ///< validation accuracy of always predicting the largest class; -1 for segmentation
    bool resumed = false;
};

/// Runs one Trainer on its own named thread and reports what happens as signals on the
/// owner's thread. Opening the dataset and building the network run on that thread too.
/// One session trains once; start a new session for the next run.
class TrainingSession final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Preparing, Running, Paused, Stopping, Stopped, Finished, Failed };
    Q_ENUM(State)
    enum class Outcome { Finished, EarlyStopped, Stopped, Failed };
    Q_ENUM(Outcome)

    explicit TrainingSession(QObject *parent = nullptr);
    /// Stops a running worker and waits for it, so last.pt contains the stop position.
    ~TrainingSession() override;

    /// Sets up a new run of CONFIG; the run folder goes under PARENT (default:
    /// RunFolder::defaultParent()) with NAME (default: model id and time).
    void setNewRun(const models::TrainingConfig &config, const QString &parent = QString(),
                   const QString &name = QString());
    /// Sets up resuming the run folder PATH from its last.pt; EPOCHS > 0 raises the total.
    void setResume(const QString &path, int epochs = 0);
    /// Sets the compute device: auto (default), cpu or cuda.
    void setDevice(const QString &device) { m_device = device; }

    State state() const { return m_state; }
    /// Returns true from start() until the worker has ended.
    bool isActive() const;
    QString modelId() const { return m_config.modelId; }
    /// Returns the run folder once the worker created or opened it, else an empty string.
    QString runFolder() const { return m_runFolder; }
    /// Returns the last step report delivered.
    TrainingStep lastStep() const { return m_lastStep; }

    /// Minimum interval between two stepProgress() signals, in milliseconds.
    static constexpr int kStepInterval = 100;

    /// Registers the value types of the signals with the meta-type system.
    static void registerMetaTypes();

public Q_SLOTS:
    /// Starts the worker thread. Does nothing unless the state is Idle.
    void start();
    /// Pauses between steps.
    void pause();
    void resume();
    /// Requests a stop after the current step; the trainer writes last.pt there.
    void stop();
    /// Requests a stop, blocks until the worker has ended and delivers its last signals,
    /// for shutdown.
    void stopAndWait();

Q_SIGNALS:
    void stateChanged(cnnwb::app::TrainingSession::State state);
    void setupFinished(const cnnwb::app::TrainingSetup &setup);
    /// At most one per kStepInterval; the last step of each epoch and of the run always comes.
    void stepProgress(const cnnwb::app::TrainingStep &step);
    /// One per epoch, never dropped.
    void epochFinished(const cnnwb::app::TrainingEpoch &epoch);
    /// A line of the user-facing training log.
    void logMessage(const QString &message);
    /// The worker ended. MESSAGE is the reason for Failed, else a summary.
    void finished(cnnwb::app::TrainingSession::Outcome outcome, const QString &message);

private:
    void setState(State state);
    /// Requests a stop and waits for the thread; returns false when none was running.
    bool waitForWorker();
    void workerEnded(int outcome, const QString &message);
    void deliverStep(const cnnwb::app::TrainingStep &step);

    models::TrainingConfig m_config;
    QString m_parent;
    QString m_name;
    QString m_resumePath;
    int m_resumeEpochs = 0;
    QString m_device = QStringLiteral("auto");

    State m_state = State::Idle;
    QString m_runFolder;
    TrainingStep m_lastStep;
    QThread *m_thread = nullptr;
    std::unique_ptr<TrainingWorker> m_worker;
};

} // namespace cnnwb::app

Q_DECLARE_METATYPE(cnnwb::app::TrainingStep)
Q_DECLARE_METATYPE(cnnwb::app::TrainingEpoch)
Q_DECLARE_METATYPE(cnnwb::app::TrainingSetup)
