#pragma once

#include "layers.h"
#include "network.h"

#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>

#include <QtCore/QVector>

namespace cnnwb::models {

/// Architecture choices of HanziNet; the defaults are the reference network.
struct HanziNetOptions
{
    std::int64_t inputSize = 64;              ///< square input side, in pixels
    std::int64_t classes = 3755;
    QVector<int> convChannels{64, 128, 256};  ///< one 3×3 convolution and 2×2 pool per entry
    QVector<int> denseUnits{1024};            ///< hidden dense widths, in order
    double dropout = 0.5;                     ///< rate of the dropout before every dense layer
};

/// Handwritten Chinese character classifier: 3×3 convolutions with max pooling, then
/// dense layers with dropout. Input N×1×H×W, grey values scaled to [0, 1].
class HanziNet final : public Network
{
public:
    explicit HanziNet(const HanziNetOptions &options);

protected:
    torch::Tensor forwardImpl(const torch::Tensor &input, LayerTrace *trace) override;

private:
    QVector<torch::nn::Conv2d> m_convs;
    MaxPool2x2 m_reluPool{nullptr}; ///< ReLU, then 2×2 max pooling
    QVector<torch::nn::Linear> m_dense;
    QVector<FastDropout> m_dropout;
};

} // namespace cnnwb::models
