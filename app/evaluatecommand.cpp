#include "commands.h"

#include "trainingdata.h"

#include "data/dataerror.h"
#include "data/samplesource.h"
#include "models/checkpoint.h"
#include "models/device.h"
#include "models/errors.h"
#include "models/evaluator.h"
#include "models/zoo.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QTextStream>

namespace cnnwb::app {
namespace {

QString formatConfusion(const models::ConfusionMatrix &matrix, const QStringList &names)
{
    QString text = QStringLiteral("%1").arg(QCoreApplication::translate("cnnwb::app", "true \\ predicted"), -18);
    for (const QString &name : names)
        text += QStringLiteral("%1").arg(name, 12);
    text += QLatin1Char('\n');
    for (int t = 0; t < matrix.classes(); ++t) {
        text += QStringLiteral("%1").arg(names.value(t), -18);
        for (int p = 0; p < matrix.classes(); ++p)
            text += QStringLiteral("%1").arg(matrix.count(t, p), 12);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

int runEvaluateCommand(const QStringList &arguments, CommandStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cnnwb::app", "Evaluates a run's checkpoint on a dataset split or folder, prints the metrics and the "
           "confusion matrix, and writes them to evaluation-NAME.json in the run folder."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("run"), QCoreApplication::translate("cnnwb::app", "Run folder."));
    parser.addOption({QStringLiteral("checkpoint"), QCoreApplication::translate("cnnwb::app", "best (default), last, or a checkpoint file."), QCoreApplication::translate("cnnwb::app", "which")});
    parser.addOption({QStringLiteral("data"), QCoreApplication::translate("cnnwb::app", "Dataset to evaluate on (default: the run's own dataset)."), QCoreApplication::translate("cnnwb::app", "path")});
    parser.addOption({QStringLiteral("split"), QCoreApplication::translate("cnnwb::app", "X-ray split: test (default), val or train."), QCoreApplication::translate("cnnwb::app", "split")});
    parser.addOption({QStringLiteral("slices"), QCoreApplication::translate("cnnwb::app", "EM slices, 1-based ranges such as 26-30 (default: all)."), QCoreApplication::translate("cnnwb::app", "ranges")});
    parser.addOption({QStringLiteral("batch"), QCoreApplication::translate("cnnwb::app", "Batch size (default 16)."), QCoreApplication::translate("cnnwb::app", "count")});
    addDeviceOption(parser);
    if (const int code = parseCommand(parser, arguments, streams); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Usage: cnn-workbench evaluate RUN_FOLDER [--data PATH] [--split test]\n");
        return 2;
    }
    applyCommonOptions(parser);
    const models::RunFolder folder(parser.positionalArguments().first());
    models::TrainingConfig config;
    QString error;
    const models::ModelSpec *spec = loadRunConfig(folder, config, error);
    if (!spec) {
        streams.err << error << '\n';
        return 2;
    }
    const QString checkpointChoice = parser.value(QStringLiteral("checkpoint"));
    const QString checkpoint = checkpointChoice.isEmpty() || checkpointChoice == QLatin1String("best") ? folder.bestCheckpointPath()
                               : checkpointChoice == QLatin1String("last")               ? folder.lastCheckpointPath()
                                                                              : checkpointChoice;

    try {
        const torch::Device device = models::selectDevice(parser.value(QStringLiteral("device")));
        models::NetworkPtr network = spec->factory(config.options, config.classNames.size());
        const models::CheckpointMeta meta = models::loadCheckpoint(checkpoint, *network, nullptr,
                                                                   models::checkpointMetaFor(config), false);
        network->to(device);

        qsizetype skipped = 0;
        const QString split = parser.value(QStringLiteral("split"));
        const auto source = openEvaluationData(*spec, config, parser.value(QStringLiteral("data")), split,
                                               parser.value(QStringLiteral("slices")), &skipped);
        if (!source || source->size() == 0) {
            streams.err << QCoreApplication::translate("cnnwb::app", "No samples to evaluate (%1 skipped: their classes are not among the model's %2)\n")
                               .arg(skipped)
                               .arg(config.classNames.size());
            return 1;
        }
        if (skipped > 0)
            streams.err << QCoreApplication::translate("cnnwb::app", "Skipped %1 samples whose classes the model was not trained on\n").arg(skipped);

        models::EvaluationOptions options;
        options.batchSize = parser.isSet(QStringLiteral("batch")) ? parser.value(QStringLiteral("batch")).toInt() : 16;
        options.device = device;
        const models::EvaluationResult result = models::evaluate(*network, source, spec->task, options);

        streams.out << QCoreApplication::translate("cnnwb::app", "Checkpoint: %1 (epoch %2)\n").arg(checkpoint).arg(meta.epochsDone);
        streams.out << QCoreApplication::translate("cnnwb::app", "Samples: %1\n").arg(result.samples);
        QJsonObject report;
        QJsonObject metrics;
        for (auto it = result.metrics.cbegin(); it != result.metrics.cend(); ++it) {
            streams.out << QStringLiteral("%1  %2\n").arg(it.key(), -12).arg(it.value(), 0, 'f', 4);
            if (!std::isnan(it.value()))
                metrics.insert(it.key(), it.value());
        }
        const QStringList names = spec->task == models::TaskKind::Segmentation
                                      ? QStringList{QStringLiteral("cell"), QStringLiteral("membrane")}
                                      : config.classNames;
        QJsonArray confusion;
        for (int t = 0; t < result.confusion.classes(); ++t) {
            QJsonArray row;
            for (int p = 0; p < result.confusion.classes(); ++p)
                row.append(double(result.confusion.count(t, p)));
            confusion.append(row);
        }
        if (result.confusion.classes() <= 20) {
            streams.out << '\n' << formatConfusion(result.confusion, names);
            streams.out << '\n' << QStringLiteral("%1%2%3%4\n").arg(QCoreApplication::translate("cnnwb::app", "class"), -18).arg(QCoreApplication::translate("cnnwb::app", "precision"), 12).arg(QCoreApplication::translate("cnnwb::app", "recall"), 12).arg(QCoreApplication::translate("cnnwb::app", "F1"), 12);
            QJsonArray perClass;
            for (int c = 0; c < result.confusion.classes(); ++c) {
                streams.out << QStringLiteral("%1%2%3%4\n")
                                   .arg(names.value(c), -18)
                                   .arg(result.confusion.precision(c), 12, 'f', 4)
                                   .arg(result.confusion.recall(c), 12, 'f', 4)
                                   .arg(result.confusion.f1(c), 12, 'f', 4);
                QJsonObject entry;
                entry.insert(QStringLiteral("class"), names.value(c));
                entry.insert(QStringLiteral("precision"), result.confusion.precision(c));
                entry.insert(QStringLiteral("recall"), result.confusion.recall(c));
                entry.insert(QStringLiteral("f1"), result.confusion.f1(c));
                perClass.append(entry);
            }
            report.insert(QStringLiteral("per_class"), perClass);
        }
        report.insert(QStringLiteral("checkpoint"), checkpoint);
        report.insert(QStringLiteral("data"), parser.value(QStringLiteral("data")).isEmpty() ? config.datasetPath : parser.value(QStringLiteral("data")));
        report.insert(QStringLiteral("split"), split);
        report.insert(QStringLiteral("samples"), double(result.samples));
        report.insert(QStringLiteral("skipped"), double(skipped));
        report.insert(QStringLiteral("metrics"), metrics);
        report.insert(QStringLiteral("classes"), QJsonArray::fromStringList(names));
        report.insert(QStringLiteral("confusion"), confusion);
        const QString reportName = QStringLiteral("evaluation-%1.json")
                                       .arg(split.isEmpty() ? QFileInfo(report.value(QStringLiteral("data")).toString()).completeBaseName() : split);
        folder.writeJson(reportName, report);
        streams.out << QCoreApplication::translate("cnnwb::app", "\nReport: %1\n").arg(folder.file(reportName));
        return 0;
    } catch (const data::DataError &e) {
        streams.err << e.message() << '\n';
        return 1;
    } catch (const std::exception &e) {
        streams.err << models::exceptionMessage(e) << '\n';
        return 1;
    }
}

} // namespace cnnwb::app
