// Time to switch slices and toggle overlays on the Segmentation page, from the call to the
// end of the repaint, with every slice predicted and the mask and error map shown.
// Optionally saves a screenshot of the window with the error map.
//
//   sliceswitch [--volume TIFF --labels TIFF --checkpoint FILE] [--slices 26-30]
//               [--rounds N] [--lang CODE] [--screenshot FILE] [--slice N]
//               [--translation-file FILE.qm]
//
// Without --volume it generates 30 slices of 512×512 with labels and a small random U-Net,
// since the prediction itself is not what it measures.

#include "app/language.h"
#include "app/runtime.h"
#include "app/segmentationviewer.h"
#include "data/emstack.h"
#include "data/tiffstack.h"
#include "models/checkpoint.h"
#include "models/zoo.h"
#include "ui/mainwindow.h"
#include "ui/segmentationpage.h"
#include "ui/sliceview.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <torch/torch.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QCommandLineParser>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QTabWidget>

using namespace cnnwb;

namespace {

// Writes 30 slices of 512×512 with membrane-like labels, and a U-Net checkpoint of depth 2.
void generateInputs(const QString &folder, QString *volume, QString *labels, QString *checkpoint)
{
    std::vector<cv::Mat> slices;
    std::vector<cv::Mat> labelPages;
    cv::RNG rng(1);
    for (int i = 0; i < 30; ++i) {
        cv::Mat noise(512, 512, CV_8UC1);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
        cv::GaussianBlur(noise, noise, cv::Size(0, 0), 4);
        slices.push_back(noise);
        cv::Mat label(512, 512, CV_8UC1, cv::Scalar(255));
        for (int line = 0; line < 10; ++line)
            cv::line(label, cv::Point(rng.uniform(0, 512), 0), cv::Point(rng.uniform(0, 512), 511), cv::Scalar(0), 3);
        labelPages.push_back(label);
    }
    *volume = folder + QStringLiteral("/volume.tif");
    *labels = folder + QStringLiteral("/labels.tif");
    data::writeTiffStack(*volume, slices);
    data::writeTiffStack(*labels, labelPages);

    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("unet"));
    models::OptionValues options = spec->defaultOptions();
    options.set(spec->options, QStringLiteral("depth"), QStringLiteral("2"));
    options.set(spec->options, QStringLiteral("base_channels"), QStringLiteral("4"));
    models::NetworkPtr network = spec->create(options);
    models::CheckpointMeta meta;
    meta.modelId = spec->id;
    for (auto it = options.values().cbegin(); it != options.values().cend(); ++it)
        meta.options.insert(it.key(), it.value());
    meta.classNames = spec->classNames;
    *checkpoint = folder + QStringLiteral("/unet.pt");
    models::saveCheckpoint(*checkpoint, *network, nullptr, meta);
}

void waitForJob(app::SegmentationViewer &viewer)
{
    QEventLoop loop;
    QObject::connect(&viewer, &app::SegmentationViewer::jobFinished, &loop, &QEventLoop::quit);
    QObject::connect(&viewer, &app::SegmentationViewer::jobFailed, &loop, &QEventLoop::quit);
    if (viewer.isBusy())
        loop.exec();
    viewer.waitForIdle();
}

void report(const char *what, std::vector<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double share) { return milliseconds[std::size_t(share * (milliseconds.size() - 1))]; };
    std::printf("%-28s n=%zu  median %.2f ms  p95 %.2f ms  max %.2f ms\n", what, milliseconds.size(), at(0.5), at(0.95),
                milliseconds.back());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    // Settings and run lists of the bench stay apart from the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("CNN Workbench Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("sliceswitch"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("volume"), QStringLiteral("Image stack."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("labels"), QStringLiteral("Label stack."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("U-Net checkpoint."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("slices"), QStringLiteral("1-based slices to predict (default all)."),
                      QStringLiteral("ranges")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Slice switches to time (default 300)."),
                      QStringLiteral("count"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language (default en)."), QStringLiteral("code"),
                      QStringLiteral("en")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save the window with the error map here."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("slice"), QStringLiteral("1-based slice shown in the screenshot."),
                      QStringLiteral("number"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("translation-file"),
                      QStringLiteral("Also load this compiled translation (.qm), which takes precedence over the "
                                     "built-in one; for strings not yet merged into translations/*.ts."),
                      QStringLiteral("file")});
    parser.process(application);
    app::configureTorchThreads(0);
    torch::manual_seed(1);

    QTemporaryDir dir;
    QString volume = parser.value(QStringLiteral("volume"));
    QString labels = parser.value(QStringLiteral("labels"));
    QString checkpoint = parser.value(QStringLiteral("checkpoint"));
    if (volume.isEmpty())
        generateInputs(dir.path(), &volume, &labels, &checkpoint);

    app::LanguageManager language;
    language.setLanguage(parser.value(QStringLiteral("lang")));
    QTranslator extraTranslation;
    if (parser.isSet(QStringLiteral("translation-file"))) {
        if (!extraTranslation.load(parser.value(QStringLiteral("translation-file")))) {
            std::fprintf(stderr, "cannot load the translation file %s\n",
                         qPrintable(parser.value(QStringLiteral("translation-file"))));
            return 1;
        }
        QCoreApplication::installTranslator(&extraTranslation);
    }
    ui::MainWindow window(&language);
    window.resize(1280, 800);
    ui::SegmentationPage *page = window.segmentationPage();
    window.findChild<QTabWidget *>()->setCurrentWidget(page);
    window.show();
    if (!page->openStack(volume) || (!labels.isEmpty() && !page->openLabels(labels)) || !page->loadModel(checkpoint)) {
        std::fprintf(stderr, "%s\n", qPrintable(page->messageText()));
        return 1;
    }

    app::SegmentationViewer *viewer = page->viewer();
    QString error;
    const QVector<int> slices = parser.isSet(QStringLiteral("slices"))
                                    ? data::parseSliceRanges(parser.value(QStringLiteral("slices")), viewer->sliceCount(), &error)
                                    : QVector<int>();
    QElapsedTimer clock;
    clock.start();
    if (slices.isEmpty()) {
        viewer->predictStack();
        waitForJob(*viewer);
    } else {
        for (const int slice : slices) {
            viewer->predictSlice(slice);
            waitForJob(*viewer);
        }
    }
    QCoreApplication::processEvents();
    std::printf("predicted %d of %d slices of %dx%d in %.1f s\n", viewer->predictedSliceCount(), viewer->sliceCount(),
                viewer->sliceSize().width, viewer->sliceSize().height, clock.elapsed() / 1000.0);

    page->findChild<QCheckBox *>(QStringLiteral("errorMapCheck"))->setChecked(!labels.isEmpty());
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    ui::SliceView *view = page->sliceView();
    std::vector<double> switches;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        page->setSlice((page->currentSlice() + 1) % viewer->sliceCount());
        view->repaint();
        switches.push_back(timer.nsecsElapsed() / 1e6);
    }
    report("slice switch", switches);

    std::vector<double> toggles;
    const QStringList overlays = {QStringLiteral("maskCheck"), QStringLiteral("errorMapCheck"),
                                  QStringLiteral("probabilityCheck"), QStringLiteral("truthCheck")};
    for (int i = 0; i < rounds; ++i) {
        QCheckBox *check = page->findChild<QCheckBox *>(overlays[i % overlays.size()]);
        QElapsedTimer timer;
        timer.start();
        check->toggle();
        view->repaint();
        toggles.push_back(timer.nsecsElapsed() / 1e6);
    }
    report("overlay toggle", toggles);

    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (!screenshot.isEmpty()) {
        for (const QString &name : overlays)
            page->findChild<QCheckBox *>(name)->setChecked(name == QLatin1String("maskCheck")
                                                           || name == QLatin1String("errorMapCheck"));
        page->setSlice(parser.value(QStringLiteral("slice")).toInt() - 1);
        QCoreApplication::processEvents();
        const bool saved = window.grab().save(screenshot);
        std::printf("screenshot %s: %s\n", qPrintable(screenshot), saved ? "saved" : "FAILED");
        if (!saved)
            return 1;
    }
    return 0;
}
