#pragma once

#include <torch/types.h>

#include <cstdint>

namespace cnnwb::models {

class Network;

/// Settings of the masking test of a saliency map.
struct FaithfulnessOptions
{
    double fraction = 0.1;    ///< share of the input's pixels masked, in (0, 1)
    int randomRegions = 8;    ///< random regions averaged for the baseline
    std::uint64_t seed = 1;   ///< seed of the random regions' positions
};

/// How much a saliency map's most highlighted region matters to the network.
struct FaithfulnessResult
{
    double probability = 0;        ///< probability of the class on the unmasked input
    double maskedProbability = 0;  ///< with the top FRACTION of the heat map masked
    double drop = 0;               ///< PROBABILITY - MASKED_PROBABILITY
    double randomDrop = 0;         ///< mean drop over the random square regions of the same area
    double randomDropStddev = 0;   ///< standard deviation of those drops
    int maskedPixels = 0;
};

/// Measures the faithfulness of HEATMAP (H×W, higher = more important) for class CLASS_INDEX
/// of NETWORK on INPUT (1×C×H×W): the input's pixels with the highest heat-map values,
/// FRACTION of all, are filled with the input's per-channel mean and the drop of the
/// class probability is compared with the mean drop when square regions of the same area
/// at random positions are filled the same way. A faithful map gives DROP well above
/// RANDOM_DROP. Runs in eval mode without gradients; throws std::invalid_argument on
/// mismatched shapes.
FaithfulnessResult measureFaithfulness(Network &network, const torch::Tensor &input,
                                       const torch::Tensor &heatmap, int classIndex,
                                       const FaithfulnessOptions &options = {});

} // namespace cnnwb::models
