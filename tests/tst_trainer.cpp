#include "data/samplesource.h"
#include "models/checkpoint.h"
#include "models/lrschedule.h"
#include "models/trainer.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <opencv2/core.hpp>

using namespace cnnwb;

namespace {

// Two classes of 64×64 images: class 1 has a bright square, class 0 does not.
class SquaresSource final : public data::SampleSource
{
public:
    explicit SquaresSource(int count)
        : m_count(count)
    {
    }
    qsizetype size() const override { return m_count; }
    int label(qsizetype index) const override { return int(index % 2); }
    data::Sample load(qsizetype index, std::mt19937 *rng) const override
    {
        cv::Mat image(64, 64, CV_32FC1);
        cv::RNG noise(std::uint64_t(index) + 1); // the same pixels on every load
        noise.fill(image, cv::RNG::UNIFORM, 0.0, 0.3);
        if (index % 2 == 1)
            image(cv::Rect(16 + 4 * int(index % 5), 16, 20, 20)).setTo(0.9);
        if (rng)
            image += float(std::uniform_real_distribution<double>(-0.05, 0.05)(*rng));
        data::Sample sample;
        sample.image = image;
        sample.label = label(index);
        return sample;
    }
    QStringList classNames() const override { return {QStringLiteral("plain"), QStringLiteral("square")}; }
    QString describe(qsizetype index) const override { return QStringLiteral("square %1").arg(index); }

private:
    int m_count;
};

// Stops its trainer once the run reaches STOP_AT_STEP.
class StopAtStep final : public models::TrainingObserver
{
public:
    StopAtStep(models::Trainer *trainer, qint64 stopAtStep)
        : m_trainer(trainer)
        , m_stopAtStep(stopAtStep)
    {
    }
    void stepFinished(const models::StepReport &report) override
    {
        ++steps;
        if (report.globalStep == m_stopAtStep)
            m_trainer->requestStop();
    }
    int steps = 0;

private:
    models::Trainer *m_trainer;
    qint64 m_stopAtStep;
};

models::TrainingConfig smallConfig()
{
    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("hanzi"));
    models::TrainingConfig config;
    config.modelId = spec->id;
    config.options = spec->defaultOptions();
    config.options.set(spec->options, QStringLiteral("conv_channels"), QStringLiteral("4,8"));
    config.options.set(spec->options, QStringLiteral("dense_units"), QStringLiteral("16"));
    config.options.set(spec->options, QStringLiteral("dropout"), QStringLiteral("0.3"));
    config.classNames = {QStringLiteral("plain"), QStringLiteral("square")};
    config.epochs = 3;
    config.batchSize = 8;
    config.learningRate = 0.01;
    config.workers = 2;
    config.seed = 11;
    config.applyTaskDefaults(false);
    return config;
}

models::NetworkPtr buildNetwork(const models::TrainingConfig &config)
{
    const models::ModelSpec *spec = models::Zoo::instance().find(config.modelId);
    return spec->factory(config.options, config.classNames.size());
}

QVector<double> losses(const models::RunFolder &folder)
{
    QVector<double> values;
    for (const models::HistoryRow &row : folder.readSteps())
        values << row.value(QStringLiteral("loss"));
    return values;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lossFallsAndFilesAppear();
    void sameSeedSameLossCurve();
    void interruptedRunResumesContinuously();
    void checkpointOfOtherArchitectureIsRejected();
    void earlyStoppingEndsRun();
    void tiedMetricLowerLossWinsBest();
    void schedules_data();
    void schedules();
    void plateauReducesAfterPatience();

private:
    std::shared_ptr<const data::SampleSource> m_train = std::make_shared<SquaresSource>(64);
    std::shared_ptr<const data::SampleSource> m_validation = std::make_shared<SquaresSource>(16);
};

void TestTrainer::init()
{
    torch::manual_seed(1);
}

void TestTrainer::lossFallsAndFilesAppear()
{
    QTemporaryDir dir;
    const models::RunFolder folder = models::RunFolder::create(dir.path(), QStringLiteral("run"));
    models::TrainingConfig config = smallConfig();
    config.epochs = 4;
    models::Trainer trainer(config, models::TaskKind::MultiClassClassification, buildNetwork(config),
                            m_train, m_validation, folder);
    const models::TrainingResult result = trainer.run(false);
    QVERIFY2(result.outcome == models::TrainingOutcome::Finished, qPrintable(result.message));
    QCOMPARE(result.epochsDone, 4);
    const QVector<models::HistoryRow> history = folder.readHistory();
    QCOMPARE(history.size(), 4);
    QVERIFY(history.last().value(QStringLiteral("train_loss")) < history.first().value(QStringLiteral("train_loss")));
    QVERIFY(history.last().value(QStringLiteral("val_accuracy")) >= 0.9);
    QVERIFY(QFileInfo::exists(folder.lastCheckpointPath()));
    QVERIFY(QFileInfo::exists(folder.bestCheckpointPath()));
    QVERIFY(QFileInfo::exists(folder.logPath()));
    QCOMPARE(folder.readJson(QStringLiteral("status.json")).value(QStringLiteral("state")).toString(),
             QStringLiteral("finished"));
    QCOMPARE(losses(folder).size(), 4 * 8);
}

void TestTrainer::sameSeedSameLossCurve()
{
    QTemporaryDir dir;
    QVector<double> curves[2];
    for (int run = 0; run < 2; ++run) {
        const models::RunFolder folder = models::RunFolder::create(dir.path(), QStringLiteral("run"));
        const models::TrainingConfig config = smallConfig();
        models::Trainer trainer(config, models::TaskKind::MultiClassClassification, buildNetwork(config),
                                m_train, m_validation, folder);
        QVERIFY(trainer.run(false).outcome == models::TrainingOutcome::Finished);
        curves[run] = losses(folder);
    }
    QCOMPARE(curves[0].size(), curves[1].size());
    // Same seed: same initial weights, batch order, augmentation and dropout masks.
    for (int i = 0; i < curves[0].size(); ++i)
        QVERIFY2(std::abs(curves[0][i] - curves[1][i]) < 1e-4, qPrintable(QString::number(i)));
}

void TestTrainer::interruptedRunResumesContinuously()
{
    QTemporaryDir dir;
    const models::TrainingConfig config = smallConfig();

    const models::RunFolder reference = models::RunFolder::create(dir.path(), QStringLiteral("reference"));
    {
        models::Trainer trainer(config, models::TaskKind::MultiClassClassification, buildNetwork(config),
                                m_train, m_validation, reference);
        QVERIFY(trainer.run(false).outcome == models::TrainingOutcome::Finished);
    }

    const models::RunFolder folder = models::RunFolder::create(dir.path(), QStringLiteral("interrupted"));
    {
        models::Trainer trainer(config, models::TaskKind::MultiClassClassification, buildNetwork(config),
                                m_train, m_validation, folder);
        StopAtStep stopper(&trainer, 11); // mid-way through the second epoch (8 steps each)
        trainer.setObserver(&stopper);
        const models::TrainingResult result = trainer.run(false);
        QVERIFY(result.outcome == models::TrainingOutcome::Stopped);
        QCOMPARE(result.epochsDone, 1);
        QCOMPARE(stopper.steps, 11);
    }
    const models::CheckpointMeta stopped = models::readCheckpointMeta(folder.lastCheckpointPath());
    QCOMPARE(stopped.epochsDone, 1);
    QCOMPARE(stopped.stepInEpoch, 3);
    QCOMPARE(stopped.globalStep, qint64(11));
    QCOMPARE(folder.readJson(QStringLiteral("status.json")).value(QStringLiteral("state")).toString(),
             QStringLiteral("stopped"));

    {
        models::Trainer trainer(config, models::TaskKind::MultiClassClassification, buildNetwork(config),
                                m_train, m_validation, folder);
        const models::TrainingResult result = trainer.run(true);
        QVERIFY2(result.outcome == models::TrainingOutcome::Finished, qPrintable(result.message));
        QCOMPARE(result.epochsDone, 3);
    }

    const QVector<models::HistoryRow> history = folder.readHistory();
    QCOMPARE(history.size(), 3);
    for (int i = 0; i < history.size(); ++i)
        QCOMPARE(history[i].value(QStringLiteral("epoch")), double(i + 1));
    const QVector<models::HistoryRow> steps = folder.readSteps();
    QCOMPARE(steps.size(), 24);
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(steps[i].value(QStringLiteral("step")), double(i + 1));

    // The resumed run continues exactly where it stopped: same losses as without a stop.
    const QVector<double> expected = losses(reference);
    const QVector<double> actual = losses(folder);
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-4,
                 qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i + 1).arg(actual[i]).arg(expected[i])));
}

void TestTrainer::checkpointOfOtherArchitectureIsRejected()
{
    QTemporaryDir dir;
    const models::RunFolder folder = models::RunFolder::create(dir.path(), QStringLiteral("run"));
    models::TrainingConfig config = smallConfig();
    config.epochs = 1;
    models::Trainer trainer(config, models::TaskKind::MultiClassClassification, buildNetwork(config),
                            m_train, m_validation, folder);
    QVERIFY(trainer.run(false).outcome == models::TrainingOutcome::Finished);

    models::TrainingConfig other = config;
    other.classNames << QStringLiteral("third");
    models::CheckpointMeta expected;
    expected.modelId = other.modelId;
    for (auto it = other.options.values().cbegin(); it != other.options.values().cend(); ++it)
        expected.options.insert(it.key(), it.value());
    expected.classNames = other.classNames;
    models::NetworkPtr network = buildNetwork(other);
    try {
        models::loadCheckpoint(folder.lastCheckpointPath(), *network, nullptr, expected, false);
        QFAIL("a 2-class checkpoint loaded into a 3-class network");
    } catch (const std::runtime_error &e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QStringLiteral("2 classes")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("3 classes")), qPrintable(message));
    }
}

void TestTrainer::earlyStoppingEndsRun()
{
    QTemporaryDir dir;
    const models::RunFolder folder = models::RunFolder::create(dir.path(), QStringLiteral("run"));
    models::TrainingConfig config = smallConfig();
    config.epochs = 10;
    config.learningRate = 1e-9; // nothing improves after the first epoch
    config.monitor = QStringLiteral("val_accuracy");
    config.earlyStopPatience = 2;
    models::Trainer trainer(config, models::TaskKind::MultiClassClassification, buildNetwork(config),
                            m_train, m_validation, folder);
    const models::TrainingResult result = trainer.run(false);
    QVERIFY(result.outcome == models::TrainingOutcome::EarlyStopped);
    QCOMPARE(result.epochsDone, 3);
}

void TestTrainer::tiedMetricLowerLossWinsBest()
{
    QTemporaryDir dir;
    const models::RunFolder folder = models::RunFolder::create(dir.path(), QStringLiteral("run"));
    models::TrainingConfig config = smallConfig();
    config.epochs = 4;
    config.learningRate = 1e-9; // the accuracy stays put while the loss still moves a little
    config.monitor = QStringLiteral("val_accuracy");
    models::Trainer trainer(config, models::TaskKind::MultiClassClassification, buildNetwork(config),
                            m_train, m_validation, folder);
    QVERIFY(trainer.run(false).outcome == models::TrainingOutcome::Finished);

    // Expected: the epoch with the best accuracy and, among ties, the lowest loss.
    const QVector<models::HistoryRow> history = folder.readHistory();
    QCOMPARE(history.size(), 4);
    int expected = 0;
    for (int i = 1; i < history.size(); ++i) {
        const double accuracy = history[i].value(QStringLiteral("val_accuracy"));
        const double bestAccuracy = history[expected].value(QStringLiteral("val_accuracy"));
        if (accuracy > bestAccuracy
            || (accuracy == bestAccuracy
                && history[i].value(QStringLiteral("val_loss")) < history[expected].value(QStringLiteral("val_loss"))))
            expected = i;
    }
    QVERIFY2(expected > 0, "the validation loss did not move; the case tests nothing");
    const models::CheckpointMeta best = models::readCheckpointMeta(folder.bestCheckpointPath());
    QCOMPARE(best.epochsDone, expected + 1);
}

void TestTrainer::schedules_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("warmup");
    QTest::addColumn<int>("epoch");
    QTest::addColumn<int>("step");
    QTest::addColumn<double>("expected");
    // Base rate 0.1, 10 epochs of 4 steps, gamma 0.5, step every 3 epochs.
    QTest::newRow("none") << "none" << 0 << 7 << 0 << 0.1;
    QTest::newRow("step before decay") << "step" << 0 << 2 << 3 << 0.1;
    QTest::newRow("step after two decays") << "step" << 0 << 6 << 0 << 0.025;
    QTest::newRow("exponential") << "exponential" << 0 << 3 << 0 << 0.0125;
    QTest::newRow("cosine start") << "cosine" << 0 << 0 << 0 << 0.1;
    QTest::newRow("cosine half") << "cosine" << 0 << 5 << 0 << 0.05;
    QTest::newRow("warm-up first step") << "none" << 2 << 0 << 0 << 0.1 / 8;
    QTest::newRow("warm-up last step") << "none" << 2 << 1 << 3 << 0.1;
    QTest::newRow("step counts after warm-up") << "step" << 2 << 4 << 0 << 0.1;
}

void TestTrainer::schedules()
{
    QFETCH(QString, kind);
    QFETCH(int, warmup);
    QFETCH(int, epoch);
    QFETCH(int, step);
    QFETCH(double, expected);
    models::TrainingConfig config;
    config.learningRate = 0.1;
    config.epochs = 10;
    config.gamma = 0.5;
    config.stepEpochs = 3;
    config.schedule = kind;
    config.warmupEpochs = warmup;
    const models::LearningRateSchedule schedule(config);
    QVERIFY(std::abs(schedule.rateAt(epoch, step, 4) - expected) < 1e-12);
}

void TestTrainer::plateauReducesAfterPatience()
{
    models::TrainingConfig config;
    config.learningRate = 0.1;
    config.schedule = QStringLiteral("plateau");
    config.plateauPatience = 1;
    config.plateauFactor = 0.5;
    config.monitor = QStringLiteral("val_loss");
    models::LearningRateSchedule schedule(config);
    QVERIFY(!schedule.epochEnded(1.0));
    QVERIFY(!schedule.epochEnded(0.9));
    QVERIFY(!schedule.epochEnded(0.95));
    QVERIFY(schedule.epochEnded(0.95));
    QCOMPARE(schedule.rateAt(5, 0, 4), 0.05);

    models::LearningRateSchedule restored(config);
    restored.restoreState(schedule.state());
    QCOMPARE(restored.rateAt(5, 0, 4), 0.05);
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
