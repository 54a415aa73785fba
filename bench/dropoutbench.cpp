// Times one Dropout forward pass of LibTorch's dropout and of models::FastDropout on the
// feature maps a U-Net training step drops out, so the cost of each mask can be compared.
//
//   dropoutbench [--threads N] [--repeats N]

#include "benchtiming.h"

#include "models/layers.h"

#include <torch/torch.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using cnnwb::bench::medianMilliseconds;

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dropout mask cost: LibTorch against FastDropout."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Intra-op threads (default 2)."), QStringLiteral("count"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Timed calls per shape (default 9)."), QStringLiteral("count"), QStringLiteral("9")});
    parser.process(application);
    torch::set_num_threads(parser.value(QStringLiteral("threads")).toInt());
    const int repeats = std::max(1, parser.value(QStringLiteral("repeats")).toInt());
    torch::NoGradGuard noGrad;

    // The zoo U-Net at 256×256 and batch 1: dropout after each pool, at the bottleneck and
    // after each concatenation.
    const std::vector<std::vector<std::int64_t>> shapes = {
        {1, 64, 128, 128}, {1, 128, 64, 64}, {1, 256, 32, 32}, {1, 512, 16, 16}, {1, 1024, 16, 16},
        {1, 1536, 32, 32}, {1, 768, 64, 64}, {1, 384, 128, 128}, {1, 192, 256, 256}};
    cnnwb::models::FastDropout fast(0.5);
    fast->train();
    double torchTotal = 0;
    double fastTotal = 0;
    std::int64_t elements = 0;
    std::printf("%-22s %12s %12s %12s\n", "shape", "elements", "torch ms", "fast ms");
    for (const auto &shape : shapes) {
        const torch::Tensor input = torch::rand(shape);
        const double torchMs = medianMilliseconds(repeats, [&] { torch::dropout(input, 0.5, true); });
        const double fastMs = medianMilliseconds(repeats, [&] { fast(input); });
        torchTotal += torchMs;
        fastTotal += fastMs;
        elements += input.numel();
        std::printf("%-22s %12lld %12.2f %12.2f\n",
                    (QString::number(shape[1]) + QLatin1Char('x') + QString::number(shape[2])
                     + QLatin1Char('x') + QString::number(shape[3])).toUtf8().constData(),
                    static_cast<long long>(input.numel()), torchMs, fastMs);
    }
    std::printf("total: %lld elements, torch %.1f ms (%.2f ns/element), fast %.1f ms (%.2f ns/element)\n",
                static_cast<long long>(elements), torchTotal, torchTotal * 1e6 / double(elements),
                fastTotal, fastTotal * 1e6 / double(elements));
    return 0;
}
