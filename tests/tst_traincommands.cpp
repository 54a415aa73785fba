#include "data/gb2312.h"
#include "data/gntwriter.h"
#include "data/tiffstack.h"
#include "models/checkpoint.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <algorithm>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <opencv2/imgproc.hpp>

#include <csignal>

// Drives the headless train, resume, evaluate, predict and runs commands end to end:
// short real runs on the public samples (realdata) and on the built-in demo sets.
class TestTrainCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unetOnIsbiLearnsAndPredicts();
    void pneumoniaOnXraysLearnsAndEvaluates();
    void hanziOnDemoSetLearns();
    void interruptedTrainingResumes();
    void fineTuningStartsFromACheckpoint();
    void runsListsTheRuns();
    void xrayDemoNamesThePublicDataset();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, int timeoutMs = 600000) const;
    QString sharedData(const QString &relative) const;
    static QVector<QJsonObject> epochEvents(const QString &jsonLines);

    QTemporaryDir m_home;
    QString m_runs;
    bool m_hanziTrained = false; ///< hanziOnDemoSetLearns wrote its run
};

void TestTrainCommands::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_runs = m_home.filePath(QStringLiteral("runs"));
}

TestTrainCommands::Result TestTrainCommands::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("CNNWB_RUNS"), m_runs);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CNNWB_EXECUTABLE), arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("cnn-workbench %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestTrainCommands::sharedData(const QString &relative) const
{
    return QStringLiteral(CNNWB_SHARED_DATA "/") + relative;
}

QVector<QJsonObject> TestTrainCommands::epochEvents(const QString &jsonLines)
{
    QVector<QJsonObject> epochs;
    for (const QString &line : jsonLines.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("epoch"))
            epochs.push_back(event);
    }
    return epochs;
}

void TestTrainCommands::unetOnIsbiLearnsAndPredicts()
{
    if (!QFileInfo::exists(sharedData(QStringLiteral("isbi2012/train-volume.tif"))))
        QSKIP("The ISBI 2012 sample stacks are not in " CNNWB_SHARED_DATA "/isbi2012");
    const Result trained = run({"train", "--model", "unet", "--set", "base_channels=4", "--set", "depth=2",
                                "--data", sharedData("isbi2012"), "--train-slices", "1-25", "--val-slices",
                                "26-30", "--crop", "64", "--batch", "4", "--epochs", "3", "--max-steps", "6",
                                "--lr", "0.01", "--name", "unet-isbi", "--json"});
    QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
    const QVector<QJsonObject> epochs = epochEvents(trained.out);
    QCOMPARE(epochs.size(), 3);
    QVERIFY2(epochs.last().value("train_loss").toDouble() < epochs.first().value("train_loss").toDouble(),
             qPrintable(trained.out));
    QVERIFY(epochs.last().contains(QStringLiteral("val_rand_error")));
    const QString folder = m_runs + QStringLiteral("/unet-isbi");
    for (const char *file : {"config.json", "history.csv", "steps.csv", "training.log", "last.pt", "best.pt", "status.json"})
        QVERIFY2(QFileInfo::exists(folder + QLatin1Char('/') + QLatin1String(file)), file);

    const QString masks = m_home.filePath(QStringLiteral("masks.tif"));
    const Result predicted = run({"predict", folder, sharedData("isbi2012/test-volume.tif"), "--tiff", masks});
    QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.err));
    const cnnwb::data::TiffStack stack(masks);
    QCOMPARE(stack.pageCount(), 30);
    QCOMPARE(stack.readPage(0).cols, 512);

    const Result evaluated = run({"evaluate", folder, "--slices", "26-30"});
    QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
    QVERIFY2(evaluated.out.contains(QStringLiteral("pixel_error")), qPrintable(evaluated.out));
    QVERIFY2(evaluated.out.contains(QStringLiteral("rand_error")), qPrintable(evaluated.out));
}

void TestTrainCommands::pneumoniaOnXraysLearnsAndEvaluates()
{
    if (!QFileInfo::exists(sharedData(QStringLiteral("chest_xray/train"))))
        QSKIP("The chest X-ray samples are not in " CNNWB_SHARED_DATA "/chest_xray");
    const Result trained = run({"train", "--model", "pneumonia", "--set", "separable_blocks=2", "--set",
                                "dense_units=32", "--set", "dropout=0.2", "--data", sharedData("chest_xray"),
                                "--batch", "8", "--epochs", "3", "--max-steps", "4", "--lr", "0.0005",
                                "--class-weighting", "weights", "--no-augment", "--name", "xray", "--json"});
    QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
    const QVector<QJsonObject> epochs = epochEvents(trained.out);
    QCOMPARE(epochs.size(), 3);
    // Twelve steps of the X-ray network move its loss only a little and not monotonically,
    // so the check is that a later epoch beats the first one.
    const double firstLoss = epochs.first().value("train_loss").toDouble();
    const double laterLoss = std::min(epochs[1].value("train_loss").toDouble(), epochs[2].value("train_loss").toDouble());
    QVERIFY2(laterLoss < firstLoss, qPrintable(trained.out));
    QVERIFY(epochs.last().contains(QStringLiteral("val_auc")));

    const QString folder = m_runs + QStringLiteral("/xray");
    const Result evaluated = run({"evaluate", folder, "--split", "test"});
    QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
    QVERIFY2(evaluated.out.contains(QStringLiteral("Samples: 104")), qPrintable(evaluated.out));
    const QJsonObject report = QJsonDocument::fromJson([&] {
        QFile file(folder + QStringLiteral("/evaluation-test.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }()).object();
    const QJsonArray confusion = report.value(QStringLiteral("confusion")).toArray();
    QCOMPARE(confusion.size(), 2);
    const double total = confusion[0].toArray()[0].toDouble() + confusion[0].toArray()[1].toDouble()
                         + confusion[1].toArray()[0].toDouble() + confusion[1].toArray()[1].toDouble();
    QCOMPARE(total, 104.0);

    const QString csv = m_home.filePath(QStringLiteral("xray.csv"));
    const Result predicted = run({"predict", folder, sharedData("chest_xray/val/NORMAL"), "--csv", csv});
    QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.err));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    QCOMPARE(table.readAll().count('\n'), 9); // header and the 8 NORMAL validation images
}

void TestTrainCommands::hanziOnDemoSetLearns()
{
    const Result trained = run({"train", "--model", "hanzi", "--set", "conv_channels=8,16", "--set",
                                "dense_units=64", "--data", "demo", "--demo-samples", "4", "--batch", "32",
                                "--epochs", "3", "--max-steps", "20", "--lr", "0.003", "--name", "hanzi-demo",
                                "--json"});
    if (trained.err.contains(QStringLiteral("No CJK font")))
        QSKIP("No CJK font is installed for the demo character set");
    QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
    const QVector<QJsonObject> epochs = epochEvents(trained.out);
    QCOMPARE(epochs.size(), 3);
    QVERIFY2(epochs.last().value("train_loss").toDouble() < epochs.first().value("train_loss").toDouble(),
             qPrintable(trained.out));
    QVERIFY(epochs.last().contains(QStringLiteral("val_top5")));
    m_hanziTrained = true;
}

void TestTrainCommands::interruptedTrainingResumes()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CNNWB_RUNS"), m_runs);
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CNNWB_EXECUTABLE),
                  {"train", "--model", "unet", "--set", "base_channels=4", "--set", "depth=2", "--data", "demo",
                   "--crop", "64", "--batch", "2", "--epochs", "3", "--max-steps", "400", "--name",
                   "interrupted", "--json"});
    QVERIFY(process.waitForStarted());
    // Wait for the first step, then press Ctrl-C.
    QByteArray output;
    while (!output.contains("\"event\":\"step\"") && process.waitForReadyRead(120000))
        output += process.readAllStandardOutput();
    QVERIFY2(output.contains("\"event\":\"step\""), output.constData());
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains(QStringLiteral("cnn-workbench resume")), qPrintable(err));

    const QString folder = m_runs + QStringLiteral("/interrupted");
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/last.pt")));
    const Result resumed = run({"resume", folder, "--json"});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QFile history(folder + QStringLiteral("/history.csv"));
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = history.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // header and epochs 1-3
    QVERIFY(lines[1].startsWith("1,"));
    QVERIFY(lines[3].startsWith("3,"));
}

void TestTrainCommands::fineTuningStartsFromACheckpoint()
{
    if (!m_hanziTrained)
        QSKIP("hanziOnDemoSetLearns did not run, so there is no character run to start from");
    const QString source = m_runs + QStringLiteral("/hanzi-demo");
    const QJsonObject sourceConfig = QJsonDocument::fromJson([&] {
        QFile file(source + QStringLiteral("/config.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }()).object();
    const QJsonArray classes = sourceConfig.value("model").toObject().value("classes").toArray();
    QVERIFY(classes.size() > 3);

    // A small personal set: three characters among the run's classes and one outside them.
    QString unknown;
    for (const QString &character : cnnwb::data::gb2312::level1Characters()) {
        if (!classes.contains(character)) {
            unknown = character;
            break;
        }
    }
    QVERIFY(!unknown.isEmpty());
    const QString personal = m_home.filePath(QStringLiteral("personal.gnt"));
    {
        QFile file(personal);
        QVERIFY(file.open(QIODevice::WriteOnly));
        cnnwb::data::GntWriter writer(&file);
        const QStringList characters = {classes[0].toString(), classes[1].toString(), classes[2].toString(), unknown};
        for (int i = 0; i < characters.size(); ++i) {
            cv::Mat bitmap(48, 40, CV_8UC1, cv::Scalar(255));
            cv::line(bitmap, {5, 5 + 8 * i}, {35, 40 - 6 * i}, cv::Scalar(0), 4);
            QVERIFY2(writer.write(characters[i], bitmap), qPrintable(writer.errorString()));
        }
    }

    // One step at a negligible rate: the tuned weights must be the source's (a fresh
    // network differs by about 0.1 per weight). The --set is ignored: the architecture
    // comes from the checkpoint.
    const QString sourceCheckpoint = source + QStringLiteral("/last.pt");
    const Result tuned = run({"train", "--model", "hanzi", "--set", "conv_channels=4,4", "--data", "demo",
                              "--demo-samples", "4", "--add-data", personal, "--init-from", sourceCheckpoint,
                              "--batch", "8", "--epochs", "1", "--max-steps", "1", "--lr", "1e-9",
                              "--name", "hanzi-tuned", "--json"});
    QVERIFY2(tuned.exitCode == 0, qPrintable(tuned.err));
    QVERIFY2((tuned.out + tuned.err).contains(QStringLiteral("Starting from the weights of")), qPrintable(tuned.out));
    QCOMPARE(epochEvents(tuned.out).size(), 1);
    const auto loadWeights = [](const QString &path) {
        const cnnwb::models::CheckpointMeta meta = cnnwb::models::readCheckpointMeta(path);
        const cnnwb::models::ModelSpec *spec = cnnwb::models::Zoo::instance().find(meta.modelId);
        cnnwb::models::OptionValues options;
        if (!cnnwb::models::checkpointOptions(meta, *spec, options).isEmpty())
            return cnnwb::models::NetworkPtr();
        cnnwb::models::NetworkPtr network = spec->factory(options, meta.classNames.size());
        cnnwb::models::loadCheckpoint(path, *network, nullptr, meta, false);
        return network;
    };
    const cnnwb::models::NetworkPtr before = loadWeights(sourceCheckpoint);
    const cnnwb::models::NetworkPtr after = loadWeights(m_runs + QStringLiteral("/hanzi-tuned/last.pt"));
    QVERIFY(before);
    QVERIFY(after);
    const auto beforeParameters = before->parameters();
    const auto afterParameters = after->parameters();
    QCOMPARE(afterParameters.size(), beforeParameters.size());
    for (std::size_t i = 0; i < beforeParameters.size(); ++i) {
        const double difference = (afterParameters[i] - beforeParameters[i]).abs().max().item<double>();
        QVERIFY2(difference < 1e-6, qPrintable(QString::number(difference)));
    }

    const QJsonObject config = QJsonDocument::fromJson([&] {
        QFile file(m_runs + QStringLiteral("/hanzi-tuned/config.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }()).object();
    QVERIFY(config.value("training").toObject().value("init_from").toString().endsWith(QLatin1String("last.pt")));
    QCOMPARE(config.value("model").toObject().value("options"), sourceConfig.value("model").toObject().value("options"));
    const QJsonObject dataset = config.value("dataset").toObject();
    QCOMPARE(dataset.value("extra_samples").toInt(), 3);
    QCOMPARE(dataset.value("extra_outside_classes").toInt(), 1);

    // A checkpoint of another model is refused with both named.
    const Result wrong = run({"train", "--model", "hanzi", "--data", "demo", "--demo-samples", "4",
                              "--init-from", m_runs + QStringLiteral("/interrupted"), "--epochs", "1",
                              "--max-steps", "1", "--name", "hanzi-wrong"});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("unet")) && wrong.err.contains(QStringLiteral("hanzi")),
             qPrintable(wrong.err));
}

void TestTrainCommands::runsListsTheRuns()
{
    const Result listed = run({"runs"});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("interrupted")), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(QStringLiteral("finished")), qPrintable(listed.out));
}

void TestTrainCommands::xrayDemoNamesThePublicDataset()
{
    const Result result = run({"train", "--model", "pneumonia", "--data", "demo"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Chest X-Ray Images (Pneumonia)")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("NORMAL/ and PNEUMONIA/")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestTrainCommands)
#include "tst_traincommands.moc"
