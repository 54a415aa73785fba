#include "checkpoint.h"

#include "errors.h"
#include "network.h"
#include "trainingconfig.h"
#include "zoo.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>

#include <stdexcept>

namespace cnnwb::models {
namespace {

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace

QJsonObject CheckpointMeta::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("model"), modelId);
    json.insert(QStringLiteral("options"), options);
    json.insert(QStringLiteral("classes"), QJsonArray::fromStringList(classNames));
    json.insert(QStringLiteral("epochs_done"), epochsDone);
    json.insert(QStringLiteral("step_in_epoch"), stepInEpoch);
    json.insert(QStringLiteral("global_step"), globalStep);
    json.insert(QStringLiteral("trainer"), trainerState);
    json.insert(QStringLiteral("metrics"), metrics);
    json.insert(QStringLiteral("torch_version"), torchVersion);
    if (!calibration.isEmpty())
        json.insert(QStringLiteral("calibration"), calibration);
    return json;
}

CheckpointMeta CheckpointMeta::fromJson(const QJsonObject &json)
{
    CheckpointMeta meta;
    meta.version = json.value(QStringLiteral("version")).toInt();
    meta.modelId = json.value(QStringLiteral("model")).toString();
    meta.options = json.value(QStringLiteral("options")).toObject();
    for (const QJsonValue &name : json.value(QStringLiteral("classes")).toArray())
        meta.classNames << name.toString();
    meta.epochsDone = json.value(QStringLiteral("epochs_done")).toInt();
    meta.stepInEpoch = json.value(QStringLiteral("step_in_epoch")).toInt();
    meta.globalStep = qint64(json.value(QStringLiteral("global_step")).toDouble());
    meta.trainerState = json.value(QStringLiteral("trainer")).toObject();
    meta.metrics = json.value(QStringLiteral("metrics")).toObject();
    meta.torchVersion = json.value(QStringLiteral("torch_version")).toString();
    meta.calibration = json.value(QStringLiteral("calibration")).toObject();
    return meta;
}

QString CheckpointMeta::describeArchitecture() const
{
    QStringList settings;
    for (auto it = options.begin(); it != options.end(); ++it)
        settings << it.key() + QLatin1Char('=') + it.value().toString();
    return QStringLiteral("%1 (%2), %3 %4")
        .arg(modelId, settings.join(QLatin1String(", ")))
        .arg(classNames.size())
        .arg(classNames.size() == 1 ? QLatin1String("class") : QLatin1String("classes"));
}

QString checkpointOptions(const CheckpointMeta &meta, const ModelSpec &spec, OptionValues &values)
{
    values = spec.defaultOptions();
    for (auto it = meta.options.constBegin(); it != meta.options.constEnd(); ++it) {
        const QString problem = values.set(spec.options, it.key(), it.value().toString());
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

CheckpointMeta checkpointMetaFor(const TrainingConfig &config)
{
    CheckpointMeta meta;
    meta.modelId = config.modelId;
    for (auto it = config.options.values().cbegin(); it != config.options.values().cend(); ++it)
        meta.options.insert(it.key(), it.value());
    meta.classNames = config.classNames;
    return meta;
}

void saveCheckpoint(const QString &path, Network &network, torch::optim::Optimizer *optimizer,
                    const CheckpointMeta &meta)
{
    CheckpointMeta stamped = meta;
    stamped.version = kCheckpointVersion;
    stamped.torchVersion = QStringLiteral(TORCH_VERSION);

    torch::serialize::OutputArchive archive;
    const QByteArray metaJson = QJsonDocument(stamped.toJson()).toJson(QJsonDocument::Compact);
    archive.write("meta", c10::IValue(metaJson.toStdString()));
    torch::serialize::OutputArchive modelArchive;
    network.save(modelArchive);
    archive.write("model", modelArchive);
    if (optimizer) {
        torch::serialize::OutputArchive optimizerArchive;
        optimizer->save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
    }
    archive.write("rng", at::detail::getDefaultCPUGenerator().get_state());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(QCoreApplication::translate("cnnwb::models", "%1: cannot write the checkpoint: %2").arg(path, file.errorString()));
    bool writeFailed = false;
    archive.save_to([&file, &writeFailed](const void *data, std::size_t size) -> std::size_t {
        if (file.write(static_cast<const char *>(data), qint64(size)) != qint64(size))
            writeFailed = true;
        return size;
    });
    if (writeFailed || !file.commit())
        fail(QCoreApplication::translate("cnnwb::models", "%1: writing the checkpoint failed: %2. Check the free disk space.")
                 .arg(path, file.errorString()));
}

static torch::serialize::InputArchive openArchive(const QString &path)
{
    if (!QFileInfo::exists(path))
        fail(QCoreApplication::translate("cnnwb::models", "%1: checkpoint not found").arg(path));
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(QFile::encodeName(path).toStdString());
    } catch (const std::exception &e) {
        fail(QCoreApplication::translate("cnnwb::models", "%1: not a CNN Workbench checkpoint or damaged (%2)").arg(path, exceptionMessage(e)));
    }
    return archive;
}

static CheckpointMeta readMeta(torch::serialize::InputArchive &archive, const QString &path)
{
    c10::IValue value;
    if (!archive.try_read("meta", value) || !value.isString())
        fail(QCoreApplication::translate("cnnwb::models", "%1: the checkpoint has no metadata; it was not written by CNN Workbench").arg(path));
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(value.toStringRef()));
    const CheckpointMeta meta = CheckpointMeta::fromJson(document.object());
    if (meta.version != kCheckpointVersion)
        fail(QCoreApplication::translate("cnnwb::models", "%1: checkpoint format version %2 is not supported (this build reads version %3)")
                 .arg(path)
                 .arg(meta.version)
                 .arg(kCheckpointVersion));
    return meta;
}

CheckpointMeta readCheckpointMeta(const QString &path)
{
    torch::serialize::InputArchive archive = openArchive(path);
    return readMeta(archive, path);
}

CheckpointMeta loadCheckpoint(const QString &path, Network &network,
                              torch::optim::Optimizer *optimizer, const CheckpointMeta &expected,
                              bool restoreTrainingState)
{
    torch::serialize::InputArchive archive = openArchive(path);
    const CheckpointMeta meta = readMeta(archive, path);
    const bool sameArchitecture = meta.modelId == expected.modelId && meta.options == expected.options
                                  && meta.classNames.size() == expected.classNames.size();
    if (!sameArchitecture)
        fail(QCoreApplication::translate("cnnwb::models", "%1 holds %2, but the network is %3. Choose a checkpoint of the same model, "
                "options and class count.")
                 .arg(path, meta.describeArchitecture(), expected.describeArchitecture()));

    try {
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        network.load(modelArchive);
        if (restoreTrainingState) {
            if (optimizer) {
                torch::serialize::InputArchive optimizerArchive;
                if (archive.try_read("optimizer", optimizerArchive))
                    optimizer->load(optimizerArchive);
            }
            torch::Tensor rngState;
            if (archive.try_read("rng", rngState)) {
                at::Generator generator = at::detail::getDefaultCPUGenerator();
                generator.set_state(rngState);
            }
        }
    } catch (const std::exception &e) {
        fail(QCoreApplication::translate("cnnwb::models", "%1: loading the weights failed: %2").arg(path, exceptionMessage(e)));
    }
    return meta;
}

} // namespace cnnwb::models
