#include "pneumonianet.h"

#include "layertrace.h"

#include <algorithm>
#include <stdexcept>

namespace cnnwb::models {

PneumoniaNet::PneumoniaNet(const PneumoniaNetOptions &options)
{
    if (options.dropout.size() != options.denseUnits.size() && options.dropout.size() != 1)
        throw std::invalid_argument("dropout needs one rate or one per dense layer ("
                                    + std::to_string(options.denseUnits.size()) + "), got "
                                    + std::to_string(options.dropout.size()));
    const std::int64_t poolCount = options.separableBlocks + 1;
    const std::int64_t finalSide = options.inputSize >> poolCount;
    if (finalSide < 1)
        throw std::invalid_argument("input size " + std::to_string(options.inputSize)
                                    + " is too small for " + std::to_string(poolCount)
                                    + " pooling steps");

    m_conv1 = register_module("Conv1_1", makeConv3x3(3, 64));
    m_conv2 = register_module("Conv1_2", makeConv3x3(64, 64));
    m_pool = register_module("pool", MaxPool2x2());
    m_reluPool = register_module("relu_pool", MaxPool2x2(/*reluFirst=*/true));

    std::int64_t channels = 64;
    int normIndex = 1;
    for (int b = 0; b < options.separableBlocks; ++b) {
        // Block widths double from 128 up to 512, as in VGG.
        const std::int64_t width = std::min<std::int64_t>(128LL << b, 512);
        const int convCount = b == 0 ? 2 : 3;
        Block block;
        for (int c = 0; c < convCount; ++c) {
            const std::string name = "Conv" + std::to_string(b + 2) + "_" + std::to_string(c + 1);
            block.convs.push_back(register_module(name, SeparableConv2d(channels, width)));
            channels = width;
            if (b > 0 && c < convCount - 1) {
                const std::string bnName = "bn" + std::to_string(normIndex++);
                block.norms.push_back(register_module(bnName, makeBatchNorm(width)));
            }
        }
        m_blocks.push_back(block);
    }

    std::int64_t features = channels * finalSide * finalSide;
    for (int i = 0; i < options.denseUnits.size(); ++i) {
        const std::string index = std::to_string(i + 1);
        m_dense.push_back(register_module("fc" + index,
                                          torch::nn::Linear(features, options.denseUnits[i])));
        const double rate = options.dropout.size() == 1 ? options.dropout[0] : options.dropout[i];
        m_dropout.push_back(register_module("dropout" + index, FastDropout(rate)));
        features = options.denseUnits[i];
    }
    const std::string outputName = "fc" + std::to_string(options.denseUnits.size() + 1);
    m_dense.push_back(register_module(outputName, torch::nn::Linear(features, options.classes)));

    applyKerasInit(*this);
}

torch::Tensor PneumoniaNet::forwardImpl(const torch::Tensor &input, LayerTrace *trace)
{
    torch::Tensor x = torch::relu(apply(QStringLiteral("Conv1_1"), m_conv1, input, trace));
    // Conv1_2's ReLU is fused into pool1.
    x = apply(QStringLiteral("Conv1_2"), m_conv2, x, trace);
    x = apply(QStringLiteral("pool1"), m_reluPool, x, trace);

    int normIndex = 0;
    for (int b = 0; b < m_blocks.size(); ++b) {
        Block &block = m_blocks[b];
        for (int c = 0; c < block.convs.size(); ++c) {
            const QString name = QStringLiteral("Conv%1_%2").arg(b + 2).arg(c + 1);
            x = torch::relu(apply(name, block.convs[c], x, trace));
            if (c < block.norms.size()) {
                ++normIndex;
                x = apply(QStringLiteral("bn%1").arg(normIndex), block.norms[c], x, trace);
            }
        }
        x = apply(QStringLiteral("pool%1").arg(b + 2), m_pool, x, trace);
    }

    x = x.flatten(1);
    recordOperation(trace, QStringLiteral("flatten"), QStringLiteral("Flatten"), x);
    for (int i = 0; i < m_dense.size(); ++i) {
        const QString index = QString::number(i + 1);
        x = apply(QStringLiteral("fc") + index, m_dense[i], x, trace);
        if (i < m_dropout.size()) {
            x = torch::relu(x);
            x = apply(QStringLiteral("dropout") + index, m_dropout[i], x, trace);
        }
    }
    return x;
}

} // namespace cnnwb::models
