#include "optimizers.h"

#include <ATen/Parallel.h>
#include <torch/optim/sgd.h>

#include <cmath>
#include <sstream>
#include <string>
#include <type_traits>

namespace cnnwb::models {
namespace {

/// Constants of one parameter's update, in the precision the kernel computes in.
struct AdamStepConstants
{
    float beta1 = 0;
    float oneMinusBeta1 = 0;
    float beta2 = 0;
    float oneMinusBeta2 = 0;
    float sqrtBiasCorrection2 = 0;
    float epsilon = 0;
    float negativeStepSize = 0;
    float weightDecay = 0;
};

// Returns the key under which torch::optim::Adam keeps PARAMETER's state in MAP: the
// tensor's address as text in LibTorch 1.13 (what c10::guts::to_string gives), or the
// address itself where the map is keyed by pointer.
// NOTE: the pointer branch has not been compiled here; no LibTorch 2.x tree is installed.
template<typename Map>
typename Map::key_type stateKey(const Map &, const torch::Tensor &parameter)
{
    using Key = typename Map::key_type;
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream text;
        text << parameter.unsafeGetTensorImpl();
        return text.str();
    } else {
        return static_cast<Key>(parameter.unsafeGetTensorImpl());
    }
}

bool fusable(const torch::Tensor &parameter, const torch::Tensor &gradient)
{
    const auto suitable = [](const torch::Tensor &t) {
        return t.device().is_cpu() && t.scalar_type() == torch::kFloat32 && t.is_contiguous()
               && t.layout() == torch::kStrided;
    };
    return suitable(parameter) && suitable(gradient);
}

// models/CMakeLists.txt compiles this file with -fno-math-errno: the square root of a
// non-negative moment never sets errno, and without errno the loop vectorises.
void adamUpdateRange(float *__restrict weight, const float *__restrict gradient,
                     float *__restrict firstMoment, float *__restrict secondMoment,
                     std::int64_t begin, std::int64_t end, const AdamStepConstants c)
{
    for (std::int64_t i = begin; i < end; ++i) {
        const float g = gradient[i] + c.weightDecay * weight[i];
        const float m = firstMoment[i] * c.beta1 + c.oneMinusBeta1 * g;
        const float v = secondMoment[i] * c.beta2 + c.oneMinusBeta2 * g * g;
        firstMoment[i] = m;
        secondMoment[i] = v;
        const float denominator = std::sqrt(v) / c.sqrtBiasCorrection2 + c.epsilon;
        weight[i] += c.negativeStepSize * (m / denominator);
    }
}

void fusedAdamUpdate(float *weight, const float *gradient, float *firstMoment,
                     float *secondMoment, std::int64_t count, const AdamStepConstants &c)
{
    // Grains of 64 K elements keep the per-task overhead small against the memory traffic.
    at::parallel_for(0, count, 1 << 16, [&](std::int64_t begin, std::int64_t end) {
        adamUpdateRange(weight, gradient, firstMoment, secondMoment, begin, end, c);
    });
}

} // namespace

torch::Tensor FusedAdam::step(LossClosure closure)
{
    for (const auto &group : param_groups_) {
        const auto &options = static_cast<const torch::optim::AdamOptions &>(group.options());
        if (options.amsgrad())
            return torch::optim::Adam::step(std::move(closure));
        for (const auto &parameter : group.params()) {
            if (parameter.grad().defined() && !fusable(parameter, parameter.grad()))
                return torch::optim::Adam::step(std::move(closure));
        }
    }

    torch::NoGradGuard noGrad;
    torch::Tensor loss;
    if (closure) {
        torch::AutoGradMode enableGrad(true);
        loss = closure();
    }
    for (auto &group : param_groups_) {
        const auto &options = static_cast<const torch::optim::AdamOptions &>(group.options());
        for (auto &parameter : group.params()) {
            if (!parameter.grad().defined())
                continue;
            // The key torch::optim::Adam uses, so that its state and ours are one.
            const auto key = stateKey(state_, parameter);
            auto found = state_.find(key);
            if (found == state_.end()) {
                auto fresh = std::make_unique<torch::optim::AdamParamState>();
                fresh->step(0);
                fresh->exp_avg(torch::zeros_like(parameter, torch::MemoryFormat::Preserve));
                fresh->exp_avg_sq(torch::zeros_like(parameter, torch::MemoryFormat::Preserve));
                found = state_.emplace(key, std::move(fresh)).first;
            }
            auto &state = static_cast<torch::optim::AdamParamState &>(*found->second);
            torch::Tensor &firstMoment = state.exp_avg();
            torch::Tensor &secondMoment = state.exp_avg_sq();
            if (!firstMoment.is_contiguous() || !secondMoment.is_contiguous()) {
                // A loaded state may come in another layout; the kernel needs plain arrays.
                state.exp_avg(firstMoment.contiguous());
                state.exp_avg_sq(secondMoment.contiguous());
            }
            state.step(state.step() + 1);

            const double beta1 = std::get<0>(options.betas());
            const double beta2 = std::get<1>(options.betas());
            const double biasCorrection1 = 1 - std::pow(beta1, double(state.step()));
            const double biasCorrection2 = 1 - std::pow(beta2, double(state.step()));
            AdamStepConstants constants;
            constants.beta1 = float(beta1);
            constants.oneMinusBeta1 = float(1 - beta1);
            constants.beta2 = float(beta2);
            constants.oneMinusBeta2 = float(1 - beta2);
            constants.sqrtBiasCorrection2 = float(std::sqrt(biasCorrection2));
            constants.epsilon = float(options.eps());
            constants.negativeStepSize = float(-options.lr() / biasCorrection1);
            constants.weightDecay = float(options.weight_decay());

            const torch::Tensor gradient = parameter.grad();
            fusedAdamUpdate(parameter.data_ptr<float>(), gradient.data_ptr<float>(),
                            state.exp_avg().data_ptr<float>(), state.exp_avg_sq().data_ptr<float>(),
                            parameter.numel(), constants);
        }
    }
    return loss;
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainingConfig &config, Network &network)
{
    if (config.optimizer == QLatin1String("sgd")) {
        return std::make_unique<torch::optim::SGD>(
            network.parameters(), torch::optim::SGDOptions(config.learningRate)
                                      .momentum(config.momentum)
                                      .weight_decay(config.weightDecay));
    }
    return std::make_unique<FusedAdam>(
        network.parameters(),
        torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
}

void releaseGradients(torch::optim::Optimizer &optimizer)
{
    for (auto &group : optimizer.param_groups()) {
        for (auto &parameter : group.params())
            parameter.mutable_grad() = torch::Tensor();
    }
}

} // namespace cnnwb::models
