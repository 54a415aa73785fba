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

/// Inverted dropout (as torch::nn::Dropout: zero with probability RATE in training, scale
/// the rest by 1/(1 - RATE), identity in evaluation), with a faster mask for float32 CPU
/// tensors. LibTorch 1.13's bernoulli_ draws its numbers serially at about 13 ns per
/// element, which made Dropout over a fifth of a U-Net training step. Here each element's
/// keep decision is a counter-based 32-bit hash of a per-call seed and the element's index,
/// computed in parallel (with AVX2 where the CPU has it), so the mask does not depend on the
/// thread count. The per-call
/// seed comes from LibTorch's default CPU generator, so torch::manual_seed() and
/// checkpointed generator state make runs reproducible. Other devices and dtypes use
/// LibTorch's dropout. The output is written in one pass with the mask, and the backward
/// pass draws the same mask again from the seed instead of keeping it.
class FastDropoutImpl : public torch::nn::Module
{
public:
    explicit FastDropoutImpl(double rate);

    torch::Tensor forward(const torch::Tensor &input);

    double rate() const { return m_rate; }

private:
    double m_rate;
};
TORCH_MODULE(FastDropout);

/// 2×2 max pooling with stride 2 (torch::nn::MaxPool2d(2)): the same outputs and the same
/// gradients, the first maximum of a window in row-major order winning ties, and a NaN
/// propagating, as LibTorch's kernel does. For contiguous float32 CPU tensors it keeps a
/// one-byte position per output instead of LibTorch's 64-bit index and writes each input
/// gradient once: LibTorch 1.13's NCHW kernel made pooling about a sixth of a character
/// network's training step. Other tensors use LibTorch's max_pool2d.
///
/// With RELU_FIRST it computes max_pool2d(relu(x)) in the same pass, with the same values
/// and gradients as the two operations apart, and without the full-size ReLU output.
class MaxPool2x2Impl : public torch::nn::Module
{
public:
    explicit MaxPool2x2Impl(bool reluFirst = false) : m_reluFirst(reluFirst) {}

    torch::Tensor forward(const torch::Tensor &input);

    bool reluFirst() const { return m_reluFirst; }

private:
    bool m_reluFirst;
};
TORCH_MODULE(MaxPool2x2);

/// Fills a float32 CPU tensor MASK (contiguous in any memory format) with 0 or SCALE,
/// keeping each element with probability KEEP, from SEED. Deterministic for a seed.
void fillDropoutMask(torch::Tensor &mask, double keep, float scale, std::uint64_t seed);

/// Builds a 3×3 convolution with "same" padding, as Keras Conv2D(padding="same") does.
torch::nn::Conv2d makeConv3x3(std::int64_t inChannels, std::int64_t outChannels);

/// Builds a BatchNorm2d with the Keras defaults: epsilon 1e-3 and momentum 0.99, which is
/// 0.01 in LibTorch's convention.
torch::nn::BatchNorm2d makeBatchNorm(std::int64_t channels);

/// Sets the running-statistics momentum (LibTorch's convention: the weight of the newest
/// batch) of every BatchNorm2d below MODULE.
void setBatchNormMomentum(torch::nn::Module &module, double momentum);

/// Returns true for a batch-norm running mean or variance buffer, given its (dotted) name.
bool isRunningStatistic(const std::string &bufferName);

/// Applies the Keras initialisers to every convolution and linear layer below MODULE:
/// Glorot (Xavier) uniform kernels and zero biases.
void applyKerasInit(torch::nn::Module &module);

} // namespace cnnwb::models
