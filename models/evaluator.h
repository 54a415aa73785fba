#pragma once

#include "metrics.h"
#include "runfolder.h"
#include "zoo.h"

#include <torch/types.h>

#include <atomic>
#include <memory>

namespace cnnwb::data {
class SampleSource;
}

namespace cnnwb::models {

class Network;

/// Metrics of a network on one sample source.
struct EvaluationResult
{
    HistoryRow metrics;           ///< loss, accuracy or pixel_error, ... without a prefix
    ConfusionMatrix confusion;    ///< classifiers: true × predicted; segmentation: pixels
    std::vector<double> scores;   ///< binary classifiers: probability of class 1 per sample
    std::vector<int> labels;      ///< classifiers: true class per sample
    std::vector<int> predictions; ///< classifiers: predicted class per sample
    qint64 samples = 0;
};

/// Settings of an evaluation pass.
struct EvaluationOptions
{
    int batchSize = 16;
    int workers = 2;
    torch::Device device = torch::kCPU;
    const std::atomic<bool> *cancel = nullptr; ///< stops the pass early when set
    torch::Tensor classWeights;                ///< weights of the classifier loss, or undefined
};

/// Runs NETWORK in eval mode without gradients over every sample of SOURCE and computes
/// the task's metrics: loss, accuracy, per-class precision, recall and F1, ROC AUC (two
/// classes) and top-5 accuracy (more than five classes) for classifiers; loss, pixel error,
/// membrane IoU and Dice and the Rand error for segmentation (threshold 0.5). Restores the
/// network's training mode. Throws data::DataError for bad samples.
EvaluationResult evaluate(Network &network, const std::shared_ptr<const data::SampleSource> &source,
                          TaskKind task, const EvaluationOptions &options);

} // namespace cnnwb::models
