// Whole-stack prediction time of the segmentation viewer service (the same code path as the
// Segmentation page), with per-slice scores when labels are given, and optional export.
//
//   stackprediction --checkpoint FILE --volume TIFF [--labels TIFF] [--slices 26-30]
//                   [--export MASKS.tif] [--probabilities PROB.tif] [--large SIDE]
//
// --large SIDE builds one SIDE×SIDE slice by repeating the first slice of the volume and
// times its tiled prediction (the 4096×4096 case).

#include "app/runtime.h"
#include "app/segmentationviewer.h"
#include "data/emstack.h"
#include "data/tiffstack.h"

#include <cstdio>

#include <opencv2/core.hpp>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTemporaryDir>

using namespace cnnwb;

namespace {

// Runs VIEWER's prediction of SLICES (all when empty) and returns the seconds it took.
double predict(app::SegmentationViewer &viewer, const QVector<int> &slices)
{
    QEventLoop loop;
    double seconds = 0;
    QObject::connect(&viewer, &app::SegmentationViewer::jobFinished, &loop, [&](int, double elapsed, bool) {
        seconds += elapsed;
        loop.quit();
    });
    QObject::connect(&viewer, &app::SegmentationViewer::jobFailed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "prediction failed: %s\n", qPrintable(message));
        loop.quit();
    });
    if (slices.isEmpty()) {
        if (viewer.predictStack())
            loop.exec();
        return seconds;
    }
    for (const int slice : slices) {
        if (viewer.predictSlice(slice))
            loop.exec();
    }
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times tiled whole-stack prediction of a U-Net checkpoint."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("U-Net checkpoint (.pt)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("volume"), QStringLiteral("Image stack (TIFF or folder)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("labels"), QStringLiteral("Label stack for per-slice scores."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("slices"), QStringLiteral("1-based slice ranges to predict (default all)."),
                      QStringLiteral("ranges")});
    parser.addOption({QStringLiteral("export"), QStringLiteral("Write the ISBI-polarity masks here."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("probabilities"), QStringLiteral("Write the float probabilities here."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("large"), QStringLiteral("Also time one slice of this side in pixels."),
                      QStringLiteral("side")});
    parser.process(application);
    const int threads = app::configureTorchThreads(0);

    app::SegmentationViewer viewer;
    QString error;
    if (!viewer.openStack(parser.value(QStringLiteral("volume")), &error)
        || (parser.isSet(QStringLiteral("labels"))
            && !viewer.openLabels(parser.value(QStringLiteral("labels")), data::LabelPolarity::MembraneLow, &error))
        || !viewer.loadModel(parser.value(QStringLiteral("checkpoint")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QVector<int> slices;
    if (parser.isSet(QStringLiteral("slices"))) {
        slices = data::parseSliceRanges(parser.value(QStringLiteral("slices")), viewer.sliceCount(), &error);
        if (slices.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    const models::TiledInferenceOptions tiling = viewer.tilingOptions();
    std::printf("model %s, tiles %d px, stride %d px, batch %d, %d LibTorch threads\n",
                qPrintable(viewer.modelDescription()), tiling.tileSize, tiling.stride, tiling.batchSize, threads);

    const double seconds = predict(viewer, slices);
    const int predicted = viewer.predictedSliceCount();
    std::printf("predicted %d slices of %dx%d in %.2f s (%.3f s per slice)\n", predicted, viewer.sliceSize().width,
                viewer.sliceSize().height, seconds, predicted ? seconds / predicted : 0.0);

    viewer.waitForIdle();
    for (const app::SliceScores &entry : viewer.allScores())
        std::printf("slice %2d: pixel error %.4f  IoU %.4f  Dice %.4f  Rand error %.4f\n", entry.slice + 1,
                    entry.scores.pixelError, entry.scores.iou, entry.scores.dice, entry.scores.randError);
    if (const auto mean = viewer.stackScores())
        std::printf("mean of %d slices: pixel error %.4f  IoU %.4f  Dice %.4f  Rand error %.4f\n",
                    int(viewer.allScores().size()), mean->pixelError, mean->iou, mean->dice, mean->randError);

    if (parser.isSet(QStringLiteral("export"))) {
        if (!viewer.exportMasks(parser.value(QStringLiteral("export")), app::MaskPolarity::Isbi, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("wrote %d mask pages to %s\n", data::TiffStack(parser.value(QStringLiteral("export"))).pageCount(),
                    qPrintable(parser.value(QStringLiteral("export"))));
    }
    if (parser.isSet(QStringLiteral("probabilities"))) {
        if (!viewer.exportProbabilities(parser.value(QStringLiteral("probabilities")), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("wrote probabilities to %s\n", qPrintable(parser.value(QStringLiteral("probabilities"))));
    }

    if (parser.isSet(QStringLiteral("large"))) {
        const int side = parser.value(QStringLiteral("large")).toInt();
        const cv::Mat first = viewer.slice(0);
        cv::Mat large;
        cv::repeat(first, side / first.rows + 1, side / first.cols + 1, large);
        large = large(cv::Rect(0, 0, side, side)).clone();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.tif"));
        data::writeTiffStack(path, {large});
        app::SegmentationViewer largeViewer;
        if (!largeViewer.openStack(path, &error) || !largeViewer.loadModel(parser.value(QStringLiteral("checkpoint")), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double largeSeconds = predict(largeViewer, {0});
        const auto prediction = largeViewer.prediction(0);
        std::printf("one %dx%d slice: %zu tiles in %.2f s\n", side, side, prediction ? prediction->tiles.size() : 0,
                    largeSeconds);
        if (!prediction)
            return 1;
    }
    return 0;
}
