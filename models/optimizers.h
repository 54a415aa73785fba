#pragma once

#include "network.h"
#include "trainingconfig.h"

#include <torch/optim/adam.h>

#include <memory>

namespace cnnwb::models {

/// Adam with the update of each parameter done in one pass over its memory.
///
/// torch::optim::Adam in LibTorch 1.13 runs seven element-wise operations per parameter
/// (two for each moment, three for the denominator, one for the update) and allocates two
/// temporaries. For the pneumonia network's 100-million-weight dense layer that is about
/// 8 GB of memory traffic per step (an estimate from the operand sizes). FusedAdam reads the gradient, the weight and both
/// moments once and writes the weight and the moments once, on all intra-op threads. The
/// arithmetic is the same FP32 formula, so results match torch::optim::Adam to rounding.
///
/// The state (AdamParamState under the same keys) and the serialised form are Adam's own:
/// checkpoints move between the two classes. Parameters that are not contiguous FP32 CPU
/// tensors (a CUDA run, for instance), and the AMSGrad variant, take LibTorch's path.
class FusedAdam final : public torch::optim::Adam
{
public:
    using torch::optim::Adam::Adam;

    torch::Tensor step(LossClosure closure = nullptr) override;
};

/// Returns the optimizer that CONFIG selects, over NETWORK's parameters:
/// FusedAdam for "adam", SGD with momentum for "sgd".
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainingConfig &config, Network &network);

/// Drops the gradients of every parameter OPTIMIZER updates, so that the next backward pass
/// stores its gradients directly instead of adding them to zeros (PyTorch's
/// zero_grad(set_to_none=True); LibTorch 1.13's zero_grad() only fills them with zeros).
void releaseGradients(torch::optim::Optimizer &optimizer);

} // namespace cnnwb::models
