#include "app/segmentationviewer.h"
#include "data/tiffstack.h"
#include "models/checkpoint.h"
#include "models/network.h"
#include "models/tiledinference.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb;

namespace {

/// Returns the ISBI 2012 folder of the shared data, or an empty string when it is absent.
QString isbiFolder()
{
    const QString path = QDir(QStringLiteral(CNNWB_SHARED_DATA)).filePath(QStringLiteral("isbi2012"));
    return QFileInfo::exists(QDir(path).filePath(QStringLiteral("train-volume.tif"))) ? path : QString();
}

/// Returns the trained U-Net checkpoint: CNNWB_ISBI_CHECKPOINT, or the ISBI run folder beside
/// the source tree (../runs/unet-isbi/best.pt). Empty when neither exists.
QString isbiCheckpoint()
{
    const QString fromEnvironment = qEnvironmentVariable("CNNWB_ISBI_CHECKPOINT");
    if (!fromEnvironment.isEmpty())
        return QFileInfo::exists(fromEnvironment) ? fromEnvironment : QString();
    const QString beside = QDir(QStringLiteral(CNNWB_SOURCE_DIR)).filePath(QStringLiteral("../runs/unet-isbi/best.pt"));
    return QFileInfo::exists(beside) ? QDir::cleanPath(beside) : QString();
}

} // namespace

#define REQUIRE_ISBI(folder, checkpoint)                                                          \
    const QString folder = isbiFolder();                                                          \
    const QString checkpoint = isbiCheckpoint();                                                  \
    if (folder.isEmpty() || checkpoint.isEmpty())                                                 \
        QSKIP("The ISBI 2012 data (shared data isbi2012/) or the trained U-Net checkpoint "       \
              "(CNNWB_ISBI_CHECKPOINT or ../runs/unet-isbi/best.pt) is absent; these tests read " \
              "both");

class TestSegmentationRealData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiledMatchesWholeOnIsbiSlice();
    void validationSlicesScores();
    void testVolumeExportsAllPages();

private:
    static void predictAndWait(app::SegmentationViewer &viewer, const QVector<int> &slices);
};

void TestSegmentationRealData::predictAndWait(app::SegmentationViewer &viewer, const QVector<int> &slices)
{
    for (const int slice : slices) {
        QSignalSpy finished(&viewer, &app::SegmentationViewer::jobFinished);
        QVERIFY(finished.isValid());
        QVERIFY(viewer.predictSlice(slice));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
    }
    viewer.waitForIdle();
}

void TestSegmentationRealData::tiledMatchesWholeOnIsbiSlice()
{
    // Tolerance, away from a 32-pixel border: tiles of 256 pixels at 50% overlap with the
    // mirror margin stay within a mean absolute difference of 0.02 of one whole-slice pass,
    // and at most 1% of the pixels cross the 0.5 threshold. Some difference is expected
    // because the network's receptive field is wider than the tile margin.
    REQUIRE_ISBI(folder, checkpoint);
    const models::CheckpointMeta meta = models::readCheckpointMeta(checkpoint);
    const models::ModelSpec *spec = models::Zoo::instance().find(meta.modelId);
    QVERIFY(spec);
    models::OptionValues options;
    QCOMPARE(models::checkpointOptions(meta, *spec, options), QString());
    models::NetworkPtr network = spec->create(options);
    models::loadCheckpoint(checkpoint, *network, nullptr, meta, false);

    // Slice 27 is a validation slice that the checkpoint never trained on.
    const data::TiffStack volume(QDir(folder).filePath(QStringLiteral("train-volume.tif")));
    const cv::Mat image = models::sliceToNetworkInput(volume.readPage(26));
    models::TiledInferenceOptions tiling;
    const models::TiledPrediction tiled = models::predictTiled(*network, image, tiling, torch::kCPU);
    const cv::Mat whole = models::predictWholeImage(*network, image, tiling.sizeMultiple, torch::kCPU);
    const cv::Rect interior(32, 32, image.cols - 64, image.rows - 64);
    const double meanDifference = cv::mean(cv::abs(tiled.probability(interior) - whole(interior)))[0];
    const cv::Mat flipped = (tiled.probability(interior) >= 0.5) != (whole(interior) >= 0.5);
    const double flippedShare = cv::countNonZero(flipped) / double(interior.area());
    double largestSeam = 0;
    cv::minMaxLoc(tiled.seam, nullptr, &largestSeam);
    qInfo("slice 27: mean |tiled - whole| %.5f, pixels across the threshold %.4f, mean seam %.4f, max seam %.3f",
          meanDifference, flippedShare, cv::mean(tiled.seam)[0], largestSeam);
    QVERIFY(meanDifference < 0.02);
    QVERIFY(flippedShare < 0.01);
}

void TestSegmentationRealData::validationSlicesScores()
{
    REQUIRE_ISBI(folder, checkpoint);
    app::SegmentationViewer viewer;
    QString error;
    QVERIFY2(viewer.openStack(QDir(folder).filePath(QStringLiteral("train-volume.tif")), &error), qPrintable(error));
    QVERIFY2(viewer.openLabels(QDir(folder).filePath(QStringLiteral("train-labels.tif")),
                               data::LabelPolarity::MembraneLow, &error),
             qPrintable(error));
    QVERIFY2(viewer.loadModel(checkpoint, &error), qPrintable(error));
    predictAndWait(viewer, {25, 26, 27, 28, 29});

    const QVector<app::SliceScores> all = viewer.allScores();
    QCOMPARE(int(all.size()), 5);
    for (const app::SliceScores &entry : all) {
        qInfo("slice %d: pixel error %.4f, IoU %.4f, Dice %.4f, Rand error %.4f", entry.slice + 1,
              entry.scores.pixelError, entry.scores.iou, entry.scores.dice, entry.scores.randError);
        // Loose bounds that an untrained network fails: about half of the pixels wrong.
        QVERIFY(entry.scores.pixelError < 0.2);
        QVERIFY(entry.scores.iou > 0.4);
    }
    const auto mean = viewer.stackScores();
    QVERIFY(mean);
    qInfo("slices 26-30 mean: pixel error %.4f, IoU %.4f, Dice %.4f, Rand error %.4f", mean->pixelError, mean->iou,
          mean->dice, mean->randError);
}

void TestSegmentationRealData::testVolumeExportsAllPages()
{
    REQUIRE_ISBI(folder, checkpoint);
    app::SegmentationViewer viewer;
    QString error;
    QVERIFY2(viewer.openStack(QDir(folder).filePath(QStringLiteral("test-volume.tif")), &error), qPrintable(error));
    QVERIFY2(viewer.loadModel(checkpoint, &error), qPrintable(error));
    QSignalSpy finished(&viewer, &app::SegmentationViewer::jobFinished);
    QVERIFY(viewer.predictStack());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 600000);
    qInfo("test volume: %d slices in %.1f s", finished.first().at(0).toInt(), finished.first().at(1).toDouble());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test-masks.tif"));
    QVERIFY2(viewer.exportMasks(path, app::MaskPolarity::Isbi, &error), qPrintable(error));
    const data::TiffStack masks(path);
    QCOMPARE(masks.pageCount(), 30);
    QCOMPARE(masks.pageSize(29), QSize(512, 512));
    const cv::Mat last = masks.readPage(29);
    const double membrane = 1.0 - cv::countNonZero(last) / double(last.total());
    QVERIFY2(membrane > 0.05 && membrane < 0.5, qPrintable(QString::number(membrane)));
}

QTEST_GUILESS_MAIN(TestSegmentationRealData)
#include "tst_segmentationrealdata.moc"
