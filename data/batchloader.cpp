#include "batchloader.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <stdexcept>

#include <opencv2/core.hpp>

#include <QtCore/QLoggingCategory>

#include "data/dataerror.h"
#include "data/samplesource.h"

namespace cnnwb::data {
namespace {

Q_LOGGING_CATEGORY(lcBatch, "cnnwb.data.batch")

// Skipped samples logged per epoch before the log goes quiet; the count stays exact.
constexpr qsizetype kLoggedSkipsPerEpoch = 5;

// Stream tags that keep the shuffle, balanced-sampling and per-sample generators apart.
constexpr std::uint32_t kShuffleStream = 0x5348u;
constexpr std::uint32_t kBalanceStream = 0x42414Cu;
constexpr std::uint32_t kSampleStream = 0x534D50u;

// Returns the SplitMix64 output for X: a fast 64-bit mix in which every input bit affects
// every output bit.
std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Returns a generator for (SEED, EPOCH, STREAM, POSITION). A mixed 32-bit seed costs about
// a microsecond less per sample than std::seed_seq, which matters at 10,000 samples/s.
std::mt19937 makeRng(std::uint64_t seed, int epoch, std::uint32_t stream,
                     std::uint64_t position = 0)
{
    std::uint64_t state = splitMix64(seed);
    state = splitMix64(state ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(epoch)) << 32
                                | stream));
    state = splitMix64(state ^ position);
    return std::mt19937(static_cast<std::uint32_t>(state ^ (state >> 32)));
}

// Returns an unbiased draw from [0, BOUND), BOUND >= 1. Written out instead of
// std::uniform_int_distribution so that the order is the same with every standard library.
std::uint32_t boundedDraw(std::mt19937 &rng, std::uint32_t bound)
{
    const std::uint32_t threshold = static_cast<std::uint32_t>(-bound) % bound;
    for (;;) {
        const std::uint32_t value = static_cast<std::uint32_t>(rng());
        if (value >= threshold)
            return value % bound;
    }
}

void shuffleIndices(std::vector<qsizetype> &values, std::mt19937 &rng)
{
    for (std::size_t i = values.size(); i > 1; --i) {
        const std::size_t j = boundedDraw(rng, static_cast<std::uint32_t>(i));
        std::swap(values[i - 1], values[j]);
    }
}

DataError sampleError(const SampleSource &source, qsizetype index, const DataError &error)
{
    return DataError(error.file(), error.position(),
                     QStringLiteral("%1 (sample %2, index %3)")
                         .arg(error.reason(), source.describe(index))
                         .arg(index),
                     error.hint());
}

// Copies an H×W×C float image into CHW planes at DESTINATION.
void copyToPlanes(const cv::Mat &image, float *destination)
{
    const int channels = image.channels();
    const std::size_t planeSize = std::size_t(image.rows) * std::size_t(image.cols);
    for (int y = 0; y < image.rows; ++y) {
        const float *row = image.ptr<float>(y);
        const std::size_t offset = std::size_t(y) * std::size_t(image.cols);
        for (int x = 0; x < image.cols; ++x) {
            for (int c = 0; c < channels; ++c)
                destination[std::size_t(c) * planeSize + offset + std::size_t(x)] =
                    row[x * channels + c];
        }
    }
}

} // namespace

BatchLoader::BatchLoader(std::shared_ptr<const SampleSource> source,
                         const BatchLoaderOptions &options)
    : m_source(std::move(source))
    , m_options(options)
{
    if (!m_source)
        throw std::invalid_argument("BatchLoader needs a sample source, got none");
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.workers = std::max(1, m_options.workers);
    m_options.prefetchBatches = std::max(1, m_options.prefetchBatches);

    if (m_options.balanced) {
        for (qsizetype i = 0; i < m_source->size(); ++i) {
            const int label = m_source->label(i);
            if (label < 0)
                throw std::invalid_argument(
                    "balanced sampling needs class labels, but sample "
                    + m_source->describe(i).toStdString() + " has none; turn balanced off "
                                                            "for segmentation sources");
            if (std::size_t(label) >= m_classMembers.size())
                m_classMembers.resize(std::size_t(label) + 1);
            m_classMembers[std::size_t(label)].push_back(i);
        }
    }
}

BatchLoader::~BatchLoader()
{
    stop();
}

std::vector<qsizetype> BatchLoader::epochOrder(int epoch) const
{
    const qsizetype count = m_source->size();
    std::vector<qsizetype> order;
    order.reserve(std::size_t(count));

    if (m_options.balanced) {
        // Each class is visited in its own shuffled cycle, so within a class no sample
        // repeats before all have been seen.
        std::mt19937 rng = makeRng(m_options.seed, epoch, kBalanceStream);
        std::vector<std::vector<qsizetype>> cycles;
        for (const std::vector<qsizetype> &members : m_classMembers) {
            if (members.empty())
                continue;
            cycles.push_back(members);
            shuffleIndices(cycles.back(), rng);
        }
        if (cycles.empty())
            return order;
        std::vector<std::size_t> cursors(cycles.size(), 0);
        for (qsizetype position = 0; position < count; ++position) {
            const std::size_t cls = boundedDraw(rng, static_cast<std::uint32_t>(cycles.size()));
            std::vector<qsizetype> &cycle = cycles[cls];
            order.push_back(cycle[cursors[cls] % cycle.size()]);
            ++cursors[cls];
        }
        return order;
    }

    for (qsizetype i = 0; i < count; ++i)
        order.push_back(i);
    if (m_options.shuffle) {
        std::mt19937 rng = makeRng(m_options.seed, epoch, kShuffleStream);
        shuffleIndices(order, rng);
    }
    return order;
}

qsizetype BatchLoader::batchesPerEpoch() const
{
    const qsizetype count = m_source->size();
    const qsizetype size = m_options.batchSize;
    return m_options.dropLast ? count / size : (count + size - 1) / size;
}

qsizetype BatchLoader::skippedSamples() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_skipped;
}

void BatchLoader::startEpoch(int epoch)
{
    stop();

    m_epoch = epoch;
    m_order = epochOrder(epoch);
    m_batchCount = batchesPerEpoch();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = false;
        m_running = true;
        m_nextToBuild = 0;
        m_nextToDeliver = 0;
        m_skipped = 0;
        m_ready.clear();
    }
    qCDebug(lcBatch) << "epoch" << epoch << ":" << m_batchCount << "batches of"
                     << m_options.batchSize << "on" << m_options.workers << "workers";
    for (int i = 0; i < m_options.workers; ++i)
        m_threads.emplace_back(&BatchLoader::workerLoop, this);
}

void BatchLoader::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_workAvailable.notify_all();
    m_resultReady.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();

    std::lock_guard<std::mutex> lock(m_mutex);
    m_running = false;
    m_ready.clear();
}

std::optional<Batch> BatchLoader::next()
{
    for (;;) {
        Result result;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_running || m_nextToDeliver >= m_batchCount)
                return std::nullopt;
            m_resultReady.wait(lock, [this] {
                return m_stopping || m_ready.count(m_nextToDeliver) != 0;
            });
            if (m_stopping)
                return std::nullopt;
            const auto found = m_ready.find(m_nextToDeliver);
            result = std::move(found->second);
            m_ready.erase(found);
            ++m_nextToDeliver;
        }
        m_workAvailable.notify_all();

        if (result.error) {
            stop();
            std::rethrow_exception(result.error);
        }
        // A batch whose samples were all skipped has no rows; move on to the next one.
        if (result.batch && !result.batch->indices.empty())
            return std::move(result.batch);
    }
}

void BatchLoader::workerLoop()
{
    for (;;) {
        qsizetype batchIndex = 0;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_workAvailable.wait(lock, [this] {
                return m_stopping || m_nextToBuild >= m_batchCount
                       || m_nextToBuild < m_nextToDeliver + m_options.prefetchBatches;
            });
            if (m_stopping || m_nextToBuild >= m_batchCount)
                return;
            batchIndex = m_nextToBuild++;
        }

        Result result = buildBatch(batchIndex);

        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping)
                return;
            m_ready.emplace(batchIndex, std::move(result));
        }
        m_resultReady.notify_all();
    }
}

BatchLoader::Result BatchLoader::buildBatch(qsizetype batchIndex)
{
    const qsizetype first = batchIndex * m_options.batchSize;
    const qsizetype last =
        std::min<qsizetype>(first + m_options.batchSize, qsizetype(m_order.size()));
    std::vector<Sample> samples;
    std::vector<qsizetype> indices;
    samples.reserve(std::size_t(last - first));
    indices.reserve(std::size_t(last - first));
    int skipped = 0;

    for (qsizetype position = first; position < last; ++position) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping)
                return {};
        }
        const qsizetype index = m_order[std::size_t(position)];
        try {
            Sample sample;
            if (m_options.augment) {
                std::mt19937 rng = makeRng(m_options.seed, m_epoch, kSampleStream,
                                           static_cast<std::uint64_t>(position));
                sample = m_source->load(index, &rng);
            } else {
                sample = m_source->load(index, nullptr);
            }
            if (sample.image.empty()
                || (sample.image.type() != CV_32FC1 && sample.image.type() != CV_32FC3))
                throw DataError(m_source->describe(index), QString(),
                                QStringLiteral("the decoded image is empty or not float "
                                               "(OpenCV type %1)")
                                    .arg(sample.image.type()),
                                QStringLiteral("This is a bug in the dataset reader"));
            if (!sample.mask.empty()
                && (sample.mask.size() != sample.image.size() || sample.mask.type() != CV_8UC1))
                throw DataError(m_source->describe(index), QString(),
                                QStringLiteral("the mask is not CV_8UC1 of the image's size"),
                                QStringLiteral("Check that the label stack matches the "
                                               "image stack"));
            samples.push_back(std::move(sample));
            indices.push_back(index);
        } catch (const DataError &error) {
            if (!m_options.skipBadSamples)
                return {std::nullopt,
                        std::make_exception_ptr(sampleError(*m_source, index, error))};
            ++skipped;
            std::lock_guard<std::mutex> lock(m_mutex);
            if (++m_skipped <= kLoggedSkipsPerEpoch)
                qCWarning(lcBatch).noquote() << "skipping bad sample:"
                                             << sampleError(*m_source, index, error).message();
        } catch (const std::exception &error) {
            const DataError wrapped(m_source->describe(index), QString(),
                                    QStringLiteral("decoding failed: %1")
                                        .arg(QString::fromLocal8Bit(error.what())));
            if (!m_options.skipBadSamples)
                return {std::nullopt,
                        std::make_exception_ptr(sampleError(*m_source, index, wrapped))};
            ++skipped;
            std::lock_guard<std::mutex> lock(m_mutex);
            if (++m_skipped <= kLoggedSkipsPerEpoch)
                qCWarning(lcBatch).noquote() << "skipping bad sample:"
                                             << sampleError(*m_source, index, wrapped).message();
        }
    }

    Batch batch;
    batch.epoch = m_epoch;
    batch.batchIndex = batchIndex;
    batch.skipped = skipped;
    batch.indices = indices;
    if (samples.empty())
        return {std::move(batch), nullptr};

    const cv::Mat &reference = samples.front().image;
    const int height = reference.rows;
    const int width = reference.cols;
    const int channels = reference.channels();
    const bool segmentation = !samples.front().mask.empty();
    const auto rows = static_cast<std::int64_t>(samples.size());
    const std::size_t planeSize = std::size_t(height) * std::size_t(width);

    try {
        // images: float32 N×C×H×W in [0, 1], converted from each sample's H×W×C layout.
        batch.images = torch::empty({rows, channels, height, width}, torch::kFloat32);
        // targets: int64 N (class indices) or float32 N×1×H×W (mask values 0 or 1).
        batch.targets = segmentation ? torch::empty({rows, 1, height, width}, torch::kFloat32)
                                     : torch::empty({rows}, torch::kInt64);
        float *imageData = batch.images.data_ptr<float>();
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const Sample &sample = samples[i];
            if (sample.image.rows != height || sample.image.cols != width
                || sample.image.channels() != channels || sample.mask.empty() == segmentation)
                throw DataError(m_source->describe(indices[i]), QString(),
                                QStringLiteral("the sample is %1x%2 with %3 channels%4, but the "
                                               "batch's first sample is %5x%6 with %7 channels%8")
                                    .arg(sample.image.cols)
                                    .arg(sample.image.rows)
                                    .arg(sample.image.channels())
                                    .arg(sample.mask.empty() ? QString()
                                                             : QStringLiteral(" and a mask"))
                                    .arg(width)
                                    .arg(height)
                                    .arg(channels)
                                    .arg(segmentation ? QStringLiteral(" and a mask") : QString()),
                                QStringLiteral("Resize all images of the dataset to one size"));
            copyToPlanes(sample.image, imageData + i * std::size_t(channels) * planeSize);
            if (segmentation) {
                cv::Mat plane(height, width, CV_32FC1,
                              batch.targets.data_ptr<float>() + i * planeSize);
                sample.mask.convertTo(plane, CV_32F);
            } else {
                batch.targets.data_ptr<std::int64_t>()[i] = sample.label;
            }
        }
    } catch (const DataError &error) {
        return {std::nullopt, std::make_exception_ptr(error)};
    } catch (const std::exception &error) {
        return {std::nullopt,
                std::make_exception_ptr(DataError(
                    QStringLiteral("batch %1 of epoch %2").arg(batchIndex).arg(m_epoch), QString(),
                    QStringLiteral("collating the batch failed: %1")
                        .arg(QString::fromLocal8Bit(error.what()))))};
    }
    return {std::move(batch), nullptr};
}

} // namespace cnnwb::data
