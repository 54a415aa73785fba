#include "modelinspector.h"

#include "models/errors.h"
#include "models/zoo.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>

#include <exception>

namespace cnnwb::app {

ModelInspector::ModelInspector(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ModelInspection>::finished, this, [this] {
        const ModelInspection result = m_watcher.result();
        // A newer request supersedes this result; measure that one instead.
        if (m_pending) {
            startNext();
            return;
        }
        Q_EMIT inspectionFinished(result);
    });
}

ModelInspector::~ModelInspector()
{
    m_pending = false;
    m_watcher.waitForFinished();
}

void ModelInspector::inspect(const QString &modelId, const models::OptionValues &options)
{
    m_pending = true;
    m_pendingId = modelId;
    m_pendingOptions = options;
    if (!m_watcher.isRunning())
        startNext();
}

void ModelInspector::startNext()
{
    m_pending = false;
    m_watcher.setFuture(QtConcurrent::run(&ModelInspector::inspectNow, m_pendingId, m_pendingOptions));
}

ModelInspection ModelInspector::inspectNow(const QString &modelId,
                                           const models::OptionValues &options)
{
    ModelInspection result;
    result.modelId = modelId;
    result.options = options;
    const models::ModelSpec *spec = models::Zoo::instance().find(modelId);
    if (!spec) {
        result.error = QCoreApplication::translate("cnnwb::app::ModelInspector",
                                                   "Unknown model \"%1\"")
                           .arg(modelId);
        return result;
    }
    try {
        models::NetworkPtr network = spec->create(options);
        result.summary = models::summarize(*network, spec->inputShape);
    } catch (const std::exception &e) {
        result.error = QCoreApplication::translate("cnnwb::app::ModelInspector",
                                                   "Failed to build %1 with these options: %2")
                           .arg(spec->translatedName(), models::exceptionMessage(e));
    }
    return result;
}

} // namespace cnnwb::app
