#include "commands.h"

#include "runlauncher.h"
#include "runtime.h"
#include "trainingdata.h"

#include "data/dataerror.h"
#include "models/device.h"
#include "models/errors.h"
#include "models/trainer.h"
#include "models/zoo.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QTextStream>

#include <csignal>

namespace cnnwb::app {
namespace {

// The trainer of the running command, for the SIGINT handler. Requesting a stop only
// stores to a lock-free atomic, which is safe inside a signal handler.
models::Trainer *g_activeTrainer = nullptr;

extern "C" void handleInterrupt(int)
{
    if (g_activeTrainer)
        g_activeTrainer->requestStop();
}

/// Prints training progress: a bar on the error stream, or JSON lines on the output.
class ProgressPrinter final : public models::TrainingObserver
{
public:
    ProgressPrinter(CommandStreams streams, bool json)
        : m_streams(streams)
        , m_json(json)
    {
    }

    void stepFinished(const models::StepReport &report) override
    {
        if (m_json) {
            QJsonObject event;
            event.insert(QStringLiteral("event"), QStringLiteral("step"));
            event.insert(QStringLiteral("epoch"), report.epoch + 1);
            event.insert(QStringLiteral("epochs"), report.epochs);
            event.insert(QStringLiteral("step"), report.stepInEpoch);
            event.insert(QStringLiteral("steps"), report.stepsPerEpoch);
            event.insert(QStringLiteral("global_step"), double(report.globalStep));
            event.insert(QStringLiteral("loss"), report.loss);
            event.insert(QStringLiteral("learning_rate"), report.learningRate);
            event.insert(QStringLiteral("samples_per_second"), report.samplesPerSecond);
            event.insert(QStringLiteral("eta_seconds"), report.etaSeconds);
            writeJson(event);
            return;
        }
        const int width = 30;
        const int filled = report.stepsPerEpoch ? width * report.stepInEpoch / report.stepsPerEpoch : 0;
        m_streams.err << QStringLiteral("\rEpoch %1/%2 [%3%4] %5/%6 loss %7 lr %8 %9 samples/s ETA %10 ")
                             .arg(report.epoch + 1)
                             .arg(report.epochs)
                             .arg(QString(filled, QLatin1Char('=')), QString(width - filled, QLatin1Char(' ')))
                             .arg(report.stepInEpoch)
                             .arg(report.stepsPerEpoch)
                             .arg(report.loss, 0, 'f', 4)
                             .arg(report.learningRate, 0, 'g', 3)
                             .arg(report.samplesPerSecond, 0, 'f', 1)
                             .arg(formatDuration(report.etaSeconds));
        m_streams.err.flush();
    }

    void epochFinished(const models::EpochReport &report) override
    {
        if (m_json) {
            QJsonObject event;
            event.insert(QStringLiteral("event"), QStringLiteral("epoch"));
            for (auto it = report.metrics.cbegin(); it != report.metrics.cend(); ++it) {
                if (!std::isnan(it.value()))
                    event.insert(it.key(), it.value());
            }
            event.insert(QStringLiteral("best"), report.improved);
            writeJson(event);
            return;
        }
        m_streams.err << '\n';
    }

    void logMessage(const QString &message) override
    {
        if (m_json) {
            QJsonObject event;
            event.insert(QStringLiteral("event"), QStringLiteral("log"));
            event.insert(QStringLiteral("message"), message);
            writeJson(event);
            return;
        }
        m_streams.err << message << '\n';
        m_streams.err.flush();
    }

private:
    void writeJson(const QJsonObject &event)
    {
        m_streams.out << QJsonDocument(event).toJson(QJsonDocument::Compact) << '\n';
        m_streams.out.flush();
    }

    CommandStreams m_streams;
    bool m_json = false;
};

void addRecipeOptions(QCommandLineParser &parser)
{
    const QList<QCommandLineOption> options = {
        {QStringLiteral("epochs"), QCoreApplication::translate("cnnwb::app", "Epochs to train (default 10)."), QCoreApplication::translate("cnnwb::app", "count")},
        {QStringLiteral("batch"), QCoreApplication::translate("cnnwb::app", "Batch size (default 16)."), QCoreApplication::translate("cnnwb::app", "count")},
        {QStringLiteral("lr"), QCoreApplication::translate("cnnwb::app", "Learning rate (default 0.001)."), QCoreApplication::translate("cnnwb::app", "rate")},
        {QStringLiteral("optimizer"), QCoreApplication::translate("cnnwb::app", "adam (default) or sgd (with momentum)."), QCoreApplication::translate("cnnwb::app", "name")},
        {QStringLiteral("momentum"), QCoreApplication::translate("cnnwb::app", "SGD momentum (default 0.9)."), QCoreApplication::translate("cnnwb::app", "value")},
        {QStringLiteral("weight-decay"), QCoreApplication::translate("cnnwb::app", "L2 weight decay (default 0)."), QCoreApplication::translate("cnnwb::app", "value")},
        {QStringLiteral("schedule"), QCoreApplication::translate("cnnwb::app", "none, step, exponential, cosine or plateau."), QCoreApplication::translate("cnnwb::app", "name")},
        {QStringLiteral("step-epochs"), QCoreApplication::translate("cnnwb::app", "Step schedule: epochs between decays (default 10)."), QCoreApplication::translate("cnnwb::app", "count")},
        {QStringLiteral("gamma"), QCoreApplication::translate("cnnwb::app", "Step and exponential schedules: decay factor (default 0.1)."), QCoreApplication::translate("cnnwb::app", "value")},
        {QStringLiteral("plateau-patience"), QCoreApplication::translate("cnnwb::app", "Plateau schedule: epochs without improvement (default 3)."), QCoreApplication::translate("cnnwb::app", "count")},
        {QStringLiteral("min-lr"), QCoreApplication::translate("cnnwb::app", "Lowest learning rate of any schedule (default 0)."), QCoreApplication::translate("cnnwb::app", "rate")},
        {QStringLiteral("warmup"), QCoreApplication::translate("cnnwb::app", "Epochs of linear warm-up (default 0)."), QCoreApplication::translate("cnnwb::app", "count")},
        {QStringLiteral("class-weighting"), QCoreApplication::translate("cnnwb::app", "none, weights (inverse class frequency) or balanced (sampling)."), QCoreApplication::translate("cnnwb::app", "mode")},
        {QStringLiteral("monitor"), QCoreApplication::translate("cnnwb::app", "Validation metric for the best checkpoint and early stopping (default val_accuracy, or val_pixel_error for segmentation)."), QCoreApplication::translate("cnnwb::app", "metric")},
        {QStringLiteral("early-stop"), QCoreApplication::translate("cnnwb::app", "Stop after this many epochs without improvement (default off)."), QCoreApplication::translate("cnnwb::app", "count")},
        {QStringLiteral("clip"), QCoreApplication::translate("cnnwb::app", "Clip the gradient norm to this value (default off)."), QCoreApplication::translate("cnnwb::app", "norm")},
        {QStringLiteral("bn-momentum"), QCoreApplication::translate("cnnwb::app", "Batch-norm running-statistics momentum, PyTorch convention (default: the model's Keras value 0.01; 0.1 suits small datasets)."), QCoreApplication::translate("cnnwb::app", "value")},
        {QStringLiteral("seed"), QCoreApplication::translate("cnnwb::app", "Random seed (default 1)."), QCoreApplication::translate("cnnwb::app", "number")},
        {QStringLiteral("max-steps"), QCoreApplication::translate("cnnwb::app", "Limit each epoch to this many steps (for quick trials)."), QCoreApplication::translate("cnnwb::app", "count")},
        {QStringLiteral("workers"), QCoreApplication::translate("cnnwb::app", "Data loading threads (default 2)."), QCoreApplication::translate("cnnwb::app", "count")},
    };
    for (const QCommandLineOption &option : options)
        parser.addOption(option);
    parser.addOption(QCommandLineOption(QStringLiteral("no-augment"), QCoreApplication::translate("cnnwb::app", "Train without augmentation.")));
    addDeviceOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("cnnwb::app", "Print one JSON object per event on the output instead of a progress bar.")));
}

// Applies the recipe options of PARSER to CONFIG. Returns an error message or "".
QString applyRecipe(const QCommandLineParser &parser, models::TrainingConfig &config)
{
    const auto number = [&parser](const char *name, auto &target) -> bool {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            return true;
        bool ok = false;
        const double value = parser.value(key).toDouble(&ok);
        if (ok)
            target = static_cast<std::decay_t<decltype(target)>>(value);
        return ok;
    };
    const struct
    {
        const char *name;
        bool ok;
    } checks[] = {
        {"epochs", number("epochs", config.epochs)},
        {"batch", number("batch", config.batchSize)},
        {"lr", number("lr", config.learningRate)},
        {"momentum", number("momentum", config.momentum)},
        {"weight-decay", number("weight-decay", config.weightDecay)},
        {"step-epochs", number("step-epochs", config.stepEpochs)},
        {"gamma", number("gamma", config.gamma)},
        {"plateau-patience", number("plateau-patience", config.plateauPatience)},
        {"min-lr", number("min-lr", config.minLearningRate)},
        {"warmup", number("warmup", config.warmupEpochs)},
        {"early-stop", number("early-stop", config.earlyStopPatience)},
        {"clip", number("clip", config.gradientClipNorm)},
        {"bn-momentum", number("bn-momentum", config.batchNormMomentum)},
        {"seed", number("seed", config.seed)},
        {"max-steps", number("max-steps", config.maxStepsPerEpoch)},
        {"workers", number("workers", config.workers)},
    };
    for (const auto &check : checks) {
        if (!check.ok)
            return QCoreApplication::translate("cnnwb::app", "--%1 expects a number, got \"%2\"")
                .arg(QLatin1String(check.name), parser.value(QString::fromLatin1(check.name)));
    }
    if (parser.isSet(QStringLiteral("optimizer")))
        config.optimizer = parser.value(QStringLiteral("optimizer"));
    if (parser.isSet(QStringLiteral("schedule")))
        config.schedule = parser.value(QStringLiteral("schedule"));
    if (parser.isSet(QStringLiteral("class-weighting")))
        config.classWeighting = parser.value(QStringLiteral("class-weighting"));
    if (parser.isSet(QStringLiteral("monitor")))
        config.monitor = parser.value(QStringLiteral("monitor"));
    if (parser.isSet(QStringLiteral("no-augment")))
        config.augment = false;
    return config.validate();
}

// Runs TRAINER, printing progress; returns the exit code.
int runTrainer(models::Trainer &trainer, const models::RunFolder &folder, bool resume,
               bool json, CommandStreams streams)
{
    ProgressPrinter printer(streams, json);
    trainer.setObserver(&printer);
    g_activeTrainer = &trainer;
    auto previous = std::signal(SIGINT, handleInterrupt);
    const models::TrainingResult result = trainer.run(resume);
    std::signal(SIGINT, previous);
    g_activeTrainer = nullptr;

    switch (result.outcome) {
    case models::TrainingOutcome::Finished:
    case models::TrainingOutcome::EarlyStopped:
        streams.err << QCoreApplication::translate("cnnwb::app", "Run folder: %1\n").arg(folder.path());
        return 0;
    case models::TrainingOutcome::Stopped:
        streams.err << QCoreApplication::translate("cnnwb::app", "Stopped; the last checkpoint is %1.\nResume with: cnn-workbench resume \"%2\"\n")
                           .arg(folder.lastCheckpointPath(), folder.path());
        return 130;
    case models::TrainingOutcome::Failed:
        streams.err << result.message << '\n';
        if (QFileInfo::exists(folder.lastCheckpointPath()))
            streams.err << QCoreApplication::translate("cnnwb::app", "The last checkpoint is kept: %1\nResume with: cnn-workbench resume \"%2\"\n")
                               .arg(folder.lastCheckpointPath(), folder.path());
        return 1;
    }
    return 1;
}

} // namespace

int runTrainCommand(const QStringList &arguments, CommandStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cnnwb::app", "Trains a zoo model on a dataset and writes a run folder: config.json, history.csv, "
           "steps.csv, training.log, last.pt and best.pt. Ctrl-C stops after the current step "
           "and writes a checkpoint to resume from."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cnnwb::app", "Model id: %1.").arg(models::Zoo::instance().ids().join(QLatin1String(", "))), QCoreApplication::translate("cnnwb::app", "id")});
    parser.addOption({QStringLiteral("set"), QCoreApplication::translate("cnnwb::app", "Sets an architecture option; repeat for several."), QCoreApplication::translate("cnnwb::app", "key=value")});
    parser.addOption({QStringLiteral("data"), QCoreApplication::translate("cnnwb::app", "Dataset folder or file, or \"demo\" for the model's demo set."), QCoreApplication::translate("cnnwb::app", "path")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("cnnwb::app", "Dataset format: %1 (default auto).").arg(datasetFormats().join(QLatin1String(", "))), QCoreApplication::translate("cnnwb::app", "format")});
    parser.addOption({QStringLiteral("val"), QCoreApplication::translate("cnnwb::app", "Validation data for .gnt training (a file or folder)."), QCoreApplication::translate("cnnwb::app", "path")});
    parser.addOption({QStringLiteral("add-data"), QCoreApplication::translate("cnnwb::app", "Further .gnt file or folder whose characters join the training split, such as a personal handwriting set; repeat for several."), QCoreApplication::translate("cnnwb::app", "path")});
    parser.addOption({QStringLiteral("init-from"), QCoreApplication::translate("cnnwb::app", "Start from the weights of this checkpoint or run folder (fine-tuning); the architecture and classes come from it."), QCoreApplication::translate("cnnwb::app", "checkpoint")});
    parser.addOption({QStringLiteral("val-from-train"), QCoreApplication::translate("cnnwb::app", "Move this stratified fraction of the training split to validation."), QCoreApplication::translate("cnnwb::app", "fraction")});
    parser.addOption({QStringLiteral("labels"), QCoreApplication::translate("cnnwb::app", "EM label stack matching the volume (default: the volume's name with \"labels\")."), QCoreApplication::translate("cnnwb::app", "path")});
    parser.addOption({QStringLiteral("train-slices"), QCoreApplication::translate("cnnwb::app", "EM slices to train on, 1-based ranges such as 1-25."), QCoreApplication::translate("cnnwb::app", "ranges")});
    parser.addOption({QStringLiteral("val-slices"), QCoreApplication::translate("cnnwb::app", "EM slices to validate on, such as 26-30."), QCoreApplication::translate("cnnwb::app", "ranges")});
    parser.addOption({QStringLiteral("crop"), QCoreApplication::translate("cnnwb::app", "EM crop side in pixels (default 256)."), QCoreApplication::translate("cnnwb::app", "pixels")});
    parser.addOption({QStringLiteral("membrane"), QCoreApplication::translate("cnnwb::app", "Which EM label values are membrane: low (default, ISBI) or high."), QCoreApplication::translate("cnnwb::app", "low|high")});
    parser.addOption({QStringLiteral("class-set"), QCoreApplication::translate("cnnwb::app", ".gnt classes: level1 (default, 3755 GB2312 level-1 characters) or all-found."), QCoreApplication::translate("cnnwb::app", "set")});
    parser.addOption({QStringLiteral("demo-samples"), QCoreApplication::translate("cnnwb::app", "Demo characters: samples per class (default 20)."), QCoreApplication::translate("cnnwb::app", "count")});
    parser.addOption({QStringLiteral("demo-preset"), QCoreApplication::translate("cnnwb::app", "Demo characters: common (400 classes, default) or level1 (3755)."), QCoreApplication::translate("cnnwb::app", "preset")});
    parser.addOption({QStringLiteral("runs"), QCoreApplication::translate("cnnwb::app", "Folder for run folders (default: $CNNWB_RUNS or the user data folder)."), QCoreApplication::translate("cnnwb::app", "folder")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("cnnwb::app", "Run folder name (default: model and time)."), QCoreApplication::translate("cnnwb::app", "name")});
    addRecipeOptions(parser);
    if (const int code = parseCommand(parser, arguments, streams); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("model")) || !parser.isSet(QStringLiteral("data"))) {
        streams.err << QCoreApplication::translate("cnnwb::app", "train needs --model and --data. Run \"cnn-workbench train --help\".\n");
        return 2;
    }
    applyCommonOptions(parser);

    models::TrainingConfig config;
    QString error;
    const models::ModelSpec *spec = resolveModel(parser.value(QStringLiteral("model")),
                                                 parser.values(QStringLiteral("set")), config.options, error);
    if (!spec) {
        streams.err << error << '\n';
        return 2;
    }
    config.modelId = spec->id;
    config.datasetPath = parser.value(QStringLiteral("data"));
    QJsonObject dataset;
    const QStringList datasetKeys = {QStringLiteral("format"), QStringLiteral("labels"), QStringLiteral("train-slices"),
                                     QStringLiteral("val-slices"), QStringLiteral("membrane"), QStringLiteral("class-set"),
                                     QStringLiteral("demo-preset"), QStringLiteral("val")};
    for (const QString &key : datasetKeys) {
        if (parser.isSet(key))
            dataset.insert(key == QLatin1String("val") ? QStringLiteral("val_path") : QString(key).replace(QLatin1Char('-'), QLatin1Char('_')),
                           parser.value(key));
    }
    if (parser.isSet(QStringLiteral("crop")))
        dataset.insert(QStringLiteral("crop"), parser.value(QStringLiteral("crop")).toInt());
    if (parser.isSet(QStringLiteral("demo-samples")))
        dataset.insert(QStringLiteral("demo_samples"), parser.value(QStringLiteral("demo-samples")).toInt());
    config.dataset = dataset;
    config.valFromTrain = parser.value(QStringLiteral("val-from-train")).toDouble();
    config.extraDataPaths = parser.values(QStringLiteral("add-data"));
    config.initialWeights = parser.value(QStringLiteral("init-from"));
    config.applyTaskDefaults(spec->task == models::TaskKind::Segmentation);
    error = applyRecipe(parser, config);
    if (!error.isEmpty()) {
        streams.err << error << '\n';
        return 2;
    }

    try {
        // Empty --runs and --name select the defaults.
        const PreparedRun run = prepareNewRun(*spec, config, parser.value(QStringLiteral("device")),
                                              parser.value(QStringLiteral("runs")), parser.value(QStringLiteral("name")));
        streams.err << QCoreApplication::translate("cnnwb::app", "Run folder: %1\n").arg(run.folder.path());
        if (!run.warning.isEmpty())
            streams.err << run.warning << '\n';
        models::Trainer trainer(run.config, spec->task, run.network, run.data.train, run.data.validation,
                                run.folder, run.device);
        return runTrainer(trainer, run.folder, false, parser.isSet(QStringLiteral("json")), streams);
    } catch (const data::DataError &e) {
        streams.err << e.message() << '\n';
        return 1;
    } catch (const std::exception &e) {
        streams.err << models::exceptionMessage(e) << '\n';
        return 1;
    }
}

int runResumeCommand(const QStringList &arguments, CommandStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cnnwb::app", "Resumes a stopped or interrupted run from its last checkpoint: weights, optimizer, "
           "schedule, epoch, step and random state. The history continues where it stopped."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("run"), QCoreApplication::translate("cnnwb::app", "Run folder."));
    parser.addOption({QStringLiteral("epochs"), QCoreApplication::translate("cnnwb::app", "Raise the total epoch count of the run."), QCoreApplication::translate("cnnwb::app", "count")});
    addDeviceOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cnnwb::app", "Print one JSON object per event on the output instead of a progress bar.")});
    if (const int code = parseCommand(parser, arguments, streams); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Usage: cnn-workbench resume RUN_FOLDER\n");
        return 2;
    }
    applyCommonOptions(parser);
    const int epochs = parser.isSet(QStringLiteral("epochs")) ? parser.value(QStringLiteral("epochs")).toInt() : 0;

    try {
        const PreparedRun run = prepareResume(parser.positionalArguments().first(),
                                              parser.value(QStringLiteral("device")), epochs);
        if (!run.warning.isEmpty())
            streams.err << run.warning << '\n';
        models::Trainer trainer(run.config, run.spec->task, run.network, run.data.train, run.data.validation,
                                run.folder, run.device);
        return runTrainer(trainer, run.folder, true, parser.isSet(QStringLiteral("json")), streams);
    } catch (const data::DataError &e) {
        streams.err << e.message() << '\n';
        return 1;
    } catch (const std::exception &e) {
        streams.err << models::exceptionMessage(e) << '\n';
        return 1;
    }
}

} // namespace cnnwb::app
