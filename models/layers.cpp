#include "layers.h"

#include <torch/nn/init.h>
#include <torch/nn/modules/linear.h>

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

torch::nn::BatchNorm2d makeBatchNorm(std::int64_t channels)
{
    return torch::nn::BatchNorm2d(
        torch::nn::BatchNorm2dOptions(channels).eps(1e-3).momentum(0.01));
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
