#pragma once

#include <torch/types.h>

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace cnnwb::models {

class Network;

/// A Grad-CAM explanation of one class score.
struct GradCamResult
{
    torch::Tensor heatmap;       ///< H×W float32 on the CPU in [0, 1], at the input's resolution
    torch::Tensor probabilities; ///< 1-D softmax of the logits, on the CPU
    QString layer;               ///< the layer whose feature maps were weighted
    int classIndex = -1;         ///< the explained class
};

/// Returns the names of NETWORK's layers whose output is a feature map (4-D), in forward
/// order, as met when running INPUT (1×C×H×W) through it.
QStringList gradCamLayers(Network &network, const torch::Tensor &input);

/// Explains NETWORK's logit for CLASS_INDEX on INPUT (1×C×H×W) with Grad-CAM (Selvaraju
/// et al. 2017). Each feature map of LAYER is weighted by the spatial mean of the score's
/// gradient with respect to it. The weighted sum is clipped at zero, upsampled bilinearly
/// to the input size and scaled to a maximum of 1 (all zeros when nothing is positive).
/// An empty LAYER picks the last feature map larger than 1×1.
///
/// Runs in evaluation mode (batch-norm statistics and dropout as at inference) and restores
/// the network's mode; parameter gradients are left untouched. Classifiers only.
/// Throws std::invalid_argument for a bad input shape, class index or layer name (the
/// message lists the valid layers).
GradCamResult computeGradCam(Network &network, const torch::Tensor &input, int classIndex,
                             const QString &layer = {});

} // namespace cnnwb::models
