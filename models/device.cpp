#include "device.h"

#include <torch/cuda.h>

#include <stdexcept>

namespace cnnwb::models {

torch::Device selectDevice(const QString &preference)
{
    const QString choice = preference.trimmed().toLower();
    if (choice.isEmpty() || choice == QLatin1String("auto"))
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (choice == QLatin1String("cpu"))
        return torch::Device(torch::kCPU);
    if (choice == QLatin1String("cuda")) {
        if (!torch::cuda::is_available())
            throw std::invalid_argument("device \"cuda\" requested, but this LibTorch build sees "
                                        "no CUDA GPU; use --device cpu or a CUDA build of LibTorch");
        return torch::Device(torch::kCUDA, 0);
    }
    throw std::invalid_argument("unknown device \"" + preference.toStdString()
                                + "\"; valid devices: auto, cpu, cuda");
}

QString describeDevice(const torch::Device &device)
{
    if (device.is_cuda())
        return QStringLiteral("CUDA %1").arg(device.index() < 0 ? 0 : device.index());
    return QStringLiteral("CPU");
}

} // namespace cnnwb::models
