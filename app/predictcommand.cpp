#include "commands.h"

#include "data/charnormalize.h"
#include "data/dataerror.h"
#include "data/imagedecode.h"
#include "data/tiffstack.h"
#include "models/checkpoint.h"
#include "models/device.h"
#include "models/errors.h"
#include "models/runfolder.h"
#include "models/tiledinference.h"
#include "models/trainingconfig.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QTextStream>

#include <algorithm>

namespace cnnwb::app {
namespace {

const QStringList kImagePatterns = {QStringLiteral("*.jpeg"), QStringLiteral("*.jpg"), QStringLiteral("*.png"),
                                    QStringLiteral("*.bmp"),  QStringLiteral("*.tif"), QStringLiteral("*.tiff")};

// Expands folders into their image files, sorted; files are kept as given.
QStringList expandInputs(const QStringList &inputs)
{
    QStringList files;
    for (const QString &input : inputs) {
        if (!QFileInfo(input).isDir()) {
            files << input;
            continue;
        }
        QStringList found;
        QDirIterator it(input, kImagePatterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!QFileInfo(path).fileName().startsWith(QLatin1Char('.')))
                found << path;
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

// Converts an 8-bit image (grey or RGB) to a 1×C×H×W float tensor in [0, 1].
torch::Tensor toTensor(const cv::Mat &image8u)
{
    cv::Mat floats;
    image8u.convertTo(floats, CV_32F, 1.0 / 255.0);
    const torch::Tensor hwc = torch::from_blob(floats.data, {floats.rows, floats.cols, floats.channels()},
                                               torch::kFloat32);
    return hwc.permute({2, 0, 1}).unsqueeze(0).clone();
}

} // namespace

int runPredictCommand(const QStringList &arguments, CommandStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cnnwb::app", "Predicts with a run's checkpoint. Classifiers print the class and the probabilities "
           "of each image (a table, or CSV with --csv). The segmentation model writes the "
           "membrane masks of each slice as a multi-page TIFF (--tiff) or PNG files (--png-dir)."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("run"), QCoreApplication::translate("cnnwb::app", "Run folder or checkpoint file."));
    parser.addPositionalArgument(QStringLiteral("inputs"), QCoreApplication::translate("cnnwb::app", "Image files, folders or TIFF stacks."), QCoreApplication::translate("cnnwb::app", "inputs..."));
    parser.addOption({QStringLiteral("checkpoint"), QCoreApplication::translate("cnnwb::app", "best (default) or last, for a run folder."), QCoreApplication::translate("cnnwb::app", "which")});
    parser.addOption({QStringLiteral("csv"), QCoreApplication::translate("cnnwb::app", "Write the classifier results to this CSV file."), QCoreApplication::translate("cnnwb::app", "file")});
    parser.addOption({QStringLiteral("top"), QCoreApplication::translate("cnnwb::app", "Classes listed per image (default 5, at most the class count)."), QCoreApplication::translate("cnnwb::app", "count")});
    parser.addOption({QStringLiteral("tiff"), QCoreApplication::translate("cnnwb::app", "Write the predicted masks to this multi-page TIFF."), QCoreApplication::translate("cnnwb::app", "file")});
    parser.addOption({QStringLiteral("png-dir"), QCoreApplication::translate("cnnwb::app", "Write one PNG mask per slice into this folder."), QCoreApplication::translate("cnnwb::app", "folder")});
    parser.addOption({QStringLiteral("polarity"), QCoreApplication::translate("cnnwb::app", "Mask values: isbi (default, 255 = cell, 0 = membrane) or binary (1 = membrane)."), QCoreApplication::translate("cnnwb::app", "mode")});
    parser.addOption({QStringLiteral("threshold"), QCoreApplication::translate("cnnwb::app", "Membrane probability threshold (default 0.5)."), QCoreApplication::translate("cnnwb::app", "value")});
    addDeviceOption(parser);
    if (const int code = parseCommand(parser, arguments, streams); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Usage: cnn-workbench predict RUN_FOLDER INPUT...\n");
        return 2;
    }
    applyCommonOptions(parser);

    // A checkpoint file names its run folder as its parent.
    const QFileInfo runInfo(positional.first());
    const models::RunFolder folder(runInfo.isDir() ? runInfo.filePath() : runInfo.path());
    models::TrainingConfig config;
    QString error;
    const models::ModelSpec *spec = loadRunConfig(folder, config, error);
    if (!spec) {
        streams.err << error << '\n';
        return 2;
    }
    const QString checkpointChoice = parser.value(QStringLiteral("checkpoint"));
    const QString checkpoint = !runInfo.isDir()                   ? runInfo.filePath()
                               : checkpointChoice == QLatin1String("last") ? folder.lastCheckpointPath()
                                                                : folder.bestCheckpointPath();
    const QStringList files = expandInputs(positional.mid(1));
    if (files.isEmpty()) {
        streams.err << QCoreApplication::translate("cnnwb::app", "No image files found in %1\n").arg(positional.mid(1).join(QLatin1String(", ")));
        return 2;
    }

    try {
        const torch::Device device = models::selectDevice(parser.value(QStringLiteral("device")));
        models::NetworkPtr network = spec->factory(config.options, config.classNames.size());
        models::loadCheckpoint(checkpoint, *network, nullptr, models::checkpointMetaFor(config), false);
        network->to(device);
        network->eval();
        torch::NoGradGuard noGrad;

        if (spec->task == models::TaskKind::Segmentation) {
            const double threshold = parser.isSet(QStringLiteral("threshold")) ? parser.value(QStringLiteral("threshold")).toDouble() : 0.5;
            const bool isbi = parser.value(QStringLiteral("polarity")) != QLatin1String("binary");
            models::TiledInferenceOptions tiling =
                models::tilingForInput(int(spec->inputShape[1]), 1 << config.options.integer(QStringLiteral("depth")));
            tiling.computeSeamMap = false;
            std::vector<cv::Mat> masks;
            for (const QString &file : files) {
                const data::TiffStack stack(file);
                for (int page = 0; page < stack.pageCount(); ++page) {
                    // Overlap-tile prediction at the model's input size, as the segmentation page does.
                    const cv::Mat slice = models::sliceToNetworkInput(stack.readPage(page));
                    const models::TiledPrediction tiled = models::predictTiled(*network, slice, tiling, device);
                    const cv::Mat membrane = tiled.probability >= threshold;
                    // ISBI polarity marks cells 255 and membrane 0; binary marks membrane 1.
                    cv::Mat mask(membrane.size(), CV_8UC1, cv::Scalar(isbi ? 255 : 0));
                    mask.setTo(isbi ? 0 : 1, membrane);
                    masks.push_back(mask);
                    streams.err << '\r' << QCoreApplication::translate("cnnwb::app", "%1 page %2/%3: %4% membrane")
                                       .arg(QFileInfo(file).fileName())
                                       .arg(page + 1)
                                       .arg(stack.pageCount())
                                       .arg(100.0 * cv::countNonZero(membrane) / double(membrane.total()), 0, 'f', 1);
                    streams.err.flush();
                }
            }
            streams.err << '\n';
            if (parser.isSet(QStringLiteral("png-dir"))) {
                const QDir out(parser.value(QStringLiteral("png-dir")));
                out.mkpath(QStringLiteral("."));
                for (std::size_t i = 0; i < masks.size(); ++i) {
                    std::vector<uchar> bytes;
                    cv::imencode(".png", masks[i], bytes);
                    QSaveFile png(out.filePath(QStringLiteral("%1.png").arg(i + 1)));
                    if (!png.open(QIODevice::WriteOnly)
                        || png.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size())
                        || !png.commit())
                        throw std::runtime_error(QCoreApplication::translate("cnnwb::app", "%1: writing failed: %2").arg(png.fileName(), png.errorString()).toStdString());
                }
                streams.out << QCoreApplication::translate("cnnwb::app", "Wrote %1 PNG masks to %2\n").arg(masks.size()).arg(out.path());
            }
            const QString tiff = parser.isSet(QStringLiteral("tiff")) || !parser.isSet(QStringLiteral("png-dir"))
                                     ? parser.value(QStringLiteral("tiff"))
                                     : QString();
            if (!parser.isSet(QStringLiteral("png-dir")) || parser.isSet(QStringLiteral("tiff"))) {
                const QString path = tiff.isEmpty() ? folder.file(QStringLiteral("predicted-masks.tif")) : tiff;
                data::writeTiffStack(path, masks);
                streams.out << QCoreApplication::translate("cnnwb::app", "Wrote %1 mask pages to %2\n").arg(masks.size()).arg(path);
            }
            return 0;
        }

        const int top = std::min<int>(parser.isSet(QStringLiteral("top")) ? parser.value(QStringLiteral("top")).toInt() : 5,
                                      int(config.classNames.size()));
        QString csv = QStringLiteral("file,predicted");
        for (const QString &name : config.classNames.mid(0, spec->task == models::TaskKind::BinaryClassification ? 2 : 0))
            csv += QStringLiteral(",p_") + name;
        if (spec->task != models::TaskKind::BinaryClassification)
            csv += QStringLiteral(",top");
        csv += QLatin1Char('\n');
        int failures = 0;
        for (const QString &file : files) {
            torch::Tensor input;
            try {
                if (spec->task == models::TaskKind::BinaryClassification) {
                    input = toTensor(data::loadXrayImage(file));
                } else {
                    const data::DecodedImage decoded = data::decodeImageFile(file);
                    cv::Mat grey = decoded.image;
                    if (grey.channels() == 3)
                        cv::cvtColor(grey, grey, cv::COLOR_RGB2GRAY);
                    input = toTensor(data::normalizeCharacter(grey));
                }
            } catch (const data::DataError &e) {
                streams.err << e.message() << '\n';
                ++failures;
                continue;
            }
            const torch::Tensor probabilities = torch::softmax(network->forward(input.to(device)), 1).cpu()[0];
            const auto [values, indices] = probabilities.topk(top);
            const int best = int(indices[0].item<std::int64_t>());
            QStringList topClasses;
            for (int k = 0; k < top; ++k)
                topClasses << QStringLiteral("%1 %2").arg(config.classNames.value(int(indices[k].item<std::int64_t>())))
                             .arg(values[k].item<double>(), 0, 'f', 3);
            streams.out << QStringLiteral("%1  %2  (%3)\n").arg(QFileInfo(file).fileName(), config.classNames.value(best), topClasses.join(QLatin1String(", ")));
            csv += QStringLiteral("\"%1\",%2").arg(file, config.classNames.value(best));
            if (spec->task == models::TaskKind::BinaryClassification) {
                csv += QStringLiteral(",%1,%2").arg(probabilities[0].item<double>(), 0, 'f', 6).arg(probabilities[1].item<double>(), 0, 'f', 6);
            } else {
                csv += QStringLiteral(",\"%1\"").arg(topClasses.join(QLatin1String("; ")));
            }
            csv += QLatin1Char('\n');
        }
        if (parser.isSet(QStringLiteral("csv"))) {
            QSaveFile out(parser.value(QStringLiteral("csv")));
            const QByteArray bytes = csv.toUtf8();
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                throw std::runtime_error(QCoreApplication::translate("cnnwb::app", "%1: writing failed: %2").arg(out.fileName(), out.errorString()).toStdString());
        }
        return failures ? 1 : 0;
    } catch (const data::DataError &e) {
        streams.err << e.message() << '\n';
        return 1;
    } catch (const std::exception &e) {
        streams.err << models::exceptionMessage(e) << '\n';
        return 1;
    }
}

} // namespace cnnwb::app
