#include "gradcam.h"

#include "layertrace.h"
#include "network.h"

#include <torch/torch.h>

#include <QtCore/QCoreApplication>

#include <stdexcept>
#include <utility>
#include <vector>

namespace cnnwb::models {
namespace {

using NamedMaps = std::vector<std::pair<QString, torch::Tensor>>;

// Puts the network into evaluation mode for the scope and restores its mode afterwards.
class EvalModeScope
{
public:
    explicit EvalModeScope(Network &network) : m_network(network), m_wasTraining(network.is_training())
    {
        m_network.eval();
    }
    ~EvalModeScope() { m_network.train(m_wasTraining); }
    EvalModeScope(const EvalModeScope &) = delete;
    EvalModeScope &operator=(const EvalModeScope &) = delete;

private:
    Network &m_network;
    bool m_wasTraining;
};

void checkInput(const torch::Tensor &input)
{
    if (!input.defined() || input.dim() != 4 || input.size(0) != 1)
        throw std::invalid_argument(
            QCoreApplication::translate("cnnwb::models", "Grad-CAM needs one image of shape 1×C×H×W.")
                .toStdString());
}

// Runs INPUT through NETWORK and collects every 4-D layer output.
torch::Tensor forwardCollecting(Network &network, const torch::Tensor &input, NamedMaps &maps)
{
    LayerTrace trace;
    trace.setOutputObserver([&maps](const QString &name, const at::Tensor &output) {
        if (output.dim() == 4)
            maps.emplace_back(name, output);
    });
    return network.forwardTraced(input, trace);
}

QStringList namesOf(const NamedMaps &maps)
{
    QStringList names;
    for (const auto &entry : maps)
        names.append(entry.first);
    return names;
}

} // namespace

QStringList gradCamLayers(Network &network, const torch::Tensor &input)
{
    checkInput(input);
    EvalModeScope mode(network);
    torch::NoGradGuard noGrad;
    NamedMaps maps;
    forwardCollecting(network, input, maps);
    return namesOf(maps);
}

GradCamResult computeGradCam(Network &network, const torch::Tensor &input, int classIndex,
                             const QString &layer)
{
    checkInput(input);
    EvalModeScope mode(network);
    torch::AutoGradMode gradients(true);

    NamedMaps maps;
    const torch::Tensor logits = forwardCollecting(network, input.detach(), maps);
    if (logits.dim() != 2)
        throw std::invalid_argument(
            QCoreApplication::translate("cnnwb::models", "Grad-CAM explains classifiers; this network's output has %1 dimensions.")
                .arg(logits.dim())
                .toStdString());
    const int classes = int(logits.size(1));
    if (classIndex < 0 || classIndex >= classes)
        throw std::invalid_argument(
            QCoreApplication::translate("cnnwb::models", "Class %1 is out of range: the network has %2 classes.")
                .arg(classIndex)
                .arg(classes)
                .toStdString());

    const std::pair<QString, torch::Tensor> *chosen = nullptr;
    for (const auto &entry : maps) {
        if (layer.isEmpty() ? entry.second.size(2) * entry.second.size(3) > 1 : entry.first == layer)
            chosen = &entry;
    }
    if (!chosen || !chosen->second.requires_grad())
        throw std::invalid_argument(
            QCoreApplication::translate("cnnwb::models", "No feature map \"%1\" to explain; valid layers: %2")
                .arg(layer, namesOf(maps).join(QLatin1String(", ")))
                .toStdString());

    const torch::Tensor &features = chosen->second;
    const torch::Tensor score = logits.index({0, classIndex});
    const torch::Tensor gradient = torch::autograd::grad({score}, {features})[0];

    torch::NoGradGuard noGrad;
    const torch::Tensor weights = gradient.mean({2, 3}, /*keepdim=*/true);
    torch::Tensor cam = torch::relu((weights * features.detach()).sum(1, /*keepdim=*/true));
    cam = torch::nn::functional::interpolate(
        cam, torch::nn::functional::InterpolateFuncOptions()
                 .size(std::vector<std::int64_t>{input.size(2), input.size(3)})
                 .mode(torch::kBilinear)
                 .align_corners(false));
    cam = cam.index({0, 0}).to(torch::kCPU, torch::kFloat32);
    const double peak = cam.max().item<double>();
    cam = peak > 0 ? (cam / peak).clamp(0, 1) : torch::zeros_like(cam);

    GradCamResult result;
    result.heatmap = cam.contiguous();
    result.probabilities = torch::softmax(logits.detach().index({0}), 0).to(torch::kCPU);
    result.layer = chosen->first;
    result.classIndex = classIndex;
    return result;
}

} // namespace cnnwb::models
