#pragma once

#include "diagnosisengine.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>
#include <memory>

namespace cnnwb::app {

/// Runs a DiagnosisEngine on one worker thread for the diagnosis page. Requests are queued
/// and run in order, off the GUI thread, and each one emits its result signal on the thread
/// that owns the service. A batch run reports progress at most every 100 ms and stops at
/// the next batch boundary after cancelBatch().
class DiagnosisService final : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisService(QObject *parent = nullptr);
    ~DiagnosisService() override;

    /// Loads a run folder or a checkpoint file inside one, then emits modelLoaded or failed.
    void loadModel(const QString &runOrCheckpoint);
    /// Analyses one image, then emits analysed.
    void analyse(const QString &path);
    /// Computes Grad-CAM of the last analysed image at LAYER (empty = default), then emits gradCamReady.
    void computeGradCam(const QString &layer);
    /// Runs the masking test on the last Grad-CAM map, then emits faithfulnessReady.
    void measureFaithfulness(double fraction = 0.1);
    /// Classifies the image files under INPUTS, emitting batchProgress and then batchFinished.
    void startBatch(const QStringList &inputs);
    void cancelBatch() { m_cancel.store(true); }
    bool isBatchRunning() const { return m_batchRunning; }

    /// Waits until every queued request is done (tests and tools).
    void waitForIdle();

Q_SIGNALS:
    void modelLoaded(const cnnwb::app::DiagnosisModelInfo &info);
    void analysed(const cnnwb::app::DiagnosisResult &result);
    void gradCamReady(const cnnwb::app::GradCamView &view);
    void faithfulnessReady(const cnnwb::app::FaithfulnessView &view);
    void batchProgress(int done, int total);
    void batchFinished(const QVector<cnnwb::app::BatchRow> &rows, bool cancelled);
    void failed(const QString &message);

private:
    std::shared_ptr<DiagnosisEngine> m_engine;
    QThreadPool m_pool;
    std::atomic<bool> m_cancel{false};
    bool m_batchRunning = false;
};

} // namespace cnnwb::app

Q_DECLARE_METATYPE(cnnwb::app::DiagnosisModelInfo)
Q_DECLARE_METATYPE(cnnwb::app::DiagnosisResult)
Q_DECLARE_METATYPE(cnnwb::app::GradCamView)
Q_DECLARE_METATYPE(cnnwb::app::FaithfulnessView)
