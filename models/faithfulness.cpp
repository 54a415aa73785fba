#include "faithfulness.h"

#include "network.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace cnnwb::models {
namespace {

// Fills the pixels where MASK (H×W bool) is set with the per-channel mean of INPUT.
torch::Tensor fillWithMean(const torch::Tensor &input, const torch::Tensor &mask)
{
    const torch::Tensor mean = input.mean({2, 3}, /*keepdim=*/true).expand_as(input);
    return torch::where(mask.unsqueeze(0).unsqueeze(0).expand_as(input), mean, input);
}

double classProbability(Network &network, const torch::Tensor &input, int classIndex)
{
    return torch::softmax(network.forward(input), 1)[0][classIndex].item<double>();
}

} // namespace

FaithfulnessResult measureFaithfulness(Network &network, const torch::Tensor &input,
                                       const torch::Tensor &heatmap, int classIndex,
                                       const FaithfulnessOptions &options)
{
    if (input.dim() != 4 || input.size(0) != 1 || heatmap.dim() != 2
        || heatmap.size(0) != input.size(2) || heatmap.size(1) != input.size(3))
        throw std::invalid_argument("measureFaithfulness: expected a 1×C×H×W input and an H×W heat map");
    if (options.fraction <= 0 || options.fraction >= 1 || options.randomRegions < 1)
        throw std::invalid_argument("measureFaithfulness: fraction must lie in (0, 1) and randomRegions be positive");

    torch::NoGradGuard noGrad;
    const bool wasTraining = network.is_training();
    network.eval();

    const std::int64_t height = input.size(2);
    const std::int64_t width = input.size(3);
    const auto count = std::max<std::int64_t>(1, std::llround(options.fraction * double(height * width)));
    const torch::Tensor heat = heatmap.to(input.device(), torch::kFloat32).flatten();

    FaithfulnessResult result;
    result.maskedPixels = int(count);
    result.probability = classProbability(network, input, classIndex);

    // The COUNT hottest pixels, ties broken by topk's order.
    const torch::Tensor top = std::get<1>(heat.topk(count));
    torch::Tensor topMask = torch::zeros({height * width}, torch::TensorOptions().dtype(torch::kBool).device(input.device()));
    topMask.index_fill_(0, top, true);
    result.maskedProbability = classProbability(network, fillWithMean(input, topMask.view({height, width})), classIndex);
    result.drop = result.probability - result.maskedProbability;

    // Random near-square rectangles of SIDE × ceil(COUNT / SIDE) pixels, about the masked
    // area, clipped to the image.
    const auto side = std::min<std::int64_t>({height, width, std::llround(std::sqrt(double(count)))});
    const std::int64_t otherSide = std::min<std::int64_t>(width, (count + side - 1) / side);
    std::mt19937_64 rng(options.seed);
    std::uniform_int_distribution<std::int64_t> rowDistribution(0, height - side);
    std::uniform_int_distribution<std::int64_t> columnDistribution(0, width - otherSide);
    std::vector<double> drops;
    for (int r = 0; r < options.randomRegions; ++r) {
        torch::Tensor mask = torch::zeros({height, width}, torch::TensorOptions().dtype(torch::kBool).device(input.device()));
        const std::int64_t row = rowDistribution(rng);
        const std::int64_t column = columnDistribution(rng);
        mask.slice(0, row, row + side).slice(1, column, column + otherSide).fill_(true);
        drops.push_back(result.probability - classProbability(network, fillWithMean(input, mask), classIndex));
    }
    double sum = 0;
    for (double drop : drops)
        sum += drop;
    result.randomDrop = sum / double(drops.size());
    double squares = 0;
    for (double drop : drops)
        squares += (drop - result.randomDrop) * (drop - result.randomDrop);
    result.randomDropStddev = drops.size() > 1 ? std::sqrt(squares / double(drops.size() - 1)) : 0.0;

    network.train(wasTraining);
    return result;
}

} // namespace cnnwb::models
