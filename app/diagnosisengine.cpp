#include "diagnosisengine.h"

#include "commands.h"

#include "data/dataerror.h"
#include "data/imagedecode.h"
#include "models/calibration.h"
#include "models/checkpoint.h"
#include "models/errors.h"
#include "models/faithfulness.h"
#include "models/gradcam.h"
#include "models/runfolder.h"
#include "models/trainingconfig.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cnnwb::app {
namespace {

Q_LOGGING_CATEGORY(lcDiagnosis, "cnnwb.diagnosis", QtInfoMsg)

// Images per forward pass in batch mode.
constexpr int kBatchSize = 8;

const QStringList kImageSuffixes = {QStringLiteral("jpeg"), QStringLiteral("jpg"), QStringLiteral("png"),
                                    QStringLiteral("bmp"),  QStringLiteral("dcm"), QStringLiteral("dicom")};

// Turns a CV_8UC3 RGB SIDE×SIDE network input into a float32 1×3×SIDE×SIDE tensor in [0, 1],
// as data::XraySource feeds training.
torch::Tensor toInputTensor(const cv::Mat &rgb)
{
    const torch::Tensor hwc = torch::from_blob(rgb.data, {rgb.rows, rgb.cols, 3}, torch::kUInt8);
    return hwc.permute({2, 0, 1}).to(torch::kFloat32).div(255.0).unsqueeze(0).contiguous();
}

// The rectangle of a WIDTH×HEIGHT image inside the SIDE×SIDE letterbox of preprocessXray().
QRect letterboxRect(int width, int height, int side)
{
    const double scale = double(side) / std::max(width, height);
    const int scaledWidth = std::clamp(int(std::lround(width * scale)), 1, side);
    const int scaledHeight = std::clamp(int(std::lround(height * scale)), 1, side);
    return QRect((side - scaledWidth) / 2, (side - scaledHeight) / 2, scaledWidth, scaledHeight);
}

std::vector<double> toVector(const torch::Tensor &row)
{
    const torch::Tensor values = row.to(torch::kFloat64).contiguous();
    return std::vector<double>(values.data_ptr<double>(), values.data_ptr<double>() + values.numel());
}

} // namespace

std::pair<double, double> DiagnosisModelInfo::sensitivitySpecificity(double value) const
{
    const models::OperatingPoint point = models::operatingPointAt(roc, value);
    return {point.sensitivity, point.specificity};
}

QStringList collectImageFiles(const QStringList &inputs)
{
    QStringList files;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.isDir()) {
            files << input;
            continue;
        }
        QStringList found;
        QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (!file.fileName().startsWith(QLatin1Char('.'))
                && kImageSuffixes.contains(file.suffix().toLower()))
                found << file.filePath();
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

int classFromPath(const QString &path, const QStringList &classNames)
{
    QDir folder = QFileInfo(path).dir();
    for (int depth = 0; depth < 3; ++depth) {
        for (int c = 0; c < classNames.size(); ++c) {
            if (folder.dirName().compare(classNames[c], Qt::CaseInsensitive) == 0)
                return c;
        }
        if (!folder.cdUp())
            break;
    }
    return -1;
}

BatchSummary summarizeBatch(const QVector<BatchRow> &rows, double threshold)
{
    BatchSummary summary;
    std::vector<double> scores;
    std::vector<bool> labels;
    for (const BatchRow &row : rows) {
        if (!row.error.isEmpty()) {
            ++summary.failed;
            continue;
        }
        if (row.outOfDistribution)
            ++summary.outOfDistribution;
        if (row.trueClass < 0 || row.trueClass > 1)
            continue;
        summary.confusion.add(row.trueClass, row.probability >= threshold ? 1 : 0);
        scores.push_back(row.probability);
        labels.push_back(row.trueClass == 1);
    }
    summary.labelled = qint64(scores.size());
    summary.auc = std::numeric_limits<double>::quiet_NaN();
    if (!scores.empty()) {
        summary.roc = models::rocCurve(scores, labels);
        summary.auc = models::rocAuc(scores, labels);
        for (const models::PrecisionRecallPoint &point : models::precisionRecallCurve(scores, labels))
            summary.precisionRecall.push_back(QPointF(point.recall, point.precision));
    }
    return summary;
}

QByteArray batchCsv(const QVector<BatchRow> &rows, const QStringList &classNames, double threshold)
{
    QByteArray csv = "file,true_class,probability_" + classNames.value(1).toUtf8() + ",decision,threshold,out_of_distribution,"
                     "feature_distance,error\n";
    for (const BatchRow &row : rows) {
        QString file = row.path;
        file.replace(QLatin1Char('"'), QLatin1String("\"\""));
        QString error = row.error;
        error.replace(QLatin1Char('"'), QLatin1String("\"\""));
        QString decision;
        if (row.error.isEmpty())
            decision = classNames.value(row.probability >= threshold ? 1 : 0);
        csv += QStringLiteral("\"%1\",%2,%3,%4,%5,%6,%7,\"%8\"\n")
                   .arg(file, row.trueClass >= 0 ? classNames.value(row.trueClass) : QString())
                   .arg(row.probability, 0, 'f', 6)
                   .arg(decision)
                   .arg(threshold, 0, 'f', 6)
                   .arg(row.outOfDistribution ? 1 : 0)
                   .arg(row.featureDistance, 0, 'f', 4)
                   .arg(error)
                   .toUtf8();
    }
    return csv;
}

struct DiagnosisEngine::Private
{
    models::NetworkPtr network;
    models::Calibration calibration;
    DiagnosisModelInfo info;
    torch::Tensor lastInput;    ///< 1×3×SIDE×SIDE of the last analysed image
    QString lastPath;
    torch::Tensor lastHeatmap;  ///< SIDE×SIDE of the last Grad-CAM map
    QString lastLayer;

    /// Logits and OOD assessment of a batch of inputs with their 8-bit images.
    std::vector<std::pair<double, models::OodAssessment>> classify(const torch::Tensor &inputs,
                                                                    const std::vector<cv::Mat> &images)
    {
        const models::FeatureBatch batch = models::forwardWithFeatures(*network, inputs, info.featureLayer);
        const torch::Tensor probabilities = torch::softmax(batch.logits, 1).cpu();
        std::vector<std::pair<double, models::OodAssessment>> results;
        for (std::size_t i = 0; i < images.size(); ++i) {
            const models::ImageStatistics statistics = models::measureImageStatistics(images[i]);
            results.emplace_back(probabilities[qint64(i)][1].item<double>(),
                                 models::assessOutOfDistribution(calibration, toVector(batch.features[qint64(i)]), statistics));
        }
        return results;
    }
};

DiagnosisEngine::DiagnosisEngine()
    : d(std::make_unique<Private>())
{
}

DiagnosisEngine::~DiagnosisEngine() = default;

bool DiagnosisEngine::isLoaded() const
{
    return d->network != nullptr;
}

const DiagnosisModelInfo &DiagnosisEngine::info() const
{
    return d->info;
}

DiagnosisModelInfo DiagnosisEngine::load(const QString &runOrCheckpoint)
{
    const QFileInfo runInfo(runOrCheckpoint);
    const models::RunFolder folder(runInfo.isDir() ? runInfo.filePath() : runInfo.path());
    models::TrainingConfig config;
    QString error;
    const models::ModelSpec *spec = loadRunConfig(folder, config, error);
    if (!spec)
        throw std::runtime_error(error.toStdString());
    if (spec->task != models::TaskKind::BinaryClassification || config.classNames.size() != 2)
        throw std::runtime_error(QCoreApplication::translate("cnnwb::app", "%1 is not a binary X-ray classifier run (model %2, %3 classes)")
                                     .arg(folder.path(), config.modelId)
                                     .arg(config.classNames.size())
                                     .toStdString());
    const QString checkpoint = runInfo.isDir() ? folder.bestCheckpointPath() : runInfo.filePath();

    models::NetworkPtr network = spec->factory(config.options, config.classNames.size());
    const models::CheckpointMeta meta = models::loadCheckpoint(checkpoint, *network, nullptr,
                                                               models::checkpointMetaFor(config), false);
    network->eval();

    DiagnosisModelInfo info;
    info.checkpoint = checkpoint;
    info.modelId = config.modelId;
    info.classNames = config.classNames;
    info.epochs = meta.epochsDone;
    models::Calibration calibration = models::Calibration::fromJson(meta.calibration);
    if (calibration.isValid()) {
        info.calibrated = true;
        info.threshold = calibration.threshold;
        info.thresholdMethod = calibration.thresholdMethod;
        info.auc = calibration.auc;
        info.validationSamples = calibration.validationSamples;
        info.roc = calibration.roc;
        info.warningDistance = calibration.features.warningDistance;
    }
    const torch::Tensor probe = torch::zeros({1, 3, data::kXraySide, data::kXraySide});
    info.featureLayer = calibration.features.layer.isEmpty() ? models::defaultFeatureLayer(*network, probe)
                                                            : calibration.features.layer;
    info.layers = models::gradCamLayers(*network, probe);
    info.defaultLayer = info.featureLayer;

    d->network = network;
    d->calibration = calibration;
    d->info = info;
    d->lastInput = torch::Tensor();
    d->lastHeatmap = torch::Tensor();
    qCInfo(lcDiagnosis) << "loaded" << checkpoint << "calibrated" << info.calibrated << "threshold" << info.threshold;
    return info;
}

DiagnosisResult DiagnosisEngine::analyse(const QString &path)
{
    DiagnosisResult result;
    result.path = path;
    if (!isLoaded()) {
        result.error = QCoreApplication::translate("cnnwb::app", "No model is loaded; open a run folder first");
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        torch::NoGradGuard noGrad;
        const data::DecodedImage decoded = data::decodeImageFile(path, data::kXraySide);
        const cv::Mat input = data::preprocessXray(decoded.image, data::kXraySide);
        const torch::Tensor tensor = toInputTensor(input);
        const auto classified = d->classify(tensor, {input});
        result.milliseconds = double(timer.nsecsElapsed()) / 1e6;

        result.format = data::imageFormatName(decoded.header.format);
        result.storedSize = QSize(decoded.header.width, decoded.header.height);
        result.reduction = decoded.reduction;
        result.original = decoded.image.clone();
        result.input = input.clone();
        result.contentRect = letterboxRect(decoded.image.cols, decoded.image.rows, data::kXraySide);
        result.steps = data::xrayPreprocessingSteps(data::kXraySide);
        result.probability = classified.front().first;
        const models::OodAssessment &ood = classified.front().second;
        result.outOfDistribution = ood.outOfDistribution;
        result.featureDistance = ood.featureDistance;
        result.warningDistance = ood.warningDistance;
        result.oodReasons = ood.reasons;
        d->lastInput = tensor;
        d->lastPath = path;
        d->lastHeatmap = torch::Tensor();
    } catch (const data::DataError &e) {
        result.error = e.message();
    } catch (const std::exception &e) {
        result.error = QCoreApplication::translate("cnnwb::app", "%1: analysis failed: %2").arg(path, models::exceptionMessage(e));
    }
    if (!result.error.isEmpty())
        qCWarning(lcDiagnosis).noquote() << result.error;
    return result;
}

GradCamView DiagnosisEngine::gradCam(const QString &layer)
{
    GradCamView view;
    view.path = d->lastPath;
    if (!d->lastInput.defined()) {
        view.error = QCoreApplication::translate("cnnwb::app", "Open an image before computing Grad-CAM");
        return view;
    }
    try {
        const models::GradCamResult cam = models::computeGradCam(*d->network, d->lastInput, 1, layer);
        d->lastHeatmap = cam.heatmap;
        d->lastLayer = cam.layer;
        view.layer = cam.layer;
        const torch::Tensor bytes = (cam.heatmap * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
        view.heatmap = cv::Mat(int(bytes.size(0)), int(bytes.size(1)), CV_8UC1, bytes.data_ptr<uint8_t>()).clone();
    } catch (const std::exception &e) {
        view.error = QCoreApplication::translate("cnnwb::app", "Grad-CAM failed at layer %1: %2").arg(layer, models::exceptionMessage(e));
        qCWarning(lcDiagnosis).noquote() << view.error;
    }
    return view;
}

FaithfulnessView DiagnosisEngine::faithfulness(double fraction, int randomRegions)
{
    FaithfulnessView view;
    view.path = d->lastPath;
    view.layer = d->lastLayer;
    view.fraction = fraction;
    view.randomRegions = randomRegions;
    if (!d->lastHeatmap.defined()) {
        view.error = QCoreApplication::translate("cnnwb::app", "Compute a Grad-CAM map before measuring its faithfulness");
        return view;
    }
    try {
        models::FaithfulnessOptions options;
        options.fraction = fraction;
        options.randomRegions = randomRegions;
        const models::FaithfulnessResult result = models::measureFaithfulness(*d->network, d->lastInput, d->lastHeatmap, 1, options);
        view.probability = result.probability;
        view.maskedProbability = result.maskedProbability;
        view.drop = result.drop;
        view.randomDrop = result.randomDrop;
        view.randomDropStddev = result.randomDropStddev;
    } catch (const std::exception &e) {
        view.error = QCoreApplication::translate("cnnwb::app", "The faithfulness test failed: %1").arg(models::exceptionMessage(e));
        qCWarning(lcDiagnosis).noquote() << view.error;
    }
    return view;
}

QVector<BatchRow> DiagnosisEngine::runBatch(const QStringList &files, const std::atomic<bool> *cancel,
                                            const std::function<void(int, int)> &progress)
{
    QVector<BatchRow> rows;
    if (!isLoaded())
        return rows;
    torch::NoGradGuard noGrad;
    const int total = int(files.size());
    for (int start = 0; start < total; start += kBatchSize) {
        if (cancel && cancel->load())
            break;
        std::vector<cv::Mat> images;
        std::vector<torch::Tensor> tensors;
        QVector<int> rowIndices;
        for (int i = start; i < std::min(total, start + kBatchSize); ++i) {
            BatchRow row;
            row.path = files[i];
            row.trueClass = classFromPath(files[i], d->info.classNames);
            try {
                images.push_back(data::loadXrayImage(files[i], data::kXraySide));
                tensors.push_back(toInputTensor(images.back()));
                rowIndices.push_back(int(rows.size()));
            } catch (const data::DataError &e) {
                row.error = e.message();
            }
            rows.push_back(row);
        }
        if (!tensors.empty()) {
            try {
                const auto classified = d->classify(torch::cat(tensors, 0), images);
                for (std::size_t k = 0; k < classified.size(); ++k) {
                    BatchRow &row = rows[rowIndices[int(k)]];
                    row.probability = classified[k].first;
                    row.outOfDistribution = classified[k].second.outOfDistribution;
                    row.featureDistance = classified[k].second.featureDistance;
                }
            } catch (const std::exception &e) {
                for (int index : rowIndices)
                    rows[index].error = models::exceptionMessage(e);
            }
        }
        if (progress)
            progress(int(rows.size()), total);
    }
    return rows;
}

} // namespace cnnwb::app
