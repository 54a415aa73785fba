#pragma once

#include <torch/types.h>

#include <QtCore/QString>

namespace cnnwb::models {

/// Picks the compute device from a preference: "auto" (CUDA where LibTorch detects a GPU,
/// else the CPU), "cpu" or "cuda". Throws std::invalid_argument for an unknown preference
/// or for "cuda" without a usable GPU.
torch::Device selectDevice(const QString &preference);

/// Describes DEVICE for the status bar and logs ("CPU", "CUDA 0").
QString describeDevice(const torch::Device &device);

} // namespace cnnwb::models
