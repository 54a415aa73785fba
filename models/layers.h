#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace cnnwb::models {

/// A Keras SeparableConv2D with depth multiplier 1: a 3×3 depthwise convolution without
/// bias, then a 1×1 pointwise convolution with bias. Padding keeps the spatial size.
class SeparableConv2dImpl : public torch::nn::Module
{
public:
    SeparableConv2dImpl(std::int64_t inChannels, std::int64_t outChannels);

    torch::Tensor forward(const torch::Tensor &input);

    torch::nn::Conv2d depthwise{nullptr};
    torch::nn::Conv2d pointwise{nullptr};
};
TORCH_MODULE(SeparableConv2d);

/// Builds a 3×3 convolution with "same" padding, as Keras Conv2D(padding="same") does.
torch::nn::Conv2d makeConv3x3(std::int64_t inChannels, std::int64_t outChannels);

/// Builds a BatchNorm2d with the Keras defaults: epsilon 1e-3 and momentum 0.99, which is
/// 0.01 in LibTorch's convention.
torch::nn::BatchNorm2d makeBatchNorm(std::int64_t channels);

/// Returns true for a batch-norm running mean or variance buffer, given its (dotted) name.
bool isRunningStatistic(const std::string &bufferName);

/// Applies the Keras initialisers to every convolution and linear layer below MODULE:
/// Glorot (Xavier) uniform kernels and zero biases.
void applyKerasInit(torch::nn::Module &module);

} // namespace cnnwb::models
