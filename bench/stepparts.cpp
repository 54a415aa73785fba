// Times the parts of a training step that CNN Workbench computes differently from LibTorch's
// stock modules, each against its LibTorch counterpart. The shapes are those of the zoo
// networks' reference training steps (pneumonia batch 8, hanzi batch 64, unet batch 1):
//
//   - the optimizer step: torch::optim::Adam against models::FusedAdam;
//   - gradient accumulation: zero_grad() and adding the new gradient into the zeros,
//     against dropping the gradients (models::releaseGradients) so backward stores them;
//   - max pooling, forward and backward: torch::max_pool2d (after torch::relu where the
//     networks fuse the two) against models::MaxPool2x2;
//   - dropout, forward and backward: torch::dropout against models::FastDropout.
//
//   stepparts [--model pneumonia|hanzi|unet] [--threads N] [--repeats N]
//
// Prints milliseconds per step for each part, medians over REPEATS.

#include "benchtiming.h"

#include "models/layers.h"
#include "models/optimizers.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using Shape = std::vector<std::int64_t>;

// Median over REPEATS calls after one unmeasured call.
template <typename Run>
double medianMilliseconds(int repeats, Run run)
{
    return cnnwb::bench::medianMilliseconds(repeats, run, 1);
}

// Pooling and dropout inputs of one reference training step.
struct StepShapes
{
    int batch = 1;
    std::vector<Shape> reluPools;  ///< pooled right after a ReLU, fused in the networks
    std::vector<Shape> plainPools;
    std::vector<Shape> dropouts;
    double dropoutRate = 0.5;
};

StepShapes shapesOf(const QString &model)
{
    StepShapes shapes;
    if (model == QLatin1String("pneumonia")) {
        shapes.batch = 8;
        shapes.reluPools = {{8, 64, 224, 224}};
        shapes.plainPools = {{8, 128, 112, 112}, {8, 256, 56, 56}, {8, 512, 28, 28}};
        shapes.dropouts = {{8, 1024}, {8, 512}};
        shapes.dropoutRate = 0.7;
    } else if (model == QLatin1String("hanzi")) {
        shapes.batch = 64;
        shapes.reluPools = {{64, 64, 64, 64}, {64, 128, 32, 32}, {64, 256, 16, 16}};
        shapes.dropouts = {{64, 16384}, {64, 1024}};
    } else {
        // The U-Net keeps each level's ReLU output for its skip connection, so it pools apart.
        shapes.plainPools = {{1, 64, 256, 256}, {1, 128, 128, 128}, {1, 256, 64, 64}, {1, 512, 32, 32}};
        shapes.dropouts = {{1, 64, 128, 128}, {1, 128, 64, 64}, {1, 256, 32, 32}, {1, 512, 16, 16},
                           {1, 1024, 16, 16}, {1, 1536, 32, 32}, {1, 768, 64, 64}, {1, 384, 128, 128},
                           {1, 192, 256, 256}};
    }
    return shapes;
}

// Runs forward and backward of LAYER on fresh copies of INPUTS with a fixed upstream gradient.
template <typename Layer>
void forwardBackward(const std::vector<torch::Tensor> &inputs, Layer layer)
{
    for (const torch::Tensor &input : inputs) {
        const torch::Tensor x = input.detach().requires_grad_(true);
        const torch::Tensor y = layer(x);
        y.backward(torch::ones_like(y));
    }
}

std::vector<torch::Tensor> randomTensors(const std::vector<Shape> &shapes)
{
    std::vector<torch::Tensor> tensors;
    for (const Shape &shape : shapes)
        tensors.push_back(torch::randn(shape));
    return tensors;
}

void printRow(const char *part, double libtorch, double ours)
{
    std::printf("%-34s %12.1f %12.1f %8.2f\n", part, libtorch, ours, libtorch / ours);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Training-step parts: LibTorch against CNN Workbench."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("model"), QStringLiteral("Zoo model id (default: all three)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Intra-op threads (default 2)."), QStringLiteral("count"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Timed calls per part (default 5)."), QStringLiteral("count"), QStringLiteral("5")});
    parser.process(application);
    torch::set_num_threads(parser.value(QStringLiteral("threads")).toInt());
    const int repeats = std::max(1, parser.value(QStringLiteral("repeats")).toInt());
    QStringList models = {QStringLiteral("pneumonia"), QStringLiteral("hanzi"), QStringLiteral("unet")};
    if (parser.isSet(QStringLiteral("model")))
        models = {parser.value(QStringLiteral("model"))};

    for (const QString &id : models) {
        const cnnwb::models::ModelSpec *spec = cnnwb::models::Zoo::instance().find(id);
        if (!spec) {
            std::fprintf(stderr, "unknown model %s; valid: pneumonia, hanzi, unet\n", qPrintable(id));
            return 2;
        }
        torch::manual_seed(0);
        const cnnwb::models::NetworkPtr network = spec->create(spec->defaultOptions());
        const std::vector<torch::Tensor> parameters = network->parameters();
        std::vector<torch::Tensor> gradients;
        for (const torch::Tensor &p : parameters)
            gradients.push_back(torch::randn_like(p) * 1e-3);
        const auto setGradients = [&] {
            for (std::size_t i = 0; i < parameters.size(); ++i)
                parameters[i].mutable_grad() = gradients[i].clone();
        };
        std::int64_t weights = 0;
        for (const torch::Tensor &p : parameters)
            weights += p.numel();
        const StepShapes shapes = shapesOf(spec->id);
        std::printf("%s: %lld weights, batch %d\n", qPrintable(spec->id), static_cast<long long>(weights), shapes.batch);
        std::printf("%-34s %12s %12s %8s\n", "part (ms per step)", "LibTorch", "CNNWB", "ratio");

        // The optimizer step alone; the gradients are set before the timer starts.
        torch::optim::Adam stock(parameters, torch::optim::AdamOptions(1e-3));
        cnnwb::models::FusedAdam fused(parameters, torch::optim::AdamOptions(1e-3));
        setGradients();
        printRow("Adam step", medianMilliseconds(repeats, [&] { stock.step(); }),
                 medianMilliseconds(repeats, [&] { fused.step(); }));

        // What AccumulateGrad does with an existing gradient (zero it, then add the new one)
        // against storing the new gradient in an empty slot.
        setGradients();
        const double accumulate = medianMilliseconds(repeats, [&] {
            for (std::size_t i = 0; i < parameters.size(); ++i) {
                parameters[i].mutable_grad().zero_();
                parameters[i].mutable_grad().add_(gradients[i]);
            }
        });
        const double store = medianMilliseconds(repeats, [&] {
            for (std::size_t i = 0; i < parameters.size(); ++i) {
                parameters[i].mutable_grad() = torch::Tensor();
                parameters[i].mutable_grad() = gradients[i];
            }
        });
        printRow("gradient zero + accumulate", accumulate, store);

        if (!shapes.reluPools.empty()) {
            const std::vector<torch::Tensor> inputs = randomTensors(shapes.reluPools);
            cnnwb::models::MaxPool2x2 fusedPool(/*reluFirst=*/true);
            printRow("ReLU + max pooling, fwd + bwd",
                     medianMilliseconds(repeats, [&] {
                         forwardBackward(inputs, [](const torch::Tensor &x) { return torch::max_pool2d(torch::relu(x), 2); });
                     }),
                     medianMilliseconds(repeats, [&] { forwardBackward(inputs, [&](const torch::Tensor &x) { return fusedPool(x); }); }));
        }
        if (!shapes.plainPools.empty()) {
            const std::vector<torch::Tensor> inputs = randomTensors(shapes.plainPools);
            cnnwb::models::MaxPool2x2 pool;
            printRow("max pooling, fwd + bwd",
                     medianMilliseconds(repeats, [&] {
                         forwardBackward(inputs, [](const torch::Tensor &x) { return torch::max_pool2d(x, 2); });
                     }),
                     medianMilliseconds(repeats, [&] { forwardBackward(inputs, [&](const torch::Tensor &x) { return pool(x); }); }));
        }
        const std::vector<torch::Tensor> inputs = randomTensors(shapes.dropouts);
        cnnwb::models::FastDropout dropout(shapes.dropoutRate);
        dropout->train();
        const double rate = shapes.dropoutRate;
        printRow("dropout, fwd + bwd",
                 medianMilliseconds(repeats, [&] {
                     forwardBackward(inputs, [rate](const torch::Tensor &x) { return torch::dropout(x, rate, true); });
                 }),
                 medianMilliseconds(repeats, [&] { forwardBackward(inputs, [&](const torch::Tensor &x) { return dropout(x); }); }));
        std::printf("\n");
    }
    return 0;
}
