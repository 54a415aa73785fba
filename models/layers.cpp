#include "layers.h"

#include <ATen/Parallel.h>
#include <torch/nn/init.h>
#include <torch/nn/modules/linear.h>
#include <torch/torch.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace cnnwb::models {

SeparableConv2dImpl::SeparableConv2dImpl(std::int64_t inChannels, std::int64_t outChannels)
{
    depthwise = register_module(
        "depthwise", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, inChannels, 3)
                                           .padding(1)
                                           .groups(inChannels)
                                           .bias(false)));
    pointwise = register_module(
        "pointwise", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, 1)));
}

torch::Tensor SeparableConv2dImpl::forward(const torch::Tensor &input)
{
    return pointwise->forward(depthwise->forward(input));
}

torch::nn::Conv2d makeConv3x3(std::int64_t inChannels, std::int64_t outChannels)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, 3).padding(1));
}

namespace {

// SplitMix64's finaliser: a well-mixed 64-bit value from a counter.
inline std::uint64_t splitMix64(std::uint64_t value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

} // namespace

void fillDropoutMask(torch::Tensor &mask, double keep, float scale, std::uint64_t seed)
{
    TORCH_CHECK(mask.scalar_type() == torch::kFloat32 && mask.device().is_cpu(),
                "fillDropoutMask needs a float32 CPU tensor");
    float *data = mask.data_ptr<float>();
    const std::int64_t count = mask.numel();
    // Keep when the 32-bit draw is below KEEP·2^32; each hash gives two draws.
    const std::uint64_t threshold = std::uint64_t(std::llround(keep * 4294967296.0));
    const std::int64_t pairs = (count + 1) / 2;
    at::parallel_for(0, pairs, 16384, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t pair = begin; pair < end; ++pair) {
            const std::uint64_t bits = splitMix64(seed + std::uint64_t(pair));
            const std::int64_t index = pair * 2;
            data[index] = (bits & 0xFFFFFFFFULL) < threshold ? scale : 0.0f;
            if (index + 1 < count)
                data[index + 1] = (bits >> 32) < threshold ? scale : 0.0f;
        }
    });
}

FastDropoutImpl::FastDropoutImpl(double rate) : m_rate(rate)
{
    TORCH_CHECK(rate >= 0 && rate < 1, "dropout rate must lie in [0, 1), got ", rate);
}

torch::Tensor FastDropoutImpl::forward(const torch::Tensor &input)
{
    if (!is_training() || m_rate == 0)
        return input;
    if (!input.device().is_cpu() || input.scalar_type() != torch::kFloat32)
        return torch::dropout(input, m_rate, /*train=*/true);
    // One draw from the default generator seeds this call's mask.
    const auto seed = std::uint64_t(
        torch::randint(std::numeric_limits<std::int64_t>::max(), {1}, torch::kLong).item<std::int64_t>());
    torch::Tensor mask = torch::empty_like(input, input.options().requires_grad(false),
                                           input.suggest_memory_format());
    fillDropoutMask(mask, 1.0 - m_rate, float(1.0 / (1.0 - m_rate)), seed);
    return input * mask;
}

torch::nn::BatchNorm2d makeBatchNorm(std::int64_t channels)
{
    return torch::nn::BatchNorm2d(
        torch::nn::BatchNorm2dOptions(channels).eps(1e-3).momentum(0.01));
}

void setBatchNormMomentum(torch::nn::Module &module, double momentum)
{
    for (const std::shared_ptr<torch::nn::Module> &child : module.modules()) {
        if (auto *norm = child->as<torch::nn::BatchNorm2dImpl>())
            norm->options.momentum(momentum);
    }
}

bool isRunningStatistic(const std::string &bufferName)
{
    const auto endsWith = [&bufferName](const std::string &suffix) {
        return bufferName.size() >= suffix.size()
               && bufferName.compare(bufferName.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith("running_mean") || endsWith("running_var");
}

void applyKerasInit(torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    for (auto &child : module.modules(/*include_self=*/false)) {
        torch::Tensor weight;
        torch::Tensor bias;
        if (auto *conv = child->as<torch::nn::Conv2d>()) {
            weight = conv->weight;
            bias = conv->bias;
        } else if (auto *linear = child->as<torch::nn::Linear>()) {
            weight = linear->weight;
            bias = linear->bias;
        } else {
            continue;
        }
        torch::nn::init::xavier_uniform_(weight);
        if (bias.defined())
            torch::nn::init::zeros_(bias);
    }
}

} // namespace cnnwb::models
