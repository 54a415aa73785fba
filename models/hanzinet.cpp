#include "hanzinet.h"

#include "layers.h"
#include "layertrace.h"

#include <stdexcept>

namespace cnnwb::models {
namespace {

// Keras numbers repeated layers as name, name_1, name_2, ...
QString kerasName(const char *base, int index)
{
    return index == 0 ? QString::fromLatin1(base)
                      : QStringLiteral("%1_%2").arg(QLatin1String(base)).arg(index);
}

} // namespace

HanziNet::HanziNet(const HanziNetOptions &options)
{
    const std::int64_t finalSide = options.inputSize >> options.convChannels.size();
    if (finalSide < 1)
        throw std::invalid_argument("input size " + std::to_string(options.inputSize)
                                    + " is too small for "
                                    + std::to_string(options.convChannels.size())
                                    + " pooling steps");

    std::int64_t channels = 1;
    for (int i = 0; i < options.convChannels.size(); ++i) {
        m_convs.push_back(register_module(kerasName("conv2d", i).toStdString(),
                                          makeConv3x3(channels, options.convChannels[i])));
        channels = options.convChannels[i];
    }
    m_reluPool = register_module("max_pooling2d", MaxPool2x2(/*reluFirst=*/true));

    std::int64_t features = channels * finalSide * finalSide;
    for (int i = 0; i <= options.denseUnits.size(); ++i) {
        m_dropout.push_back(register_module(kerasName("dropout", i).toStdString(),
                                            FastDropout(options.dropout)));
        const std::int64_t width = i < options.denseUnits.size() ? options.denseUnits[i]
                                                                 : options.classes;
        m_dense.push_back(register_module(kerasName("dense", i).toStdString(),
                                          torch::nn::Linear(features, width)));
        features = width;
    }

    applyKerasInit(*this);
}

torch::Tensor HanziNet::forwardImpl(const torch::Tensor &input, LayerTrace *trace)
{
    torch::Tensor x = input;
    for (int i = 0; i < m_convs.size(); ++i) {
        // Conv2D(activation="relu") and MaxPooling2D, the ReLU fused into the pooling.
        x = apply(kerasName("conv2d", i), m_convs[i], x, trace);
        x = apply(kerasName("max_pooling2d", i), m_reluPool, x, trace);
    }
    x = x.flatten(1);
    recordOperation(trace, QStringLiteral("flatten"), QStringLiteral("Flatten"), x);
    for (int i = 0; i < m_dense.size(); ++i) {
        x = apply(kerasName("dropout", i), m_dropout[i], x, trace);
        x = apply(kerasName("dense", i), m_dense[i], x, trace);
        if (i + 1 < m_dense.size())
            x = torch::relu(x);
    }
    return x;
}

} // namespace cnnwb::models
