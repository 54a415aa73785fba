#include "segmentationviewer.h"

#include "slicestack.h"

#include "data/dataerror.h"
#include "data/tiffstack.h"
#include "models/checkpoint.h"
#include "models/device.h"
#include "models/errors.h"
#include "models/network.h"
#include "models/zoo.h"

#include "runtime.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>

#include <algorithm>
#include <exception>

Q_LOGGING_CATEGORY(lcSegmentation, "cnnwb.app.segmentation")

namespace cnnwb::app {
namespace {

/// Memory for decoded slices kept for fast slice switching: 1024 slices of 512×512 8-bit,
/// or 8 slices of 4096×4096 16-bit.
constexpr std::size_t kSliceCacheBytes = std::size_t(256) << 20;
/// Memory for binarised label slices (one byte per pixel).
constexpr std::size_t kLabelCacheBytes = std::size_t(64) << 20;

// Returns the entry for INDEX in CACHE (most recently used first) and moves it to the front,
// or an empty matrix when it is not cached.
cv::Mat findCached(std::list<std::pair<int, cv::Mat>> &cache, int index)
{
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        if (it->first == index) {
            cache.splice(cache.begin(), cache, it);
            return it->second;
        }
    }
    return {};
}

// Adds VALUE for INDEX to the front of CACHE and drops the least recently used entries
// beyond BUDGET bytes, always keeping the new one.
void insertCached(std::list<std::pair<int, cv::Mat>> &cache, int index, const cv::Mat &value, std::size_t budget)
{
    cache.emplace_front(index, value);
    std::size_t bytes = 0;
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        bytes += it->second.total() * it->second.elemSize();
        if (bytes > budget && it != cache.begin()) {
            cache.erase(it, cache.end());
            break;
        }
    }
}

QString errorText(const std::exception &e)
{
    if (const auto *dataError = dynamic_cast<const data::DataError *>(&e))
        return dataError->message();
    return models::exceptionMessage(e);
}

} // namespace

SegmentationViewer::SegmentationViewer(QObject *parent)
    : QObject(parent)
{
    connect(&m_jobWatcher, &QFutureWatcher<JobResult>::finished, this, [this] {
        const JobResult result = m_jobWatcher.result();
        if (!result.error.isEmpty()) {
            qCWarning(lcSegmentation).noquote() << "prediction failed:" << result.error;
            Q_EMIT jobFailed(result.error);
            return;
        }
        qCInfo(lcSegmentation) << "prediction job ended:" << result.slices << "slices in"
                               << result.seconds << "s" << (result.cancelled ? "(cancelled)" : "");
        Q_EMIT jobFinished(result.slices, result.seconds, result.cancelled);
    });
    connect(&m_rescoreWatcher, &QFutureWatcher<void>::finished, this, [this] {
        Q_EMIT scoresChanged();
        if (m_rescorePending)
            rescoreAll();
    });
}

SegmentationViewer::~SegmentationViewer()
{
    m_cancel = true;
    m_jobWatcher.waitForFinished();
    m_rescoreWatcher.waitForFinished();
}

QString SegmentationViewer::stackPath() const
{
    return m_stack ? m_stack->path() : QString();
}

QString SegmentationViewer::labelPath() const
{
    return m_labels ? m_labels->path() : QString();
}

int SegmentationViewer::sliceCount() const
{
    return m_stack ? m_stack->sliceCount() : 0;
}

cv::Size SegmentationViewer::sliceSize() const
{
    return m_stack ? m_stack->sliceSize() : cv::Size();
}

QString SegmentationViewer::sliceName(int index) const
{
    return m_stack ? m_stack->sliceName(index) : QString();
}

bool SegmentationViewer::openStack(const QString &path, QString *error)
{
    // A rescoring job reads the stack and the labels, so it ends before they change.
    m_rescoreWatcher.waitForFinished();
    if (isBusy()) {
        *error = tr("A prediction is running; cancel it before opening another stack.");
        return false;
    }
    std::shared_ptr<SliceStack> stack;
    try {
        stack = std::make_shared<SliceStack>(path);
    } catch (const std::exception &e) {
        *error = errorText(e);
        return false;
    }
    m_stack = std::move(stack);
    m_labels.reset();
    {
        const std::lock_guard lock(m_cacheMutex);
        m_sliceCache.clear();
        m_labelCache.clear();
    }
    clearPredictions();
    qCInfo(lcSegmentation).noquote() << "opened stack" << path << "with" << m_stack->sliceCount() << "slices";
    Q_EMIT stackChanged();
    return true;
}

bool SegmentationViewer::openLabels(const QString &path, data::LabelPolarity polarity, QString *error)
{
    if (!m_stack) {
        *error = tr("Open an image stack before its labels.");
        return false;
    }
    if (isBusy()) {
        *error = tr("A prediction is running; cancel it before opening labels.");
        return false;
    }
    m_rescoreWatcher.waitForFinished();
    std::shared_ptr<SliceStack> labels;
    double threshold = 0;
    try {
        labels = std::make_shared<SliceStack>(path);
        if (labels->sliceCount() != m_stack->sliceCount() || labels->sliceSize() != m_stack->sliceSize()) {
            *error = tr("%1: the labels have %2 slices of %3×%4 pixels, but the stack %5 has %6 slices of %7×%8 pixels.")
                         .arg(path)
                         .arg(labels->sliceCount())
                         .arg(labels->sliceSize().width)
                         .arg(labels->sliceSize().height)
                         .arg(m_stack->path())
                         .arg(m_stack->sliceCount())
                         .arg(m_stack->sliceSize().width)
                         .arg(m_stack->sliceSize().height);
            return false;
        }
        // NOTE: the threshold comes from the first label slice only, so a stack whose first
        // slice is a single value (all cell) binarises at 0.5 and needs 0/1 labels.
        double low = 0;
        double high = 0;
        cv::minMaxLoc(labels->readSlice(0), &low, &high);
        threshold = high > low ? (low + high) / 2 : 0.5;
    } catch (const std::exception &e) {
        *error = errorText(e);
        return false;
    }
    m_labels = std::move(labels);
    m_polarity = polarity;
    m_labelThreshold = threshold;
    {
        const std::lock_guard lock(m_cacheMutex);
        m_labelCache.clear();
    }
    {
        const std::lock_guard lock(m_resultMutex);
        m_scores.clear();
    }
    qCInfo(lcSegmentation).noquote() << "opened labels" << path << "threshold" << threshold;
    rescoreAll();
    return true;
}

bool SegmentationViewer::loadModel(const QString &checkpointPath, QString *error)
{
    // A rescoring job reads the stack and the labels, so it ends before they change.
    m_rescoreWatcher.waitForFinished();
    if (isBusy()) {
        *error = tr("A prediction is running; cancel it before loading another model.");
        return false;
    }
    try {
        const models::CheckpointMeta meta = models::readCheckpointMeta(checkpointPath);
        const models::ModelSpec *spec = models::Zoo::instance().find(meta.modelId);
        if (!spec || spec->task != models::TaskKind::Segmentation) {
            *error = tr("%1: the checkpoint holds the model \"%2\", which is not a segmentation model.")
                         .arg(checkpointPath, meta.modelId);
            return false;
        }
        models::OptionValues options;
        if (const QString problem = models::checkpointOptions(meta, *spec, options); !problem.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(checkpointPath, problem);
            return false;
        }
        models::NetworkPtr network = spec->create(options);
        models::loadCheckpoint(checkpointPath, *network, nullptr, meta, false);
        network->eval();

        // Tiles of the model's input size; the U-Net needs sides divisible by 2^depth.
        models::TiledInferenceOptions tiling =
            models::tilingForInput(int(spec->inputShape[1]), 1 << options.integer(QStringLiteral("depth")));
        tiling.batchSize = m_tiling.batchSize;
        m_tiling = tiling;
        m_network = std::move(network);
        m_modelPath = checkpointPath;
        m_modelDescription = meta.describeArchitecture();
    } catch (const std::exception &e) {
        *error = errorText(e);
        return false;
    }
    clearPredictions();
    qCInfo(lcSegmentation).noquote() << "loaded model" << checkpointPath << m_modelDescription;
    Q_EMIT stackChanged();
    return true;
}

cv::Mat SegmentationViewer::slice(int index) const
{
    if (!m_stack)
        return {};
    {
        const std::lock_guard lock(m_cacheMutex);
        const cv::Mat cached = findCached(m_sliceCache, index);
        if (!cached.empty())
            return cached;
    }
    // Decoding runs outside the lock so the worker and the GUI thread can read at once.
    const cv::Mat decoded = m_stack->readSlice(index);
    const std::lock_guard lock(m_cacheMutex);
    insertCached(m_sliceCache, index, decoded, kSliceCacheBytes);
    return decoded;
}

cv::Mat SegmentationViewer::labelMask(int index) const
{
    if (!m_labels)
        return {};
    {
        const std::lock_guard lock(m_cacheMutex);
        const cv::Mat cached = findCached(m_labelCache, index);
        if (!cached.empty())
            return cached;
    }
    const cv::Mat mask = data::binarizeLabel(m_labels->readSlice(index), m_labelThreshold, m_polarity);
    const std::lock_guard lock(m_cacheMutex);
    insertCached(m_labelCache, index, mask, kLabelCacheBytes);
    return mask;
}

void SegmentationViewer::setThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.001, 0.999);
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    rescoreAll();
}

std::shared_ptr<const SlicePrediction> SegmentationViewer::prediction(int index) const
{
    const std::lock_guard lock(m_resultMutex);
    const auto it = m_predictions.find(index);
    return it == m_predictions.end() ? nullptr : it->second;
}

int SegmentationViewer::predictedSliceCount() const
{
    const std::lock_guard lock(m_resultMutex);
    return int(m_predictions.size());
}

cv::Mat SegmentationViewer::predictedMask(int index) const
{
    const std::shared_ptr<const SlicePrediction> predicted = prediction(index);
    if (!predicted)
        return {};
    cv::Mat mask = predicted->probability >= m_threshold;
    mask /= 255;
    return mask;
}

std::optional<SliceScores> SegmentationViewer::scores(int index) const
{
    const std::lock_guard lock(m_resultMutex);
    const auto it = m_scores.find(index);
    if (it == m_scores.end() || it->second.threshold != m_threshold)
        return std::nullopt;
    return it->second;
}

QVector<SliceScores> SegmentationViewer::allScores() const
{
    const std::lock_guard lock(m_resultMutex);
    QVector<SliceScores> all;
    for (const auto &entry : m_scores) {
        if (entry.second.threshold == m_threshold)
            all.push_back(entry.second);
    }
    return all;
}

std::optional<models::SegmentationScores> SegmentationViewer::stackScores() const
{
    const QVector<SliceScores> all = allScores();
    if (all.isEmpty())
        return std::nullopt;
    // Every slice has the same pixel count, so the mean of the per-slice pixel errors is the
    // stack's pixel error. IoU and Dice are averaged per slice as well, as the Rand error is.
    models::SegmentationScores mean;
    for (const SliceScores &entry : all) {
        mean.pixelError += entry.scores.pixelError;
        mean.iou += entry.scores.iou;
        mean.dice += entry.scores.dice;
        mean.randError += entry.scores.randError;
    }
    const double count = all.size();
    mean.pixelError /= count;
    mean.iou /= count;
    mean.dice /= count;
    mean.randError /= count;
    return mean;
}

bool SegmentationViewer::predictSlice(int index)
{
    if (index < 0 || index >= sliceCount())
        return false;
    return startJob({index});
}

bool SegmentationViewer::predictStack()
{
    QVector<int> missing;
    for (int index = 0; index < sliceCount(); ++index) {
        if (!prediction(index))
            missing.push_back(index);
    }
    return startJob(missing);
}

bool SegmentationViewer::startJob(const QVector<int> &slices)
{
    if (!m_stack || !m_network || isBusy())
        return false;
    m_cancel = false;
    m_jobThreads = torchThreads();
    m_jobWatcher.setFuture(QtConcurrent::run(&SegmentationViewer::runJob, this, slices, m_generation.load()));
    return true;
}

void SegmentationViewer::cancel()
{
    m_cancel = true;
}

bool SegmentationViewer::isBusy() const
{
    return m_jobWatcher.isRunning();
}

void SegmentationViewer::waitForIdle()
{
    m_jobWatcher.waitForFinished();
    m_rescoreWatcher.waitForFinished();
    QCoreApplication::sendPostedEvents(this);
}

SegmentationViewer::JobResult SegmentationViewer::runJob(QVector<int> slices, std::uint64_t generation)
{
    JobResult result;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const int tilesPerSlice = [&] {
        const auto tiles = [&](int length) {
            const int margin = (m_tiling.tileSize - m_tiling.stride) / 2 / m_tiling.sizeMultiple * m_tiling.sizeMultiple;
            const int needed = std::max(m_tiling.tileSize, length + 2 * margin);
            return (needed - m_tiling.tileSize + m_tiling.stride - 1) / m_tiling.stride + 1;
        };
        return tiles(sliceSize().width) * tiles(sliceSize().height);
    }();
    const int totalTiles = tilesPerSlice * int(slices.size());
    const double threshold = m_threshold;
    try {
        // The OpenMP thread count is a per-thread setting, so the pool thread takes the app's.
        torch::set_num_threads(m_jobThreads);
        const torch::Device device = models::selectDevice(QStringLiteral("auto"));
        m_network->to(device);
        for (int i = 0; i < slices.size(); ++i) {
            const int index = slices[i];
            QElapsedTimer sliceClock;
            sliceClock.start();
            const cv::Mat input = models::sliceToNetworkInput(slice(index));
            const auto onTiles = [&](int done, int) {
                if (sinceProgress.elapsed() >= 100) {
                    sinceProgress.restart();
                    Q_EMIT progressChanged(i * tilesPerSlice + done, totalTiles);
                }
            };
            models::TiledPrediction tiled = models::predictTiled(*m_network, input, m_tiling, device, &m_cancel, onTiles);
            if (tiled.cancelled || generation != m_generation.load()) {
                result.cancelled = true;
                break;
            }
            auto predicted = std::make_shared<SlicePrediction>();
            predicted->probability = tiled.probability;
            predicted->seam = tiled.seam;
            predicted->tiles = std::move(tiled.tiles);
            predicted->seconds = sliceClock.nsecsElapsed() / 1e9;
            {
                const std::lock_guard lock(m_resultMutex);
                m_predictions[index] = predicted;
            }
            ++result.slices;
            Q_EMIT predictionReady(index);
            if (m_labels) {
                scoreSlice(index, predicted->probability, threshold);
                Q_EMIT scoresChanged();
            }
        }
    } catch (const std::exception &e) {
        result.error = errorText(e);
    }
    Q_EMIT progressChanged(result.cancelled ? 0 : totalTiles, totalTiles);
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

void SegmentationViewer::scoreSlice(int index, const cv::Mat &probability, double threshold)
{
    const cv::Mat truth = labelMask(index);
    if (truth.empty())
        return;
    const cv::Mat predicted = probability >= threshold;
    SliceScores entry;
    entry.slice = index;
    entry.threshold = threshold;
    entry.scores = models::segmentationScores(predicted, truth);
    const std::lock_guard lock(m_resultMutex);
    m_scores[index] = entry;
}

void SegmentationViewer::rescoreAll()
{
    if (m_rescoreWatcher.isRunning()) {
        m_rescorePending = true;
        return;
    }
    m_rescorePending = false;
    if (!m_labels) {
        Q_EMIT scoresChanged();
        return;
    }
    std::vector<std::pair<int, cv::Mat>> work;
    {
        const std::lock_guard lock(m_resultMutex);
        for (const auto &entry : m_predictions)
            work.emplace_back(entry.first, entry.second->probability);
    }
    const double threshold = m_threshold;
    m_rescoreWatcher.setFuture(QtConcurrent::run([this, work = std::move(work), threshold] {
        for (const auto &[index, probability] : work) {
            try {
                scoreSlice(index, probability, threshold);
            } catch (const std::exception &e) {
                qCWarning(lcSegmentation).noquote() << "scoring slice" << index + 1 << "failed:" << errorText(e);
            }
        }
    }));
}

void SegmentationViewer::clearPredictions()
{
    ++m_generation;
    const std::lock_guard lock(m_resultMutex);
    m_predictions.clear();
    m_scores.clear();
}

bool SegmentationViewer::exportMasks(const QString &path, MaskPolarity polarity, QString *error) const
{
    if (!m_stack || predictedSliceCount() < sliceCount()) {
        *error = tr("%1 of %2 slices have a prediction; predict the whole stack before exporting.")
                     .arg(predictedSliceCount())
                     .arg(sliceCount());
        return false;
    }
    std::vector<cv::Mat> pages;
    pages.reserve(std::size_t(sliceCount()));
    for (int index = 0; index < sliceCount(); ++index) {
        const cv::Mat membrane = prediction(index)->probability >= m_threshold;
        // ISBI masks mark cells 255 and membrane 0; binary masks mark membrane 1.
        cv::Mat page(membrane.size(), CV_8UC1, cv::Scalar(polarity == MaskPolarity::Isbi ? 255 : 0));
        page.setTo(polarity == MaskPolarity::Isbi ? 0 : 1, membrane);
        pages.push_back(page);
    }
    try {
        data::writeTiffStack(path, pages);
    } catch (const std::exception &e) {
        *error = errorText(e);
        return false;
    }
    qCInfo(lcSegmentation).noquote() << "exported" << pages.size() << "mask pages to" << path;
    return true;
}

bool SegmentationViewer::exportProbabilities(const QString &path, QString *error) const
{
    if (!m_stack || predictedSliceCount() < sliceCount()) {
        *error = tr("%1 of %2 slices have a prediction; predict the whole stack before exporting.")
                     .arg(predictedSliceCount())
                     .arg(sliceCount());
        return false;
    }
    std::vector<cv::Mat> pages;
    for (int index = 0; index < sliceCount(); ++index)
        pages.push_back(prediction(index)->probability);
    try {
        data::writeTiffStack(path, pages);
    } catch (const std::exception &e) {
        *error = errorText(e);
        return false;
    }
    qCInfo(lcSegmentation).noquote() << "exported" << pages.size() << "probability pages to" << path;
    return true;
}

} // namespace cnnwb::app
