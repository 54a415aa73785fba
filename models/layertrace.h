#pragma once

#include <QtCore/QString>

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace at {
class Tensor;
}

namespace torch::nn {
class Module;
}

namespace cnnwb::models {

/// One row of a model summary: a layer as a forward pass met it.
struct LayerRecord
{
    QString name;                    ///< layer name, as in the reference tables ("Conv2_1")
    QString type;                    ///< Keras-style layer type ("SeparableConv2D")
    std::vector<std::int64_t> shape; ///< output shape of one sample, C×H×W or features
    std::int64_t parameters = 0;     ///< trainable parameters owned by the layer
    std::int64_t runningStats = 0;   ///< batch-norm running mean and variance elements
    std::int64_t macs = 0;           ///< multiply-accumulates for one sample
};

/// Collects LayerRecords while a network runs forward; networks report each layer to it.
class LayerTrace
{
public:
    /// Records a module's output. The type, parameter and MAC counts come from the module.
    void recordModule(const QString &name, const torch::nn::Module &module,
                      const std::vector<std::int64_t> &batchShape);
    /// Records an operation that owns no module, such as a concatenation.
    void recordOperation(const QString &name, const QString &type,
                         const std::vector<std::int64_t> &batchShape);

    const std::vector<LayerRecord> &records() const { return m_records; }

    /// Called with every recorded layer's output tensor, still attached to the autograd
    /// graph, so explanations such as Grad-CAM can take gradients with respect to it.
    using OutputObserver = std::function<void(const QString &name, const at::Tensor &output)>;
    void setOutputObserver(OutputObserver observer) { m_observer = std::move(observer); }
    /// Passes OUTPUT to the observer, if one is set.
    void observeOutput(const QString &name, const at::Tensor &output) const
    {
        if (m_observer)
            m_observer(name, output);
    }

private:
    std::vector<LayerRecord> m_records;
    OutputObserver m_observer;
};

} // namespace cnnwb::models
