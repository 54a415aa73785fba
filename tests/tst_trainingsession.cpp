#include "app/trainingsession.h"
#include "models/runfolder.h"
#include "models/trainingconfig.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb;
using State = app::TrainingSession::State;
using Outcome = app::TrainingSession::Outcome;

namespace {

// A U-Net of a few thousand parameters on 64-pixel crops of the demo EM set: a step takes
// milliseconds, so whole runs fit in a unit test.
models::TrainingConfig tinyUnetRun(int epochs, int steps)
{
    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("unet"));
    models::TrainingConfig config;
    config.modelId = spec->id;
    config.options = spec->defaultOptions();
    config.options.set(spec->options, QStringLiteral("base_channels"), QStringLiteral("4"));
    config.options.set(spec->options, QStringLiteral("depth"), QStringLiteral("2"));
    config.datasetPath = QStringLiteral("demo");
    config.dataset.insert(QStringLiteral("crop"), 64);
    config.dataset.insert(QStringLiteral("val_slices"), QStringLiteral("30"));
    config.epochs = epochs;
    config.maxStepsPerEpoch = steps;
    config.batchSize = 2;
    config.workers = 1;
    config.applyTaskDefaults(true);
    return config;
}

QString statusState(const QString &runFolder)
{
    return models::RunFolder(runFolder)
        .readJson(QStringLiteral("status.json"))
        .value(QStringLiteral("state"))
        .toString();
}

} // namespace

class TestTrainingSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void runFinishesAndReportsEveryEpoch();
    void stopWritesCheckpoint();
    void resumeContinuesStoppedRun();
    void pauseHoldsSteps();
    void destroyMidRunStopsCleanly();
    void stopWhilePreparing();
    void missingDemoSetFails();
    void resumeWithoutCheckpointFails();

private:
    QTemporaryDir m_runs;
};

void TestTrainingSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_runs.isValid());
    qputenv("CNNWB_RUNS", m_runs.path().toLocal8Bit());
}

void TestTrainingSession::init()
{
    torch::manual_seed(1);
}

void TestTrainingSession::runFinishesAndReportsEveryEpoch()
{
    app::TrainingSession session;
    session.setNewRun(tinyUnetRun(2, 4), m_runs.path(), QStringLiteral("finishes"));
    QSignalSpy states(&session, &app::TrainingSession::stateChanged);
    QSignalSpy steps(&session, &app::TrainingSession::stepProgress);
    QSignalSpy epochs(&session, &app::TrainingSession::epochFinished);
    QSignalSpy setups(&session, &app::TrainingSession::setupFinished);
    QSignalSpy finished(&session, &app::TrainingSession::finished);
    QVERIFY(states.isValid());
    QVERIFY(steps.isValid());
    QVERIFY(epochs.isValid());
    QVERIFY(setups.isValid());
    QVERIFY(finished.isValid());

    session.start();
    QCOMPARE(session.state(), State::Preparing);
    QVERIFY(session.isActive());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);

    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Finished);
    QCOMPARE(session.state(), State::Finished);
    QVERIFY(!session.isActive());
    QCOMPARE(epochs.count(), 2);
    QCOMPARE(epochs.at(1).at(0).value<app::TrainingEpoch>().epoch, 1);
    QVERIFY(epochs.at(1).at(0).value<app::TrainingEpoch>().metrics.contains(
        QStringLiteral("val_pixel_error")));
    // Throttling may drop steps, but never the last one of an epoch.
    QVERIFY(steps.count() >= 2);
    QVERIFY(steps.count() <= 8);
    QCOMPARE(session.lastStep().globalStep, qint64(8));
    int points = 0;
    for (const QList<QVariant> &signal : std::as_const(steps))
        points += int(signal.at(0).value<app::TrainingStep>().points.size());
    QCOMPARE(points, 8);
    QCOMPARE(session.lastStep().points.constLast().epochPosition, 2.0);
    QCOMPARE(setups.count(), 1);
    const auto setup = setups.at(0).at(0).value<app::TrainingSetup>();
    QCOMPARE(setup.modelId, QStringLiteral("unet"));
    QCOMPARE(setup.majorityBaseline, -1.0);
    QCOMPARE(session.runFolder(), setup.runFolder);
    QCOMPARE(states.first().at(0).value<State>(), State::Preparing);
    QCOMPARE(states.at(1).at(0).value<State>(), State::Running);
    QCOMPARE(statusState(session.runFolder()), QStringLiteral("finished"));
}

void TestTrainingSession::stopWritesCheckpoint()
{
    app::TrainingSession session;
    session.setNewRun(tinyUnetRun(3, 50), m_runs.path(), QStringLiteral("stops"));
    QSignalSpy steps(&session, &app::TrainingSession::stepProgress);
    QSignalSpy finished(&session, &app::TrainingSession::finished);
    QVERIFY(steps.isValid());
    QVERIFY(finished.isValid());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 120000);
    session.stop();
    QCOMPARE(session.state(), State::Stopping);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Stopped);
    QCOMPARE(session.state(), State::Stopped);
    const models::RunFolder folder(session.runFolder());
    QVERIFY(QFileInfo::exists(folder.lastCheckpointPath()));
    QCOMPARE(statusState(folder.path()), QStringLiteral("stopped"));
}

void TestTrainingSession::resumeContinuesStoppedRun()
{
    QString path;
    {
        app::TrainingSession first;
        first.setNewRun(tinyUnetRun(2, 400), m_runs.path(), QStringLiteral("resumes"));
        QSignalSpy epochs(&first, &app::TrainingSession::epochFinished);
        QSignalSpy finished(&first, &app::TrainingSession::finished);
        QVERIFY(epochs.isValid());
        QVERIFY(finished.isValid());
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(!epochs.isEmpty(), 120000);
        first.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Stopped);
        path = first.runFolder();
    }
    QVERIFY(QFileInfo::exists(models::RunFolder(path).lastCheckpointPath()));

    app::TrainingSession second;
    second.setResume(path);
    QCOMPARE(second.modelId(), QStringLiteral("unet"));
    QSignalSpy setups(&second, &app::TrainingSession::setupFinished);
    QSignalSpy finished(&second, &app::TrainingSession::finished);
    QVERIFY(setups.isValid());
    QVERIFY(finished.isValid());
    second.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Finished);
    QVERIFY(setups.at(0).at(0).value<app::TrainingSetup>().resumed);
    QCOMPARE(models::RunFolder(path).readHistory().size(), 2);
    QVERIFY(models::RunFolder(path).readSteps().size() >= 800);
    QCOMPARE(statusState(path), QStringLiteral("finished"));
}

void TestTrainingSession::pauseHoldsSteps()
{
    app::TrainingSession session;
    session.setNewRun(tinyUnetRun(1, 400), m_runs.path(), QStringLiteral("pauses"));
    QSignalSpy steps(&session, &app::TrainingSession::stepProgress);
    QSignalSpy finished(&session, &app::TrainingSession::finished);
    QVERIFY(steps.isValid());
    QVERIFY(finished.isValid());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 120000);

    session.pause();
    QCOMPARE(session.state(), State::Paused);
    // Steps already under way may still arrive; after that the count stays the same.
    QTest::qWait(500);
    const qint64 pausedAt = session.lastStep().globalStep;
    QTest::qWait(500);
    QCOMPARE(session.lastStep().globalStep, pausedAt);

    session.resume();
    QCOMPARE(session.state(), State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(session.lastStep().globalStep > pausedAt, 60000);
    session.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Stopped);
}

void TestTrainingSession::destroyMidRunStopsCleanly()
{
    QString path;
    {
        app::TrainingSession session;
        session.setNewRun(tinyUnetRun(2, 400), m_runs.path(), QStringLiteral("destroyed"));
        QSignalSpy steps(&session, &app::TrainingSession::stepProgress);
        QVERIFY(steps.isValid());
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 120000);
        path = session.runFolder();
    }
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo::exists(models::RunFolder(path).lastCheckpointPath()));
    QCOMPARE(statusState(path), QStringLiteral("stopped"));
}

void TestTrainingSession::stopWhilePreparing()
{
    app::TrainingSession session;
    session.setNewRun(tinyUnetRun(1, 5), m_runs.path(), QStringLiteral("early-stop"));
    QSignalSpy finished(&session, &app::TrainingSession::finished);
    QVERIFY(finished.isValid());
    session.start();
    session.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Stopped);
    QVERIFY(QFileInfo::exists(models::RunFolder(session.runFolder()).lastCheckpointPath()));
}

void TestTrainingSession::missingDemoSetFails()
{
    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("pneumonia"));
    models::TrainingConfig config;
    config.modelId = spec->id;
    config.options = spec->defaultOptions();
    config.datasetPath = QStringLiteral("demo");
    config.applyTaskDefaults(false);

    app::TrainingSession session;
    session.setNewRun(config, m_runs.path(), QStringLiteral("fails"));
    QSignalSpy finished(&session, &app::TrainingSession::finished);
    QVERIFY(finished.isValid());
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Failed);
    QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("NORMAL")),
             qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(session.state(), State::Failed);
}

void TestTrainingSession::resumeWithoutCheckpointFails()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    app::TrainingSession session;
    session.setResume(empty.path());
    QSignalSpy finished(&session, &app::TrainingSession::finished);
    QVERIFY(finished.isValid());
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Failed);
    QVERIFY(finished.at(0).at(1).toString().contains(QLatin1String("config.json")));
}

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
