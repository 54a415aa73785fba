#pragma once

#include <torch/nn/module.h>
#include <torch/types.h>

#include <QtCore/QString>

#include <memory>

namespace cnnwb::models {

class LayerTrace;

/// Base of the zoo networks: a module whose forward pass can report each layer.
///
/// Classifiers return logits of shape N×classes; the segmentation network returns
/// logits of shape N×1×H×W (apply a sigmoid for probabilities).
class Network : public torch::nn::Module
{
public:
    using torch::nn::Module::Module;

    /// Runs the network on a batch of shape N×C×H×W (float32).
    torch::Tensor forward(const torch::Tensor &input) { return forwardImpl(input, nullptr); }

    /// Runs the network and records every layer it passes into TRACE.
    torch::Tensor forwardTraced(const torch::Tensor &input, LayerTrace &trace)
    {
        return forwardImpl(input, &trace);
    }

protected:
    virtual torch::Tensor forwardImpl(const torch::Tensor &input, LayerTrace *trace) = 0;

    /// Runs MODULE on INPUT and reports its output to TRACE under NAME.
    template <typename ModuleHolder>
    torch::Tensor apply(const QString &name, ModuleHolder &module, const torch::Tensor &input,
                        LayerTrace *trace)
    {
        torch::Tensor output = module->forward(input);
        if (trace)
            record(trace, name, *module, output);
        return output;
    }

    static void record(LayerTrace *trace, const QString &name, const torch::nn::Module &module,
                       const torch::Tensor &output);
    static void recordOperation(LayerTrace *trace, const QString &name, const QString &type,
                                const torch::Tensor &output);
};

using NetworkPtr = std::shared_ptr<Network>;

} // namespace cnnwb::models
