#pragma once

#include "layers.h"
#include "network.h"

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/pooling.h>
#include <torch/nn/modules/upsampling.h>

#include <QtCore/QVector>

namespace cnnwb::models {

/// Architecture choices of the U-Net; the defaults are the reference network.
struct UNetOptions
{
    int depth = 4;            ///< encoder levels (pooling steps)
    int baseChannels = 64;    ///< channels of the first level; each level doubles them
    double dropout = 0.5;     ///< rate after each pool, the bottleneck and each concatenation
};

/// U-Net for membrane segmentation. Each convolution is 3×3 with ReLU and then batch
/// norm; decoders upsample by nearest neighbour and concatenate [skip, upsampled].
/// Input N×1×H×W with H and W divisible by 2^depth; output logits N×1×H×W.
class UNet final : public Network
{
public:
    explicit UNet(const UNetOptions &options);

protected:
    torch::Tensor forwardImpl(const torch::Tensor &input, LayerTrace *trace) override;

private:
    /// Two 3×3 convolutions, each followed by ReLU and batch norm.
    struct DoubleConv
    {
        torch::nn::Conv2d conv1{nullptr};
        torch::nn::BatchNorm2d bn1{nullptr};
        torch::nn::Conv2d conv2{nullptr};
        torch::nn::BatchNorm2d bn2{nullptr};
    };

    DoubleConv makeDoubleConv(const std::string &prefix, std::int64_t in, std::int64_t out);
    torch::Tensor runDoubleConv(const QString &prefix, DoubleConv &block, torch::Tensor x,
                                LayerTrace *trace);

    QVector<DoubleConv> m_encoders;
    DoubleConv m_bottleneck;
    QVector<DoubleConv> m_decoders; ///< deepest level first
    MaxPool2x2 m_pool{nullptr};
    torch::nn::Upsample m_upsample{nullptr};
    FastDropout m_dropout{nullptr};
    torch::nn::Conv2d m_output{nullptr};
};

} // namespace cnnwb::models
