// Threshold evidence (ROC operating points, Youden's J), the calibration stored in checkpoints,
// the image statistics of the out-of-distribution guard, and the faithfulness test.

#include "models/calibration.h"
#include "models/checkpoint.h"
#include "models/faithfulness.h"
#include "models/network.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>

using namespace cnnwb::models;

namespace {

/// A two-class network that looks only at the top-left quarter-by-quarter corner: the logit
/// of class 1 is 10 · (mean of that corner - 0.5), the logit of class 0 is 0.
class CornerNetwork final : public Network
{
protected:
    torch::Tensor forwardImpl(const torch::Tensor &input, LayerTrace *) override
    {
        const std::int64_t height = input.size(2) / 4;
        const std::int64_t width = input.size(3) / 4;
        const torch::Tensor corner = input.slice(2, 0, height).slice(3, 0, width).mean({1, 2, 3});
        return torch::stack({torch::zeros_like(corner), 10.0 * (corner - 0.5)}, 1);
    }
};

/// Scores and labels whose ROC has two points with the best Youden's J (0.75), at the
/// thresholds 0.6 and 0.35.
void exampleScores(std::vector<double> &scores, std::vector<bool> &labels)
{
    scores = {0.1, 0.2, 0.3, 0.35, 0.4, 0.6, 0.7, 0.8};
    labels = {false, false, false, true, false, true, true, true};
}

/// A SIDE×SIDE letterbox with a WIDTH×HEIGHT content block of COLOUR in the middle.
cv::Mat letterbox(int width, int height, const cv::Scalar &colour)
{
    cv::Mat image = cv::Mat::zeros(224, 224, CV_8UC3);
    image(cv::Rect((224 - width) / 2, (224 - height) / 2, width, height)).setTo(colour);
    return image;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { torch::manual_seed(0); }
    void youdenPrefersHigherThresholdOnTie();
    void operatingPoint_data();
    void operatingPoint();
    void precisionRecallEndsAtFullRecall();
    void jsonRoundTrip();
    void checkpointStoresCalibration();
    void checkpointWithoutCalibrationLoads();
    void statisticsMeasureContent();
    void statisticsFlagColourAndAspect();
    void featureDistanceFlagsFarInput();
    void faithfulnessBeatsRandomRegions();
    void faithfulnessRejectsBadShapes();
};

void TestCalibration::youdenPrefersHigherThresholdOnTie()
{
    std::vector<double> scores;
    std::vector<bool> labels;
    exampleScores(scores, labels);
    const OperatingPoint best = youdenPoint(rocCurve(scores, labels));
    QCOMPARE(best.threshold, 0.6);
    QCOMPARE(best.sensitivity, 0.75);
    QCOMPARE(best.specificity, 1.0);
}

void TestCalibration::operatingPoint_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("sensitivity");
    QTest::addColumn<double>("specificity");
    QTest::newRow("above every score") << 0.95 << 0.0 << 1.0;
    QTest::newRow("at 0.8") << 0.8 << 0.25 << 1.0;
    QTest::newRow("between 0.4 and 0.6") << 0.5 << 0.75 << 1.0;
    QTest::newRow("between 0.35 and 0.4") << 0.36 << 0.75 << 0.75;
    QTest::newRow("at 0.35") << 0.35 << 1.0 << 0.75;
    QTest::newRow("zero") << 0.0 << 1.0 << 0.0;
}

void TestCalibration::operatingPoint()
{
    QFETCH(double, threshold);
    QFETCH(double, sensitivity);
    QFETCH(double, specificity);
    std::vector<double> scores;
    std::vector<bool> labels;
    exampleScores(scores, labels);
    const OperatingPoint point = operatingPointAt(rocCurve(scores, labels), threshold);
    QCOMPARE(point.sensitivity, sensitivity);
    QCOMPARE(point.specificity, specificity);
}

void TestCalibration::precisionRecallEndsAtFullRecall()
{
    std::vector<double> scores;
    std::vector<bool> labels;
    exampleScores(scores, labels);
    const std::vector<PrecisionRecallPoint> curve = precisionRecallCurve(scores, labels);
    QCOMPARE(curve.size(), scores.size());
    QCOMPARE(curve.front().precision, 1.0); // 0.8 is a positive
    QCOMPARE(curve.back().recall, 1.0);
    QCOMPARE(curve.back().precision, 0.5);  // everything positive: 4 of 8
}

void TestCalibration::jsonRoundTrip()
{
    std::vector<double> scores;
    std::vector<bool> labels;
    exampleScores(scores, labels);
    Calibration calibration;
    calibration.roc = rocCurve(scores, labels);
    calibration.auc = rocAuc(scores, labels);
    calibration.threshold = 0.6;
    calibration.thresholdMethod = QStringLiteral("youden");
    calibration.validationSamples = 8;
    calibration.validationPositives = 4;
    calibration.features.layer = QStringLiteral("Conv4_3");
    calibration.features.mean = {1, 2};
    calibration.features.stddev = {0.5, 1};
    calibration.features.distanceQuantiles = {0.5, 1, 1.2, 2};
    calibration.features.warningDistance = 1.5;
    calibration.statistics.push_back({QStringLiteral("chroma"), 0, 0.01, 0.03});

    const Calibration read = Calibration::fromJson(calibration.toJson());
    QVERIFY(read.isValid());
    QCOMPARE(read.roc.size(), calibration.roc.size());
    QVERIFY(std::isinf(read.roc.front().threshold));
    for (std::size_t i = 1; i < read.roc.size(); ++i) {
        QCOMPARE(read.roc[i].threshold, calibration.roc[i].threshold);
        QCOMPARE(read.roc[i].truePositiveRate, calibration.roc[i].truePositiveRate);
        QCOMPARE(read.roc[i].falsePositiveRate, calibration.roc[i].falsePositiveRate);
    }
    QCOMPARE(read.auc, calibration.auc);
    QCOMPARE(read.threshold, 0.6);
    QCOMPARE(read.thresholdMethod, QStringLiteral("youden"));
    QCOMPARE(read.features.layer, QStringLiteral("Conv4_3"));
    QCOMPARE(read.features.stddev, calibration.features.stddev);
    QCOMPARE(read.features.warningDistance, 1.5);
    QCOMPARE(read.statistics.size(), std::size_t(1));
    QCOMPARE(read.statistics.front().high, 0.01);
}

void TestCalibration::checkpointStoresCalibration()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("best.pt"));
    CornerNetwork network;
    CheckpointMeta meta;
    meta.modelId = QStringLiteral("corner");
    meta.classNames = {QStringLiteral("NORMAL"), QStringLiteral("PNEUMONIA")};
    Calibration calibration;
    calibration.roc = {{std::numeric_limits<double>::infinity(), 0, 0}, {0.7, 1, 0.5}, {0.2, 1, 1}};
    calibration.threshold = 0.7;
    meta.calibration = calibration.toJson();
    saveCheckpoint(path, network, nullptr, meta);

    const CheckpointMeta read = readCheckpointMeta(path);
    QCOMPARE(read.version, kCheckpointVersion);
    const Calibration stored = Calibration::fromJson(read.calibration);
    QVERIFY(stored.isValid());
    QCOMPARE(stored.threshold, 0.7);
    QCOMPARE(stored.roc.size(), std::size_t(3));
}

void TestCalibration::checkpointWithoutCalibrationLoads()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("old.pt"));
    CornerNetwork network;
    CheckpointMeta meta;
    meta.modelId = QStringLiteral("corner");
    meta.classNames = {QStringLiteral("NORMAL"), QStringLiteral("PNEUMONIA")};
    saveCheckpoint(path, network, nullptr, meta);
    QVERIFY(!meta.toJson().contains(QStringLiteral("calibration")));

    const CheckpointMeta read = loadCheckpoint(path, network, nullptr, meta, false);
    QVERIFY(read.calibration.isEmpty());
    const Calibration none = Calibration::fromJson(read.calibration);
    QVERIFY(!none.isValid());
    QCOMPARE(none.threshold, 0.5);
}

void TestCalibration::statisticsMeasureContent()
{
    const ImageStatistics grey = measureImageStatistics(letterbox(112, 224, cv::Scalar(128, 128, 128)));
    QCOMPARE(grey.aspectRatio, 0.5);
    QCOMPARE(grey.chroma, 0.0);
    QVERIFY(std::abs(grey.meanGrey - 128.0 / 255.0) < 1e-6);
    QVERIFY(grey.stdGrey < 1e-6);
    QCOMPARE(grey.whiteFraction, 0.0);
    QCOMPARE(grey.blackFraction, 0.0);

    const ImageStatistics white = measureImageStatistics(letterbox(224, 160, cv::Scalar(255, 255, 255)));
    QVERIFY(std::abs(white.aspectRatio - 1.4) < 1e-9);
    QCOMPARE(white.whiteFraction, 1.0);

    const ImageStatistics red = measureImageStatistics(letterbox(224, 224, cv::Scalar(200, 20, 20)));
    QVERIFY(std::abs(red.chroma - 180.0 / 255.0) < 1e-6);
}

void TestCalibration::statisticsFlagColourAndAspect()
{
    Calibration calibration;
    calibration.statistics.push_back({QStringLiteral("chroma"), 0, 0.0, 0.03});
    calibration.statistics.push_back({QStringLiteral("aspect_ratio"), 0.9, 1.6, 0.15});

    const OodAssessment grey = assessOutOfDistribution(calibration, {}, measureImageStatistics(letterbox(224, 180, cv::Scalar(90, 90, 90))));
    QVERIFY2(!grey.outOfDistribution, qPrintable(grey.reasons.join(QLatin1String("; "))));

    const OodAssessment colour = assessOutOfDistribution(calibration, {}, measureImageStatistics(letterbox(224, 180, cv::Scalar(30, 160, 60))));
    QVERIFY(colour.outOfDistribution);
    QCOMPARE(colour.reasons.size(), 1);

    const OodAssessment narrow = assessOutOfDistribution(calibration, {}, measureImageStatistics(letterbox(40, 224, cv::Scalar(90, 90, 90))));
    QVERIFY(narrow.outOfDistribution);
    QVERIFY(narrow.reasons.first().contains(QLatin1String("aspect ratio")));

    // Without calibration, the fixed colour limit still applies.
    const OodAssessment uncalibrated = assessOutOfDistribution(Calibration(), {}, colour.statistics);
    QVERIFY(uncalibrated.outOfDistribution);
}

void TestCalibration::featureDistanceFlagsFarInput()
{
    Calibration calibration;
    calibration.features.mean = {0, 0, 0, 0};
    calibration.features.stddev = {1, 1, 1, 1};
    calibration.features.warningDistance = 2;
    const ImageStatistics statistics;
    const OodAssessment near = assessOutOfDistribution(calibration, {1, -1, 1, -1}, statistics);
    QCOMPARE(near.featureDistance, 1.0);
    QVERIFY(!near.outOfDistribution);
    const OodAssessment far = assessOutOfDistribution(calibration, {3, -3, 3, 3}, statistics);
    QCOMPARE(far.featureDistance, 3.0);
    QVERIFY(far.outOfDistribution);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, calibration.features.distance({1, 2}));
}

void TestCalibration::faithfulnessBeatsRandomRegions()
{
    CornerNetwork network;
    torch::Tensor input = torch::zeros({1, 3, 224, 224});
    input.slice(2, 0, 56).slice(3, 0, 56).fill_(1.0);
    // A heat map that marks the corner the network reads, and one that marks the far corner.
    torch::Tensor right = torch::zeros({224, 224});
    right.slice(0, 0, 56).slice(1, 0, 56).fill_(1.0);
    right.slice(0, 0, 80).slice(1, 0, 80).add_(0.5);
    torch::Tensor wrong = torch::zeros({224, 224});
    wrong.slice(0, 144, 224).slice(1, 144, 224).fill_(1.0);

    FaithfulnessOptions options;
    options.fraction = 0.1;
    options.randomRegions = 8;
    options.seed = 3;
    const FaithfulnessResult faithful = measureFaithfulness(network, input, right, 1, options);
    QVERIFY(faithful.probability > 0.99);
    QCOMPARE(faithful.maskedPixels, int(std::llround(0.1 * 224 * 224)));
    QVERIFY2(faithful.drop > 0.9, qPrintable(QString::number(faithful.drop)));
    QVERIFY2(faithful.randomDrop < 0.5 * faithful.drop, qPrintable(QString::number(faithful.randomDrop)));

    const FaithfulnessResult unfaithful = measureFaithfulness(network, input, wrong, 1, options);
    QVERIFY2(std::abs(unfaithful.drop) < 1e-6, qPrintable(QString::number(unfaithful.drop)));
    QCOMPARE(unfaithful.randomDrop, faithful.randomDrop); // same seed, same regions
}

void TestCalibration::faithfulnessRejectsBadShapes()
{
    CornerNetwork network;
    const torch::Tensor input = torch::zeros({1, 3, 32, 32});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureFaithfulness(network, input, torch::zeros({16, 16}), 1));
    FaithfulnessOptions options;
    options.fraction = 1.5;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureFaithfulness(network, input, torch::zeros({32, 32}), 1, options));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
