#include "trainer.h"

#include "calibration.h"
#include "checkpoint.h"
#include "errors.h"
#include "evaluator.h"
#include "layers.h"
#include "lrschedule.h"
#include "optimizers.h"

#include "data/batchloader.h"
#include "data/dataerror.h"
#include "data/samplesource.h"

#include <torch/torch.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>
#include <QtCore/QThread>

#include <cmath>

Q_LOGGING_CATEGORY(lcTrain, "cnnwb.train")

namespace cnnwb::models {
namespace {

void setLearningRate(torch::optim::Optimizer &optimizer, double rate)
{
    for (auto &group : optimizer.param_groups())
        group.options().set_lr(rate);
}

QJsonObject toJson(const HistoryRow &row)
{
    QJsonObject json;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (!std::isnan(it.value()))
            json.insert(it.key(), it.value());
    }
    return json;
}

HistoryRow fromJson(const QJsonObject &json)
{
    HistoryRow row;
    for (auto it = json.begin(); it != json.end(); ++it)
        row.insert(it.key(), it.value().toDouble());
    return row;
}

} // namespace

torch::Tensor classWeights(const data::SampleSource &source, int classes)
{
    std::vector<double> counts(std::size_t(classes), 0);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const int label = source.label(i);
        if (label >= 0 && label < classes)
            counts[std::size_t(label)] += 1;
    }
    std::vector<float> weights(std::size_t(classes), 0);
    for (int c = 0; c < classes; ++c) {
        if (counts[std::size_t(c)] > 0)
            weights[std::size_t(c)] = float(double(source.size()) / (classes * counts[std::size_t(c)]));
    }
    return torch::tensor(weights);
}

Trainer::Trainer(TrainingConfig config, TaskKind task, NetworkPtr network,
                 std::shared_ptr<const data::SampleSource> train,
                 std::shared_ptr<const data::SampleSource> validation, RunFolder folder,
                 torch::Device device)
    : m_config(std::move(config))
    , m_task(task)
    , m_network(std::move(network))
    , m_train(std::move(train))
    , m_validation(std::move(validation))
    , m_folder(std::move(folder))
    , m_device(device)
{
}

void Trainer::log(const QString &message)
{
    qCInfo(lcTrain).noquote() << message;
    m_folder.appendLog(message);
    if (m_observer)
        m_observer->logMessage(message);
}

QJsonObject Trainer::trainerState() const
{
    QJsonObject state;
    state.insert(QStringLiteral("best_value"), m_bestValue);
    state.insert(QStringLiteral("has_best"), m_hasBest);
    state.insert(QStringLiteral("epochs_without_improvement"), m_epochsWithoutImprovement);
    state.insert(QStringLiteral("best_metrics"), toJson(m_bestMetrics));
    return state;
}

TrainingResult Trainer::run(bool resume)
{
    QJsonObject status;
    status.insert(QStringLiteral("state"), QStringLiteral("running"));
    try {
        m_folder.writeJson(QStringLiteral("status.json"), status);
        return train(resume);
    } catch (const data::DataError &e) {
        TrainingResult result;
        result.outcome = TrainingOutcome::Failed;
        result.message = QCoreApplication::translate("cnnwb::models", "Training stopped on bad data: %1").arg(e.message());
        log(result.message);
        status.insert(QStringLiteral("state"), QStringLiteral("failed"));
        status.insert(QStringLiteral("reason"), result.message);
        try {
            m_folder.writeJson(QStringLiteral("status.json"), status);
        } catch (const std::exception &) {
            // The run already failed, and the logged message gives the reason.
        }
        return result;
    } catch (const std::exception &e) {
        TrainingResult result;
        result.outcome = TrainingOutcome::Failed;
        result.message = QCoreApplication::translate("cnnwb::models", "Training failed: %1").arg(exceptionMessage(e));
        log(result.message);
        status.insert(QStringLiteral("state"), QStringLiteral("failed"));
        status.insert(QStringLiteral("reason"), result.message);
        try {
            m_folder.writeJson(QStringLiteral("status.json"), status);
        } catch (const std::exception &) {
            // The run already failed, and the logged message gives the reason.
        }
        return result;
    }
}

TrainingResult Trainer::train(bool resume)
{
    const bool segmentation = m_task == TaskKind::Segmentation;
    const int classes = segmentation ? 1 : int(m_config.classNames.size());
    m_network->to(m_device);
    m_network->train();
    if (m_config.batchNormMomentum > 0)
        setBatchNormMomentum(*m_network, m_config.batchNormMomentum);
    std::unique_ptr<torch::optim::Optimizer> optimizer = makeOptimizer(m_config, *m_network);
    LearningRateSchedule schedule(m_config);

    const CheckpointMeta expected = checkpointMetaFor(m_config);

    int startEpoch = 0;
    int skipSteps = 0;
    qint64 globalStep = 0;
    QVector<HistoryRow> history;
    if (resume) {
        const CheckpointMeta meta = loadCheckpoint(m_folder.lastCheckpointPath(), *m_network,
                                                   optimizer.get(), expected, true);
        startEpoch = meta.epochsDone;
        skipSteps = meta.stepInEpoch;
        globalStep = meta.globalStep;
        const QJsonObject state = meta.trainerState;
        m_bestValue = state.value(QStringLiteral("best_value")).toDouble();
        m_hasBest = state.value(QStringLiteral("has_best")).toBool();
        m_epochsWithoutImprovement = state.value(QStringLiteral("epochs_without_improvement")).toInt();
        m_bestMetrics = fromJson(state.value(QStringLiteral("best_metrics")).toObject());
        schedule.restoreState(state.value(QStringLiteral("schedule")).toObject());
        // Keep the history continuous: drop rows written after the checkpoint.
        for (const HistoryRow &row : m_folder.readHistory()) {
            if (row.value(QStringLiteral("epoch")) <= startEpoch)
                history.push_back(row);
        }
        m_folder.writeHistory(history);
        m_folder.truncateSteps(globalStep);
        log(QCoreApplication::translate("cnnwb::models", "Resumed from %1 at epoch %2, step %3 of that epoch")
                .arg(m_folder.lastCheckpointPath())
                .arg(startEpoch + 1)
                .arg(skipSteps));
    } else {
        // The seed fixes the initial weights too, whatever the random state when the
        // network was built, so the same seed gives the same run.
        torch::manual_seed(m_config.seed);
        if (!m_config.initialWeights.isEmpty()) {
            // Fine-tuning: the weights (and batch-norm statistics) of another run; the
            // optimizer, schedule and counters start afresh.
            loadCheckpoint(m_config.initialWeights, *m_network, nullptr, expected, false);
            log(QCoreApplication::translate("cnnwb::models", "Starting from the weights of %1").arg(m_config.initialWeights));
        } else if (m_initializeWeights) {
            applyKerasInit(*m_network);
        }
        log(QCoreApplication::translate("cnnwb::models", "Training %1 on %2 samples, validating on %3 samples")
                .arg(m_config.modelId)
                .arg(m_train->size())
                .arg(m_validation ? m_validation->size() : 0));
    }

    torch::Tensor weights;
    if (!segmentation && m_config.classWeighting == QLatin1String("weights")) {
        weights = classWeights(*m_train, classes).to(m_device);
        QStringList classWeightTexts;
        for (int c = 0; c < classes && c < 10; ++c)
            classWeightTexts << QString::number(weights[c].item<double>(), 'f', 3);
        log(QCoreApplication::translate("cnnwb::models", "Class weights: %1").arg(classWeightTexts.join(QLatin1String(", "))));
    }

    data::BatchLoaderOptions loaderOptions;
    loaderOptions.batchSize = m_config.batchSize;
    loaderOptions.workers = std::max(1, m_config.workers);
    loaderOptions.seed = m_config.seed;
    loaderOptions.augment = m_config.augment;
    loaderOptions.balanced = !segmentation && m_config.classWeighting == QLatin1String("balanced");
    loaderOptions.dropLast = m_train->size() > m_config.batchSize;
    data::BatchLoader loader(m_train, loaderOptions);
    int stepsPerEpoch = int(loader.batchesPerEpoch());
    if (m_config.maxStepsPerEpoch > 0)
        stepsPerEpoch = std::min(stepsPerEpoch, m_config.maxStepsPerEpoch);
    if (stepsPerEpoch < 1)
        throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "the training split has no complete batch: %1 samples for "
                                    "batch size %2")
                                     .arg(m_train->size())
                                     .arg(m_config.batchSize)
                                     .toStdString());

    const auto saveLast = [&](int epochsDone, int stepInEpoch, const HistoryRow &metrics) {
        CheckpointMeta meta = expected;
        meta.epochsDone = epochsDone;
        meta.stepInEpoch = stepInEpoch;
        meta.globalStep = globalStep;
        QJsonObject state = trainerState();
        state.insert(QStringLiteral("schedule"), schedule.state());
        meta.trainerState = state;
        meta.metrics = toJson(metrics);
        saveCheckpoint(m_folder.lastCheckpointPath(), *m_network, optimizer.get(), meta);
        return meta;
    };

    QElapsedTimer runTimer;
    runTimer.start();
    qint64 stepsThisSession = 0;
    double averageStepSeconds = 0;
    TrainingResult result;
    result.epochsDone = startEpoch;

    for (int epoch = startEpoch; epoch < m_config.epochs; ++epoch) {
        QElapsedTimer epochTimer;
        epochTimer.start();
        loader.startEpoch(epoch);
        double lossSum = 0;
        qint64 correct = 0;
        qint64 seen = 0;
        int stepInEpoch = 0;
        const int skip = epoch == startEpoch ? skipSteps : 0;

        while (stepInEpoch < stepsPerEpoch) {
            // Pause and stop are checked between steps, never inside one.
            while (m_paused.load() && !m_stopRequested.load())
                QThread::msleep(20);
            if (m_stopRequested.load()) {
                loader.stop();
                saveLast(epoch, stepInEpoch, {});
                log(QCoreApplication::translate("cnnwb::models", "Stopped at epoch %1, step %2; last.pt holds this position")
                        .arg(epoch + 1)
                        .arg(stepInEpoch));
                QJsonObject status;
                status.insert(QStringLiteral("state"), QStringLiteral("stopped"));
                m_folder.writeJson(QStringLiteral("status.json"), status);
                result.outcome = TrainingOutcome::Stopped;
                result.epochsDone = epoch;
                result.bestMetrics = m_bestMetrics;
                result.message = QCoreApplication::translate("cnnwb::models", "Stopped by request at epoch %1").arg(epoch + 1);
                return result;
            }

            std::optional<data::Batch> batch = loader.next();
            if (!batch)
                break;
            if (stepInEpoch < skip) {
                ++stepInEpoch;
                continue;
            }

            QElapsedTimer stepTimer;
            stepTimer.start();
            const double rate = schedule.rateAt(epoch, stepInEpoch, stepsPerEpoch);
            setLearningRate(*optimizer, rate);
            const torch::Tensor inputs = batch->images.to(m_device);
            const torch::Tensor targets = batch->targets.to(m_device);
            releaseGradients(*optimizer);
            const torch::Tensor logits = m_network->forward(inputs);
            torch::Tensor loss;
            if (segmentation) {
                loss = torch::binary_cross_entropy_with_logits(logits, targets);
            } else {
                auto lossOptions = torch::nn::functional::CrossEntropyFuncOptions();
                if (weights.defined())
                    lossOptions.weight(weights);
                loss = torch::nn::functional::cross_entropy(logits, targets, lossOptions);
                correct += (logits.argmax(1) == targets).sum().item<std::int64_t>();
            }
            loss.backward();
            if (m_config.gradientClipNorm > 0)
                torch::nn::utils::clip_grad_norm_(m_network->parameters(), m_config.gradientClipNorm);
            optimizer->step();

            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue))
                throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "the loss became %1 at epoch %2, step %3; lower the "
                                            "learning rate or enable gradient clipping")
                                             .arg(lossValue)
                                             .arg(epoch + 1)
                                             .arg(stepInEpoch + 1)
                                             .toStdString());
            const qint64 batchSize = inputs.size(0);
            lossSum += lossValue * double(batchSize);
            seen += batchSize;
            ++stepInEpoch;
            ++globalStep;
            ++stepsThisSession;

            const double stepSeconds = double(stepTimer.nsecsElapsed()) / 1e9;
            averageStepSeconds = stepsThisSession == 1
                                     ? stepSeconds
                                     : 0.9 * averageStepSeconds + 0.1 * stepSeconds;
            StepReport report;
            report.epoch = epoch;
            report.epochs = m_config.epochs;
            report.stepInEpoch = stepInEpoch;
            report.stepsPerEpoch = stepsPerEpoch;
            report.globalStep = globalStep;
            report.loss = lossValue;
            report.learningRate = rate;
            report.samplesPerSecond = averageStepSeconds > 0 ? double(batchSize) / averageStepSeconds : 0;
            const qint64 remaining = qint64(m_config.epochs - epoch - 1) * stepsPerEpoch
                                     + (stepsPerEpoch - stepInEpoch);
            report.etaSeconds = averageStepSeconds * double(remaining);
            HistoryRow stepRow;
            stepRow.insert(QStringLiteral("step"), double(globalStep));
            stepRow.insert(QStringLiteral("epoch"), epoch + double(stepInEpoch) / stepsPerEpoch);
            stepRow.insert(QStringLiteral("loss"), lossValue);
            stepRow.insert(QStringLiteral("learning_rate"), rate);
            stepRow.insert(QStringLiteral("samples_per_second"), report.samplesPerSecond);
            m_folder.appendStep(stepRow);
            if (m_observer)
                m_observer->stepFinished(report);
        }
        loader.stop();

        // Validation, then the epoch's history row and checkpoints.
        HistoryRow metrics;
        metrics.insert(QStringLiteral("epoch"), epoch + 1);
        if (seen > 0) {
            metrics.insert(QStringLiteral("train_loss"), lossSum / double(seen));
            if (!segmentation)
                metrics.insert(QStringLiteral("train_accuracy"), double(correct) / double(seen));
        }
        metrics.insert(QStringLiteral("learning_rate"), schedule.rateAt(epoch, stepsPerEpoch - 1, stepsPerEpoch));
        if (m_validation && m_validation->size() > 0) {
            EvaluationOptions evaluation;
            evaluation.batchSize = m_config.batchSize;
            evaluation.workers = loaderOptions.workers;
            evaluation.device = m_device;
            evaluation.cancel = &m_stopRequested;
            evaluation.classWeights = weights;
            const EvaluationResult validation = evaluate(*m_network, m_validation, m_task, evaluation);
            for (auto it = validation.metrics.cbegin(); it != validation.metrics.cend(); ++it)
                metrics.insert(QStringLiteral("val_") + it.key(), it.value());
        }
        metrics.insert(QStringLiteral("seconds"), double(epochTimer.elapsed()) / 1000.0);

        const QString monitor = m_config.monitor;
        const bool monitored = metrics.contains(monitor) && !std::isnan(metrics.value(monitor));
        const double value = monitored ? metrics.value(monitor) : 0;
        bool improved = false;
        if (monitored) {
            // On a tie (accuracy over a small validation set often repeats), the lower
            // validation loss wins best.pt, so a flat metric does not pin it to its first
            // epoch. Only a strictly better value counts for early stopping.
            const QString lossKey = QStringLiteral("val_loss");
            const bool tieWithLowerLoss = m_hasBest && value == m_bestValue && metrics.contains(lossKey)
                                          && m_bestMetrics.contains(lossKey)
                                          && metrics.value(lossKey) < m_bestMetrics.value(lossKey);
            const bool better = !m_hasBest || (higherIsBetter(monitor) ? value > m_bestValue : value < m_bestValue);
            improved = better || tieWithLowerLoss;
            if (improved) {
                m_bestValue = value;
                m_hasBest = true;
                m_bestMetrics = metrics;
            }
            if (better)
                m_epochsWithoutImprovement = 0;
            else
                ++m_epochsWithoutImprovement;
            if (schedule.epochEnded(value))
                log(QCoreApplication::translate("cnnwb::models", "Validation %1 stopped improving; learning rate reduced").arg(monitor));
        }
        history.push_back(metrics);
        m_folder.writeHistory(history);
        const CheckpointMeta meta = saveLast(epoch + 1, 0, metrics);
        if (improved)
            saveCheckpoint(m_folder.bestCheckpointPath(), *m_network, optimizer.get(), meta);
        result.epochsDone = epoch + 1;

        QStringList metricTexts;
        for (auto it = metrics.cbegin(); it != metrics.cend(); ++it) {
            if (it.key() != QLatin1String("epoch"))
                metricTexts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 0, 'g', 4);
        }
        log(QCoreApplication::translate("cnnwb::models", "Epoch %1/%2: %3%4")
                .arg(epoch + 1)
                .arg(m_config.epochs)
                .arg(metricTexts.join(QLatin1String(", ")), improved ? QCoreApplication::translate("cnnwb::models", " (best so far)") : QString()));
        EpochReport epochReport;
        epochReport.epoch = epoch;
        epochReport.epochs = m_config.epochs;
        epochReport.metrics = metrics;
        epochReport.improved = improved;
        epochReport.seconds = metrics.value(QStringLiteral("seconds"));
        if (m_observer)
            m_observer->epochFinished(epochReport);

        if (m_config.earlyStopPatience > 0 && m_epochsWithoutImprovement >= m_config.earlyStopPatience) {
            log(QCoreApplication::translate("cnnwb::models", "Early stop: %1 has not improved for %2 epochs")
                    .arg(monitor)
                    .arg(m_epochsWithoutImprovement));
            result.outcome = TrainingOutcome::EarlyStopped;
            break;
        }
    }

    // Binary classifiers keep their validation ROC, threshold and OOD model in best.pt.
    if (m_task == TaskKind::BinaryClassification && m_hasBest && m_validation && m_validation->size() > 0) {
        try {
            CalibrationOptions calibrationOptions;
            calibrationOptions.batchSize = m_config.batchSize;
            calibrationOptions.workers = loaderOptions.workers;
            calibrationOptions.device = m_device;
            calibrationOptions.cancel = &m_stopRequested;
            const Calibration calibration = calibrateCheckpoint(m_folder.bestCheckpointPath(), *m_network, expected,
                                                                m_train, m_validation, calibrationOptions);
            log(QCoreApplication::translate("cnnwb::models", "Calibrated best.pt: %1").arg(describeCalibration(calibration)));
        } catch (const std::exception &e) {
            log(QCoreApplication::translate("cnnwb::models", "Calibrating best.pt failed: %1").arg(exceptionMessage(e)));
        }
    }

    QJsonObject status;
    status.insert(QStringLiteral("state"), QStringLiteral("finished"));
    status.insert(QStringLiteral("best"), toJson(m_bestMetrics));
    m_folder.writeJson(QStringLiteral("status.json"), status);
    result.bestMetrics = m_bestMetrics;
    result.message = QCoreApplication::translate("cnnwb::models", "Finished %1 epochs in %2 s")
                         .arg(result.epochsDone)
                         .arg(double(runTimer.elapsed()) / 1000.0, 0, 'f', 1);
    log(result.message);
    return result;
}

} // namespace cnnwb::models
