// Measures how long the GUI thread's event loop stalls while the window trains: a 10 ms
// timer records the largest gap between its ticks during a short real training run of the
// demo U-Net, driven through the training page. Optionally saves a screenshot of the window
// mid-training.
//
//   guiresponsiveness [--epochs N] [--steps N] [--lang CODE] [--screenshot FILE] [--after-epochs N]
//
// Prints the largest delay and the tick count. Run it offscreen (QT_QPA_PLATFORM=offscreen)
// or on a display; CNNWB_RUNS chooses where the run folder goes.

#include "app/language.h"
#include "app/runtime.h"
#include "app/trainingsession.h"
#include "ui/datasetpanel.h"
#include "ui/mainwindow.h"
#include "ui/optionform.h"
#include "ui/recipeform.h"
#include "ui/trainingpage.h"
#include "ui/zoopanel.h"

#include <algorithm>
#include <cstdio>

#include <QtCore/QCommandLineParser>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>

using namespace cnnwb;

namespace {

void setOption(ui::TrainingPage *page, const QString &key, const QString &value)
{
    if (QLineEdit *field = page->optionForm()->field(key)) {
        field->setText(value);
        Q_EMIT field->editingFinished();
    }
}

// Runs the event loop until CONDITION is true or TIMEOUT_MS passes; returns CONDITION.
template <typename Condition> bool waitFor(Condition condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CNN Workbench Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("guiresponsiveness"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Epochs of the run (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Steps per epoch (default 40)."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language (default en)."),
                      QStringLiteral("code"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Save the window as this PNG mid-training."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("after-epochs"),
                      QStringLiteral("Epochs done before the screenshot (default epochs - 1)."),
                      QStringLiteral("N")});
    parser.process(application);
    const int epochs = std::max(1, parser.value(QStringLiteral("epochs")).toInt());
    const int steps = std::max(1, parser.value(QStringLiteral("steps")).toInt());
    const int shotAfter = parser.isSet(QStringLiteral("after-epochs"))
                              ? parser.value(QStringLiteral("after-epochs")).toInt()
                              : epochs - 1;

    app::configureTorchThreads();
    app::LanguageManager language;
    language.setLanguage(parser.value(QStringLiteral("lang")));

    ui::MainWindow window(&language);
    window.resize(1280, 800);
    window.show();
    window.zooPanel()->selectModel(QStringLiteral("unet"));
    ui::TrainingPage *page = window.trainingPage();
    if (auto *pages = qobject_cast<QTabWidget *>(window.centralWidget()))
        pages->setCurrentWidget(page);
    waitFor([page] { return page->modelId() == QLatin1String("unet"); }, 10000);
    setOption(page, QStringLiteral("base_channels"), QStringLiteral("8"));
    setOption(page, QStringLiteral("depth"), QStringLiteral("3"));
    page->datasetPanel()->cropBox()->setValue(64);
    page->datasetPanel()->validationSlicesField()->setText(QStringLiteral("29-30"));
    page->recipeForm()->epochsBox()->setValue(epochs);
    page->recipeForm()->stepsBox()->setValue(steps);
    page->recipeForm()->batchBox()->setValue(4);
    page->datasetPanel()->useDemoData();
    if (!waitFor([page] { return !page->datasetPanel()->isChecking(); }, 120000)) {
        std::fprintf(stderr, "the dataset check did not finish\n");
        return 1;
    }

    // The probe starts with the run, so dataset opening and network building count too.
    QTimer probe;
    QElapsedTimer sinceTick;
    qint64 maxGap = 0;
    long ticks = 0;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            maxGap = std::max(maxGap, sinceTick.restart());
        else
            sinceTick.start();
        ++ticks;
    });
    probe.start();
    QElapsedTimer runClock;
    runClock.start();
    page->startTraining();
    app::TrainingSession *session = page->session();
    if (!session) {
        std::fprintf(stderr, "training did not start\n");
        return 1;
    }
    int epochsDone = 0;
    QObject::connect(session, &app::TrainingSession::epochFinished,
                     [&epochsDone] { ++epochsDone; });

    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (!screenshot.isEmpty()) {
        // A few steps into the next epoch, so the progress bar and the step curve are mid-way.
        waitFor([&] { return epochsDone >= shotAfter; }, 600000);
        waitFor(
            [&] { return session->lastStep().stepInEpoch >= steps / 2 || !session->isActive(); },
            60000);
        const bool saved = window.grab().save(screenshot);
        std::printf("screenshot %s: %s\n", qPrintable(screenshot), saved ? "saved" : "FAILED");
    }
    waitFor([session] { return !session->isActive(); }, 1800000);
    probe.stop();

    std::printf(
        "run: %d epochs of %d steps (U-Net base_channels 8, depth 3, 64-pixel crops, batch 4), "
        "%d LibTorch threads, %.1f s\n",
        epochs, steps, app::torchThreads(), double(runClock.elapsed()) / 1000.0);
    std::printf("largest event-loop delay: %lld ms over %ld ticks of a 10 ms timer\n", maxGap,
                ticks);
    window.close();
    return 0;
}
