#include "layertrace.h"

#include "layers.h"
#include "network.h"

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>
#include <torch/nn/modules/upsampling.h>

namespace cnnwb::models {
namespace {

std::int64_t product(const std::vector<std::int64_t> &shape)
{
    std::int64_t result = 1;
    for (std::int64_t side : shape)
        result *= side;
    return result;
}

// Multiply-accumulates of a convolution for one sample: every output element takes
// (input channels / groups) × kernel area products.
std::int64_t convMacs(const torch::nn::Conv2dImpl &conv, const std::vector<std::int64_t> &outShape)
{
    const auto &options = conv.options;
    const std::int64_t kernelArea = (*options.kernel_size())[0] * (*options.kernel_size())[1];
    const std::int64_t outputs = product(outShape);
    return outputs * (options.in_channels() / options.groups()) * kernelArea;
}

QString kerasType(const torch::nn::Module &module)
{
    if (module.as<torch::nn::Conv2d>())
        return QStringLiteral("Conv2D");
    if (module.as<SeparableConv2d>())
        return QStringLiteral("SeparableConv2D");
    if (module.as<torch::nn::BatchNorm2d>())
        return QStringLiteral("BatchNormalization");
    if (module.as<torch::nn::MaxPool2d>() || module.as<MaxPool2x2>())
        return QStringLiteral("MaxPooling2D");
    if (module.as<torch::nn::Dropout>() || module.as<FastDropout>())
        return QStringLiteral("Dropout");
    if (module.as<torch::nn::Linear>())
        return QStringLiteral("Dense");
    if (module.as<torch::nn::Upsample>())
        return QStringLiteral("UpSampling2D");
    return QString::fromStdString(module.name());
}

} // namespace

void LayerTrace::recordModule(const QString &name, const torch::nn::Module &module,
                              const std::vector<std::int64_t> &batchShape)
{
    LayerRecord row;
    row.name = name;
    row.type = kerasType(module);
    row.shape.assign(batchShape.begin() + 1, batchShape.end());
    for (const auto &parameter : module.parameters(/*recurse=*/true)) {
        if (parameter.requires_grad())
            row.parameters += parameter.numel();
    }
    for (const auto &buffer : module.named_buffers(/*recurse=*/true)) {
        if (isRunningStatistic(buffer.key()))
            row.runningStats += buffer.value().numel();
    }
    if (const auto *conv = module.as<torch::nn::Conv2d>()) {
        row.macs = convMacs(*conv, row.shape);
    } else if (const auto *separable = module.as<SeparableConv2d>()) {
        // The depthwise step keeps the input channel count at the same spatial size.
        std::vector<std::int64_t> depthwiseShape = row.shape;
        depthwiseShape[0] = separable->depthwise->options.out_channels();
        row.macs = convMacs(*separable->depthwise, depthwiseShape)
                   + convMacs(*separable->pointwise, row.shape);
    } else if (const auto *linear = module.as<torch::nn::Linear>()) {
        row.macs = linear->options.in_features() * linear->options.out_features();
    }
    m_records.push_back(std::move(row));
}

void LayerTrace::recordOperation(const QString &name, const QString &type,
                                 const std::vector<std::int64_t> &batchShape)
{
    LayerRecord row;
    row.name = name;
    row.type = type;
    row.shape.assign(batchShape.begin() + 1, batchShape.end());
    m_records.push_back(std::move(row));
}

void Network::record(LayerTrace *trace, const QString &name, const torch::nn::Module &module,
                     const torch::Tensor &output)
{
    trace->recordModule(name, module, output.sizes().vec());
    trace->observeOutput(name, output);
}

void Network::recordOperation(LayerTrace *trace, const QString &name, const QString &type,
                              const torch::Tensor &output)
{
    if (trace) {
        trace->recordOperation(name, type, output.sizes().vec());
        trace->observeOutput(name, output);
    }
}

} // namespace cnnwb::models
