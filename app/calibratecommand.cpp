#include "commands.h"

#include "trainingdata.h"

#include "data/dataerror.h"
#include "data/samplesource.h"
#include "models/calibration.h"
#include "models/checkpoint.h"
#include "models/device.h"
#include "models/errors.h"
#include "models/runfolder.h"
#include "models/trainingconfig.h"
#include "models/zoo.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QTextStream>

namespace cnnwb::app {

int runCalibrateCommand(const QStringList &arguments, CommandStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cnnwb::app", "Calibrates a binary classifier's checkpoint: computes the ROC curve and the threshold "
           "with the largest Youden's J on the run's validation split, and the training images' "
           "feature distribution and image statistics for the out-of-distribution guard. Stores "
           "them in the checkpoint, which is rewritten in place."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("run"), QCoreApplication::translate("cnnwb::app", "Run folder or checkpoint file."));
    parser.addOption({QStringLiteral("checkpoint"), QCoreApplication::translate("cnnwb::app", "best (default) or last, for a run folder."), QCoreApplication::translate("cnnwb::app", "which")});
    parser.addOption({QStringLiteral("train-samples"), QCoreApplication::translate("cnnwb::app", "Training images used for the feature distribution (default 2000, 0 = all)."), QCoreApplication::translate("cnnwb::app", "count")});
    parser.addOption({QStringLiteral("batch"), QCoreApplication::translate("cnnwb::app", "Batch size (default 16)."), QCoreApplication::translate("cnnwb::app", "count")});
    addDeviceOption(parser);
    if (const int code = parseCommand(parser, arguments, streams); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Usage: cnn-workbench calibrate RUN_FOLDER_OR_CHECKPOINT\n");
        return 2;
    }
    applyCommonOptions(parser);

    // A checkpoint file names its run folder as its parent.
    const QFileInfo runInfo(parser.positionalArguments().first());
    const models::RunFolder folder(runInfo.isDir() ? runInfo.filePath() : runInfo.path());
    models::TrainingConfig config;
    QString error;
    const models::ModelSpec *spec = loadRunConfig(folder, config, error);
    if (!spec) {
        streams.err << error << '\n';
        return 2;
    }
    if (spec->task != models::TaskKind::BinaryClassification) {
        streams.err << QCoreApplication::translate("cnnwb::app", "%1 is a %2 model; calibration applies to binary classifiers only\n")
                           .arg(folder.path(), models::taskKindName(spec->task));
        return 2;
    }
    const QString checkpoint = !runInfo.isDir() ? runInfo.filePath()
                               : parser.value(QStringLiteral("checkpoint")) == QLatin1String("last") ? folder.lastCheckpointPath()
                                                                                                      : folder.bestCheckpointPath();

    try {
        models::CalibrationOptions options;
        options.device = models::selectDevice(parser.value(QStringLiteral("device")));
        if (parser.isSet(QStringLiteral("train-samples")))
            options.maxTrainingSamples = parser.value(QStringLiteral("train-samples")).toLongLong();
        if (parser.isSet(QStringLiteral("batch")))
            options.batchSize = std::max(1, parser.value(QStringLiteral("batch")).toInt());
        options.progress = [&streams](qint64 done, qint64 total) {
            streams.err << '\r' << QCoreApplication::translate("cnnwb::app", "Calibrating: %1 of %2 samples").arg(done).arg(total);
            streams.err.flush();
        };

        const TrainingData data = openTrainingData(*spec, config);
        models::NetworkPtr network = spec->factory(config.options, config.classNames.size());
        QElapsedTimer timer;
        timer.start();
        const models::Calibration calibration = models::calibrateCheckpoint(
            checkpoint, *network, models::checkpointMetaFor(config), data.train, data.validation, options);
        streams.err << '\n';
        streams.out << QCoreApplication::translate("cnnwb::app", "Calibrated %1 in %2 s: %3\n")
                           .arg(checkpoint)
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                           .arg(models::describeCalibration(calibration));
        return 0;
    } catch (const data::DataError &e) {
        streams.err << '\n' << e.message() << '\n';
        return 1;
    } catch (const std::exception &e) {
        streams.err << '\n' << models::exceptionMessage(e) << '\n';
        return 1;
    }
}

} // namespace cnnwb::app
