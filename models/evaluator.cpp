#include "evaluator.h"

#include "network.h"

#include "data/batchloader.h"
#include "data/samplesource.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>

namespace cnnwb::models {

EvaluationResult evaluate(Network &network, const std::shared_ptr<const data::SampleSource> &source,
                          TaskKind task, const EvaluationOptions &options)
{
    const bool wasTraining = network.is_training();
    network.eval();
    torch::NoGradGuard noGrad;

    data::BatchLoaderOptions loaderOptions;
    loaderOptions.batchSize = options.batchSize;
    loaderOptions.workers = options.workers;
    loaderOptions.shuffle = false;
    loaderOptions.augment = false;
    data::BatchLoader loader(source, loaderOptions);
    loader.startEpoch(0);

    const bool segmentation = task == TaskKind::Segmentation;
    const int classes = segmentation ? 2 : int(source->classNames().size());
    EvaluationResult result;
    result.confusion = ConfusionMatrix(classes);
    double lossSum = 0;
    qint64 top5Hits = 0;
    double randErrorSum = 0;
    qint64 tiles = 0;

    while (std::optional<data::Batch> batch = loader.next()) {
        if (options.cancel && options.cancel->load())
            break;
        const torch::Tensor inputs = batch->images.to(options.device);
        const torch::Tensor targets = batch->targets.to(options.device);
        const torch::Tensor logits = network.forward(inputs);
        const qint64 count = inputs.size(0);
        result.samples += count;

        if (segmentation) {
            lossSum += torch::binary_cross_entropy_with_logits(logits, targets).item<double>() * count;
            const torch::Tensor predicted = (logits > 0).to(torch::kUInt8).cpu().contiguous();
            const torch::Tensor truth = targets.to(torch::kUInt8).cpu().contiguous();
            const int height = int(predicted.size(2));
            const int width = int(predicted.size(3));
            for (qint64 i = 0; i < count; ++i) {
                // Views over the tensors' memory, used only inside this loop.
                const cv::Mat predictedMask(height, width, CV_8UC1, predicted[i][0].data_ptr<uint8_t>());
                const cv::Mat trueMask(height, width, CV_8UC1, truth[i][0].data_ptr<uint8_t>());
                const cv::Mat hits = predictedMask & trueMask;
                const auto both = std::int64_t(cv::countNonZero(hits));
                const auto predictedCount = std::int64_t(cv::countNonZero(predictedMask));
                const auto trueCount = std::int64_t(cv::countNonZero(trueMask));
                const auto pixels = std::int64_t(predictedMask.total());
                result.confusion.add(1, 1, both);
                result.confusion.add(0, 1, predictedCount - both);
                result.confusion.add(1, 0, trueCount - both);
                result.confusion.add(0, 0, pixels - predictedCount - trueCount + both);
                randErrorSum += randError(predictedMask, trueMask, true);
                ++tiles;
            }
            continue;
        }

        torch::Tensor loss = options.classWeights.defined()
                                 ? torch::nn::functional::cross_entropy(
                                       logits, targets,
                                       torch::nn::functional::CrossEntropyFuncOptions()
                                           .weight(options.classWeights.to(options.device))
                                           .reduction(torch::kSum))
                                 : torch::nn::functional::cross_entropy(
                                       logits, targets,
                                       torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
        lossSum += loss.item<double>();
        const torch::Tensor probabilities = torch::softmax(logits, 1).cpu();
        const torch::Tensor predicted = probabilities.argmax(1);
        const torch::Tensor labels = targets.cpu();
        if (classes > 5) {
            const torch::Tensor top5 = std::get<1>(probabilities.topk(5, 1));
            top5Hits += (top5 == labels.unsqueeze(1)).any(1).sum().item<std::int64_t>();
        }
        for (qint64 i = 0; i < count; ++i) {
            const int label = int(labels[i].item<std::int64_t>());
            const int prediction = int(predicted[i].item<std::int64_t>());
            result.confusion.add(label, prediction);
            result.labels.push_back(label);
            result.predictions.push_back(prediction);
            if (classes == 2)
                result.scores.push_back(probabilities[i][1].item<double>());
        }
    }
    network.train(wasTraining);

    const double samples = double(std::max<qint64>(1, result.samples));
    if (segmentation) {
        result.metrics.insert(QStringLiteral("loss"), lossSum / samples);
        result.metrics.insert(QStringLiteral("pixel_error"), 1.0 - result.confusion.accuracy());
        const double both = double(result.confusion.count(1, 1));
        const double either = both + double(result.confusion.count(0, 1) + result.confusion.count(1, 0));
        result.metrics.insert(QStringLiteral("iou"), either > 0 ? both / either : 1.0);
        result.metrics.insert(QStringLiteral("dice"), result.confusion.f1(1));
        result.metrics.insert(QStringLiteral("rand_error"), tiles ? randErrorSum / double(tiles) : 0.0);
        return result;
    }
    result.metrics.insert(QStringLiteral("loss"), lossSum / samples);
    result.metrics.insert(QStringLiteral("accuracy"), result.confusion.accuracy());
    result.metrics.insert(QStringLiteral("macro_f1"), result.confusion.macroF1());
    if (classes == 2) {
        std::vector<bool> positives;
        for (int label : result.labels)
            positives.push_back(label == 1);
        result.metrics.insert(QStringLiteral("auc"), rocAuc(result.scores, positives));
        result.metrics.insert(QStringLiteral("recall_1"), result.confusion.recall(1));
    }
    if (classes > 5)
        result.metrics.insert(QStringLiteral("top5"), double(top5Hits) / samples);
    return result;
}

} // namespace cnnwb::models
