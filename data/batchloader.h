#pragma once

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <torch/torch.h>

#include <QtCore/QtGlobal>

namespace cnnwb::data {

class SampleSource;

/// Settings of a BatchLoader.
struct BatchLoaderOptions
{
    int batchSize = 32;
    /// Decoding threads, at least 1.
    int workers = 2;
    /// Batches decoded ahead of the consumer (queued or in progress), at least 1.
    int prefetchBatches = 4;
    /// Seed of the shuffle, of balanced sampling and of every sample's augmentation.
    std::uint64_t seed = 0;
    /// Visits the samples in a new random order every epoch (else in index order).
    bool shuffle = true;
    /// Draws every position's class uniformly, then a sample of that class, so each class
    /// appears about equally often. The epoch keeps size() positions. Classifiers only.
    bool balanced = false;
    /// Passes a per-sample RNG to SampleSource::load(), which then augments.
    bool augment = true;
    /// Drops the last batch when it would be smaller than batchSize.
    bool dropLast = false;
    /// Skips samples that throw DataError and counts them (skippedSamples()). By default
    /// the first bad sample stops the epoch with its error.
    bool skipBadSamples = false;
};

/// One collated batch.
struct Batch
{
    /// float32 N×C×H×W with values in [0, 1], channels in RGB order for colour sources.
    torch::Tensor images;
    /// Classifiers: int64 N with class indices. Segmentation: float32 N×1×H×W with
    /// 0 = background and 1 = foreground (membrane).
    torch::Tensor targets;
    /// Source index of each row of the batch.
    std::vector<qsizetype> indices;
    int epoch = 0;
    /// Position of the batch in its epoch, from 0.
    qsizetype batchIndex = 0;
    /// Samples of this batch that were skipped for bad data (skipBadSamples only).
    int skipped = 0;
};

/// Decodes, augments and collates samples of a SampleSource on worker threads.
///
/// Batches arrive in epoch order. The order of an epoch depends only on the seed and the
/// epoch number, and each sample's augmentation RNG only on (seed, epoch, position), so a
/// batch's content does not depend on thread timing or on the number of workers. At most
/// prefetchBatches batches are decoded ahead of next(). Destroying the loader or calling
/// stop() mid-epoch wakes and joins the workers.
class BatchLoader
{
public:
    /// Creates a loader over SOURCE. Throws std::invalid_argument for balanced sampling
    /// over a source without class labels.
    BatchLoader(std::shared_ptr<const SampleSource> source, const BatchLoaderOptions &options);
    ~BatchLoader();
    BatchLoader(const BatchLoader &) = delete;
    BatchLoader &operator=(const BatchLoader &) = delete;

    /// Starts epoch EPOCH (abandoning any running one) and begins decoding.
    void startEpoch(int epoch);
    /// Returns the next batch of the epoch, blocking until it is ready, or nullopt at the
    /// end of the epoch. Throws DataError naming the sample (SampleSource::describe())
    /// when a sample fails and skipBadSamples is off, and then stops the epoch.
    std::optional<Batch> next();
    /// Stops the running epoch and joins the workers. Safe to call at any time.
    void stop();

    /// Returns the number of batches per epoch.
    qsizetype batchesPerEpoch() const;
    /// Returns the samples skipped for bad data in the current epoch so far.
    qsizetype skippedSamples() const;
    /// Returns the source indices of epoch EPOCH in visiting order.
    std::vector<qsizetype> epochOrder(int epoch) const;
    const BatchLoaderOptions &options() const { return m_options; }

private:
    struct Result
    {
        std::optional<Batch> batch;
        std::exception_ptr error;
    };

    void workerLoop();
    Result buildBatch(qsizetype batchIndex);

    std::shared_ptr<const SampleSource> m_source;
    BatchLoaderOptions m_options;
    // Class members per label, for balanced sampling; built once from label().
    std::vector<std::vector<qsizetype>> m_classMembers;

    // Set by startEpoch() before the workers start; read-only while they run.
    int m_epoch = 0;
    std::vector<qsizetype> m_order;
    qsizetype m_batchCount = 0;

    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_resultReady;
    // Guarded by m_mutex.
    bool m_stopping = false;
    bool m_running = false;
    qsizetype m_nextToBuild = 0;
    qsizetype m_nextToDeliver = 0;
    qsizetype m_skipped = 0;
    std::map<qsizetype, Result> m_ready;
};

} // namespace cnnwb::data
