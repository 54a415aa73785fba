// Measures samples per second of the batching pipeline for each dataset kind on this
// machine: one JSON line per measurement on stdout, then a readable table.
//
// Usage: loaderbench [--workers N] [--seconds S] [--shared-data FOLDER]
// Targets on 2 cores: HWDB-style 64×64 from a generated .gnt at 20,000 samples/s or more
// with 2 workers, and X-ray 224×224 from JPEGs at 250 samples/s or more per core.

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <random>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <QtCore/QBuffer>
#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QThread>

#include "data/augment.h"
#include "data/batchloader.h"
#include "data/dataerror.h"
#include "data/demoem.h"
#include "data/demohanzi.h"
#include "data/emstack.h"
#include "data/gntreader.h"
#include "data/xrayfolder.h"

using namespace cnnwb::data;

namespace {

struct Measurement
{
    QString name;
    QString detail;
    int workers = 0;
    qint64 samples = 0;
    double seconds = 0.0;
    /// Processor time of the whole process (all threads) during the measurement.
    double cpuSeconds = 0.0;
    double target = 0.0;

    double rate() const { return seconds > 0.0 ? samples / seconds : 0.0; }
    /// Samples per processor-second: less sensitive than rate() to other load on the machine.
    double cpuRate() const { return cpuSeconds > 0.0 ? samples / cpuSeconds : 0.0; }
};

// Returns the one-minute load average (Linux), so that results taken on a busy machine
// can be recognised; -1 where /proc/loadavg is missing.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1.0;
    return file.readLine().split(' ').value(0).toDouble();
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const Measurement &m)
{
    QJsonObject line{{QStringLiteral("bench"), QStringLiteral("loader")},
                     {QStringLiteral("dataset"), m.name},
                     {QStringLiteral("detail"), m.detail},
                     {QStringLiteral("workers"), m.workers},
                     {QStringLiteral("samples"), m.samples},
                     {QStringLiteral("seconds"), m.seconds},
                     {QStringLiteral("samples_per_second"), qRound(m.rate())},
                     {QStringLiteral("samples_per_second_per_worker"),
                      qRound(m.rate() / std::max(1, m.workers))},
                     {QStringLiteral("cpu_seconds"), m.cpuSeconds},
                     {QStringLiteral("samples_per_cpu_second"), qRound(m.cpuRate())},
                     {QStringLiteral("cpu_cores"), QThread::idealThreadCount()},
                     {QStringLiteral("load_average"), loadAverage()}};
    if (m.target > 0.0)
        line.insert(QStringLiteral("target_samples_per_second"), m.target);
    out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

// Runs whole epochs through a BatchLoader until at least MINSECONDS have passed, after one
// warm-up epoch (or the first 20 batches of it).
Measurement runLoader(const QString &name, const QString &detail,
                      std::shared_ptr<const SampleSource> source, BatchLoaderOptions options,
                      double minSeconds)
{
    BatchLoader loader(std::move(source), options);
    loader.startEpoch(0);
    for (int i = 0; i < 20 && loader.next(); ++i) {
    }
    loader.stop();

    Measurement m{name, detail, options.workers};
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    for (int epoch = 1; timer.nsecsElapsed() / 1e9 < minSeconds; ++epoch) {
        loader.startEpoch(epoch);
        while (std::optional<Batch> batch = loader.next()) {
            m.samples += batch->images.size(0);
            if (timer.nsecsElapsed() / 1e9 > 4.0 * minSeconds)
                break;
        }
    }
    m.seconds = timer.nsecsElapsed() / 1e9;
    m.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return m;
}

// Writes COUNT synthetic 2000×2000 chest-like grey JPEGs into FOLDER/train/{NORMAL,PNEUMONIA}.
void writeSyntheticXrays(const QString &folder, int count)
{
    std::mt19937 rng(5);
    for (int i = 0; i < count; ++i) {
        cv::Mat image(2000, 2000, CV_8UC1);
        cv::RNG(rng()).fill(image, cv::RNG::NORMAL, 110, 25);
        cv::GaussianBlur(image, image, cv::Size(), 6.0);
        cv::ellipse(image, cv::Point(700, 1000), cv::Size(330, 700), 0, 0, 360, cv::Scalar(40),
                    cv::FILLED);
        cv::ellipse(image, cv::Point(1300, 1000), cv::Size(330, 700), 0, 0, 360, cv::Scalar(45),
                    cv::FILLED);
        const QString classFolder = QStringLiteral("%1/train/%2")
                                        .arg(folder, i % 2 ? QStringLiteral("PNEUMONIA")
                                                           : QStringLiteral("NORMAL"));
        QDir().mkpath(classFolder);
        cv::imwrite(QStringLiteral("%1/%2.jpeg").arg(classFolder).arg(i).toStdString(), image,
                    {cv::IMWRITE_JPEG_QUALITY, 90});
    }
}

Measurement benchHwdb(const QString &cacheFolder, int workers, double seconds, bool augment,
                      Measurement *generation)
{
    DemoHanziOptions demoOptions;
    demoOptions.preset = DemoHanziPreset::Common;
    demoOptions.samplesPerClass = 50;
    demoOptions.seed = 1;
    demoOptions.threads = workers;
    const DemoHanzi demo(demoOptions);
    if (!demo.hasFonts())
        throw DataError(QStringLiteral("fontconfig"), QString(), QStringLiteral("no CJK font"),
                        QStringLiteral("Install fonts-wqy-microhei"));

    if (generation) {
        // Rendering rate into memory, so the cached file below does not hide it.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const std::clock_t cpuStart = std::clock();
        QElapsedTimer timer;
        timer.start();
        demo.writeGnt(&buffer);
        *generation = {QStringLiteral("demo-hanzi-generation"),
                       QStringLiteral("400 classes x 50, rendered into memory"), workers,
                       demo.sampleCount(), timer.nsecsElapsed() / 1e9,
                       double(std::clock() - cpuStart) / CLOCKS_PER_SEC};
    }

    const QString path = demo.ensureCached(cacheFolder);
    auto index = std::make_shared<GntIndex>(GntIndex::open(path));
    ClassifierAugmenter augmenter =
        augment ? makeCharacterAugmenter(ClassifierAugmentOptions::forCharacters())
                : ClassifierAugmenter();
    auto source = std::make_shared<GntSource>(index, 64, augmenter);
    BatchLoaderOptions options;
    options.batchSize = 128;
    options.workers = workers;
    options.augment = augment;
    return runLoader(QStringLiteral("hwdb-64"),
                     augment ? QStringLiteral("generated .gnt, 64x64, augmented")
                             : QStringLiteral("generated .gnt, 64x64, no augmentation"),
                     source, options, seconds);
}

Measurement benchEm(const QString &sharedData, int workers, double seconds)
{
    auto stack = std::make_shared<EmStack>();
    QString detail;
    const QString volume = sharedData + QStringLiteral("/isbi2012/train-volume.tif");
    const QString labels = sharedData + QStringLiteral("/isbi2012/train-labels.tif");
    if (QFile::exists(volume) && QFile::exists(labels)) {
        *stack = loadEmTiffPair(volume, labels);
        detail = QStringLiteral("ISBI 2012 train stack, 256x256 crops, elastic augmentation");
    } else {
        const DemoEm demo;
        for (int i = 0; i < int(demo.size()); ++i) {
            stack->images.push_back(demo.slice(i).image);
            stack->masks.push_back(demo.slice(i).mask);
        }
        detail = QStringLiteral("synthetic stack, 256x256 crops, elastic augmentation");
    }
    QVector<int> slices;
    for (int i = 0; i < stack->sliceCount(); ++i)
        slices.push_back(i);
    const SegmentationAugmenter augmenter = makeSegmentationAugmenter(SegmentationAugmentOptions());
    auto source = std::make_shared<EmSource>(stack, slices, 256, augmenter);
    BatchLoaderOptions options;
    options.batchSize = 8;
    options.workers = workers;
    return runLoader(QStringLiteral("em-256"), detail, source, options, seconds);
}

Measurement benchXray(const QString &root, const QString &name, const QString &detail,
                      int workers, double seconds)
{
    const XrayDataset dataset = XrayFolder::scan(root);
    QVector<XrayItem> items;
    for (const QVector<XrayItem> &split : dataset.splits)
        items += split;
    auto source = std::make_shared<XraySource>(
        items, dataset.classNames, root, kXraySide,
        makeClassifierAugmenter(ClassifierAugmentOptions::forXray()));
    BatchLoaderOptions options;
    options.batchSize = 16;
    options.workers = workers;
    Measurement m = runLoader(name, detail, source, options, seconds);
    m.target = 250.0 * workers;
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cnnwb-loaderbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures samples per second of the data loading pipeline."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("workers"), QStringLiteral("Loader threads (default 2)."),
                      QStringLiteral("count"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("seconds"),
                      QStringLiteral("Minimum measuring time per dataset in seconds (default 5)."),
                      QStringLiteral("seconds"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("shared-data"),
                      QStringLiteral("Folder with chest_xray/ and isbi2012/ sample data."),
                      QStringLiteral("folder"),
                      QStringLiteral(CNNWB_SHARED_DATA)});
    parser.process(app);
    const int workers = std::max(1, parser.value(QStringLiteral("workers")).toInt());
    const double seconds = std::max(0.5, parser.value(QStringLiteral("seconds")).toDouble());
    const QString sharedData = parser.value(QStringLiteral("shared-data"));

    // Collation uses no intra-op parallelism, so LibTorch threads would only compete with
    // the workers. Per-file decoder logs would drown the results.
    torch::set_num_threads(1);
    QLoggingCategory::setFilterRules(QStringLiteral("cnnwb.*.debug=false"));

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "loaderbench: cannot create a temporary folder\n");
        return 1;
    }

    std::vector<Measurement> results;
    const auto run = [&](const char *what, const auto &function) {
        try {
            results.push_back(function());
            report(results.back());
        } catch (const std::exception &error) {
            std::fprintf(stderr, "loaderbench: %s skipped: %s\n", what, error.what());
        }
    };

    Measurement generation;
    run("hwdb-64", [&] {
        Measurement m = benchHwdb(scratch.path(), workers, seconds, true, &generation);
        m.target = 20000.0;
        report(generation);
        return m;
    });
    run("hwdb-64 without augmentation",
        [&] { return benchHwdb(scratch.path(), workers, seconds, false, nullptr); });
    run("em-256", [&] { return benchEm(sharedData, workers, seconds); });
    const QString xrays = sharedData + QStringLiteral("/chest_xray");
    if (QDir(xrays).exists())
        run("xray-224 shared", [&] {
            return benchXray(xrays, QStringLiteral("xray-224"),
                             QStringLiteral("shared chest_xray JPEGs (728-2752 px)"), workers,
                             seconds);
        });
    run("xray-224 generated", [&] {
        const QString folder = scratch.filePath(QStringLiteral("xray"));
        writeSyntheticXrays(folder, 48);
        return benchXray(folder, QStringLiteral("xray-224-2000px"),
                         QStringLiteral("generated 2000x2000 grey JPEGs"), workers, seconds);
    });
    if (generation.samples > 0)
        results.push_back(generation);

    out() << Qt::endl
          << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("dataset"), -24)
                 .arg(QStringLiteral("workers"), 8)
                 .arg(QStringLiteral("samples/s"), 10)
                 .arg(QStringLiteral("per worker"), 11)
                 .arg(QStringLiteral("per CPU-s"), 10)
                 .arg(QStringLiteral("target"), 8)
          << Qt::endl;
    for (const Measurement &m : results) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(m.name, -24)
                     .arg(m.workers, 8)
                     .arg(qRound(m.rate()), 10)
                     .arg(qRound(m.rate() / std::max(1, m.workers)), 11)
                     .arg(qRound(m.cpuRate()), 10)
                     .arg(m.target > 0 ? QString::number(qRound(m.target)) : QStringLiteral("-"), 8)
              << "  " << m.detail << Qt::endl;
    }
    return 0;
}
