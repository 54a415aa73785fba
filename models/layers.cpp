#include "layers.h"

#include <ATen/Parallel.h>
#include <torch/nn/init.h>
#include <torch/nn/modules/linear.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace cnnwb::models {

SeparableConv2dImpl::SeparableConv2dImpl(std::int64_t inChannels, std::int64_t outChannels)
{
    depthwise = register_module(
        "depthwise", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, inChannels, 3)
                                           .padding(1)
                                           .groups(inChannels)
                                           .bias(false)));
    pointwise = register_module(
        "pointwise", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, 1)));
}

torch::Tensor SeparableConv2dImpl::forward(const torch::Tensor &input)
{
    return pointwise->forward(depthwise->forward(input));
}

torch::nn::Conv2d makeConv3x3(std::int64_t inChannels, std::int64_t outChannels)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, 3).padding(1));
}

namespace {

// A 32-bit integer hash in which every input bit flips each output bit with probability
// close to 1/2: "lowbias32", found by Chris Wellons's hash-prospector (public domain).
inline std::uint32_t mix32(std::uint32_t value)
{
    value ^= value >> 16;
    value *= 0x7feb352dU;
    value ^= value >> 15;
    value *= 0x846ca68bU;
    value ^= value >> 16;
    return value;
}

// The per-call key and keep threshold of one dropout mask.
struct DropoutKey
{
    std::uint32_t low = 0;
    std::uint32_t high = 0;
    std::uint32_t threshold = 0; ///< keep when the element's hash is below it
};

DropoutKey makeDropoutKey(double keep, std::uint64_t seed)
{
    DropoutKey key;
    key.low = std::uint32_t(seed);
    key.high = std::uint32_t(seed >> 32);
    // KEEP·2^32, capped so that it fits; the cap changes the keep rate by under 2^-32.
    key.threshold = std::uint32_t(std::min<double>(std::llround(keep * 4294967296.0), 4294967295.0));
    return key;
}

// Keep decision of the element whose index has the low 32 bits LOW and the high bits HIGH.
// The index is hashed under the key in two rounds, so that neighbouring indices and
// neighbouring seeds give unrelated draws. The halves are separate so that loops over a
// range below 2^32 elements run on 32-bit lanes.
inline bool keepElement(std::uint32_t low, std::uint32_t high, const DropoutKey &key)
{
    return mix32(mix32(low ^ key.low) + (high ^ key.high)) < key.threshold;
}

// The loops below run on every element of large activations, so GCC builds an AVX2 copy
// beside the baseline one and picks it at load time on CPUs that have AVX2. Their ranges
// never cross a multiple of 2^32 (see forEachMaskRange()).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define CNNWB_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define CNNWB_VECTOR_CLONES
#endif

CNNWB_VECTOR_CLONES
void fillMaskRange(float *out, std::int64_t begin, std::int64_t end, DropoutKey key, float scale)
{
    const auto high = std::uint32_t(std::uint64_t(begin) >> 32);
    const auto first = std::uint32_t(begin);
    const std::int64_t count = end - begin;
    for (std::int64_t i = 0; i < count; ++i)
        out[begin + i] = keepElement(first + std::uint32_t(i), high, key) ? scale : 0.0f;
}

CNNWB_VECTOR_CLONES
void applyMaskRange(const float *values, float *out, std::int64_t begin, std::int64_t end,
                    DropoutKey key, float scale)
{
    const auto high = std::uint32_t(std::uint64_t(begin) >> 32);
    const auto first = std::uint32_t(begin);
    const std::int64_t count = end - begin;
    // A multiplication by 0 or SCALE, as LibTorch's dropout does (a NaN input stays NaN);
    // it has no branch, so the loop vectorises.
    for (std::int64_t i = 0; i < count; ++i)
        out[begin + i] = values[begin + i] * (keepElement(first + std::uint32_t(i), high, key) ? scale : 0.0f);
}

// Calls RUN(begin, end) in parallel over [0, COUNT), each range inside one block of 2^32
// indices.
template<typename Run>
void forEachMaskRange(std::int64_t count, const Run &run)
{
    at::parallel_for(0, count, 32768, [&](std::int64_t begin, std::int64_t end) {
        while (begin < end) {
            const std::int64_t blockEnd = ((begin >> 32) + 1) << 32;
            const std::int64_t stop = std::min(end, blockEnd);
            run(begin, stop);
            begin = stop;
        }
    });
}

} // namespace

void fillDropoutMask(torch::Tensor &mask, double keep, float scale, std::uint64_t seed)
{
    TORCH_CHECK(mask.scalar_type() == torch::kFloat32 && mask.device().is_cpu(),
                "fillDropoutMask needs a float32 CPU tensor");
    float *data = mask.data_ptr<float>();
    const DropoutKey key = makeDropoutKey(keep, seed);
    forEachMaskRange(mask.numel(), [&](std::int64_t begin, std::int64_t end) {
        fillMaskRange(data, begin, end, key, scale);
    });
}

namespace {

// The keep decisions of fillDropoutMask(), applied to VALUES: out = in · scale where kept,
// else in · 0. Forward and backward passes call it with the same seed, so they agree exactly.
void applyDropoutMask(const float *values, float *out, std::int64_t count, double keep,
                      float scale, std::uint64_t seed)
{
    const DropoutKey key = makeDropoutKey(keep, seed);
    forEachMaskRange(count, [&](std::int64_t begin, std::int64_t end) {
        applyMaskRange(values, out, begin, end, key, scale);
    });
}

// Dropout whose backward pass regenerates the mask from the seed. Inputs are float32 CPU
// tensors, made contiguous in their suggested memory format. As in fillDropoutMask(), the
// hash reads the element's position in memory, not its logical index.
class SeededDropoutFunction : public torch::autograd::Function<SeededDropoutFunction>
{
public:
    static torch::Tensor forward(torch::autograd::AutogradContext *context, const torch::Tensor &input,
                                 double keep, std::int64_t seed)
    {
        const auto format = input.suggest_memory_format();
        const torch::Tensor source = input.contiguous(format);
        torch::Tensor output = torch::empty_like(source, format);
        applyDropoutMask(source.data_ptr<float>(), output.data_ptr<float>(), source.numel(), keep,
                         float(1.0 / keep), std::uint64_t(seed));
        context->saved_data["keep"] = keep;
        context->saved_data["seed"] = seed;
        context->saved_data["channelsLast"] = format == torch::MemoryFormat::ChannelsLast;
        return output;
    }

    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext *context,
                                                 torch::autograd::tensor_list gradients)
    {
        const double keep = context->saved_data["keep"].toDouble();
        const auto seed = std::uint64_t(context->saved_data["seed"].toInt());
        // The mask follows the forward output's memory order, so the gradient is read in
        // that order whatever layout it arrives in.
        const auto format = context->saved_data["channelsLast"].toBool() ? torch::MemoryFormat::ChannelsLast
                                                                          : torch::MemoryFormat::Contiguous;
        const torch::Tensor source = gradients[0].contiguous(format);
        torch::Tensor result = torch::empty_like(source, format);
        applyDropoutMask(source.data_ptr<float>(), result.data_ptr<float>(), source.numel(), keep,
                         float(1.0 / keep), seed);
        return {result, torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

FastDropoutImpl::FastDropoutImpl(double rate) : m_rate(rate)
{
    TORCH_CHECK(rate >= 0 && rate < 1, "dropout rate must lie in [0, 1), got ", rate);
}

torch::Tensor FastDropoutImpl::forward(const torch::Tensor &input)
{
    if (!is_training() || m_rate == 0)
        return input;
    if (!input.device().is_cpu() || input.scalar_type() != torch::kFloat32)
        return torch::dropout(input, m_rate, /*train=*/true);
    // One draw from the default generator seeds this call's mask.
    const std::int64_t seed =
        torch::randint(std::numeric_limits<std::int64_t>::max(), {1}, torch::kLong).item<std::int64_t>();
    return SeededDropoutFunction::apply(input, 1.0 - m_rate, seed);
}

namespace {

// 2×2/stride-2 max pooling over contiguous NCHW float32 planes, optionally of the ReLU of
// the input. POSITIONS receives, per output, the window offset of the maximum: 0 top left,
// 1 top right, 2 bottom left, 3 bottom right, or 4 where the ReLU passes no gradient.
class MaxPool2x2Function : public torch::autograd::Function<MaxPool2x2Function>
{
public:
    static torch::Tensor forward(torch::autograd::AutogradContext *context, const torch::Tensor &input,
                                 bool reluFirst)
    {
        const std::int64_t planes = input.size(0) * input.size(1);
        const std::int64_t height = input.size(2);
        const std::int64_t width = input.size(3);
        const std::int64_t outHeight = height / 2;
        const std::int64_t outWidth = width / 2;
        torch::Tensor output = torch::empty({input.size(0), input.size(1), outHeight, outWidth}, input.options());
        torch::Tensor positions = torch::empty(output.sizes(), input.options().dtype(torch::kUInt8));
        const float *in = input.data_ptr<float>();
        float *out = output.data_ptr<float>();
        std::uint8_t *where = positions.data_ptr<std::uint8_t>();
        at::parallel_for(0, planes * outHeight, 64, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t row = begin; row < end; ++row) {
                const std::int64_t plane = row / outHeight;
                const std::int64_t y = row % outHeight;
                const float *top = in + (plane * height + 2 * y) * width;
                const float *bottom = top + width;
                float *o = out + row * outWidth;
                std::uint8_t *w = where + row * outWidth;
                for (std::int64_t x = 0; x < outWidth; ++x) {
                    const float window[4] = {top[2 * x], top[2 * x + 1], bottom[2 * x], bottom[2 * x + 1]};
                    // LibTorch's rule: a later value wins if it is greater or NaN.
                    float best = -std::numeric_limits<float>::infinity();
                    std::uint8_t at = 0;
                    for (std::uint8_t k = 0; k < 4; ++k) {
                        if (window[k] > best || std::isnan(window[k])) {
                            best = window[k];
                            at = k;
                        }
                    }
                    // relu(x) = x > 0 ? x : 0 passes NaN and its gradient, as torch::relu does.
                    if (reluFirst && !(best > 0.0f || std::isnan(best))) {
                        best = 0.0f;
                        at = 4;
                    }
                    o[x] = best;
                    w[x] = at;
                }
            }
        });
        context->save_for_backward({positions});
        context->saved_data["height"] = height;
        context->saved_data["width"] = width;
        return output;
    }

    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext *context,
                                                 torch::autograd::tensor_list gradients)
    {
        const torch::Tensor positions = context->get_saved_variables()[0];
        const std::int64_t height = context->saved_data["height"].toInt();
        const std::int64_t width = context->saved_data["width"].toInt();
        const torch::Tensor gradient = gradients[0].contiguous();
        const std::int64_t outHeight = positions.size(2);
        const std::int64_t outWidth = positions.size(3);
        const std::int64_t planes = positions.size(0) * positions.size(1);
        torch::Tensor result = torch::empty({positions.size(0), positions.size(1), height, width},
                                            gradient.options());
        const float *g = gradient.data_ptr<float>();
        const std::uint8_t *where = positions.data_ptr<std::uint8_t>();
        float *r = result.data_ptr<float>();
        at::parallel_for(0, planes, 1, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t plane = begin; plane < end; ++plane) {
                float *planeOut = r + plane * height * width;
                for (std::int64_t y = 0; y < outHeight; ++y) {
                    float *top = planeOut + 2 * y * width;
                    float *bottom = top + width;
                    const float *gRow = g + (plane * outHeight + y) * outWidth;
                    const std::uint8_t *wRow = where + (plane * outHeight + y) * outWidth;
                    for (std::int64_t x = 0; x < outWidth; ++x) {
                        const std::uint8_t at = wRow[x];
                        const float value = gRow[x];
                        top[2 * x] = at == 0 ? value : 0.0f;
                        top[2 * x + 1] = at == 1 ? value : 0.0f;
                        bottom[2 * x] = at == 2 ? value : 0.0f;
                        bottom[2 * x + 1] = at == 3 ? value : 0.0f;
                    }
                    if (width % 2) {
                        top[width - 1] = 0.0f;
                        bottom[width - 1] = 0.0f;
                    }
                }
                if (height % 2)
                    std::fill(planeOut + (height - 1) * width, planeOut + height * width, 0.0f);
            }
        });
        return {result, torch::Tensor()};
    }
};

} // namespace

torch::Tensor MaxPool2x2Impl::forward(const torch::Tensor &input)
{
    if (input.dim() != 4 || !input.device().is_cpu() || input.scalar_type() != torch::kFloat32
        || !input.is_contiguous() || input.size(2) < 2 || input.size(3) < 2)
        return torch::max_pool2d(m_reluFirst ? torch::relu(input) : input, 2);
    return MaxPool2x2Function::apply(input, m_reluFirst);
}

torch::nn::BatchNorm2d makeBatchNorm(std::int64_t channels)
{
    return torch::nn::BatchNorm2d(
        torch::nn::BatchNorm2dOptions(channels).eps(1e-3).momentum(0.01));
}

void setBatchNormMomentum(torch::nn::Module &module, double momentum)
{
    for (const std::shared_ptr<torch::nn::Module> &child : module.modules()) {
        if (auto *norm = child->as<torch::nn::BatchNorm2dImpl>())
            norm->options.momentum(momentum);
    }
}

bool isRunningStatistic(const std::string &bufferName)
{
    const auto endsWith = [&bufferName](const std::string &suffix) {
        return bufferName.size() >= suffix.size()
               && bufferName.compare(bufferName.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith("running_mean") || endsWith("running_var");
}

void applyKerasInit(torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    for (auto &child : module.modules(/*include_self=*/false)) {
        torch::Tensor weight;
        torch::Tensor bias;
        if (auto *conv = child->as<torch::nn::Conv2d>()) {
            weight = conv->weight;
            bias = conv->bias;
        } else if (auto *linear = child->as<torch::nn::Linear>()) {
            weight = linear->weight;
            bias = linear->bias;
        } else {
            continue;
        }
        torch::nn::init::xavier_uniform_(weight);
        if (bias.defined())
            torch::nn::init::zeros_(bias);
    }
}

} // namespace cnnwb::models
