#pragma once

#include "network.h"
#include "runfolder.h"
#include "trainingconfig.h"
#include "zoo.h"

#include <torch/types.h>

#include <atomic>
#include <memory>

namespace cnnwb::data {
class SampleSource;
}

namespace cnnwb::models {

/// Progress after one optimizer step.
struct StepReport
{
    int epoch = 0;             ///< 0-based
    int epochs = 0;
    int stepInEpoch = 0;       ///< 1-based count of steps done in this epoch
    int stepsPerEpoch = 0;
    qint64 globalStep = 0;     ///< steps since the run began, 1-based
    double loss = 0;
    double learningRate = 0;
    double samplesPerSecond = 0;
    double etaSeconds = 0;     ///< estimate for the rest of the run, validation excluded
};

/// Metrics after one epoch and its validation.
struct EpochReport
{
    int epoch = 0;             ///< 0-based
    int epochs = 0;
    HistoryRow metrics;        ///< train_loss, val_loss, val_accuracy, ..., learning_rate
    bool improved = false;     ///< the monitored metric reached a new best (best.pt written)
    double seconds = 0;
};

/// Receives progress from a Trainer, on the training thread.
class TrainingObserver
{
public:
    virtual ~TrainingObserver() = default;
    virtual void stepFinished(const StepReport &report) { Q_UNUSED(report) }
    virtual void epochFinished(const EpochReport &report) { Q_UNUSED(report) }
    virtual void logMessage(const QString &message) { Q_UNUSED(message) }
};

/// Outcome of a training run.
enum class TrainingOutcome {
    Finished,      ///< all epochs done
    EarlyStopped,  ///< the monitored metric stopped improving
    Stopped,       ///< requestStop(): the last checkpoint holds the position to resume from
    Failed,        ///< an error; the last checkpoint written before it stays
};

struct TrainingResult
{
    TrainingOutcome outcome = TrainingOutcome::Finished;
    QString message;           ///< the reason for Failed, else a summary
    int epochsDone = 0;
    HistoryRow bestMetrics;    ///< validation metrics of the best epoch
};

/// Trains one network for all three task kinds: Adam or SGD, learning-rate schedules with
/// warm-up, weight decay, class weights or balanced sampling, early stopping, gradient
/// clipping, and validation each epoch. Writes the run folder as it goes. run() blocks, so
/// the caller chooses the thread; requestStop() and setPaused() may be called from any
/// thread and take effect between steps.
class Trainer
{
public:
    Trainer(TrainingConfig config, TaskKind task, NetworkPtr network,
            std::shared_ptr<const data::SampleSource> train,
            std::shared_ptr<const data::SampleSource> validation, RunFolder folder,
            torch::Device device = torch::kCPU);

    void setObserver(TrainingObserver *observer) { m_observer = observer; }
    /// Keeps the network's current weights at the start of a new run instead of drawing
    /// them from the seed (fine-tuning).
    void keepInitialWeights() { m_initializeWeights = false; }

    /// Trains from scratch, or from the folder's last.pt when RESUME. Never throws: errors
    /// end the run with TrainingOutcome::Failed and a message naming the cause.
    TrainingResult run(bool resume);

    void requestStop() { m_stopRequested.store(true); }
    void setPaused(bool paused) { m_paused.store(paused); }
    bool isPaused() const { return m_paused.load(); }

private:
    TrainingResult train(bool resume);
    void log(const QString &message);
    QJsonObject trainerState() const;

    TrainingConfig m_config;
    TaskKind m_task;
    NetworkPtr m_network;
    std::shared_ptr<const data::SampleSource> m_train;
    std::shared_ptr<const data::SampleSource> m_validation;
    RunFolder m_folder;
    torch::Device m_device;
    TrainingObserver *m_observer = nullptr;
    bool m_initializeWeights = true;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_paused{false};

    // Best-epoch and early-stopping bookkeeping, saved in every checkpoint.
    double m_bestValue = 0;
    bool m_hasBest = false;
    int m_epochsWithoutImprovement = 0;
    HistoryRow m_bestMetrics;
};

/// Returns the class weights N / (K · n_k) of SOURCE's labels, or an undefined tensor for
/// segmentation. Classes without samples get weight 0.
torch::Tensor classWeights(const data::SampleSource &source, int classes);

} // namespace cnnwb::models
