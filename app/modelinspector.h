#pragma once

#include "models/modeloptions.h"
#include "models/summary.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>

namespace cnnwb::app {

/// Result of inspecting one model configuration off the GUI thread.
struct ModelInspection
{
    QString modelId;
    models::OptionValues options;
    models::ModelSummary summary;
    QString error; ///< non-empty when the network could not be built
};

/// Builds zoo networks and measures their summaries on a worker thread. Only the newest
/// request is reported; a result for an older request is dropped.
class ModelInspector final : public QObject
{
    Q_OBJECT

public:
    explicit ModelInspector(QObject *parent = nullptr);
    ~ModelInspector() override;

    /// Starts measuring MODEL_ID with OPTIONS; replaces any request still pending.
    void inspect(const QString &modelId, const models::OptionValues &options);
    bool isBusy() const { return m_watcher.isRunning() || m_pending; }

    /// Builds and measures the network on the calling thread.
    static ModelInspection inspectNow(const QString &modelId, const models::OptionValues &options);

Q_SIGNALS:
    void inspectionFinished(const cnnwb::app::ModelInspection &result);

private:
    void startNext();

    QFutureWatcher<ModelInspection> m_watcher;
    bool m_pending = false;
    QString m_pendingId;
    models::OptionValues m_pendingOptions;
};

} // namespace cnnwb::app
