#include "models/gradcam.h"
#include "models/layertrace.h"
#include "models/network.h"
#include "models/zoo.h"

#include <QtTest/QtTest>

#include <torch/torch.h>

using namespace cnnwb::models;

namespace {

// A network small enough to reason about. Its 1×1 convolution has weight 1 and no bias, so
// its feature map is the input. A global average follows, then a linear layer whose class 0
// reads the map with a positive weight and class 1 with a negative one.
class TinyNet final : public Network
{
public:
    TinyNet()
    {
        m_conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 1, 1).bias(false)));
        m_dense = register_module("dense", torch::nn::Linear(1, 2));
        torch::NoGradGuard noGrad;
        m_conv->weight.fill_(1.0);
        m_dense->weight.copy_(torch::tensor({{2.0f}, {-2.0f}}));
        m_dense->bias.zero_();
    }

protected:
    torch::Tensor forwardImpl(const torch::Tensor &input, LayerTrace *trace) override
    {
        torch::Tensor x = apply(QStringLiteral("conv"), m_conv, input, trace);
        x = x.mean({2, 3});
        recordOperation(trace, QStringLiteral("pool"), QStringLiteral("GlobalAveragePooling2D"), x);
        return apply(QStringLiteral("dense"), m_dense, x, trace);
    }

private:
    torch::nn::Conv2d m_conv{nullptr};
    torch::nn::Linear m_dense{nullptr};
};

} // namespace

class TestGradCam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsTheEvidence()
    {
        TinyNet network;
        torch::Tensor input = torch::zeros({1, 1, 16, 16});
        input.index_put_({0, 0, torch::indexing::Slice(2, 6), torch::indexing::Slice(3, 7)}, 1.0f);

        const GradCamResult positive = computeGradCam(network, input, 0);
        QCOMPARE(positive.layer, QStringLiteral("conv"));
        QCOMPARE(positive.heatmap.sizes().vec(), (std::vector<std::int64_t>{16, 16}));
        QCOMPARE(positive.heatmap.max().item<float>(), 1.0f);
        // The map is the input itself: one inside the square, zero elsewhere.
        QVERIFY(torch::allclose(positive.heatmap, input.index({0, 0}), 1e-5, 1e-6));
        QCOMPARE(positive.probabilities.size(0), 2);
        QVERIFY(std::abs(positive.probabilities.sum().item<float>() - 1.0f) < 1e-5f);

        // Class 1 reads the square negatively: nothing positive remains to show.
        const GradCamResult negative = computeGradCam(network, input, 1);
        QCOMPARE(negative.heatmap.max().item<float>(), 0.0f);
    }

    void leavesTheNetworkAsItWas()
    {
        TinyNet network;
        network.train();
        computeGradCam(network, torch::rand({1, 1, 8, 8}), 0);
        QVERIFY(network.is_training());
        for (const torch::Tensor &parameter : network.parameters())
            QVERIFY(!parameter.grad().defined());
    }

    void rejectsBadRequests()
    {
        TinyNet network;
        const torch::Tensor input = torch::rand({1, 1, 8, 8});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeGradCam(network, input, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeGradCam(network, torch::rand({2, 1, 8, 8}), 0));
        try {
            computeGradCam(network, input, 0, QStringLiteral("conv9"));
            QFAIL("an unknown layer was accepted");
        } catch (const std::invalid_argument &error) {
            QVERIFY2(QString::fromStdString(error.what()).contains(QStringLiteral("conv")), error.what());
        }
    }

    void zooClassifiersOfferTheirFeatureMaps()
    {
        // The character network: the default layer is the last pooled map (8×8 at 64×64).
        const ModelSpec *spec = Zoo::instance().find(QStringLiteral("hanzi"));
        QVERIFY(spec);
        NetworkPtr network = spec->factory(spec->defaultOptions(), 10);
        torch::manual_seed(3);
        const torch::Tensor input = torch::rand({1, 1, 64, 64});
        const QStringList layers = gradCamLayers(*network, input);
        QVERIFY2(layers.size() >= 6, qPrintable(layers.join(QLatin1Char(' '))));
        const GradCamResult result = computeGradCam(*network, input, 4);
        QCOMPARE(result.layer, layers.last());
        QCOMPARE(result.heatmap.sizes().vec(), (std::vector<std::int64_t>{64, 64}));
        QVERIFY(result.heatmap.min().item<float>() >= 0.0f);
        QVERIFY(result.heatmap.max().item<float>() <= 1.0f);
        const GradCamResult early = computeGradCam(*network, input, 4, layers.first());
        QCOMPARE(early.layer, layers.first());
    }
};

QTEST_GUILESS_MAIN(TestGradCam)
#include "tst_gradcam.moc"
