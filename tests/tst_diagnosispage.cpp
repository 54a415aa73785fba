// The diagnosis page end to end. A tiny pneumonia run is trained by the command line, which
// calibrates best.pt when it finishes. The cases cover one image with Grad-CAM and the
// faithfulness test, the out-of-distribution guard, batch mode with its figures and exports,
// and a checkpoint without calibration.

#include "app/diagnosisengine.h"
#include "app/diagnosisservice.h"
#include "models/calibration.h"
#include "models/checkpoint.h"
#include "models/runfolder.h"
#include "models/trainingconfig.h"
#include "models/zoo.h"
#include "ui/diagnosispage.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QMimeData>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>
#include <QtGui/QDropEvent>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSlider>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>

using namespace cnnwb;

namespace {

constexpr int kPerClass = 8;

/// Writes a synthetic chest-like grey picture: two lung fields, brighter (denser) for
/// PNEUMONIA, with noise drawn from SEED.
void writeXray(const QString &path, bool pneumonia, int seed)
{
    cv::Mat picture(300, 260, CV_8UC1, cv::Scalar(60));
    const cv::Scalar lung(pneumonia ? 170 : 30);
    cv::ellipse(picture, cv::Point(80, 150), cv::Size(45, 100), 0, 0, 360, lung, cv::FILLED);
    cv::ellipse(picture, cv::Point(180, 150), cv::Size(45, 100), 0, 0, 360, lung, cv::FILLED);
    cv::Mat noise(picture.size(), CV_8UC1);
    cv::RNG rng(static_cast<uint64_t>(seed));
    rng.fill(noise, cv::RNG::UNIFORM, 0, 40);
    picture += noise;
    if (!cv::imwrite(path.toStdString(), picture))
        qFatal("could not write %s", qPrintable(path));
}

void writeDataset(const QString &root)
{
    for (const QString &split : {QStringLiteral("train"), QStringLiteral("test")}) {
        for (const QString &name : {QStringLiteral("NORMAL"), QStringLiteral("PNEUMONIA")}) {
            QDir(root).mkpath(split + QLatin1Char('/') + name);
            for (int i = 0; i < kPerClass; ++i)
                writeXray(QStringLiteral("%1/%2/%3/%4.png").arg(root, split, name).arg(i),
                          name == QLatin1String("PNEUMONIA"), i + (split == QLatin1String("test") ? 100 : 0));
        }
    }
}

} // namespace

class TestDiagnosisPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainingCalibratesBestCheckpoint();
    void teachingNoteVisible();
    void singleImageShowsResult();
    void colourImageWithheld();
    void batchShowsFigures();
    void droppedFolderRunsBatch();
    void batchCancelStopsEarly();
    void uncalibratedCheckpointSaysSo();

private:
    bool loadInto(ui::DiagnosisPage &page, const QString &run);

    QTemporaryDir m_home;
    QString m_data;
    QString m_run;
};

void TestDiagnosisPage::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_data = m_home.filePath(QStringLiteral("xrays"));
    writeDataset(m_data);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CNNWB_EXECUTABLE),
                  {"train", "--model", "pneumonia", "--set", "separable_blocks=2", "--set", "dense_units=16", "--set",
                   "dropout=0.1", "--data", m_data, "--val-from-train", "0.5", "--batch", "4", "--epochs", "1",
                   "--max-steps", "2", "--runs", m_home.filePath(QStringLiteral("runs")), "--name", "tiny", "--threads", "2"});
    QVERIFY(process.waitForFinished(600000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    m_run = m_home.filePath(QStringLiteral("runs/tiny"));
}

bool TestDiagnosisPage::loadInto(ui::DiagnosisPage &page, const QString &run)
{
    QSignalSpy ready(&page, &ui::DiagnosisPage::modelReady);
    page.loadModel(run);
    return ready.wait(120000);
}

void TestDiagnosisPage::trainingCalibratesBestCheckpoint()
{
    const models::CheckpointMeta meta = models::readCheckpointMeta(m_run + QStringLiteral("/best.pt"));
    const models::Calibration calibration = models::Calibration::fromJson(meta.calibration);
    QVERIFY(calibration.isValid());
    QCOMPARE(calibration.thresholdMethod, QStringLiteral("youden"));
    QCOMPARE(calibration.validationSamples, qint64(kPerClass));
    QVERIFY(calibration.features.isValid());
    QVERIFY(!calibration.statistics.empty());
    QFile log(m_run + QStringLiteral("/training.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("Calibrated best.pt"));
}

void TestDiagnosisPage::teachingNoteVisible()
{
    ui::DiagnosisPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *note = page.findChild<QLabel *>(QStringLiteral("teachingNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("not a medical device")));
}

void TestDiagnosisPage::singleImageShowsResult()
{
    ui::DiagnosisPage page;
    page.show();
    QVERIFY(loadInto(page, m_run));
    const models::Calibration calibration = models::Calibration::fromJson(
        models::readCheckpointMeta(m_run + QStringLiteral("/best.pt")).calibration);
    QCOMPARE(page.threshold(), std::round(calibration.threshold * 1000) / 1000);

    QSignalSpy shown(&page, &ui::DiagnosisPage::resultShown);
    QSignalSpy cam(&page, &ui::DiagnosisPage::gradCamShown);
    const QString image = m_data + QStringLiteral("/test/PNEUMONIA/3.png");
    page.openPaths({image});
    QVERIFY(shown.wait(60000));
    QVERIFY2(page.result().error.isEmpty(), qPrintable(page.result().error));
    QCOMPARE(page.result().input.size(), cv::Size(224, 224));
    QCOMPARE(page.result().original.size(), cv::Size(260, 300));
    QVERIFY(page.result().steps.size() >= 5);
    QVERIFY(page.result().probability >= 0 && page.result().probability <= 1);
    QVERIFY2(!page.result().outOfDistribution, qPrintable(page.result().oodReasons.join(QLatin1String("; "))));
    QVERIFY2(page.resultText().contains(QLatin1String("P(PNEUMONIA)")), qPrintable(page.resultText()));
    QVERIFY(cam.wait(60000) || cam.size() == 1);

    // Moving the threshold across the probability flips the decision.
    page.setThreshold(0.0);
    QVERIFY(page.resultText().contains(QLatin1String(">PNEUMONIA<")));
    page.setThreshold(1.0);
    QVERIFY(page.result().probability >= 1.0 || page.resultText().contains(QLatin1String(">NORMAL<")));

    QSignalSpy faithfulness(&page, &ui::DiagnosisPage::faithfulnessShown);
    page.service()->measureFaithfulness(0.1);
    QVERIFY(faithfulness.wait(60000));
    QVERIFY2(page.faithfulnessText().contains(QLatin1String("random squares")), qPrintable(page.faithfulnessText()));
}

void TestDiagnosisPage::colourImageWithheld()
{
    ui::DiagnosisPage page;
    QVERIFY(loadInto(page, m_run));
    cv::Mat photo(240, 320, CV_8UC3, cv::Scalar(40, 160, 230));
    cv::circle(photo, cv::Point(160, 120), 60, cv::Scalar(200, 40, 40), cv::FILLED);
    const QString path = m_home.filePath(QStringLiteral("photo.png"));
    QVERIFY(cv::imwrite(path.toStdString(), photo));
    QSignalSpy shown(&page, &ui::DiagnosisPage::resultShown);
    page.openPaths({path});
    QVERIFY(shown.wait(60000));
    QVERIFY(page.result().outOfDistribution);
    QVERIFY2(page.resultText().contains(QLatin1String("No diagnosis shown")), qPrintable(page.resultText()));
    QVERIFY(!page.resultText().contains(QLatin1String("P(PNEUMONIA)")));
}

void TestDiagnosisPage::batchShowsFigures()
{
    ui::DiagnosisPage page;
    QVERIFY(loadInto(page, m_run));
    QSignalSpy finished(&page, &ui::DiagnosisPage::batchShown);
    page.openPaths({m_data + QStringLiteral("/test")});
    QVERIFY(finished.wait(120000));
    QCOMPARE(page.batchRows().size(), 2 * kPerClass);
    for (const app::BatchRow &row : page.batchRows()) {
        QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
        QCOMPARE(row.trueClass, row.path.contains(QLatin1String("PNEUMONIA")) ? 1 : 0);
    }

    auto *table = page.findChild<QTableView *>(QStringLiteral("batchTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2 * kPerClass);
    auto *confusion = page.findChild<QTableWidget *>(QStringLiteral("confusionMatrix"));
    QVERIFY(confusion);
    int total = 0;
    for (int t = 0; t < 2; ++t)
        for (int p = 0; p < 2; ++p)
            total += confusion->item(t, p)->text().toInt();
    QCOMPARE(total, 2 * kPerClass);
    auto *figures = page.findChild<QLabel *>(QStringLiteral("batchFigures"));
    QVERIFY(figures->text().contains(QLatin1String("sensitivity")));

    const QString csv = m_home.filePath(QStringLiteral("batch.csv"));
    QVERIFY(page.exportBatchCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 2 * kPerClass + 2); // header, rows, final empty line
    QVERIFY(lines.first().startsWith("file,true_class,probability_PNEUMONIA"));
    const QString base = m_home.filePath(QStringLiteral("charts"));
    QVERIFY(page.exportBatchCharts(base, QStringLiteral("png")));
    QVERIFY(page.exportBatchCharts(base, QStringLiteral("svg")));
    QVERIFY(QFileInfo(base + QStringLiteral("-roc.png")).size() > 0);
    QVERIFY(QFileInfo(base + QStringLiteral("-pr.svg")).size() > 0);
}

void TestDiagnosisPage::droppedFolderRunsBatch()
{
    ui::DiagnosisPage page;
    QVERIFY(loadInto(page, m_run));
    QSignalSpy finished(&page, &ui::DiagnosisPage::batchShown);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_data + QStringLiteral("/test/NORMAL"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(finished.wait(120000));
    QCOMPARE(page.batchRows().size(), kPerClass);
}

void TestDiagnosisPage::batchCancelStopsEarly()
{
    app::DiagnosisEngine engine;
    engine.load(m_run);
    const QStringList files = app::collectImageFiles({m_data + QStringLiteral("/test")});
    QCOMPARE(files.size(), 2 * kPerClass);
    std::atomic<bool> cancel{false};
    QVector<int> reported;
    const QVector<app::BatchRow> rows = engine.runBatch(files, &cancel, [&](int done, int total) {
        reported << done;
        QCOMPARE(total, 2 * kPerClass);
        cancel.store(true); // as the Cancel button does, after the first batch
    });
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() < files.size());
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.first(), int(rows.size()));
}

void TestDiagnosisPage::uncalibratedCheckpointSaysSo()
{
    // A copy of the run whose best.pt lacks the calibration, as checkpoints written before
    // calibration existed do.
    const QString copy = m_home.filePath(QStringLiteral("runs/old"));
    QVERIFY(QDir().mkpath(copy));
    QVERIFY(QFile::copy(m_run + QStringLiteral("/config.json"), copy + QStringLiteral("/config.json")));
    models::TrainingConfig config;
    QString error;
    QVERIFY2(models::TrainingConfig::fromJson(models::RunFolder(m_run).readJson(QStringLiteral("config.json")), config, &error),
             qPrintable(error));
    const models::ModelSpec *spec = models::Zoo::instance().find(config.modelId);
    QVERIFY(spec);
    models::NetworkPtr network = spec->factory(config.options, config.classNames.size());
    models::CheckpointMeta meta = models::loadCheckpoint(m_run + QStringLiteral("/best.pt"), *network, nullptr,
                                                         models::checkpointMetaFor(config), false);
    meta.calibration = QJsonObject();
    models::saveCheckpoint(copy + QStringLiteral("/best.pt"), *network, nullptr, meta);

    ui::DiagnosisPage page;
    QVERIFY(loadInto(page, copy));
    QCOMPARE(page.threshold(), 0.5);
    bool said = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        said = said || label->text().contains(QLatin1String("uncalibrated"));
    QVERIFY(said);
}

QTEST_MAIN(TestDiagnosisPage)
#include "tst_diagnosispage.moc"
