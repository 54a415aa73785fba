// Training throughput of the zoo networks at their reference input sizes, measured the way
// the reference PyTorch script measures it: fixed random inputs, Adam at 1e-3, warm-up
// steps, then the median step time. The optimizer and the gradient handling are the
// trainer's own (models/optimizers.h), so the figures are those of the app's default
// set-up. Prints one JSON object per run.
//
//   trainbench --model pneumonia|hanzi|unet --batch N [--warmup N] [--steps N] [--threads N]
//              [--profile TRACE.json]
//
// --profile records the measured steps with LibTorch's profiler as a Chrome trace;
// bench/profile_summary.py sums its operators' own time.

#include "app/runtime.h"
#include "models/optimizers.h"
#include "models/zoo.h"

#include <torch/torch.h>
#if __has_include(<torch/csrc/autograd/profiler_legacy.h>)
#include <torch/csrc/autograd/profiler_legacy.h>
#define CNNWB_HAVE_RECORD_PROFILE 1
#endif

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

long peakResidentKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("model"), QStringLiteral("Zoo model id."), QStringLiteral("id"), QStringLiteral("hanzi")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("warmup"), QStringLiteral("Unmeasured steps."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Measured steps."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Intra-op threads (default: cores)."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Write a Chrome trace of the measured steps."), QStringLiteral("file")});
    parser.process(application);

    const QString id = parser.value(QStringLiteral("model"));
    const cnnwb::models::ModelSpec *spec = cnnwb::models::Zoo::instance().find(id);
    if (!spec) {
        std::fprintf(stderr, "unknown model %s; valid: pneumonia, hanzi, unet\n", qPrintable(id));
        return 2;
    }
    // The batch sizes and step counts of the reference script, per model.
    struct Defaults
    {
        int batch, warmup, steps;
    };
    Defaults defaults{64, 3, 10};
    if (spec->id == QLatin1String("pneumonia"))
        defaults = {8, 2, 5};
    else if (spec->id == QLatin1String("unet"))
        defaults = {1, 1, 4};
    const bool unet = spec->task == cnnwb::models::TaskKind::Segmentation;
    const auto value = [&parser](const char *name, int fallback) {
        const QString key = QString::fromLatin1(name);
        return parser.isSet(key) ? parser.value(key).toInt() : fallback;
    };
    const int batch = value("batch", defaults.batch);
    const int warmup = value("warmup", defaults.warmup);
    const int steps = value("steps", defaults.steps);
    const int threads = cnnwb::app::configureTorchThreads(parser.value(QStringLiteral("threads")).toInt());

    torch::manual_seed(0);
    cnnwb::models::NetworkPtr network = spec->create(spec->defaultOptions());
    const long residentAfterBuild = peakResidentKb();
    network->train();
    const auto &shape = spec->inputShape;
    const torch::Tensor input = torch::randn({batch, shape[0], shape[1], shape[2]});
    torch::Tensor target;
    if (unet)
        target = (torch::rand({batch, 1, shape[1], shape[2]}) > 0.5).to(torch::kFloat32);
    else
        target = torch::randint(0, spec->classNames.size(), {batch}, torch::kLong);
    const cnnwb::models::TrainingConfig config; // Adam at 1e-3, as the reference script
    const std::unique_ptr<torch::optim::Optimizer> optimizer = cnnwb::models::makeOptimizer(config, *network);

    std::vector<double> stepTimes;
    std::vector<double> faults;
#ifdef CNNWB_HAVE_RECORD_PROFILE
    std::unique_ptr<torch::autograd::profiler::RecordProfile> profile;
#else
    if (parser.isSet(QStringLiteral("profile"))) {
        std::fprintf(stderr, "--profile needs LibTorch's legacy profiler header, which this LibTorch lacks\n");
        return 2;
    }
#endif
    for (int s = 0; s < warmup + steps; ++s) {
#ifdef CNNWB_HAVE_RECORD_PROFILE
        if (s == warmup && parser.isSet(QStringLiteral("profile")))
            profile = std::make_unique<torch::autograd::profiler::RecordProfile>(
                parser.value(QStringLiteral("profile")).toStdString());
#endif
        const long faultsBefore = minorFaults();
        const auto start = std::chrono::steady_clock::now();
        cnnwb::models::releaseGradients(*optimizer);
        const torch::Tensor logits = network->forward(input);
        const torch::Tensor loss = unet ? torch::binary_cross_entropy_with_logits(logits, target)
                                        : torch::nn::functional::cross_entropy(logits, target);
        loss.backward();
        optimizer->step();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (s >= warmup) {
            stepTimes.push_back(seconds);
            faults.push_back(double(minorFaults() - faultsBefore));
        }
    }

#ifdef CNNWB_HAVE_RECORD_PROFILE
    profile.reset();
#endif
    const double step = median(stepTimes);
    QJsonObject result;
    result.insert(QStringLiteral("impl"), QStringLiteral("cnnwb"));
    result.insert(QStringLiteral("mode"), QStringLiteral("train"));
    result.insert(QStringLiteral("model"), spec->id);
    result.insert(QStringLiteral("batch"), batch);
    result.insert(QStringLiteral("threads_used"), threads);
    result.insert(QStringLiteral("warmup"), warmup);
    result.insert(QStringLiteral("steps"), steps);
    result.insert(QStringLiteral("median_step_s"), step);
    result.insert(QStringLiteral("samples_per_s"), batch / step);
    result.insert(QStringLiteral("minor_faults_per_step"), median(faults));
    result.insert(QStringLiteral("rss_after_build_kb"), double(residentAfterBuild));
    result.insert(QStringLiteral("peak_rss_kb"), double(peakResidentKb()));
    QJsonArray times;
    for (double t : stepTimes)
        times.append(t);
    result.insert(QStringLiteral("step_times"), times);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
