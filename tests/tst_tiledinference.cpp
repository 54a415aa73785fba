#include "models/network.h"
#include "models/tiledinference.h"
#include "models/unet.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtTest/QtTest>

using namespace cnnwb;

namespace {

/// A network whose output at a pixel depends only on its 3×3 neighbourhood, so tiles that
/// contain that neighbourhood must reproduce the whole-image output exactly.
class LocalNetwork final : public models::Network
{
public:
    LocalNetwork()
    {
        m_conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 1, 3).padding(1)));
    }

protected:
    torch::Tensor forwardImpl(const torch::Tensor &input, models::LayerTrace *) override
    {
        return m_conv->forward(input) * 4.0;
    }

private:
    torch::nn::Conv2d m_conv{nullptr};
};

/// Returns uniform random noise as a test image, CV_32FC1 in [0, 1].
cv::Mat randomImage(int width, int height, unsigned seed)
{
    cv::Mat noise(height, width, CV_32FC1);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::UNIFORM, 0.0, 1.0);
    return noise;
}

/// Returns the largest absolute difference of A and B inside RECT.
double maxDifference(const cv::Mat &a, const cv::Mat &b, const cv::Rect &rect)
{
    double largest = 0;
    cv::minMaxLoc(cv::abs(a(rect) - b(rect)), nullptr, &largest);
    return largest;
}

models::TiledInferenceOptions referenceTiling()
{
    models::TiledInferenceOptions options;
    options.tileSize = 256;
    options.stride = 128;
    options.sizeMultiple = 16;
    options.batchSize = 4;
    return options;
}

} // namespace

class TestTiledInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void windowShape();
    void tileOriginsCoverLength();
    void localNetworkMatchesWhole_data();
    void localNetworkMatchesWhole();
    void unetTiledMatchesWhole();
    void evalModeAndRestore();
    void progressAndCancel();
    void invalidOptionsRejected();
};

void TestTiledInference::init()
{
    torch::manual_seed(7);
}

void TestTiledInference::windowShape()
{
    const cv::Mat window = models::blendingWindow(256, 0.05);
    QCOMPARE(window.type(), CV_32FC1);
    QCOMPARE(window.rows, 256);
    QVERIFY(qAbs(window.at<float>(0, 0) - 0.05f) < 0.001f);
    QVERIFY(qAbs(window.at<float>(0, 128) - 0.05f) < 0.001f);
    QVERIFY(window.at<float>(128, 128) > 0.999f);
    QCOMPARE(window.at<float>(10, 20), window.at<float>(20, 10));
    QCOMPARE(window.at<float>(0, 5), window.at<float>(255, 250));
    double lowest = 0;
    cv::minMaxLoc(window, &lowest);
    QVERIFY(lowest >= 0.05 - 1e-6);
}

void TestTiledInference::tileOriginsCoverLength()
{
    const std::vector<int> origins = models::tileOrigins(640, 256, 128);
    QVERIFY(origins == (std::vector<int>{0, 128, 256, 384}));
    QVERIFY(models::tileOrigins(256, 256, 128) == std::vector<int>{0});
}

void TestTiledInference::localNetworkMatchesWhole_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("isbi 512x512") << 512 << 512;
    QTest::newRow("odd 300x200") << 300 << 200;
    QTest::newRow("smaller than a tile 40x30") << 40 << 30;
}

void TestTiledInference::localNetworkMatchesWhole()
{
    QFETCH(int, width);
    QFETCH(int, height);
    LocalNetwork network;
    const cv::Mat image = randomImage(width, height, 11);
    // Tile edges see the convolution's zero padding. With a window that gives them almost
    // no weight, the blend must reproduce the whole-image output.
    models::TiledInferenceOptions options = referenceTiling();
    options.windowFloor = 1e-7;
    const models::TiledPrediction tiled = models::predictTiled(network, image, options, torch::kCPU);
    const cv::Mat whole = models::predictWholeImage(network, image, 16, torch::kCPU);

    QVERIFY(tiled.probability.size() == image.size());
    QVERIFY(whole.size() == image.size());
    QVERIFY(!tiled.cancelled);
    // The one-pixel image border differs on purpose. Tiles get mirrored pixels there, but
    // the whole-image pass gets the convolution's zero padding.
    const cv::Rect interior(1, 1, width - 2, height - 2);
    QVERIFY2(maxDifference(tiled.probability, whole, interior) < 1e-4,
             qPrintable(QString::number(maxDifference(tiled.probability, whole, interior))));
    // Tiles disagree only on their outermost pixel rows, which the window weighs at about
    // 4e-5, so the weighted standard deviation stays small there and is 0 elsewhere.
    double seam = 0;
    cv::minMaxLoc(tiled.seam, nullptr, &seam);
    QVERIFY2(seam < 0.01, qPrintable(QString::number(seam)));
    QVERIFY2(cv::mean(tiled.seam)[0] < 1e-4, qPrintable(QString::number(cv::mean(tiled.seam)[0])));

    // Every pixel of the image lies inside some tile.
    cv::Mat covered = cv::Mat::zeros(image.size(), CV_8UC1);
    for (const cv::Rect &tile : tiled.tiles)
        covered(tile & cv::Rect(0, 0, width, height)).setTo(1);
    QCOMPARE(cv::countNonZero(covered), width * height);
}

void TestTiledInference::unetTiledMatchesWhole()
{
    // A randomly initialised U-Net of the zoo's depth: its receptive field (about 180
    // pixels) is wider than the tile margin, so tiles see less context than the whole
    // image and the outputs differ slightly. Tolerance: mean absolute difference below
    // 0.02 and below a tenth of the output's standard deviation, and at most 2% of the
    // pixels on the other side of the 0.5 threshold, away from a 32-pixel image border.
    models::UNetOptions unetOptions;
    unetOptions.baseChannels = 4;
    unetOptions.depth = 4;
    unetOptions.dropout = 0.5;
    models::UNet network(unetOptions);
    const cv::Mat image = randomImage(512, 512, 3);
    cv::Mat smooth;
    cv::GaussianBlur(image, smooth, cv::Size(0, 0), 3);
    smooth = (smooth - 0.5) * 6 + 0.5;

    const models::TiledPrediction tiled = models::predictTiled(network, smooth, referenceTiling(), torch::kCPU);
    const cv::Mat whole = models::predictWholeImage(network, smooth, 16, torch::kCPU);
    const cv::Rect interior(32, 32, 448, 448);
    const double meanDifference = cv::mean(cv::abs(tiled.probability(interior) - whole(interior)))[0];
    const cv::Mat flipped = (tiled.probability(interior) >= 0.5) != (whole(interior) >= 0.5);
    const double flippedShare = cv::countNonZero(flipped) / double(interior.area());
    cv::Scalar mean;
    cv::Scalar spread;
    cv::meanStdDev(whole(interior), mean, spread);
    qInfo("random U-Net: mean |tiled - whole| %.5f, threshold flips %.4f, output std %.4f",
          meanDifference, flippedShare, spread[0]);
    QVERIFY2(spread[0] > 0.001, "the network output is constant, so the comparison says nothing");
    QVERIFY(meanDifference < 0.1 * spread[0]);
    QVERIFY(meanDifference < 0.02);
    QVERIFY(flippedShare < 0.02);
}

void TestTiledInference::evalModeAndRestore()
{
    models::UNetOptions unetOptions;
    unetOptions.baseChannels = 4;
    unetOptions.depth = 2;
    unetOptions.dropout = 0.5;
    models::UNet network(unetOptions);
    network.train();
    const cv::Mat image = randomImage(96, 80, 5);
    models::TiledInferenceOptions options;
    options.tileSize = 64;
    options.stride = 32;
    options.sizeMultiple = 4;

    // Dropout and batch statistics would make two passes differ; evaluation mode does not.
    const models::TiledPrediction first = models::predictTiled(network, image, options, torch::kCPU);
    const models::TiledPrediction second = models::predictTiled(network, image, options, torch::kCPU);
    QVERIFY(network.is_training());
    QCOMPARE(maxDifference(first.probability, second.probability, cv::Rect(0, 0, 96, 80)), 0.0);
}

void TestTiledInference::progressAndCancel()
{
    LocalNetwork network;
    const cv::Mat image = randomImage(512, 512, 2);
    models::TiledInferenceOptions options = referenceTiling();
    options.batchSize = 3;
    QVector<int> done;
    int reportedTotal = 0;
    const models::TiledPrediction full = models::predictTiled(network, image, options, torch::kCPU, nullptr,
                                                              [&](int tiles, int total) {
                                                                  done.push_back(tiles);
                                                                  reportedTotal = total;
                                                              });
    // 512 pixels + 2 × 64 margin = 640 = 256 + 3 × 128, so 4 × 4 tiles.
    QCOMPARE(int(full.tiles.size()), 16);
    QCOMPARE(reportedTotal, 16);
    QCOMPARE(done.last(), 16);
    QCOMPARE(done.first(), 3);

    std::atomic_bool cancel{false};
    const models::TiledPrediction stopped = models::predictTiled(network, image, options, torch::kCPU, &cancel,
                                                                 [&](int tiles, int) {
                                                                     if (tiles >= 6)
                                                                         cancel = true;
                                                                 });
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.probability.empty());
}

void TestTiledInference::invalidOptionsRejected()
{
    LocalNetwork network;
    const cv::Mat image = randomImage(64, 64, 1);
    models::TiledInferenceOptions options = referenceTiling();
    options.tileSize = 100;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, models::predictTiled(network, image, options, torch::kCPU));
    options = referenceTiling();
    options.stride = 512;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, models::predictTiled(network, image, options, torch::kCPU));
    const cv::Mat bytes(64, 64, CV_8UC1, cv::Scalar(3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, models::predictTiled(network, bytes, referenceTiling(), torch::kCPU));
}

QTEST_GUILESS_MAIN(TestTiledInference)
#include "tst_tiledinference.moc"
