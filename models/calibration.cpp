#include "calibration.h"

#include "checkpoint.h"
#include "evaluator.h"
#include "layertrace.h"
#include "network.h"

#include "data/batchloader.h"
#include "data/samplesource.h"
#include "data/subsetsource.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace cnnwb::models {
namespace {

// The first ROC point has threshold +infinity, which JSON cannot hold. Any value above the
// largest probability (1) means the same, because then no score counts as positive.
constexpr double kAboveAllScores = 2.0;

// Smallest standard deviation of a feature dimension, as a share of the median over all
// dimensions. Dimensions that are nearly constant on the training images then measure
// deviations on the scale of the others, so the distance does not depend on the features'
// overall magnitude.
constexpr double kMinStddevShare = 0.01;

// Quantile Q in [0, 1] of SORTED by linear interpolation.
double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double position = q * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted[below] * (1 - fraction) + sorted[above] * fraction;
}

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

std::vector<double> fromArray(const QJsonArray &array)
{
    std::vector<double> values;
    values.reserve(std::size_t(array.size()));
    for (const QJsonValue &value : array)
        values.push_back(value.toDouble());
    return values;
}

// Minimum tolerance of each statistic on top of a quarter of its training range, in the
// statistic's own unit, so a narrow training range does not reject ordinary images.
double minimumMargin(const QString &name)
{
    if (name == QLatin1String("aspect_ratio"))
        return 0.15;
    if (name == QLatin1String("chroma"))
        return 0.03;
    return 0.05;
}

QString describeStatistic(const QString &name)
{
    if (name == QLatin1String("aspect_ratio"))
        return QCoreApplication::translate("cnnwb::models", "aspect ratio");
    if (name == QLatin1String("chroma"))
        return QCoreApplication::translate("cnnwb::models", "colour saturation");
    if (name == QLatin1String("mean_grey"))
        return QCoreApplication::translate("cnnwb::models", "mean brightness");
    if (name == QLatin1String("std_grey"))
        return QCoreApplication::translate("cnnwb::models", "contrast");
    if (name == QLatin1String("white_fraction"))
        return QCoreApplication::translate("cnnwb::models", "share of white pixels");
    if (name == QLatin1String("black_fraction"))
        return QCoreApplication::translate("cnnwb::models", "share of black pixels");
    return name;
}

// Turns row I of a float32 N×3×H×W batch in [0, 1] into a CV_8UC3 RGB image.
cv::Mat batchImage(const torch::Tensor &images, qint64 i)
{
    const torch::Tensor hwc = (images[i].permute({1, 2, 0}) * 255.0).round().clamp(0, 255)
                                  .to(torch::kUInt8).contiguous();
    const cv::Mat view(int(hwc.size(0)), int(hwc.size(1)), CV_8UC3, hwc.data_ptr<uint8_t>());
    return view.clone();
}

} // namespace

std::vector<std::pair<QString, double>> ImageStatistics::values() const
{
    return {
        {QStringLiteral("aspect_ratio"), aspectRatio},
        {QStringLiteral("chroma"), chroma},
        {QStringLiteral("mean_grey"), meanGrey},
        {QStringLiteral("std_grey"), stdGrey},
        {QStringLiteral("white_fraction"), whiteFraction},
        {QStringLiteral("black_fraction"), blackFraction},
    };
}

ImageStatistics measureImageStatistics(const cv::Mat &image)
{
    if (image.empty() || image.type() != CV_8UC3)
        throw std::invalid_argument("measureImageStatistics: expected a CV_8UC3 image");

    // The letterbox bars are whole rows or columns of exact black at the borders.
    cv::Mat grey;
    cv::cvtColor(image, grey, cv::COLOR_RGB2GRAY);
    cv::Mat rgbMax;
    cv::Mat rgbMin;
    std::vector<cv::Mat> channels;
    cv::split(image, channels);
    cv::max(channels[0], channels[1], rgbMax);
    cv::max(rgbMax, channels[2], rgbMax);
    cv::min(channels[0], channels[1], rgbMin);
    cv::min(rgbMin, channels[2], rgbMin);
    int top = 0;
    int bottom = image.rows - 1;
    int left = 0;
    int right = image.cols - 1;
    while (top < bottom && cv::countNonZero(rgbMax.row(top)) == 0)
        ++top;
    while (bottom > top && cv::countNonZero(rgbMax.row(bottom)) == 0)
        --bottom;
    while (left < right && cv::countNonZero(rgbMax.col(left)) == 0)
        ++left;
    while (right > left && cv::countNonZero(rgbMax.col(right)) == 0)
        --right;
    const cv::Rect content(left, top, right - left + 1, bottom - top + 1);

    ImageStatistics statistics;
    statistics.aspectRatio = double(content.width) / double(content.height);
    const cv::Mat contentGrey = grey(content);
    cv::Mat chroma;
    cv::subtract(rgbMax(content), rgbMin(content), chroma);
    statistics.chroma = cv::mean(chroma)[0] / 255.0;
    cv::Scalar mean;
    cv::Scalar stddev;
    cv::meanStdDev(contentGrey, mean, stddev);
    statistics.meanGrey = mean[0] / 255.0;
    statistics.stdGrey = stddev[0] / 255.0;
    const double pixels = double(content.area());
    statistics.whiteFraction = double(cv::countNonZero(contentGrey >= 250)) / pixels;
    statistics.blackFraction = double(cv::countNonZero(contentGrey <= 5)) / pixels;
    return statistics;
}

double FeatureDistribution::distance(const std::vector<double> &features) const
{
    if (!isValid() || features.size() != mean.size())
        throw std::invalid_argument("FeatureDistribution::distance: expected "
                                    + std::to_string(mean.size()) + " features, got "
                                    + std::to_string(features.size()));
    double sum = 0;
    for (std::size_t i = 0; i < features.size(); ++i) {
        const double z = (features[i] - mean[i]) / stddev[i];
        sum += z * z;
    }
    return std::sqrt(sum / double(features.size()));
}

QJsonObject Calibration::toJson() const
{
    QJsonObject json;
    QJsonArray thresholds;
    QJsonArray sensitivities;
    QJsonArray falsePositiveRates;
    for (const RocPoint &point : roc) {
        thresholds.append(std::isfinite(point.threshold) ? point.threshold : kAboveAllScores);
        sensitivities.append(point.truePositiveRate);
        falsePositiveRates.append(point.falsePositiveRate);
    }
    QJsonObject rocJson;
    rocJson.insert(QStringLiteral("threshold"), thresholds);
    rocJson.insert(QStringLiteral("tpr"), sensitivities);
    rocJson.insert(QStringLiteral("fpr"), falsePositiveRates);
    json.insert(QStringLiteral("roc"), rocJson);
    json.insert(QStringLiteral("auc"), auc);
    json.insert(QStringLiteral("threshold"), threshold);
    json.insert(QStringLiteral("threshold_method"), thresholdMethod);
    json.insert(QStringLiteral("validation_samples"), validationSamples);
    json.insert(QStringLiteral("validation_positives"), validationPositives);
    json.insert(QStringLiteral("training_samples"), trainingSamples);

    QJsonObject featureJson;
    featureJson.insert(QStringLiteral("layer"), features.layer);
    featureJson.insert(QStringLiteral("mean"), toArray(features.mean));
    featureJson.insert(QStringLiteral("stddev"), toArray(features.stddev));
    featureJson.insert(QStringLiteral("distance_quantiles"), toArray(features.distanceQuantiles));
    featureJson.insert(QStringLiteral("warning_distance"), features.warningDistance);
    json.insert(QStringLiteral("features"), featureJson);

    QJsonArray statisticsJson;
    for (const StatisticRange &range : statistics) {
        QJsonObject entry;
        entry.insert(QStringLiteral("name"), range.name);
        entry.insert(QStringLiteral("low"), range.low);
        entry.insert(QStringLiteral("high"), range.high);
        entry.insert(QStringLiteral("margin"), range.margin);
        statisticsJson.append(entry);
    }
    json.insert(QStringLiteral("statistics"), statisticsJson);
    return json;
}

Calibration Calibration::fromJson(const QJsonObject &json)
{
    Calibration calibration;
    const QJsonObject rocJson = json.value(QStringLiteral("roc")).toObject();
    const std::vector<double> thresholds = fromArray(rocJson.value(QStringLiteral("threshold")).toArray());
    const std::vector<double> sensitivities = fromArray(rocJson.value(QStringLiteral("tpr")).toArray());
    const std::vector<double> falsePositiveRates = fromArray(rocJson.value(QStringLiteral("fpr")).toArray());
    if (thresholds.size() == sensitivities.size() && thresholds.size() == falsePositiveRates.size()) {
        for (std::size_t i = 0; i < thresholds.size(); ++i) {
            const double threshold = thresholds[i] >= kAboveAllScores ? std::numeric_limits<double>::infinity()
                                                                      : thresholds[i];
            calibration.roc.push_back({threshold, sensitivities[i], falsePositiveRates[i]});
        }
    }
    calibration.auc = json.value(QStringLiteral("auc")).toDouble();
    calibration.threshold = json.value(QStringLiteral("threshold")).toDouble(0.5);
    calibration.thresholdMethod = json.value(QStringLiteral("threshold_method")).toString();
    calibration.validationSamples = qint64(json.value(QStringLiteral("validation_samples")).toDouble());
    calibration.validationPositives = qint64(json.value(QStringLiteral("validation_positives")).toDouble());
    calibration.trainingSamples = qint64(json.value(QStringLiteral("training_samples")).toDouble());

    const QJsonObject featureJson = json.value(QStringLiteral("features")).toObject();
    calibration.features.layer = featureJson.value(QStringLiteral("layer")).toString();
    calibration.features.mean = fromArray(featureJson.value(QStringLiteral("mean")).toArray());
    calibration.features.stddev = fromArray(featureJson.value(QStringLiteral("stddev")).toArray());
    calibration.features.distanceQuantiles = fromArray(featureJson.value(QStringLiteral("distance_quantiles")).toArray());
    calibration.features.warningDistance = featureJson.value(QStringLiteral("warning_distance")).toDouble();

    for (const QJsonValue &value : json.value(QStringLiteral("statistics")).toArray()) {
        const QJsonObject entry = value.toObject();
        StatisticRange range;
        range.name = entry.value(QStringLiteral("name")).toString();
        range.low = entry.value(QStringLiteral("low")).toDouble();
        range.high = entry.value(QStringLiteral("high")).toDouble();
        range.margin = entry.value(QStringLiteral("margin")).toDouble();
        calibration.statistics.push_back(range);
    }
    return calibration;
}

OperatingPoint operatingPointAt(const std::vector<RocPoint> &roc, double threshold)
{
    OperatingPoint point;
    point.threshold = threshold;
    // The curve runs from the highest threshold down; the last point at or above THRESHOLD
    // counts every score >= THRESHOLD as positive.
    for (const RocPoint &rocPoint : roc) {
        if (rocPoint.threshold < threshold)
            break;
        point.sensitivity = rocPoint.truePositiveRate;
        point.specificity = 1.0 - rocPoint.falsePositiveRate;
    }
    if (roc.empty() || roc.front().threshold < threshold)
        point.specificity = 1.0;
    return point;
}

OperatingPoint youdenPoint(const std::vector<RocPoint> &roc)
{
    OperatingPoint best;
    double bestJ = -1;
    for (const RocPoint &point : roc) {
        if (!std::isfinite(point.threshold))
            continue;
        const double j = point.truePositiveRate - point.falsePositiveRate;
        if (j > bestJ) {
            bestJ = j;
            best.threshold = point.threshold;
            best.sensitivity = point.truePositiveRate;
            best.specificity = 1.0 - point.falsePositiveRate;
        }
    }
    return best;
}

std::vector<PrecisionRecallPoint> precisionRecallCurve(const std::vector<double> &scores,
                                                       const std::vector<bool> &labels)
{
    const std::vector<RocPoint> roc = rocCurve(scores, labels);
    const auto positives = double(std::count(labels.begin(), labels.end(), true));
    const double negatives = double(labels.size()) - positives;
    std::vector<PrecisionRecallPoint> curve;
    for (const RocPoint &point : roc) {
        if (!std::isfinite(point.threshold))
            continue;
        const double truePositives = point.truePositiveRate * positives;
        const double falsePositives = point.falsePositiveRate * negatives;
        const double predicted = truePositives + falsePositives;
        curve.push_back({point.threshold, predicted > 0 ? truePositives / predicted : 1.0,
                         point.truePositiveRate});
    }
    return curve;
}

FeatureBatch forwardWithFeatures(Network &network, const torch::Tensor &input, const QString &layer)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = network.is_training();
    network.eval();
    torch::Tensor pooled;
    LayerTrace trace;
    trace.setOutputObserver([&pooled, &layer](const QString &name, const at::Tensor &output) {
        if (name == layer && output.dim() == 4)
            pooled = output.mean({2, 3});
    });
    FeatureBatch batch;
    batch.logits = network.forwardTraced(input, trace);
    network.train(wasTraining);
    if (!pooled.defined())
        throw std::invalid_argument("forwardWithFeatures: the network has no feature map named \""
                                    + layer.toStdString() + "\"");
    batch.features = pooled.to(torch::kCPU, torch::kFloat32).contiguous();
    return batch;
}

QString defaultFeatureLayer(Network &network, const torch::Tensor &input)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = network.is_training();
    network.eval();
    LayerTrace trace;
    network.forwardTraced(input, trace);
    network.train(wasTraining);
    QString layer;
    for (const LayerRecord &record : trace.records()) {
        if (record.shape.size() == 3 && record.shape[1] * record.shape[2] > 1)
            layer = record.name;
    }
    return layer;
}

Calibration calibrate(Network &network, const std::shared_ptr<const data::SampleSource> &train,
                      const std::shared_ptr<const data::SampleSource> &validation,
                      const CalibrationOptions &options)
{
    Calibration calibration;
    if (!validation || validation->size() == 0 || !train || train->size() == 0)
        throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "calibration needs a training and a validation split")
                                     .toStdString());

    // The validation ROC and the threshold come from the evaluator's per-sample scores.
    EvaluationOptions evaluation;
    evaluation.batchSize = options.batchSize;
    evaluation.workers = options.workers;
    evaluation.device = options.device;
    evaluation.cancel = options.cancel;
    const EvaluationResult result = evaluate(network, validation, TaskKind::BinaryClassification, evaluation);
    if (options.cancel && options.cancel->load())
        throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "calibration cancelled").toStdString());
    std::vector<bool> positives;
    for (int label : result.labels)
        positives.push_back(label == 1);
    calibration.validationSamples = qint64(positives.size());
    calibration.validationPositives = std::count(positives.begin(), positives.end(), true);
    if (calibration.validationPositives == 0 || calibration.validationPositives == calibration.validationSamples)
        throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "the validation split has only one class (%1 of %2 samples "
                                    "positive); a ROC curve needs both")
                                     .arg(calibration.validationPositives)
                                     .arg(calibration.validationSamples)
                                     .toStdString());
    calibration.roc = rocCurve(result.scores, positives);
    calibration.auc = rocAuc(result.scores, positives);
    calibration.threshold = youdenPoint(calibration.roc).threshold;
    calibration.thresholdMethod = QStringLiteral("youden");
    if (options.progress)
        options.progress(calibration.validationSamples, calibration.validationSamples + train->size());

    // Features and image statistics of evenly spaced training samples.
    std::shared_ptr<const data::SampleSource> sampled = train;
    if (options.maxTrainingSamples > 0 && train->size() > options.maxTrainingSamples) {
        QVector<qsizetype> indices;
        for (qint64 i = 0; i < options.maxTrainingSamples; ++i)
            indices.push_back(qsizetype(i * train->size() / options.maxTrainingSamples));
        sampled = std::make_shared<data::SubsetSource>(train, indices);
    }
    data::BatchLoaderOptions loaderOptions;
    loaderOptions.batchSize = options.batchSize;
    loaderOptions.workers = std::max(1, options.workers);
    loaderOptions.shuffle = false;
    loaderOptions.augment = false;
    data::BatchLoader loader(sampled, loaderOptions);
    loader.startEpoch(0);

    std::vector<std::vector<double>> features;
    std::vector<ImageStatistics> statistics;
    const bool wasTraining = network.is_training();
    network.eval();
    while (std::optional<data::Batch> batch = loader.next()) {
        if (options.cancel && options.cancel->load()) {
            network.train(wasTraining);
            throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "calibration cancelled").toStdString());
        }
        if (calibration.features.layer.isEmpty())
            calibration.features.layer = defaultFeatureLayer(network, batch->images.slice(0, 0, 1).to(options.device));
        const FeatureBatch pooled = forwardWithFeatures(network, batch->images.to(options.device),
                                                        calibration.features.layer);
        const torch::Tensor rows = pooled.features.to(torch::kFloat64).contiguous();
        for (qint64 i = 0; i < rows.size(0); ++i) {
            const double *row = rows[i].data_ptr<double>();
            features.emplace_back(row, row + rows.size(1));
            statistics.push_back(measureImageStatistics(batchImage(batch->images, i)));
        }
        if (options.progress)
            options.progress(calibration.validationSamples + qint64(features.size()),
                             calibration.validationSamples + sampled->size());
    }
    network.train(wasTraining);
    calibration.trainingSamples = qint64(features.size());
    if (features.empty())
        throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "no training sample could be read for calibration").toStdString());

    // Per-dimension mean and standard deviation of the pooled features.
    const std::size_t dimensions = features.front().size();
    FeatureDistribution &distribution = calibration.features;
    distribution.mean.assign(dimensions, 0);
    distribution.stddev.assign(dimensions, 0);
    for (const auto &row : features)
        for (std::size_t d = 0; d < dimensions; ++d)
            distribution.mean[d] += row[d] / double(features.size());
    for (const auto &row : features)
        for (std::size_t d = 0; d < dimensions; ++d)
            distribution.stddev[d] += (row[d] - distribution.mean[d]) * (row[d] - distribution.mean[d]);
    for (double &value : distribution.stddev)
        value = std::sqrt(value / double(std::max<std::size_t>(1, features.size() - 1)));
    std::vector<double> sortedStddev = distribution.stddev;
    std::sort(sortedStddev.begin(), sortedStddev.end());
    const double floor = std::max(1e-12, kMinStddevShare * quantile(sortedStddev, 0.5));
    for (double &value : distribution.stddev)
        value = std::max(floor, value);

    std::vector<double> distances;
    for (const auto &row : features)
        distances.push_back(distribution.distance(row));
    std::sort(distances.begin(), distances.end());
    distribution.distanceQuantiles = {quantile(distances, 0.5), quantile(distances, 0.95),
                                      quantile(distances, 0.99), distances.back()};
    // NOTE: the factor 1.25 over the training samples' 99 % quantile leaves room for unseen
    // X-rays. It was not tuned on out-of-distribution data. The floor of 1 (the typical
    // distance of a training sample, since z-scores have unit variance) keeps a network whose
    // features barely vary from flagging every input.
    distribution.warningDistance = std::max(1.0, 1.25 * quantile(distances, 0.99));

    // Ranges of the image statistics: 0.5 % and 99.5 % quantiles plus a margin.
    const auto names = ImageStatistics().values();
    for (std::size_t s = 0; s < names.size(); ++s) {
        std::vector<double> values;
        for (const ImageStatistics &item : statistics)
            values.push_back(item.values()[s].second);
        std::sort(values.begin(), values.end());
        StatisticRange range;
        range.name = names[s].first;
        range.low = quantile(values, 0.005);
        range.high = quantile(values, 0.995);
        range.margin = std::max(minimumMargin(range.name), 0.25 * (range.high - range.low));
        calibration.statistics.push_back(range);
    }
    return calibration;
}

Calibration calibrateCheckpoint(const QString &path, Network &network, const CheckpointMeta &expected,
                                const std::shared_ptr<const data::SampleSource> &train,
                                const std::shared_ptr<const data::SampleSource> &validation,
                                const CalibrationOptions &options)
{
    CheckpointMeta meta = loadCheckpoint(path, network, nullptr, expected, false);
    network.to(options.device);
    const Calibration calibration = calibrate(network, train, validation, options);
    meta.calibration = calibration.toJson();
    saveCheckpoint(path, network, nullptr, meta);
    return calibration;
}

QString describeCalibration(const Calibration &calibration)
{
    const OperatingPoint point = operatingPointAt(calibration.roc, calibration.threshold);
    return QCoreApplication::translate("cnnwb::models", "validation AUC %1 on %2 samples; threshold %3 (Youden's J): sensitivity "
                                       "%4, specificity %5; feature distance limit %6 from %7 training samples")
        .arg(calibration.auc, 0, 'f', 4)
        .arg(calibration.validationSamples)
        .arg(calibration.threshold, 0, 'f', 4)
        .arg(point.sensitivity, 0, 'f', 3)
        .arg(point.specificity, 0, 'f', 3)
        .arg(calibration.features.warningDistance, 0, 'f', 2)
        .arg(calibration.trainingSamples);
}

OodAssessment assessOutOfDistribution(const Calibration &calibration, const std::vector<double> &features,
                                      const ImageStatistics &statistics)
{
    OodAssessment assessment;
    assessment.statistics = statistics;
    if (calibration.features.isValid() && features.size() == calibration.features.mean.size()) {
        assessment.featureDistance = calibration.features.distance(features);
        assessment.warningDistance = calibration.features.warningDistance;
        if (assessment.featureDistance > assessment.warningDistance)
            assessment.reasons << QCoreApplication::translate("cnnwb::models", "the network's features are far from the training images "
                                     "(distance %1, limit %2)")
                                      .arg(assessment.featureDistance, 0, 'g', 3)
                                      .arg(assessment.warningDistance, 0, 'g', 3);
    }

    std::vector<StatisticRange> ranges = calibration.statistics;
    if (ranges.empty()) {
        // Without a calibration only the fixed limits apply.
        ranges.push_back({QStringLiteral("chroma"), 0, 0.05, 0.03});
        ranges.push_back({QStringLiteral("aspect_ratio"), 0.5, 2.0, 0});
    }
    for (const auto &[name, value] : statistics.values()) {
        for (const StatisticRange &range : ranges) {
            if (range.name != name)
                continue;
            if (value < range.low - range.margin || value > range.high + range.margin)
                assessment.reasons << QCoreApplication::translate("cnnwb::models", "the %1 (%2) is outside the training images' range "
                                         "%3 to %4")
                                          .arg(describeStatistic(name))
                                          .arg(value, 0, 'f', 3)
                                          .arg(range.low - range.margin, 0, 'f', 3)
                                          .arg(range.high + range.margin, 0, 'f', 3);
        }
    }
    assessment.outOfDistribution = !assessment.reasons.isEmpty();
    return assessment;
}

} // namespace cnnwb::models
