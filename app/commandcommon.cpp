#include "commands.h"

#include "runtime.h"

#include "models/runfolder.h"
#include "models/trainingconfig.h"
#include "models/zoo.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

namespace cnnwb::app {
namespace {

} // namespace

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("threads"),
        QCoreApplication::translate("cnnwb::app", "LibTorch intra-op threads (default: CNNWB_THREADS, else the core count)."),
        QCoreApplication::translate("cnnwb::app", "count")));
}

void addDeviceOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("device"),
                                        QCoreApplication::translate("cnnwb::app", "auto (default), cpu or cuda."),
                                        QCoreApplication::translate("cnnwb::app", "device")));
}

int parseCommand(QCommandLineParser &parser, const QStringList &arguments, CommandStreams streams)
{
    QStringList withProgram = arguments;
    withProgram.first() = QStringLiteral("cnn-workbench ") + arguments.first();
    if (!parser.parse(withProgram)) {
        streams.err << parser.errorText() << '\n'
                    << QCoreApplication::translate("cnnwb::app", "Run \"cnn-workbench %1 --help\" for the options.\n").arg(arguments.first());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        streams.out << parser.helpText();
        return 0;
    }
    return -1;
}

void applyCommonOptions(const QCommandLineParser &parser)
{
    configureTorchThreads(parser.value(QStringLiteral("threads")).toInt());
}

const models::ModelSpec *resolveModel(const QString &id, const QStringList &settings,
                                      models::OptionValues &values, QString &error)
{
    const models::Zoo &zoo = models::Zoo::instance();
    const models::ModelSpec *spec = zoo.find(id);
    if (!spec) {
        error = QCoreApplication::translate("cnnwb::app", "Unknown model \"%1\". Valid models: %2")
                    .arg(id, zoo.ids().join(QLatin1String(", ")));
        return nullptr;
    }
    values = spec->defaultOptions();
    for (const QString &setting : settings) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            error = QCoreApplication::translate("cnnwb::app", "Invalid --set \"%1\": expected key=value").arg(setting);
            return nullptr;
        }
        error = values.set(spec->options, setting.left(equals).trimmed(), setting.mid(equals + 1));
        if (!error.isEmpty()) {
            error = QCoreApplication::translate("cnnwb::app", "Invalid option for model \"%1\": %2").arg(spec->id, error);
            return nullptr;
        }
    }
    return spec;
}

const models::ModelSpec *loadRunConfig(const models::RunFolder &folder, models::TrainingConfig &config,
                                       QString &error)
{
    if (!models::RunFolder::isRunFolder(folder.path())) {
        error = QCoreApplication::translate("cnnwb::app", "%1 is not a run folder (it has no config.json)")
                    .arg(folder.path());
        return nullptr;
    }
    models::TrainingConfig stored;
    if (!models::TrainingConfig::fromJson(folder.readJson(QStringLiteral("config.json")), stored, &error)) {
        error = QCoreApplication::translate("cnnwb::app", "%1: invalid configuration: %2").arg(folder.configPath(), error);
        return nullptr;
    }
    QStringList settings;
    for (auto it = stored.options.values().cbegin(); it != stored.options.values().cend(); ++it)
        settings << it.key() + QLatin1Char('=') + it.value();
    config = stored;
    return resolveModel(stored.modelId, settings, config.options, error);
}

} // namespace cnnwb::app
