#include "app/trainingsession.h"
#include "models/runfolder.h"
#include "models/trainingconfig.h"
#include "ui/datasetchart.h"
#include "ui/datasetpanel.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/optionform.h"
#include "ui/recipeform.h"
#include "ui/runsmodel.h"
#include "ui/runspanel.h"
#include "ui/trainingchart.h"
#include "ui/trainingpage.h"
#include "ui/zoopanel.h"

#include <torch/torch.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStatusBar>

using namespace cnnwb;
using State = app::TrainingSession::State;
using Outcome = app::TrainingSession::Outcome;

namespace {

void setOption(ui::TrainingPage *page, const QString &key, const QString &value)
{
    QLineEdit *field = page->optionForm()->field(key);
    QVERIFY2(field, qPrintable(key));
    field->setText(value);
    Q_EMIT field->editingFinished();
}

// Fills the training page with a U-Net of a few thousand parameters on 64-pixel crops of
// the demo EM set, as a user would: zoo, option fields, demo button, recipe fields.
void prepareTinyRun(ui::MainWindow &window, int epochs, int steps)
{
    window.zooPanel()->selectModel(QStringLiteral("unet"));
    ui::TrainingPage *page = window.trainingPage();
    QTRY_COMPARE(page->modelId(), QStringLiteral("unet"));
    setOption(page, QStringLiteral("base_channels"), QStringLiteral("4"));
    setOption(page, QStringLiteral("depth"), QStringLiteral("2"));
    page->datasetPanel()->cropBox()->setValue(64);
    page->datasetPanel()->validationSlicesField()->setText(QStringLiteral("30"));
    page->recipeForm()->epochsBox()->setValue(epochs);
    page->recipeForm()->stepsBox()->setValue(steps);
    page->recipeForm()->batchBox()->setValue(2);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("demoData")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->datasetPanel()->isChecking(), 60000);
    QCOMPARE(page->datasetPanel()->report().error, QString());
}

QString statusState(const QString &runFolder)
{
    return models::RunFolder(runFolder)
        .readJson(QStringLiteral("status.json"))
        .value(QStringLiteral("state"))
        .toString();
}

// Records the largest gap between ticks of a 10 ms timer, the GUI thread's event-loop delay.
class EventLoopProbe final : public QObject
{
public:
    EventLoopProbe()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_clock.isValid())
                m_maxGap = std::max(m_maxGap, m_clock.restart());
            else
                m_clock.start();
            ++m_ticks;
        });
        m_timer.start();
    }
    qint64 maxGap() const { return m_maxGap; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};

} // namespace

class TestTrainingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startWithoutDatasetShowsBanner();
    void demoDatasetCheckShowsCounts();
    void xrayCheckOffersResplit();
    void startPauseResumeStop();
    void closingMidTrainingWritesCheckpoint();
    void failedRunShowsReason();
    void droppedFolderBecomesDataset();
    void openedRunShowsCurves();
    void fineTuningStartsFromTheRunsWeights();

private:
    QTemporaryDir m_runs;
};

void TestTrainingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CNN Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_trainingpage"));
    QVERIFY(m_runs.isValid());
    qputenv("CNNWB_RUNS", m_runs.path().toLocal8Bit());
    QSettings().clear();
}

void TestTrainingPage::init()
{
    torch::manual_seed(1);
}

void TestTrainingPage::startWithoutDatasetShowsBanner()
{
    ui::MainWindow window(nullptr);
    window.show();
    window.zooPanel()->selectModel(QStringLiteral("hanzi"));
    ui::TrainingPage *page = window.trainingPage();
    QTRY_COMPARE(page->modelId(), QStringLiteral("hanzi"));
    page->datasetPanel()->pathBox()->setCurrentText(QString());
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(!page->isTraining());
    QVERIFY(!page->banner()->isHidden());
    QCOMPARE(page->banner()->kind(), ui::MessageBanner::Kind::Error);
    QVERIFY2(page->banner()->text().contains(QLatin1String("dataset")),
             qPrintable(page->banner()->text()));
}

void TestTrainingPage::demoDatasetCheckShowsCounts()
{
    ui::MainWindow window(nullptr);
    window.show();
    prepareTinyRun(window, 1, 1);
    const app::DatasetReport &report = window.trainingPage()->datasetPanel()->report();
    QCOMPARE(report.format, QStringLiteral("demo"));
    QVERIFY(report.segmentation);
    QCOMPARE(report.splitNames,
             QStringList({QStringLiteral("train"), QStringLiteral("validation")}));
    QVERIFY(report.trainSamples > 0);
    QVERIFY(report.validationSamples > 0);
    auto *summary = window.trainingPage()->findChild<QLabel *>(QStringLiteral("datasetSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QString::number(report.trainSamples)),
             qPrintable(summary->text()));
}

void TestTrainingPage::xrayCheckOffersResplit()
{
    const QString xray = QStringLiteral(CNNWB_SHARED_DATA "/chest_xray");
    if (!QDir(xray).exists())
        QSKIP("the public X-ray sample folder is not present next to the project");
    ui::MainWindow window(nullptr);
    window.show();
    window.zooPanel()->selectModel(QStringLiteral("pneumonia"));
    ui::TrainingPage *page = window.trainingPage();
    QTRY_COMPARE(page->modelId(), QStringLiteral("pneumonia"));
    page->datasetPanel()->setPath(xray);
    QTRY_VERIFY_WITH_TIMEOUT(!page->datasetPanel()->isChecking(), 120000);
    QCOMPARE(page->datasetPanel()->report().error, QString());
    QCOMPARE(page->datasetPanel()->chart()->seriesCount(), 2);
    auto *warnings = page->findChild<QLabel *>(QStringLiteral("datasetWarnings"));
    QVERIFY(warnings);
    QVERIFY(!warnings->isHidden());
    QVERIFY(warnings->text().contains(QLatin1String("16")));
    auto *summary = page->findChild<QLabel *>(QStringLiteral("datasetSummary"));
    QVERIFY(summary->text().contains(QLatin1String("50.0%")));

    page->datasetPanel()->resplitBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!page->datasetPanel()->isChecking() &&
                                 page->datasetPanel()->report().validationSamples > 16,
                             120000);
    models::TrainingConfig config;
    QCOMPARE(page->buildConfig(config), QString());
    QCOMPARE(config.valFromTrain, 0.1);
    QCOMPARE(QSettings().value(QStringLiteral("datasets/recent")).toStringList().value(0), xray);
}

void TestTrainingPage::startPauseResumeStop()
{
    ui::MainWindow window(nullptr);
    window.show();
    prepareTinyRun(window, 2, 300);
    ui::TrainingPage *page = window.trainingPage();
    EventLoopProbe probe;

    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    app::TrainingSession *session = page->session();
    QVERIFY(session);
    QSignalSpy steps(session, &app::TrainingSession::stepProgress);
    QSignalSpy states(session, &app::TrainingSession::stateChanged);
    QSignalSpy finished(session, &app::TrainingSession::finished);
    QVERIFY(steps.isValid());
    QVERIFY(states.isValid());
    QVERIFY(finished.isValid());
    QVERIFY(page->isTraining());
    QVERIFY(!page->startButton()->isEnabled());
    QVERIFY(page->stopButton()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 120000);
    QTRY_VERIFY(page->chart()->stepCount() > 0);
    QVERIFY(page->progressBar()->value() > 0);
    auto *jobLabel = window.statusBar()->findChild<QLabel *>(QStringLiteral("jobLabel"));
    QVERIFY(jobLabel);
    const QRegularExpression job(QStringLiteral("^Training unet: epoch [12]/2$"));
    QTRY_VERIFY2(job.match(page->jobText()).hasMatch(), qPrintable(page->jobText()));
    QCOMPARE(jobLabel->text(), page->jobText());

    QTest::mouseClick(page->pauseButton(), Qt::LeftButton);
    QCOMPARE(session->state(), State::Paused);
    QVERIFY(page->resumeButton()->isEnabled());
    QVERIFY(!page->pauseButton()->isEnabled());
    QTest::qWait(500);
    const qint64 pausedAt = session->lastStep().globalStep;
    QTest::qWait(500);
    QCOMPARE(session->lastStep().globalStep, pausedAt);

    QTest::mouseClick(page->resumeButton(), Qt::LeftButton);
    QCOMPARE(session->state(), State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(session->lastStep().globalStep > pausedAt, 60000);

    QTest::mouseClick(page->stopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Stopped);
    QVERIFY(!page->isTraining());
    QVERIFY(page->startButton()->isEnabled());
    QVERIFY(page->resumeButton()->isEnabled());
    QCOMPARE(page->banner()->kind(), ui::MessageBanner::Kind::Information);
    QVERIFY(page->banner()->text().contains(QLatin1String("last.pt")));

    const models::RunFolder folder(page->runFolder());
    QVERIFY(QFileInfo::exists(folder.configPath()));
    QVERIFY(QFileInfo::exists(folder.stepsPath()));
    QVERIFY(QFileInfo::exists(folder.lastCheckpointPath()));
    QVERIFY(QFileInfo::exists(folder.historyPath()) || folder.readHistory().isEmpty());
    QVERIFY(!folder.readSteps().isEmpty());
    QCOMPARE(statusState(folder.path()), QStringLiteral("stopped"));
    // Throttled signals still carry every step, so the live curve matches steps.csv.
    QCOMPARE(page->chart()->stepCount(), int(folder.readSteps().size()));
    QVERIFY(folder.readJson(QStringLiteral("config.json")).contains(QStringLiteral("versions")));
    QVERIFY(window.runsPanel()->model()->rowOf(folder.path()) >= 0);

    // The probe only has to have run; the figure itself belongs to bench/guiresponsiveness.
    qInfo("largest event-loop delay during training: %lld ms over %d ticks", probe.maxGap(),
          probe.ticks());
    QVERIFY(probe.ticks() > 0);

    // Resume continues the stopped run in the same folder up to its last epoch.
    QTest::mouseClick(page->resumeButton(), Qt::LeftButton);
    app::TrainingSession *resumed = page->session();
    QVERIFY(resumed != session);
    QSignalSpy resumedFinished(resumed, &app::TrainingSession::finished);
    QVERIFY(resumedFinished.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(resumedFinished.count(), 1, 180000);
    QCOMPARE(resumedFinished.at(0).at(0).value<Outcome>(), Outcome::Finished);
    QCOMPARE(page->runFolder(), folder.path());
    QCOMPARE(folder.readHistory().size(), 2);
    QCOMPARE(statusState(folder.path()), QStringLiteral("finished"));
    QVERIFY(!page->resumeButton()->isEnabled());
}

void TestTrainingPage::closingMidTrainingWritesCheckpoint()
{
    QString path;
    {
        ui::MainWindow window(nullptr);
        window.show();
        prepareTinyRun(window, 2, 400);
        ui::TrainingPage *page = window.trainingPage();
        QTest::mouseClick(page->startButton(), Qt::LeftButton);
        QVERIFY(page->session());
        QSignalSpy steps(page->session(), &app::TrainingSession::stepProgress);
        QVERIFY(steps.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 120000);
        path = page->runFolder();
        QVERIFY(window.close());
        QCOMPARE(page->session()->state(), State::Stopped);
        QVERIFY(page->jobText().contains(QLatin1String("stopped")));
    }
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo::exists(models::RunFolder(path).lastCheckpointPath()));
    QCOMPARE(statusState(path), QStringLiteral("stopped"));
}

void TestTrainingPage::failedRunShowsReason()
{
    ui::MainWindow window(nullptr);
    window.show();
    window.zooPanel()->selectModel(QStringLiteral("pneumonia"));
    ui::TrainingPage *page = window.trainingPage();
    QTRY_COMPARE(page->modelId(), QStringLiteral("pneumonia"));
    page->datasetPanel()->pathBox()->setCurrentText(QStringLiteral("demo"));
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(page->session());
    QSignalSpy finished(page->session(), &app::TrainingSession::finished);
    QVERIFY(finished.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Failed);
    QCOMPARE(page->banner()->kind(), ui::MessageBanner::Kind::Error);
    QVERIFY2(page->banner()->text().contains(QLatin1String("PNEUMONIA")),
             qPrintable(page->banner()->text()));
    QVERIFY(page->jobText().contains(QLatin1String("failed")));
}

void TestTrainingPage::droppedFolderBecomesDataset()
{
    QTemporaryDir dataset;
    QVERIFY(dataset.isValid());
    ui::MainWindow window(nullptr);
    window.show();
    window.zooPanel()->selectModel(QStringLiteral("hanzi"));
    ui::TrainingPage *page = window.trainingPage();
    QTRY_COMPARE(page->modelId(), QStringLiteral("hanzi"));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataset.path())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    QCOMPARE(QDir::fromNativeSeparators(page->datasetPanel()->path()), dataset.path());
    // An empty folder is no dataset, and the check reports that where the user looks.
    QTRY_VERIFY_WITH_TIMEOUT(!page->datasetPanel()->isChecking(), 60000);
    QVERIFY(!page->datasetPanel()->report().error.isEmpty());
    QCOMPARE(page->banner()->kind(), ui::MessageBanner::Kind::Warning);
}

void TestTrainingPage::openedRunShowsCurves()
{
    ui::MainWindow window(nullptr);
    window.show();
    prepareTinyRun(window, 1, 3);
    ui::TrainingPage *page = window.trainingPage();
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QSignalSpy finished(page->session(), &app::TrainingSession::finished);
    QVERIFY(finished.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Finished);
    const QString path = page->runFolder();

    ui::MainWindow other(nullptr);
    other.show();
    QVERIFY(other.openRunFolder(path));
    ui::TrainingPage *shown = other.trainingPage();
    QCOMPARE(shown->modelId(), QStringLiteral("unet"));
    QCOMPARE(shown->chart()->history().size(), 1);
    QCOMPARE(shown->chart()->stepCount(), 3);
    QCOMPARE(shown->optionForm()->field(QStringLiteral("base_channels"))->text(),
             QStringLiteral("4"));
    QCOMPARE(shown->datasetPanel()->cropBox()->value(), 64);
    QVERIFY(!shown->resumeButton()->isEnabled());
    QVERIFY(shown->log()->toPlainText().size() > 0);

    shown->overlayRuns({path});
    QCOMPARE(shown->chart()->overlayCount(), 2);
    QVERIFY(!other.openRunFolder(m_runs.path()));
    QCOMPARE(shown->banner()->kind(), ui::MessageBanner::Kind::Error);
}

void TestTrainingPage::fineTuningStartsFromTheRunsWeights()
{
    ui::MainWindow window(nullptr);
    window.show();
    prepareTinyRun(window, 1, 2);
    ui::TrainingPage *page = window.trainingPage();
    const double rate = page->recipeForm()->learningRateBox()->value();
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QSignalSpy finished(page->session(), &app::TrainingSession::finished);
    QVERIFY(finished.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const QString source = page->runFolder();
    const QString checkpoint = source + QStringLiteral("/last.pt");

    page->prepareFineTuning(checkpoint, {});
    QCOMPARE(page->banner()->kind(), ui::MessageBanner::Kind::Information);
    QCOMPARE(page->recipeForm()->initialWeightsEdit()->text(), checkpoint);
    QCOMPARE(page->recipeForm()->learningRateBox()->value(), rate / 10);
    models::TrainingConfig config;
    QCOMPARE(page->buildConfig(config), QString());
    QCOMPARE(config.initialWeights, checkpoint);

    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QSignalSpy tuned(page->session(), &app::TrainingSession::finished);
    QTRY_COMPARE_WITH_TIMEOUT(tuned.count(), 1, 120000);
    QCOMPARE(tuned.at(0).at(0).value<Outcome>(), Outcome::Finished);
    QVERIFY(page->runFolder() != source);
    QVERIFY2(page->log()->toPlainText().contains(QStringLiteral("Starting from the weights of")),
             qPrintable(page->log()->toPlainText()));
    const models::RunFolder folder(page->runFolder());
    const QJsonObject training = folder.readJson(QStringLiteral("config.json")).value(QStringLiteral("training")).toObject();
    QCOMPARE(training.value(QStringLiteral("init_from")).toString(), QFileInfo(checkpoint).absoluteFilePath());
}

QTEST_MAIN(TestTrainingPage)
#include "tst_trainingpage.moc"
