#include "tiledinference.h"

#include "network.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace cnnwb::models {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Restores a module's training mode when the prediction ends, also by exception.
class EvalModeScope
{
public:
    explicit EvalModeScope(Network &network)
        : m_network(network)
        , m_wasTraining(network.is_training())
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

void checkOptions(const TiledInferenceOptions &options)
{
    const auto fail = [](const std::string &what) {
        throw std::invalid_argument("tiled inference: " + what);
    };
    if (options.sizeMultiple < 1)
        fail("size multiple must be at least 1, got " + std::to_string(options.sizeMultiple));
    if (options.tileSize < options.sizeMultiple || options.tileSize % options.sizeMultiple != 0)
        fail("tile size " + std::to_string(options.tileSize) + " is not a multiple of "
             + std::to_string(options.sizeMultiple));
    if (options.stride < options.sizeMultiple || options.stride > options.tileSize
        || options.stride % options.sizeMultiple != 0)
        fail("stride " + std::to_string(options.stride) + " must be a multiple of "
             + std::to_string(options.sizeMultiple) + " and at most the tile size "
             + std::to_string(options.tileSize));
    if (options.batchSize < 1)
        fail("batch size must be at least 1, got " + std::to_string(options.batchSize));
    if (!(options.windowFloor > 0 && options.windowFloor <= 1))
        fail("window floor must be in (0, 1], got " + std::to_string(options.windowFloor));
}

// Runs the network on a batch of CV_32FC1 tiles and returns N×H×W probabilities on the CPU.
torch::Tensor predictBatch(Network &network, const std::vector<cv::Mat> &tiles, int side,
                           const torch::Device &device)
{
    torch::Tensor batch = torch::empty({std::int64_t(tiles.size()), 1, side, side}, torch::kFloat32);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        // The tile may be a view into the padded image, so rows are copied one by one.
        float *target = batch[std::int64_t(i)][0].data_ptr<float>();
        for (int y = 0; y < side; ++y)
            std::copy_n(tiles[i].ptr<float>(y), side, target + std::size_t(y) * side);
    }
    const torch::Tensor logits = network.forward(batch.to(device));
    return torch::sigmoid(logits).squeeze(1).to(torch::kCPU).contiguous();
}

} // namespace

TiledInferenceOptions tilingForInput(int inputSide, int sizeMultiple)
{
    TiledInferenceOptions options;
    options.sizeMultiple = std::max(1, sizeMultiple);
    options.tileSize = std::max(options.sizeMultiple, inputSide / options.sizeMultiple * options.sizeMultiple);
    options.stride = std::max(options.sizeMultiple, options.tileSize / 2 / options.sizeMultiple * options.sizeMultiple);
    return options;
}

cv::Mat blendingWindow(int side, double floor)
{
    CV_Assert(side > 0);
    // A Hann profile sampled at pixel centres: near 0 at the tile edge, 1 at the centre.
    std::vector<double> profile(std::size_t(side), 1.0);
    for (int i = 0; i < side; ++i) {
        const double s = std::sin(kPi * (i + 0.5) / side);
        profile[std::size_t(i)] = s * s;
    }
    // The floor keeps every tile pixel in the blend, which matters only where no other tile
    // covers a pixel. Tile edges see the convolutions' zero padding, so it stays small.
    cv::Mat window(side, side, CV_32FC1);
    for (int y = 0; y < side; ++y) {
        float *row = window.ptr<float>(y);
        for (int x = 0; x < side; ++x)
            row[x] = float(floor + (1.0 - floor) * profile[std::size_t(y)] * profile[std::size_t(x)]);
    }
    return window;
}

std::vector<int> tileOrigins(int paddedLength, int tile, int stride)
{
    CV_Assert(tile > 0 && stride > 0 && paddedLength >= tile);
    std::vector<int> origins;
    for (int origin = 0; origin + tile <= paddedLength; origin += stride)
        origins.push_back(origin);
    return origins;
}

TiledPrediction predictTiled(Network &network, const cv::Mat &image,
                             const TiledInferenceOptions &options, const torch::Device &device,
                             const std::atomic_bool *cancel, const TileProgressCallback &progress)
{
    checkOptions(options);
    if (image.empty() || image.type() != CV_32FC1)
        throw std::invalid_argument("tiled inference: the image must be a non-empty CV_32FC1 matrix");

    const int tile = options.tileSize;
    const int stride = options.stride;
    // The margin puts every image pixel at least this far from the outer edge of the tiles.
    // Rounded down to the size multiple so the tile grid stays aligned with the image grid.
    const int margin = (tile - stride) / 2 / options.sizeMultiple * options.sizeMultiple;
    const auto paddedLength = [&](int length) {
        const int needed = std::max(tile, length + 2 * margin);
        const int steps = (needed - tile + stride - 1) / stride;
        return tile + steps * stride;
    };
    const int paddedWidth = paddedLength(image.cols);
    const int paddedHeight = paddedLength(image.rows);
    cv::Mat padded;
    cv::copyMakeBorder(image, padded, margin, paddedHeight - image.rows - margin, margin,
                       paddedWidth - image.cols - margin, cv::BORDER_REFLECT_101);

    TiledPrediction result;
    for (const int y : tileOrigins(paddedHeight, tile, stride)) {
        for (const int x : tileOrigins(paddedWidth, tile, stride))
            result.tiles.emplace_back(x - margin, y - margin, tile, tile);
    }

    // The planes are double: the seam map subtracts E[p]² from E[p²], and in float32 the
    // rounding of that difference alone reaches a standard deviation of about 1e-3.
    cv::Mat window;
    blendingWindow(tile, options.windowFloor).convertTo(window, CV_64F);
    const cv::Rect imageRect(0, 0, image.cols, image.rows);
    cv::Mat sum = cv::Mat::zeros(image.size(), CV_64FC1);
    cv::Mat weight = cv::Mat::zeros(image.size(), CV_64FC1);
    cv::Mat sumOfSquares;
    if (options.computeSeamMap)
        sumOfSquares = cv::Mat::zeros(image.size(), CV_64FC1);

    EvalModeScope evalMode(network);
    torch::NoGradGuard noGrad;
    const int total = int(result.tiles.size());
    for (int first = 0; first < total; first += options.batchSize) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            result.probability.release();
            return result;
        }
        const int count = std::min(options.batchSize, total - first);
        std::vector<cv::Mat> inputs;
        for (int i = 0; i < count; ++i) {
            const cv::Rect rect = result.tiles[std::size_t(first + i)];
            inputs.push_back(padded(rect + cv::Point(margin, margin)));
        }
        const torch::Tensor probabilities = predictBatch(network, inputs, tile, device);

        for (int i = 0; i < count; ++i) {
            const cv::Rect rect = result.tiles[std::size_t(first + i)];
            const cv::Rect inside = rect & imageRect;
            if (inside.empty())
                continue;
            const cv::Mat tileProbability(tile, tile, CV_32FC1, probabilities[i].data_ptr<float>());
            const cv::Rect local = inside - rect.tl();
            cv::Mat p;
            tileProbability(local).convertTo(p, CV_64F);
            const cv::Mat w = window(local);
            cv::Mat sumView = sum(inside);
            cv::Mat weightView = weight(inside);
            const cv::Mat weighted = p.mul(w);
            sumView += weighted;
            weightView += w;
            if (options.computeSeamMap) {
                cv::Mat squaresView = sumOfSquares(inside);
                squaresView += weighted.mul(p);
            }
        }
        if (progress)
            progress(first + count, total);
    }

    cv::Mat probability;
    cv::divide(sum, weight, probability);
    probability.convertTo(result.probability, CV_32F);
    if (options.computeSeamMap) {
        // Weighted variance = E[p²] − E[p]²; rounding can still make it slightly negative.
        cv::Mat variance;
        cv::divide(sumOfSquares, weight, variance);
        variance -= probability.mul(probability);
        variance = cv::max(variance, 0.0);
        cv::sqrt(variance, variance);
        variance.convertTo(result.seam, CV_32F);
    }
    return result;
}

cv::Mat predictWholeImage(Network &network, const cv::Mat &image, int sizeMultiple,
                          const torch::Device &device)
{
    if (image.empty() || image.type() != CV_32FC1)
        throw std::invalid_argument("whole-image inference: the image must be a non-empty CV_32FC1 matrix");
    if (sizeMultiple < 1)
        throw std::invalid_argument("whole-image inference: size multiple must be at least 1");
    const int bottom = (sizeMultiple - image.rows % sizeMultiple) % sizeMultiple;
    const int right = (sizeMultiple - image.cols % sizeMultiple) % sizeMultiple;
    cv::Mat padded;
    cv::copyMakeBorder(image, padded, 0, bottom, 0, right, cv::BORDER_REFLECT_101);

    EvalModeScope evalMode(network);
    torch::NoGradGuard noGrad;
    // from_blob() views the padded matrix, which is continuous and outlives the forward pass.
    const torch::Tensor input = torch::from_blob(padded.ptr<float>(), {1, 1, padded.rows, padded.cols},
                                                 torch::kFloat32);
    const torch::Tensor probability = torch::sigmoid(network.forward(input.to(device))).to(torch::kCPU).contiguous();
    const cv::Mat full(padded.rows, padded.cols, CV_32FC1, probability.data_ptr<float>());
    return full(cv::Rect(0, 0, image.cols, image.rows)).clone();
}

cv::Mat sliceToNetworkInput(const cv::Mat &slice)
{
    cv::Mat input;
    switch (slice.type()) {
    case CV_8UC1:
        slice.convertTo(input, CV_32F, 1.0 / 255.0);
        break;
    case CV_16UC1:
        slice.convertTo(input, CV_32F, 1.0 / 65535.0);
        break;
    case CV_32FC1:
        input = cv::min(cv::max(slice, 0.0), 1.0);
        break;
    default:
        throw std::invalid_argument("slice type " + std::to_string(slice.type())
                                    + " is not CV_8UC1, CV_16UC1 or CV_32FC1");
    }
    return input;
}

} // namespace cnnwb::models
