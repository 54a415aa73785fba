#include "diagnosisservice.h"

#include "models/errors.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaObject>
#include <QtCore/QPointer>

#include <exception>

namespace cnnwb::app {

DiagnosisService::DiagnosisService(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_shared<DiagnosisEngine>())
{
    // One thread: the engine and its network are used by one request at a time, in order.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("diagnosis"));
}

DiagnosisService::~DiagnosisService()
{
    m_cancel.store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void DiagnosisService::waitForIdle()
{
    m_pool.waitForDone();
}

void DiagnosisService::loadModel(const QString &runOrCheckpoint)
{
    QPointer<DiagnosisService> self(this);
    auto engine = m_engine;
    m_pool.start([self, engine, runOrCheckpoint] {
        try {
            const DiagnosisModelInfo info = engine->load(runOrCheckpoint);
            QMetaObject::invokeMethod(self, [self, info] { if (self) Q_EMIT self->modelLoaded(info); }, Qt::QueuedConnection);
        } catch (const std::exception &e) {
            const QString message = models::exceptionMessage(e);
            QMetaObject::invokeMethod(self, [self, message] { if (self) Q_EMIT self->failed(message); }, Qt::QueuedConnection);
        }
    });
}

void DiagnosisService::analyse(const QString &path)
{
    QPointer<DiagnosisService> self(this);
    auto engine = m_engine;
    m_pool.start([self, engine, path] {
        const DiagnosisResult result = engine->analyse(path);
        QMetaObject::invokeMethod(self, [self, result] { if (self) Q_EMIT self->analysed(result); }, Qt::QueuedConnection);
    });
}

void DiagnosisService::computeGradCam(const QString &layer)
{
    QPointer<DiagnosisService> self(this);
    auto engine = m_engine;
    m_pool.start([self, engine, layer] {
        const GradCamView view = engine->gradCam(layer);
        QMetaObject::invokeMethod(self, [self, view] { if (self) Q_EMIT self->gradCamReady(view); }, Qt::QueuedConnection);
    });
}

void DiagnosisService::measureFaithfulness(double fraction)
{
    QPointer<DiagnosisService> self(this);
    auto engine = m_engine;
    m_pool.start([self, engine, fraction] {
        const FaithfulnessView view = engine->faithfulness(fraction);
        QMetaObject::invokeMethod(self, [self, view] { if (self) Q_EMIT self->faithfulnessReady(view); }, Qt::QueuedConnection);
    });
}

void DiagnosisService::startBatch(const QStringList &inputs)
{
    m_cancel.store(false);
    m_batchRunning = true;
    QPointer<DiagnosisService> self(this);
    auto engine = m_engine;
    std::atomic<bool> *cancel = &m_cancel;
    m_pool.start([self, engine, inputs, cancel] {
        const QStringList files = collectImageFiles(inputs);
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto progress = [self, &sinceReport](int done, int total) {
            // At most one progress signal per 100 ms; the final count always goes out.
            if (done < total && sinceReport.elapsed() < 100)
                return;
            sinceReport.restart();
            QMetaObject::invokeMethod(self, [self, done, total] { if (self) Q_EMIT self->batchProgress(done, total); },
                                      Qt::QueuedConnection);
        };
        progress(0, int(files.size()));
        QVector<BatchRow> rows;
        try {
            rows = engine->runBatch(files, cancel, progress);
        } catch (const std::exception &e) {
            const QString message = models::exceptionMessage(e);
            QMetaObject::invokeMethod(self, [self, message] { if (self) Q_EMIT self->failed(message); }, Qt::QueuedConnection);
        }
        const bool cancelled = rows.size() < files.size();
        QMetaObject::invokeMethod(self, [self, rows, cancelled] {
            if (!self)
                return;
            self->m_batchRunning = false;
            Q_EMIT self->batchFinished(rows, cancelled);
        }, Qt::QueuedConnection);
    });
}

} // namespace cnnwb::app
