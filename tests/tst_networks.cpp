#include "models/layers.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <QtTest/QtTest>

using namespace cnnwb::models;

class TestNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void referenceCounts_data();
    void referenceCounts();
    void outputShapes_data();
    void outputShapes();
    void kerasBatchNormSettings();
    void kerasInitialisation();
    void unetRejectsIndivisibleInput();
    void mismatchedDropoutIsRejected();
    void gradientsReachFirstLayer();
    void fastDropoutMatchesDropout();
    void fastDropoutIsReproducible();
    void batchNormMomentumCanBeSet();
    void fastDropoutGradientFollowsTheMask();
    void maxPoolMatchesLibTorch_data();
    void maxPoolMatchesLibTorch();
    void maxPoolPropagatesNaN();
};

namespace {

NetworkPtr build(const QString &id, const QStringList &settings = {})
{
    const ModelSpec *spec = Zoo::instance().find(id);
    OptionValues values = spec->defaultOptions();
    for (const QString &setting : settings) {
        const QStringList parts = setting.split(QLatin1Char('='));
        const QString error = values.set(spec->options, parts[0], parts[1]);
        if (!error.isEmpty())
            qFatal("invalid test setting %s: %s", qPrintable(setting), qPrintable(error));
    }
    return spec->create(values);
}

} // namespace

void TestNetworks::init()
{
    torch::manual_seed(7);
}

void TestNetworks::referenceCounts_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("trainable");
    QTest::addColumn<qint64>("runningStats");
    QTest::newRow("pneumonia") << "pneumonia" << qint64(104194434) << qint64(3072);
    QTest::newRow("hanzi") << "hanzi" << qint64(20996779) << qint64(0);
    QTest::newRow("unet") << "unet" << qint64(31389569) << qint64(11776);
}

void TestNetworks::referenceCounts()
{
    QFETCH(QString, model);
    QFETCH(qint64, trainable);
    QFETCH(qint64, runningStats);
    const NetworkPtr network = build(model);
    const ParameterCount count = countParameters(*network);
    QCOMPARE(qint64(count.trainable), trainable);
    QCOMPARE(qint64(count.runningStats), runningStats);
}

void TestNetworks::outputShapes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QVector<qint64>>("inputShape");
    QTest::addColumn<QVector<qint64>>("outputShape");
    QTest::newRow("pneumonia reference")
        << "pneumonia" << QStringList{} << QVector<qint64>{2, 3, 224, 224} << QVector<qint64>{2, 2};
    QTest::newRow("pneumonia narrow")
        << "pneumonia" << QStringList{"separable_blocks=2", "dense_units=64", "dropout=0.2"}
        << QVector<qint64>{2, 3, 224, 224} << QVector<qint64>{2, 2};
    QTest::newRow("hanzi reference")
        << "hanzi" << QStringList{} << QVector<qint64>{3, 1, 64, 64} << QVector<qint64>{3, 3755};
    QTest::newRow("hanzi two convs")
        << "hanzi" << QStringList{"conv_channels=16,32", "dense_units=256,128"}
        << QVector<qint64>{3, 1, 64, 64} << QVector<qint64>{3, 3755};
    QTest::newRow("unet reference")
        << "unet" << QStringList{} << QVector<qint64>{1, 1, 256, 256} << QVector<qint64>{1, 1, 256, 256};
    QTest::newRow("unet small")
        << "unet" << QStringList{"depth=3", "base_channels=8"} << QVector<qint64>{2, 1, 64, 96}
        << QVector<qint64>{2, 1, 64, 96};
}

void TestNetworks::outputShapes()
{
    QFETCH(QString, model);
    QFETCH(QStringList, settings);
    QFETCH(QVector<qint64>, inputShape);
    QFETCH(QVector<qint64>, outputShape);
    const NetworkPtr network = build(model, settings);
    network->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor input = torch::rand(std::vector<std::int64_t>(inputShape.begin(), inputShape.end()));
    const torch::Tensor output = network->forward(input);
    QCOMPARE(output.sizes().vec(), std::vector<std::int64_t>(outputShape.begin(), outputShape.end()));
    QVERIFY(torch::isfinite(output).all().item<bool>());
    QVERIFY(output.abs().sum().item<double>() > 0);
}

void TestNetworks::kerasBatchNormSettings()
{
    const NetworkPtr network = build(QStringLiteral("unet"), {"depth=1", "base_channels=4"});
    int batchNorms = 0;
    for (const auto &module : network->modules()) {
        if (const auto *bn = module->as<torch::nn::BatchNorm2d>()) {
            ++batchNorms;
            QCOMPARE(bn->options.eps(), 1e-3);
            QCOMPARE(bn->options.momentum().value(), 0.01);
        }
    }
    QCOMPARE(batchNorms, 6); // encoder, bottleneck and decoder: two each
}

void TestNetworks::kerasInitialisation()
{
    // Glorot uniform draws from ±sqrt(6 / (fan_in + fan_out)); biases start at zero.
    const NetworkPtr network = build(QStringLiteral("hanzi"));
    const auto parameters = network->named_parameters();
    const torch::Tensor kernel = parameters["dense.weight"];
    const double limit = std::sqrt(6.0 / (16384 + 1024));
    QVERIFY(kernel.abs().max().item<double>() <= limit);
    QVERIFY(kernel.abs().max().item<double>() > 0.9 * limit);
    QCOMPARE(parameters["dense.bias"].abs().sum().item<double>(), 0.0);
    QCOMPARE(parameters["conv2d.bias"].abs().sum().item<double>(), 0.0);
}

void TestNetworks::unetRejectsIndivisibleInput()
{
    const NetworkPtr network = build(QStringLiteral("unet"), {"depth=2", "base_channels=4"});
    network->eval();
    torch::NoGradGuard noGrad;
    try {
        network->forward(torch::zeros({1, 1, 30, 32}));
        QFAIL("a 30-pixel side passed a depth-2 U-Net");
    } catch (const c10::Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("divisible by 4")), e.what());
    }
}

void TestNetworks::mismatchedDropoutIsRejected()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             build(QStringLiteral("pneumonia"),
                                   {"dense_units=64,32,16", "dropout=0.1,0.2", "separable_blocks=1"}));
}

void TestNetworks::gradientsReachFirstLayer()
{
    const NetworkPtr network = build(QStringLiteral("hanzi"), {"conv_channels=8,16", "dense_units=32"});
    network->train();
    const torch::Tensor input = torch::rand({4, 1, 64, 64});
    const torch::Tensor target = torch::tensor({0, 1, 2, 3}, torch::kLong);
    const torch::Tensor loss = torch::nn::functional::cross_entropy(network->forward(input), target);
    loss.backward();
    const torch::Tensor gradient = network->named_parameters()["conv2d.weight"].grad();
    QVERIFY(gradient.defined());
    QVERIFY(torch::isfinite(gradient).all().item<bool>());
    QVERIFY(gradient.abs().sum().item<double>() > 0);
}


void TestNetworks::fastDropoutMatchesDropout()
{
    FastDropout dropout(0.3);
    const torch::Tensor input = torch::ones({4, 8, 128, 128}, torch::requires_grad());
    dropout->train();
    const torch::Tensor output = dropout(input);
    const double kept = output.ne(0).to(torch::kDouble).mean().item<double>();
    // 524,288 Bernoulli draws: the standard deviation of the kept fraction is 0.0006.
    QVERIFY2(std::abs(kept - 0.7) < 0.004, qPrintable(QString::number(kept)));
    const torch::Tensor nonZero = output.masked_select(output.ne(0));
    QVERIFY(torch::allclose(nonZero, torch::full_like(nonZero, 1.0 / 0.7)));
    // The gradient is the mask itself.
    output.sum().backward();
    QVERIFY(torch::equal(input.grad(), output.detach()));
    // Neighbouring elements are not correlated (each hash gives two draws).
    const torch::Tensor flat = output.detach().flatten().ne(0).to(torch::kDouble);
    const torch::Tensor even = flat.slice(0, 0, flat.size(0), 2);
    const torch::Tensor odd = flat.slice(0, 1, flat.size(0), 2);
    const double both = (even * odd).mean().item<double>();
    QVERIFY2(std::abs(both - 0.49) < 0.006, qPrintable(QString::number(both)));

    dropout->eval();
    QVERIFY(torch::equal(dropout(input), input));
}

void TestNetworks::fastDropoutIsReproducible()
{
    FastDropout dropout(0.5);
    const torch::Tensor input = torch::rand({2, 3, 64, 64});
    const int threads = at::get_num_threads();
    torch::manual_seed(11);
    at::set_num_threads(1);
    const torch::Tensor single = dropout(input);
    torch::manual_seed(11);
    at::set_num_threads(2);
    const torch::Tensor parallel = dropout(input);
    at::set_num_threads(threads);
    QVERIFY(torch::equal(single, parallel));
    // A channels-last input keeps its layout.
    const torch::Tensor channelsLast = dropout(input.contiguous(torch::MemoryFormat::ChannelsLast));
    QVERIFY(channelsLast.is_contiguous(torch::MemoryFormat::ChannelsLast));
    QVERIFY(!torch::equal(dropout(input), dropout(input)));
}

void TestNetworks::batchNormMomentumCanBeSet()
{
    NetworkPtr network = build(QStringLiteral("unet"), {QStringLiteral("base_channels=4")});
    setBatchNormMomentum(*network, 0.1);
    int norms = 0;
    for (const auto &module : network->modules()) {
        if (auto *norm = module->as<torch::nn::BatchNorm2dImpl>()) {
            QCOMPARE(norm->options.momentum().value(), 0.1);
            ++norms;
        }
    }
    QVERIFY(norms > 0);
}

void TestNetworks::fastDropoutGradientFollowsTheMask()
{
    // The backward pass draws the mask again from the seed. It must be the forward mask,
    // also when the gradient arrives in another memory format than the output.
    FastDropout dropout(0.4);
    dropout->train();
    torch::manual_seed(5);
    const torch::Tensor input =
        torch::rand({2, 6, 9, 7}).contiguous(torch::MemoryFormat::ChannelsLast).requires_grad_(true);
    const torch::Tensor output = dropout(input);
    QVERIFY(output.is_contiguous(torch::MemoryFormat::ChannelsLast));
    const torch::Tensor weights = torch::rand({2, 6, 9, 7}); // plain NCHW
    (output * weights).sum().backward();
    const torch::Tensor mask = output.detach() / input.detach();
    QVERIFY(torch::allclose(input.grad(), weights * mask, 1e-6, 1e-6));
    QVERIFY(mask.eq(0).any().item<bool>());
}

void TestNetworks::maxPoolMatchesLibTorch_data()
{
    QTest::addColumn<QVector<int>>("shape");
    QTest::addColumn<bool>("ties");
    QTest::addColumn<bool>("relu");
    for (const bool relu : {false, true}) {
        const char *suffix = relu ? " after ReLU" : "";
        QTest::addRow("even%s", suffix) << QVector<int>{3, 5, 16, 12} << false << relu;
        QTest::addRow("odd height and width%s", suffix) << QVector<int>{2, 3, 9, 11} << false << relu;
        QTest::addRow("ties%s", suffix) << QVector<int>{2, 4, 10, 10} << true << relu;
        QTest::addRow("smallest%s", suffix) << QVector<int>{1, 1, 2, 2} << true << relu;
    }
}

void TestNetworks::maxPoolMatchesLibTorch()
{
    QFETCH(QVector<int>, shape);
    QFETCH(bool, ties);
    QFETCH(bool, relu);
    torch::manual_seed(21);
    torch::Tensor values = torch::randn({shape[0], shape[1], shape[2], shape[3]});
    if (ties) // at low precision many windows hold equal maxima, zeros among them
        values = torch::round(values * 2);
    if (ties && !relu)
        values = torch::relu(values);
    const torch::Tensor ours = values.clone().requires_grad_(true);
    const torch::Tensor theirs = values.clone().requires_grad_(true);
    MaxPool2x2 pool(relu);
    const torch::Tensor ourOutput = pool(ours);
    const torch::Tensor theirOutput = torch::max_pool2d(relu ? torch::relu(theirs) : theirs, 2);
    QVERIFY(torch::equal(ourOutput, theirOutput));
    const torch::Tensor upstream = torch::randn(theirOutput.sizes());
    (ourOutput * upstream).sum().backward();
    (theirOutput * upstream).sum().backward();
    // Same winners on ties, so the gradients are identical, zeros included.
    QVERIFY(torch::equal(ours.grad(), theirs.grad()));
    if (ties)
        QVERIFY(values.le(0).sum().item<int>() > values.numel() / 4);
}

void TestNetworks::maxPoolPropagatesNaN()
{
    torch::Tensor values = torch::zeros({1, 1, 4, 4});
    values[0][0][1][0] = std::numeric_limits<float>::quiet_NaN();
    values[0][0][2][3] = 5.0f;
    const torch::Tensor output = MaxPool2x2()(values);
    QVERIFY(std::isnan(output[0][0][0][0].item<float>()));
    QCOMPARE(output[0][0][1][1].item<float>(), 5.0f);
    QVERIFY(torch::equal(output.isnan(), torch::max_pool2d(values, 2).isnan()));
}

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
