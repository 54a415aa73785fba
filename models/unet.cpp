#include "unet.h"

#include "layers.h"
#include "layertrace.h"

#include <stdexcept>

namespace cnnwb::models {

UNet::UNet(const UNetOptions &options)
{
    if (options.depth < 1)
        throw std::invalid_argument("U-Net depth must be at least 1");

    std::int64_t in = 1;
    for (int level = 1; level <= options.depth; ++level) {
        const std::int64_t out = std::int64_t(options.baseChannels) << (level - 1);
        m_encoders.push_back(makeDoubleConv("enc" + std::to_string(level), in, out));
        in = out;
    }
    const std::int64_t bottom = std::int64_t(options.baseChannels) << options.depth;
    m_bottleneck = makeDoubleConv("bottleneck", in, bottom);

    in = bottom;
    for (int level = options.depth; level >= 1; --level) {
        const std::int64_t out = std::int64_t(options.baseChannels) << (level - 1);
        // The concatenation contains the skip (out channels) and the upsampled tensor (in).
        m_decoders.push_back(makeDoubleConv("dec" + std::to_string(level), out + in, out));
        in = out;
    }

    m_pool = register_module("pool", MaxPool2x2());
    m_upsample = register_module(
        "up", torch::nn::Upsample(torch::nn::UpsampleOptions()
                                      .scale_factor(std::vector<double>{2.0, 2.0})
                                      .mode(torch::kNearest)));
    m_dropout = register_module("dropout", FastDropout(options.dropout));
    m_output = register_module(
        "output", torch::nn::Conv2d(torch::nn::Conv2dOptions(options.baseChannels, 1, 1)));

    applyKerasInit(*this);
}

UNet::DoubleConv UNet::makeDoubleConv(const std::string &prefix, std::int64_t in,
                                      std::int64_t out)
{
    DoubleConv block;
    block.conv1 = register_module(prefix + "_conv1", makeConv3x3(in, out));
    block.bn1 = register_module(prefix + "_bn1", makeBatchNorm(out));
    block.conv2 = register_module(prefix + "_conv2", makeConv3x3(out, out));
    block.bn2 = register_module(prefix + "_bn2", makeBatchNorm(out));
    return block;
}

torch::Tensor UNet::runDoubleConv(const QString &prefix, DoubleConv &block, torch::Tensor x,
                                  LayerTrace *trace)
{
    x = torch::relu(apply(prefix + QStringLiteral("_conv1"), block.conv1, x, trace));
    x = apply(prefix + QStringLiteral("_bn1"), block.bn1, x, trace);
    x = torch::relu(apply(prefix + QStringLiteral("_conv2"), block.conv2, x, trace));
    return apply(prefix + QStringLiteral("_bn2"), block.bn2, x, trace);
}

torch::Tensor UNet::forwardImpl(const torch::Tensor &input, LayerTrace *trace)
{
    const int depth = m_encoders.size();
    const std::int64_t multiple = std::int64_t(1) << depth;
    TORCH_CHECK(input.size(2) % multiple == 0 && input.size(3) % multiple == 0,
                "U-Net of depth ", depth, " needs input sides divisible by ", multiple,
                ", got ", input.size(2), "x", input.size(3));

    QVector<torch::Tensor> skips;
    torch::Tensor x = input;
    for (int level = 1; level <= depth; ++level) {
        const QString prefix = QStringLiteral("enc%1").arg(level);
        x = runDoubleConv(prefix, m_encoders[level - 1], x, trace);
        skips.push_back(x);
        x = apply(prefix + QStringLiteral("_pool"), m_pool, x, trace);
        x = apply(prefix + QStringLiteral("_dropout"), m_dropout, x, trace);
    }

    x = runDoubleConv(QStringLiteral("bottleneck"), m_bottleneck, x, trace);
    x = apply(QStringLiteral("bottleneck_dropout"), m_dropout, x, trace);

    for (int level = depth; level >= 1; --level) {
        const QString prefix = QStringLiteral("dec%1").arg(level);
        x = apply(prefix + QStringLiteral("_up"), m_upsample, x, trace);
        x = torch::cat({skips[level - 1], x}, 1);
        recordOperation(trace, prefix + QStringLiteral("_concat"), QStringLiteral("Concatenate"), x);
        x = apply(prefix + QStringLiteral("_dropout"), m_dropout, x, trace);
        x = runDoubleConv(prefix, m_decoders[depth - level], x, trace);
    }
    return apply(QStringLiteral("output"), m_output, x, trace);
}

} // namespace cnnwb::models
