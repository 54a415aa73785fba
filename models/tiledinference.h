#pragma once

#include <torch/types.h>

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <functional>
#include <vector>

namespace cnnwb::models {

class Network;

/// Settings of overlap-tile prediction.
struct TiledInferenceOptions
{
    /// Tile side in pixels: the model's input size, a multiple of the network's size multiple.
    int tileSize = 256;
    /// Tile step in pixels; tileSize / 2 gives 50% overlap. A multiple of the size multiple.
    int stride = 128;
    /// Side multiple the network needs (2^depth for the U-Net); tile origins stay on this grid.
    int sizeMultiple = 16;
    /// Tiles per forward pass.
    int batchSize = 4;
    /// Smallest blending weight, at a tile's edge, as a share of the weight at its centre.
    double windowFloor = 0.001;
    /// Also computes the seam map (costs one more image-sized plane).
    bool computeSeamMap = true;
};

/// Result of one tiled prediction.
struct TiledPrediction
{
    /// Membrane probability, CV_32FC1 in [0, 1], the size of the input image.
    cv::Mat probability;
    /// Per-pixel disagreement of the overlapping tiles: the standard deviation of their
    /// probabilities, weighted like the blend, CV_32FC1 in [0, 0.5]. It is 0 where the tiles
    /// agree or one tile covers a pixel, and empty when not computed.
    cv::Mat seam;
    /// Tile rectangles in image coordinates; they start above and left of the image because
    /// of the mirror margin.
    std::vector<cv::Rect> tiles;
    /// True when the cancel flag stopped the prediction; PROBABILITY is then empty.
    bool cancelled = false;
};

/// Returns the tiling for a network with square input of INPUT_SIDE pixels whose sides must
/// be multiples of SIZE_MULTIPLE: tiles of the input side at 50% overlap (the stride is
/// rounded down to the size multiple).
TiledInferenceOptions tilingForInput(int inputSide, int sizeMultiple);

/// Called after each batch with the tiles done and the tile count.
using TileProgressCallback = std::function<void(int done, int total)>;

/// Returns the blending window of a SIDE×SIDE tile, CV_32FC1: FLOOR plus (1 − FLOOR) times
/// the product of two raised-cosine (Hann) profiles. Weights run from about FLOOR at the
/// tile edge to 1 at the centre, so tile borders still count a little.
cv::Mat blendingWindow(int side, double floor);

/// Returns the tile origins along one axis of a padded length that tiles of TILE pixels at
/// STRIDE steps cover exactly: 0, STRIDE, 2·STRIDE, …
std::vector<int> tileOrigins(int paddedLength, int tile, int stride);

/// Predicts IMAGE (CV_32FC1, values in [0, 1], any size) tile by tile. The image is mirror
/// padded by (tileSize − stride) / 2 on each side, and further on the right and bottom until
/// the tiles fit, so every image pixel lies well inside some tile. Tile probabilities are
/// blended with blendingWindow() into weight and sum planes of the image size, so memory does
/// not grow with the tile count. The network runs in evaluation mode (batch norm uses its
/// running statistics) without gradients; its previous mode is restored afterwards. CANCEL
/// (may be null) is checked before each batch. Throws std::invalid_argument for bad options
/// and LibTorch errors from the network.
TiledPrediction predictTiled(Network &network, const cv::Mat &image,
                             const TiledInferenceOptions &options, const torch::Device &device,
                             const std::atomic_bool *cancel = nullptr,
                             const TileProgressCallback &progress = {});

/// Predicts IMAGE (CV_32FC1 in [0, 1]) in one forward pass after mirror padding on the right
/// and bottom to a multiple of SIZE_MULTIPLE. Returns the probability, CV_32FC1 of the image
/// size. Runs in evaluation mode without gradients, like predictTiled().
cv::Mat predictWholeImage(Network &network, const cv::Mat &image, int sizeMultiple,
                          const torch::Device &device);

/// Converts a slice (CV_8UC1, CV_16UC1 or CV_32FC1) to the network input, CV_32FC1 in
/// [0, 1]: 8-bit divided by 255, 16-bit by 65535, float pages clamped to [0, 1].
cv::Mat sliceToNetworkInput(const cv::Mat &slice);

} // namespace cnnwb::models
