#include "app/segmentationviewer.h"
#include "app/slicestack.h"
#include "data/tiffstack.h"
#include "models/checkpoint.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <optional>

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb;

namespace {

constexpr int kWidth = 65;
constexpr int kHeight = 48;
constexpr int kSlices = 3;

/// Returns KSLICES smooth random 8-bit slices.
std::vector<cv::Mat> makeSlices(unsigned seed)
{
    std::vector<cv::Mat> slices;
    cv::RNG rng(seed);
    for (int i = 0; i < kSlices; ++i) {
        cv::Mat noise(kHeight, kWidth, CV_8UC1);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
        cv::GaussianBlur(noise, noise, cv::Size(0, 0), 1.5);
        slices.push_back(noise);
    }
    return slices;
}

/// Returns ISBI-polarity labels (0 = membrane, 255 = cell): a one-pixel membrane column at
/// x = 32 splits each slice into two cells of 32 × 48 pixels.
std::vector<cv::Mat> makeLabels()
{
    std::vector<cv::Mat> labels;
    for (int i = 0; i < kSlices; ++i) {
        cv::Mat label(kHeight, kWidth, CV_8UC1, cv::Scalar(255));
        label.col(32).setTo(0);
        labels.push_back(label);
    }
    return labels;
}

/// Writes a U-Net checkpoint (depth 2, 4 base channels) to PATH. With CONSTANT_LOGIT set,
/// every weight is zero and the output bias is that logit, so each pixel gets the same
/// probability; otherwise the network keeps its seeded random initialisation.
void writeCheckpoint(const QString &path, std::optional<float> constantLogit)
{
    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("unet"));
    QVERIFY(spec);
    models::OptionValues options = spec->defaultOptions();
    QVERIFY(options.set(spec->options, QStringLiteral("depth"), QStringLiteral("2")).isEmpty());
    QVERIFY(options.set(spec->options, QStringLiteral("base_channels"), QStringLiteral("4")).isEmpty());
    models::NetworkPtr network = spec->create(options);
    if (constantLogit) {
        torch::NoGradGuard noGrad;
        for (auto &parameter : network->named_parameters()) {
            parameter.value().zero_();
            if (parameter.key() == "output.bias")
                parameter.value().fill_(*constantLogit);
        }
    }
    models::CheckpointMeta meta;
    meta.modelId = QStringLiteral("unet");
    for (auto it = options.values().cbegin(); it != options.values().cend(); ++it)
        meta.options.insert(it.key(), it.value());
    meta.classNames = spec->classNames;
    models::saveCheckpoint(path, *network, nullptr, meta);
}

} // namespace

class TestSegmentationViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void openTiffStack();
    void openFolderInNumericOrder();
    void openMissingPathFails();
    void labelsOfOtherSizeRejected();
    void labelPolarity();
    void predictedScoresMatchMetrics();
    void mergeCaseHandComputed();
    void thresholdRescores();
    void exportBeforePredictionFails();
    void exportRoundTrip();
    void loadClassifierRejected();

private:
    /// Opens the stack, the labels and the checkpoint CHECKPOINT in VIEWER.
    void openAll(app::SegmentationViewer &viewer, const QString &checkpoint);
    /// Predicts every slice and waits for the job to end.
    void predictAll(app::SegmentationViewer &viewer);

    QTemporaryDir m_dir;
    QString m_stackPath;
    QString m_labelPath;
    QString m_randomCheckpoint;
    QString m_constantCheckpoint;
    std::vector<cv::Mat> m_slices;
};

void TestSegmentationViewer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    torch::manual_seed(3);
    m_slices = makeSlices(5);
    m_stackPath = m_dir.filePath(QStringLiteral("volume.tif"));
    m_labelPath = m_dir.filePath(QStringLiteral("labels.tif"));
    data::writeTiffStack(m_stackPath, m_slices);
    data::writeTiffStack(m_labelPath, makeLabels());
    m_randomCheckpoint = m_dir.filePath(QStringLiteral("random.pt"));
    m_constantCheckpoint = m_dir.filePath(QStringLiteral("constant.pt"));
    writeCheckpoint(m_randomCheckpoint, std::nullopt);
    writeCheckpoint(m_constantCheckpoint, -2.0f);
}

void TestSegmentationViewer::init()
{
    torch::manual_seed(3);
}

void TestSegmentationViewer::openAll(app::SegmentationViewer &viewer, const QString &checkpoint)
{
    QString error;
    QVERIFY2(viewer.openStack(m_stackPath, &error), qPrintable(error));
    QVERIFY2(viewer.openLabels(m_labelPath, data::LabelPolarity::MembraneLow, &error), qPrintable(error));
    QVERIFY2(viewer.loadModel(checkpoint, &error), qPrintable(error));
}

void TestSegmentationViewer::predictAll(app::SegmentationViewer &viewer)
{
    QSignalSpy finished(&viewer, &app::SegmentationViewer::jobFinished);
    QVERIFY(finished.isValid());
    QVERIFY(viewer.predictStack());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished.first().at(0).toInt(), kSlices);
    QCOMPARE(finished.first().at(2).toBool(), false);
    viewer.waitForIdle();
}

void TestSegmentationViewer::openTiffStack()
{
    app::SegmentationViewer viewer;
    QString error;
    QVERIFY2(viewer.openStack(m_stackPath, &error), qPrintable(error));
    QCOMPARE(viewer.sliceCount(), kSlices);
    QVERIFY(viewer.sliceSize() == cv::Size(kWidth, kHeight));
    for (int i = 0; i < kSlices; ++i)
        QCOMPARE(cv::norm(viewer.slice(i), m_slices[std::size_t(i)], cv::NORM_INF), 0.0);
    QVERIFY(!viewer.hasLabels());
    QVERIFY(viewer.labelMask(0).empty());
}

void TestSegmentationViewer::openFolderInNumericOrder()
{
    const QString folder = m_dir.filePath(QStringLiteral("slices"));
    QVERIFY(QDir().mkpath(folder));
    // Written as 1, 2 and 10: alphabetical order would put 10 second.
    const QStringList names = {QStringLiteral("1.png"), QStringLiteral("2.png"), QStringLiteral("10.png")};
    for (int i = 0; i < kSlices; ++i)
        QVERIFY(cv::imwrite(QDir(folder).filePath(names[i]).toStdString(), m_slices[std::size_t(i)]));

    app::SegmentationViewer viewer;
    QString error;
    QVERIFY2(viewer.openStack(folder, &error), qPrintable(error));
    QCOMPARE(viewer.sliceCount(), kSlices);
    QCOMPARE(viewer.sliceName(2), QStringLiteral("10.png"));
    for (int i = 0; i < kSlices; ++i)
        QCOMPARE(cv::norm(viewer.slice(i), m_slices[std::size_t(i)], cv::NORM_INF), 0.0);
}

void TestSegmentationViewer::openMissingPathFails()
{
    app::SegmentationViewer viewer;
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("missing.tif"));
    QVERIFY(!viewer.openStack(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!viewer.hasStack());
}

void TestSegmentationViewer::labelsOfOtherSizeRejected()
{
    const QString small = m_dir.filePath(QStringLiteral("small-labels.tif"));
    data::writeTiffStack(small, {cv::Mat(10, 10, CV_8UC1, cv::Scalar(255))});
    app::SegmentationViewer viewer;
    QString error;
    QVERIFY(viewer.openStack(m_stackPath, &error));
    QVERIFY(!viewer.openLabels(small, data::LabelPolarity::MembraneLow, &error));
    QVERIFY2(error.contains(small), qPrintable(error));
    QVERIFY(!viewer.hasLabels());
}

void TestSegmentationViewer::labelPolarity()
{
    app::SegmentationViewer viewer;
    QString error;
    QVERIFY(viewer.openStack(m_stackPath, &error));
    QVERIFY(viewer.openLabels(m_labelPath, data::LabelPolarity::MembraneLow, &error));
    const cv::Mat mask = viewer.labelMask(1);
    QCOMPARE(mask.at<uchar>(10, 32), uchar(1));
    QCOMPARE(mask.at<uchar>(10, 31), uchar(0));
    QCOMPARE(cv::countNonZero(mask), kHeight);
    QVERIFY(viewer.openLabels(m_labelPath, data::LabelPolarity::MembraneHigh, &error));
    QCOMPARE(cv::countNonZero(viewer.labelMask(1)), kWidth * kHeight - kHeight);
}

void TestSegmentationViewer::predictedScoresMatchMetrics()
{
    app::SegmentationViewer viewer;
    openAll(viewer, m_randomCheckpoint);
    predictAll(viewer);
    QCOMPARE(viewer.predictedSliceCount(), kSlices);

    double meanRandError = 0;
    for (int i = 0; i < kSlices; ++i) {
        const auto predicted = viewer.prediction(i);
        QVERIFY(predicted);
        QVERIFY(predicted->probability.size() == cv::Size(kWidth, kHeight));
        QCOMPARE(predicted->probability.type(), CV_32FC1);
        QVERIFY(!predicted->tiles.empty());
        const auto scores = viewer.scores(i);
        QVERIFY(scores);
        const models::SegmentationScores expected =
            models::segmentationScores(viewer.predictedMask(i), viewer.labelMask(i));
        QCOMPARE(scores->scores.pixelError, expected.pixelError);
        QCOMPARE(scores->scores.iou, expected.iou);
        QCOMPARE(scores->scores.dice, expected.dice);
        QCOMPARE(scores->scores.randError, expected.randError);
        meanRandError += expected.randError / kSlices;
    }
    const auto stack = viewer.stackScores();
    QVERIFY(stack);
    QVERIFY(qAbs(stack->randError - meanRandError) < 1e-12);
    QCOMPARE(int(viewer.allScores().size()), kSlices);
}

void TestSegmentationViewer::mergeCaseHandComputed()
{
    // The constant network predicts no membrane (probability sigmoid(-2) = 0.12), so the two
    // true cells of 32 × 48 pixels are merged into one region. Over the cell pixels the
    // joint and true sums of squares are both 2·1536², the predicted one (2·1536)², so
    // precision is 1/2, recall 1, the Rand F-score 2/3 and the Rand error 1/3. The one
    // membrane column of 48 pixels is missed: pixel error 48 / (65·48) = 1/65, IoU 0, Dice 0.
    app::SegmentationViewer viewer;
    openAll(viewer, m_constantCheckpoint);
    predictAll(viewer);
    const auto scores = viewer.scores(0);
    QVERIFY(scores);
    QVERIFY(qAbs(scores->scores.pixelError - 1.0 / 65) < 1e-12);
    QCOMPARE(scores->scores.iou, 0.0);
    QCOMPARE(scores->scores.dice, 0.0);
    QVERIFY(qAbs(scores->scores.randError - 1.0 / 3) < 1e-12);
    QVERIFY(qAbs(viewer.prediction(0)->probability.at<float>(5, 5) - 1 / (1 + std::exp(2.0f))) < 1e-6f);
}

void TestSegmentationViewer::thresholdRescores()
{
    // At threshold 0.1 the constant probability 0.12 is membrane everywhere.
    app::SegmentationViewer viewer;
    openAll(viewer, m_constantCheckpoint);
    predictAll(viewer);
    QSignalSpy changed(&viewer, &app::SegmentationViewer::scoresChanged);
    QVERIFY(changed.isValid());
    viewer.setThreshold(0.1);
    QTRY_VERIFY(viewer.scores(0).has_value());
    QCOMPARE(viewer.scores(0)->threshold, 0.1);
    QVERIFY(qAbs(viewer.scores(0)->scores.pixelError - 64.0 / 65) < 1e-12);
    QCOMPARE(cv::countNonZero(viewer.predictedMask(0)), kWidth * kHeight);
    QTRY_VERIFY(changed.size() >= 1);
}

void TestSegmentationViewer::exportBeforePredictionFails()
{
    app::SegmentationViewer viewer;
    openAll(viewer, m_randomCheckpoint);
    QString error;
    QVERIFY(!viewer.exportMasks(m_dir.filePath(QStringLiteral("early.tif")), app::MaskPolarity::Isbi, &error));
    QVERIFY(error.contains(QStringLiteral("0 of 3")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("early.tif"))));
}

void TestSegmentationViewer::exportRoundTrip()
{
    app::SegmentationViewer viewer;
    openAll(viewer, m_randomCheckpoint);
    predictAll(viewer);
    QString error;
    const QString isbiPath = m_dir.filePath(QStringLiteral("masks-isbi.tif"));
    const QString binaryPath = m_dir.filePath(QStringLiteral("masks-binary.tif"));
    const QString probabilityPath = m_dir.filePath(QStringLiteral("probabilities.tif"));
    QVERIFY2(viewer.exportMasks(isbiPath, app::MaskPolarity::Isbi, &error), qPrintable(error));
    QVERIFY2(viewer.exportMasks(binaryPath, app::MaskPolarity::Binary, &error), qPrintable(error));
    QVERIFY2(viewer.exportProbabilities(probabilityPath, &error), qPrintable(error));

    const data::TiffStack isbi(isbiPath);
    const data::TiffStack binary(binaryPath);
    const data::TiffStack probabilities(probabilityPath);
    QCOMPARE(isbi.pageCount(), kSlices);
    QCOMPARE(binary.pageCount(), kSlices);
    QCOMPARE(probabilities.pageCount(), kSlices);
    for (int i = 0; i < kSlices; ++i) {
        const cv::Mat mask = viewer.predictedMask(i);
        const cv::Mat isbiPage = isbi.readPage(i);
        QCOMPARE(isbiPage.type(), CV_8UC1);
        cv::Mat expectedIsbi = 255 - mask * 255;
        QCOMPARE(cv::norm(isbiPage, expectedIsbi, cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(binary.readPage(i), mask, cv::NORM_INF), 0.0);
        const cv::Mat probabilityPage = probabilities.readPage(i);
        QCOMPARE(probabilityPage.type(), CV_32FC1);
        QCOMPARE(cv::norm(probabilityPage, viewer.prediction(i)->probability, cv::NORM_INF), 0.0);
    }
}

void TestSegmentationViewer::loadClassifierRejected()
{
    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("pneumonia"));
    QVERIFY(spec);
    models::NetworkPtr network = spec->create(spec->defaultOptions());
    models::CheckpointMeta meta;
    meta.modelId = spec->id;
    const models::OptionValues options = spec->defaultOptions();
    for (auto it = options.values().cbegin(); it != options.values().cend(); ++it)
        meta.options.insert(it.key(), it.value());
    meta.classNames = spec->classNames;
    const QString path = m_dir.filePath(QStringLiteral("classifier.pt"));
    models::saveCheckpoint(path, *network, nullptr, meta);

    app::SegmentationViewer viewer;
    QString error;
    QVERIFY(!viewer.loadModel(path, &error));
    QVERIFY2(error.contains(QStringLiteral("pneumonia")), qPrintable(error));
    QVERIFY(!viewer.hasModel());
}

QTEST_GUILESS_MAIN(TestSegmentationViewer)
#include "tst_segmentationviewer.moc"
