#pragma once

#include "layers.h"
#include "network.h"

#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>

#include <QtCore/QVector>

namespace cnnwb::models {

/// Architecture choices of PneumoniaNet; the defaults are the reference network.
struct PneumoniaNetOptions
{
    std::int64_t inputSize = 224;       ///< square input side, in pixels
    std::int64_t classes = 2;
    int separableBlocks = 3;            ///< blocks of separable convolutions after the first pool
    QVector<int> denseUnits{1024, 512}; ///< hidden dense widths, in order
    QVector<double> dropout{0.7, 0.5};  ///< dropout rate after each hidden dense layer
};

/// VGG-style classifier for chest X-rays: two plain 3×3 convolutions, then blocks of
/// depthwise-separable convolutions with batch norm, then dense layers. Input N×3×H×W.
class PneumoniaNet final : public Network
{
public:
    explicit PneumoniaNet(const PneumoniaNetOptions &options);

protected:
    torch::Tensor forwardImpl(const torch::Tensor &input, LayerTrace *trace) override;

private:
    struct Block
    {
        QVector<SeparableConv2d> convs;
        QVector<torch::nn::BatchNorm2d> norms; ///< after every convolution but the last (blocks 2+)
    };

    torch::nn::Conv2d m_conv1{nullptr};
    torch::nn::Conv2d m_conv2{nullptr};
    MaxPool2x2 m_pool{nullptr};
    MaxPool2x2 m_reluPool{nullptr}; ///< ReLU, then 2×2 max pooling
    QVector<Block> m_blocks;
    QVector<torch::nn::Linear> m_dense;
    QVector<FastDropout> m_dropout;
};

} // namespace cnnwb::models
