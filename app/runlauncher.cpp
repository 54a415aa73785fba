#include "runlauncher.h"

#include "commands.h"
#include "runtime.h"

#include "data/subsetsource.h"
#include "models/checkpoint.h"
#include "models/device.h"
#include "models/zoo.h"

#include <stdexcept>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonObject>

namespace cnnwb::app {
namespace {

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace

QString defaultRunName(const QString &modelId)
{
    return QStringLiteral("%1-%2").arg(
        modelId, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

namespace {

// Fine-tuning: the checkpoint named by CONFIG.initialWeights (a .pt file or a run folder)
// fixes the architecture and the class list; DATA is renumbered to its classes.
void adoptInitialWeights(const models::ModelSpec &spec, models::TrainingConfig &config,
                         TrainingData &data, QString &warning)
{
    QString path = config.initialWeights;
    if (QFileInfo(path).isDir()) {
        const models::RunFolder folder(path);
        path = QFileInfo::exists(folder.bestCheckpointPath()) ? folder.bestCheckpointPath()
                                                              : folder.lastCheckpointPath();
    }
    if (!QFileInfo(path).isFile())
        fail(QCoreApplication::translate("cnnwb::app", "%1: no checkpoint to start from; pass a .pt file or a run folder "
                "that holds best.pt or last.pt")
                 .arg(config.initialWeights));
    const models::CheckpointMeta meta = models::readCheckpointMeta(path);
    if (meta.modelId != spec.id)
        fail(QCoreApplication::translate("cnnwb::app", "%1 holds a %2 model, so a %3 run cannot start from it")
                 .arg(path, meta.modelId, spec.id));
    if (const QString error = models::checkpointOptions(meta, spec, config.options); !error.isEmpty())
        fail(QStringLiteral("%1: %2").arg(path, error));
    if (!meta.classNames.isEmpty() && meta.classNames != data.classNames) {
        qsizetype outsideTrain = 0;
        qsizetype outsideValidation = 0;
        data.train = data::remapClasses(data.train, meta.classNames, &outsideTrain);
        if (data.validation)
            data.validation = data::remapClasses(data.validation, meta.classNames, &outsideValidation);
        data.classNames = meta.classNames;
        if (!data.train->size())
            fail(QCoreApplication::translate("cnnwb::app", "None of the training samples of %1 belongs to the %2 classes of %3.")
                     .arg(config.datasetPath)
                     .arg(meta.classNames.size())
                     .arg(path));
        data.description.insert(QStringLiteral("train_samples"), double(data.train->size()));
        data.description.insert(QStringLiteral("val_samples"),
                                double(data.validation ? data.validation->size() : 0));
        if (outsideTrain + outsideValidation > 0)
            warning = QCoreApplication::translate("cnnwb::app", "%1 samples have classes that %2 does not know and were left out")
                          .arg(outsideTrain + outsideValidation)
                          .arg(path);
    }
    config.initialWeights = QFileInfo(path).absoluteFilePath();
}

} // namespace

PreparedRun prepareNewRun(const models::ModelSpec &spec, models::TrainingConfig config,
                          const QString &deviceName, const QString &parent, const QString &name)
{
    PreparedRun run;
    run.spec = &spec;
    run.device = models::selectDevice(deviceName);
    run.data = openTrainingData(spec, config);
    if (!config.initialWeights.isEmpty())
        adoptInitialWeights(spec, config, run.data, run.warning);
    config.classNames = run.data.classNames;
    config.datasetHash = run.data.hash;
    for (auto it = run.data.description.begin(); it != run.data.description.end(); ++it)
        config.dataset.insert(it.key(), it.value());

    const QString runName = name.isEmpty() ? defaultRunName(spec.id) : name;
    const QString runParent = parent.isEmpty() ? models::RunFolder::defaultParent() : parent;
    run.folder = models::RunFolder::create(runParent, runName);

    QJsonObject configJson = config.toJson();
    QJsonObject versions;
    versions.insert(QStringLiteral("app"), QCoreApplication::applicationVersion());
    versions.insert(QStringLiteral("libtorch"), torchVersion());
    configJson.insert(QStringLiteral("versions"), versions);
    configJson.insert(QStringLiteral("device"), models::describeDevice(run.device));
    run.folder.writeJson(QStringLiteral("config.json"), configJson);

    run.network = spec.factory(config.options, config.classNames.size());
    run.config = config;
    return run;
}

PreparedRun prepareResume(const QString &path, const QString &deviceName, int epochs)
{
    PreparedRun run;
    run.folder = models::RunFolder(path);
    QString error;
    run.spec = loadRunConfig(run.folder, run.config, error);
    if (!run.spec)
        fail(error);
    if (!QFileInfo::exists(run.folder.lastCheckpointPath()))
        fail(QCoreApplication::translate("cnnwb::app", "%1: no checkpoint to resume from; start a new run instead")
                 .arg(run.folder.lastCheckpointPath()));

    if (epochs > 0 && epochs != run.config.epochs) {
        run.config.epochs = epochs;
        QJsonObject configJson = run.folder.readJson(QStringLiteral("config.json"));
        QJsonObject training = configJson.value(QStringLiteral("training")).toObject();
        training.insert(QStringLiteral("epochs"), epochs);
        configJson.insert(QStringLiteral("training"), training);
        run.folder.writeJson(QStringLiteral("config.json"), configJson);
    }

    run.device = models::selectDevice(deviceName);
    run.data = openTrainingData(*run.spec, run.config);
    if (!run.config.datasetHash.isEmpty() && run.data.hash != run.config.datasetHash)
        run.warning =
            QCoreApplication::translate("cnnwb::app", "Warning: the dataset at %1 changed since the run started (hash %2, now %3)")
                .arg(run.config.datasetPath, run.config.datasetHash, run.data.hash);
    run.network = run.spec->factory(run.config.options, run.config.classNames.size());
    return run;
}

} // namespace cnnwb::app
