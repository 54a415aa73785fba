#include "data/batchloader.h"

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <set>
#include <thread>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <QtTest/QtTest>

#include "data/dataerror.h"
#include "data/samplesource.h"

using namespace cnnwb::data;

namespace {

// A source whose sample I is filled with I / 1000, plus c / 10 in channel c. Its label is
// I % classCount, or LABELS[I] when LABELS is set. Pixel (0, 0) of the last channel
// contains the first RNG draw in [0, 1), or -1 when load() got no RNG.
class FakeSource final : public SampleSource
{
public:
    int count = 64;
    int side = 8;
    int channels = 1;
    int classCount = 4;
    bool segmentation = false;
    std::vector<int> labels;
    std::set<qsizetype> badIndices;
    std::set<qsizetype> crashIndices;
    // Random sleep up to this many microseconds per load, to vary thread timing.
    int jitterMicroseconds = 0;
    int delayMilliseconds = 0;
    mutable std::atomic<int> loads{0};

    qsizetype size() const override { return count; }
    int label(qsizetype index) const override
    {
        if (segmentation)
            return -1;
        return labels.empty() ? int(index % classCount) : labels[std::size_t(index)];
    }
    Sample load(qsizetype index, std::mt19937 *rng) const override
    {
        ++loads;
        if (delayMilliseconds > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMilliseconds));
        if (jitterMicroseconds > 0) {
            thread_local std::mt19937 timing(std::random_device{}());
            std::this_thread::sleep_for(std::chrono::microseconds(timing() % jitterMicroseconds));
        }
        if (badIndices.count(index))
            throw DataError(QStringLiteral("/data/bad-%1.png").arg(index),
                            QStringLiteral("byte offset 12"), QStringLiteral("truncated image"),
                            QStringLiteral("Replace the file"));
        if (crashIndices.count(index))
            throw std::runtime_error("decoder crashed");
        Sample sample;
        std::vector<cv::Mat> planes;
        for (int c = 0; c < channels; ++c)
            planes.emplace_back(side, side, CV_32FC1, cv::Scalar(index / 1000.0 + c / 10.0));
        planes.back().at<float>(0, 0) =
            rng ? std::uniform_real_distribution<float>(0.0f, 1.0f)(*rng) : -1.0f;
        cv::merge(planes, sample.image);
        if (segmentation) {
            sample.mask = cv::Mat(side, side, CV_8UC1, cv::Scalar(0));
            sample.mask.at<std::uint8_t>(int(index % side), 1) = 1;
        } else {
            sample.label = label(index);
        }
        return sample;
    }
    QStringList classNames() const override { return {}; }
    QString describe(qsizetype index) const override
    {
        return QStringLiteral("fake/sample-%1").arg(index);
    }
};

std::vector<Batch> collectEpoch(BatchLoader &loader, int epoch)
{
    std::vector<Batch> batches;
    loader.startEpoch(epoch);
    while (std::optional<Batch> batch = loader.next())
        batches.push_back(std::move(*batch));
    return batches;
}

} // namespace

class TestBatchLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void classifierShapes_data();
    void classifierShapes();
    void segmentationShapes();
    void batchCount_data();
    void batchCount();
    void sameBatchesForAnyWorkerCount_data();
    void sameBatchesForAnyWorkerCount();
    void reshuffledPerEpoch();
    void unshuffledKeepsIndexOrder();
    void augmentOffPassesNoRng();
    void balancedSamplingProportions();
    void balancedRejectsSegmentation();
    void prefetchQueueBounded();
    void errorNamesSample_data();
    void errorNamesSample();
    void badSamplesSkippedAndCounted();
    void earlyStopNoDeadlock();
    void restartMidEpoch();
};

void TestBatchLoader::init()
{
    torch::manual_seed(0);
}

void TestBatchLoader::classifierShapes_data()
{
    QTest::addColumn<int>("channels");
    QTest::newRow("grey") << 1;
    QTest::newRow("rgb") << 3;
}

void TestBatchLoader::classifierShapes()
{
    QFETCH(int, channels);
    auto source = std::make_shared<FakeSource>();
    source->channels = channels;
    source->count = 20;
    BatchLoaderOptions options;
    options.batchSize = 8;
    options.shuffle = false;
    options.augment = false;
    BatchLoader loader(source, options);
    const std::vector<Batch> batches = collectEpoch(loader, 0);
    QCOMPARE(int(batches.size()), 3);

    const Batch &first = batches.front();
    QCOMPARE(first.images.sizes().vec(), (std::vector<std::int64_t>{8, channels, 8, 8}));
    QCOMPARE(first.images.scalar_type(), torch::kFloat32);
    QCOMPARE(first.targets.sizes().vec(), (std::vector<std::int64_t>{8}));
    QCOMPARE(first.targets.scalar_type(), torch::kInt64);
    QCOMPARE(batches.back().images.size(0), std::int64_t(4));
    QCOMPARE(first.targets[5].item<std::int64_t>(), std::int64_t(5 % 4));

    // HWC to CHW: channel c of sample 3 is filled with 0.003 + c / 10.
    for (int c = 0; c < channels; ++c) {
        const float value = first.images[3][c][4][4].item<float>();
        QVERIFY2(std::abs(value - (0.003f + c / 10.0f)) < 1e-6f,
                 qPrintable(QStringLiteral("channel %1: %2").arg(c).arg(value)));
    }
}

void TestBatchLoader::segmentationShapes()
{
    auto source = std::make_shared<FakeSource>();
    source->segmentation = true;
    source->count = 10;
    BatchLoaderOptions options;
    options.batchSize = 4;
    options.shuffle = false;
    BatchLoader loader(source, options);
    const std::vector<Batch> batches = collectEpoch(loader, 0);
    QCOMPARE(int(batches.size()), 3);
    const Batch &first = batches.front();
    QCOMPARE(first.images.sizes().vec(), (std::vector<std::int64_t>{4, 1, 8, 8}));
    QCOMPARE(first.targets.sizes().vec(), (std::vector<std::int64_t>{4, 1, 8, 8}));
    QCOMPARE(first.targets.scalar_type(), torch::kFloat32);
    QCOMPARE(first.targets.sum().item<float>(), 4.0f);
    QCOMPARE(first.targets[2][0][2][1].item<float>(), 1.0f);
    QCOMPARE(first.targets[2][0][3][1].item<float>(), 0.0f);
}

void TestBatchLoader::batchCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("dropLast");
    QTest::addColumn<int>("batches");
    QTest::newRow("exact") << 32 << 8 << false << 4;
    QTest::newRow("partial last") << 33 << 8 << false << 5;
    QTest::newRow("partial dropped") << 33 << 8 << true << 4;
    QTest::newRow("smaller than batch") << 5 << 8 << false << 1;
    QTest::newRow("smaller, dropped") << 5 << 8 << true << 0;
}

void TestBatchLoader::batchCount()
{
    QFETCH(int, count);
    QFETCH(int, batchSize);
    QFETCH(bool, dropLast);
    QFETCH(int, batches);
    auto source = std::make_shared<FakeSource>();
    source->count = count;
    BatchLoaderOptions options;
    options.batchSize = batchSize;
    options.dropLast = dropLast;
    BatchLoader loader(source, options);
    QCOMPARE(loader.batchesPerEpoch(), qsizetype(batches));
    QCOMPARE(int(collectEpoch(loader, 0).size()), batches);
}

void TestBatchLoader::sameBatchesForAnyWorkerCount_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("prefetch");
    QTest::newRow("2 workers") << 2 << 2;
    QTest::newRow("4 workers") << 4 << 3;
    QTest::newRow("7 workers, deep queue") << 7 << 8;
}

void TestBatchLoader::sameBatchesForAnyWorkerCount()
{
    QFETCH(int, workers);
    QFETCH(int, prefetch);
    auto source = std::make_shared<FakeSource>();
    source->count = 100;
    source->jitterMicroseconds = 300;
    BatchLoaderOptions options;
    options.batchSize = 6;
    options.seed = 1234;
    options.workers = 1;
    BatchLoader reference(source, options);
    options.workers = workers;
    options.prefetchBatches = prefetch;
    BatchLoader loader(source, options);

    for (int epoch = 0; epoch < 2; ++epoch) {
        const std::vector<Batch> expected = collectEpoch(reference, epoch);
        const std::vector<Batch> actual = collectEpoch(loader, epoch);
        QCOMPARE(actual.size(), expected.size());
        for (std::size_t i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual[i].batchIndex, expected[i].batchIndex);
            QCOMPARE(actual[i].indices, expected[i].indices);
            QVERIFY(torch::equal(actual[i].images, expected[i].images));
            QVERIFY(torch::equal(actual[i].targets, expected[i].targets));
        }
    }
}

void TestBatchLoader::reshuffledPerEpoch()
{
    auto source = std::make_shared<FakeSource>();
    source->count = 50;
    BatchLoaderOptions options;
    options.seed = 7;
    const BatchLoader loader(source, options);
    const std::vector<qsizetype> epoch0 = loader.epochOrder(0);
    const std::vector<qsizetype> epoch1 = loader.epochOrder(1);
    QVERIFY(epoch0 != epoch1);
    QVERIFY(loader.epochOrder(0) == epoch0);
    std::vector<qsizetype> sorted = epoch0;
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype i = 0; i < 50; ++i)
        QCOMPARE(sorted[std::size_t(i)], i);

    options.seed = 8;
    const BatchLoader otherSeed(source, options);
    QVERIFY(otherSeed.epochOrder(0) != epoch0);
}

void TestBatchLoader::unshuffledKeepsIndexOrder()
{
    auto source = std::make_shared<FakeSource>();
    source->count = 10;
    BatchLoaderOptions options;
    options.shuffle = false;
    const BatchLoader loader(source, options);
    const std::vector<qsizetype> order = loader.epochOrder(3);
    for (qsizetype i = 0; i < 10; ++i)
        QCOMPARE(order[std::size_t(i)], i);
}

void TestBatchLoader::augmentOffPassesNoRng()
{
    auto source = std::make_shared<FakeSource>();
    source->count = 8;
    BatchLoaderOptions options;
    options.batchSize = 8;
    options.augment = false;
    BatchLoader plain(source, options);
    const std::vector<Batch> withoutRng = collectEpoch(plain, 0);
    QCOMPARE(withoutRng[0].images.select(3, 0).select(2, 0).min().item<float>(), -1.0f);

    options.augment = true;
    BatchLoader augmented(source, options);
    const std::vector<Batch> withRng = collectEpoch(augmented, 0);
    const torch::Tensor draws = withRng[0].images.select(3, 0).select(2, 0).flatten();
    QVERIFY(draws.min().item<float>() >= 0.0f);
    // Every position has its own generator, so the first draws differ between samples.
    QCOMPARE(std::get<0>(at::_unique(draws)).numel(), std::int64_t(8));
}

void TestBatchLoader::balancedSamplingProportions()
{
    auto source = std::make_shared<FakeSource>();
    source->count = 3000;
    source->side = 2;
    // 80 % class 0, 15 % class 1, 5 % class 2.
    source->labels.assign(2400, 0);
    source->labels.insert(source->labels.end(), 450, 1);
    source->labels.insert(source->labels.end(), 150, 2);
    BatchLoaderOptions options;
    options.balanced = true;
    options.batchSize = 100;
    options.augment = false;
    options.seed = 3;
    BatchLoader loader(source, options);
    const std::vector<Batch> batches = collectEpoch(loader, 0);
    std::array<int, 3> counts{};
    int total = 0;
    for (const Batch &batch : batches) {
        for (std::int64_t i = 0; i < batch.targets.size(0); ++i) {
            ++counts[std::size_t(batch.targets[i].item<std::int64_t>())];
            ++total;
        }
    }
    QCOMPARE(total, 3000);
    for (int cls = 0; cls < 3; ++cls) {
        const double share = counts[std::size_t(cls)] / 3000.0;
        QVERIFY2(std::abs(share - 1.0 / 3.0) < 0.04,
                 qPrintable(QStringLiteral("class %1 share %2").arg(cls).arg(share)));
    }
    // The 150 samples of class 2 are cycled, so each appears 6 or 7 times.
    std::map<qsizetype, int> seen;
    for (const Batch &batch : batches)
        for (qsizetype index : batch.indices)
            if (index >= 2850)
                ++seen[index];
    QCOMPARE(int(seen.size()), 150);
}

void TestBatchLoader::balancedRejectsSegmentation()
{
    auto source = std::make_shared<FakeSource>();
    source->segmentation = true;
    BatchLoaderOptions options;
    options.balanced = true;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchLoader(source, options));
}

void TestBatchLoader::prefetchQueueBounded()
{
    auto source = std::make_shared<FakeSource>();
    source->count = 400;
    BatchLoaderOptions options;
    options.batchSize = 4;
    options.workers = 3;
    options.prefetchBatches = 2;
    BatchLoader loader(source, options);
    loader.startEpoch(0);
    // The workers fill the queue quickly, then must stop at two batches.
    QTRY_COMPARE(source->loads.load(), 2 * 4);
    QTest::qWait(200);
    QCOMPARE(source->loads.load(), 2 * 4);

    QVERIFY(loader.next().has_value());
    QTRY_COMPARE(source->loads.load(), 3 * 4);
    QTest::qWait(100);
    QCOMPARE(source->loads.load(), 3 * 4);
}

void TestBatchLoader::errorNamesSample_data()
{
    QTest::addColumn<bool>("dataError");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DataError") << true << QStringLiteral("truncated image");
    QTest::newRow("other exception") << false << QStringLiteral("decoder crashed");
}

void TestBatchLoader::errorNamesSample()
{
    QFETCH(bool, dataError);
    QFETCH(QString, expected);
    auto source = std::make_shared<FakeSource>();
    source->count = 40;
    if (dataError)
        source->badIndices = {13};
    else
        source->crashIndices = {13};
    BatchLoaderOptions options;
    options.batchSize = 5;
    options.shuffle = false;
    BatchLoader loader(source, options);
    loader.startEpoch(0);
    int delivered = 0;
    QString message;
    try {
        while (loader.next())
            ++delivered;
    } catch (const DataError &error) {
        message = error.message();
    }
    // Batches 0 and 1 are fine, and batch 2 contains index 13.
    QCOMPARE(delivered, 2);
    QVERIFY2(message.contains(QStringLiteral("fake/sample-13")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    // The epoch stopped: no further batches.
    QVERIFY(!loader.next().has_value());
}

void TestBatchLoader::badSamplesSkippedAndCounted()
{
    auto source = std::make_shared<FakeSource>();
    source->count = 30;
    source->badIndices = {3, 17};
    source->crashIndices = {21};
    // Batch 5 (indices 25-29) loses every sample and disappears.
    for (qsizetype i = 25; i < 30; ++i)
        source->badIndices.insert(i);
    BatchLoaderOptions options;
    options.batchSize = 5;
    options.shuffle = false;
    options.skipBadSamples = true;
    BatchLoader loader(source, options);
    const std::vector<Batch> batches = collectEpoch(loader, 0);
    QCOMPARE(int(batches.size()), 5);
    std::int64_t rows = 0;
    int skipped = 0;
    for (const Batch &batch : batches) {
        rows += batch.images.size(0);
        skipped += batch.skipped;
        QCOMPARE(std::int64_t(batch.indices.size()), batch.images.size(0));
    }
    QCOMPARE(rows, std::int64_t(30 - 8));
    QCOMPARE(skipped, 3);
    QCOMPARE(loader.skippedSamples(), qsizetype(8));
}

void TestBatchLoader::earlyStopNoDeadlock()
{
    auto source = std::make_shared<FakeSource>();
    source->count = 10000;
    source->delayMilliseconds = 1;
    BatchLoaderOptions options;
    options.batchSize = 16;
    options.workers = 4;
    options.prefetchBatches = 3;
    {
        BatchLoader loader(source, options);
        loader.startEpoch(0);
        QVERIFY(loader.next().has_value());
        // Destroyed here with workers mid-batch and the queue full.
    }
    const int loadsAfterDestruction = source->loads.load();
    QTest::qWait(50);
    QCOMPARE(source->loads.load(), loadsAfterDestruction);

    BatchLoader stopped(source, options);
    stopped.startEpoch(0);
    stopped.stop();
    QVERIFY(!stopped.next().has_value());
    stopped.stop();
}

void TestBatchLoader::restartMidEpoch()
{
    auto source = std::make_shared<FakeSource>();
    source->count = 64;
    BatchLoaderOptions options;
    options.batchSize = 8;
    options.seed = 5;
    BatchLoader loader(source, options);
    loader.startEpoch(0);
    QVERIFY(loader.next().has_value());
    QVERIFY(loader.next().has_value());
    const std::vector<Batch> restarted = collectEpoch(loader, 1);
    BatchLoader fresh(source, options);
    const std::vector<Batch> expected = collectEpoch(fresh, 1);
    QCOMPARE(restarted.size(), expected.size());
    for (std::size_t i = 0; i < restarted.size(); ++i)
        QVERIFY(torch::equal(restarted[i].images, expected[i].images));
}

QTEST_GUILESS_MAIN(TestBatchLoader)
#include "tst_batchloader.moc"
