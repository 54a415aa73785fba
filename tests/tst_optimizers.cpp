#include "models/optimizers.h"

#include <QtTest/QtTest>

#include <torch/torch.h>

#include <sstream>

using namespace cnnwb::models;

namespace {

// Parameters of a few shapes, including one long enough to be split across threads.
std::vector<torch::Tensor> makeParameters(std::uint64_t seed)
{
    torch::manual_seed(seed);
    std::vector<torch::Tensor> parameters;
    for (const std::int64_t size : {std::int64_t(7), std::int64_t(300), std::int64_t(200000)})
        parameters.push_back(torch::randn({size}).requires_grad_(true));
    parameters.push_back(torch::randn({16, 3, 3, 3}).requires_grad_(true));
    return parameters;
}

std::vector<torch::Tensor> cloneParameters(const std::vector<torch::Tensor> &parameters)
{
    std::vector<torch::Tensor> copies;
    for (const torch::Tensor &p : parameters)
        copies.push_back(p.detach().clone().requires_grad_(true));
    return copies;
}

// Gives every parameter the same fresh gradient in both sets, as a backward pass would.
void setGradients(std::vector<torch::Tensor> &a, std::vector<torch::Tensor> &b, int step)
{
    torch::manual_seed(100 + step);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const torch::Tensor gradient = torch::randn_like(a[i]) * (0.1 * double(i + 1));
        a[i].mutable_grad() = gradient.clone();
        b[i].mutable_grad() = gradient.clone();
    }
}

double largestDifference(const std::vector<torch::Tensor> &a, const std::vector<torch::Tensor> &b)
{
    double largest = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        largest = std::max(largest, (a[i] - b[i]).abs().max().item<double>());
    return largest;
}

} // namespace

class TestOptimizers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fusedAdamMatchesLibTorchAdam_data()
    {
        QTest::addColumn<double>("weightDecay");
        QTest::newRow("plain") << 0.0;
        QTest::newRow("weight decay") << 0.01;
    }

    void fusedAdamMatchesLibTorchAdam()
    {
        QFETCH(double, weightDecay);
        std::vector<torch::Tensor> reference = makeParameters(1);
        std::vector<torch::Tensor> fused = cloneParameters(reference);
        const std::vector<torch::Tensor> start = cloneParameters(reference);
        const auto options = torch::optim::AdamOptions(1e-2).weight_decay(weightDecay);
        torch::optim::Adam referenceAdam(reference, options);
        FusedAdam fusedAdam(fused, options);
        for (int step = 0; step < 20; ++step) {
            setGradients(reference, fused, step);
            referenceAdam.step();
            fusedAdam.step();
        }
        // 20 steps at 1e-2 move the weights by about 0.2; the two agree to FP32 rounding.
        // LibTorch's kernels use fused multiply-adds where this build's loop does not. Where
        // weight decay nearly cancels a gradient, that rounding shows in the update's
        // direction. So the largest difference may reach 1 % of one step, while the mean
        // stays far smaller.
        QVERIFY(largestDifference(start, fused) > 0.05);
        const double difference = largestDifference(reference, fused);
        QVERIFY2(difference < 1e-4, qPrintable(QString::number(difference)));
        double total = 0;
        std::int64_t count = 0;
        for (std::size_t i = 0; i < reference.size(); ++i) {
            total += (reference[i] - fused[i]).abs().sum().item<double>();
            count += reference[i].numel();
        }
        QVERIFY2(total / count < 1e-7, qPrintable(QString::number(total / count)));
        const auto &state = static_cast<const torch::optim::AdamParamState &>(
            *fusedAdam.state().begin()->second);
        QCOMPARE(state.step(), std::int64_t(20));
        QCOMPARE(fusedAdam.state().size(), referenceAdam.state().size());

        // LibTorch's own step on the same object finds the state under the same keys: it
        // continues at step 21 instead of starting new moments beside the old ones.
        setGradients(reference, fused, 20);
        referenceAdam.step();
        fusedAdam.torch::optim::Adam::step();
        QCOMPARE(fusedAdam.state().size(), referenceAdam.state().size());
        QCOMPARE(state.step(), std::int64_t(21));
        QVERIFY(largestDifference(reference, fused) < 1e-4);
    }

    void stateMovesBetweenTheTwoClasses()
    {
        // Ten steps with FusedAdam, saved, loaded into LibTorch's Adam, ten more: the same
        // as twenty with FusedAdam. Checkpoints written before FusedAdam therefore resume.
        std::vector<torch::Tensor> first = makeParameters(2);
        std::vector<torch::Tensor> second = cloneParameters(first);
        FusedAdam straight(first, torch::optim::AdamOptions(1e-2));
        FusedAdam saved(second, torch::optim::AdamOptions(1e-2));
        for (int step = 0; step < 10; ++step) {
            setGradients(first, second, step);
            straight.step();
            saved.step();
        }
        std::stringstream buffer;
        {
            torch::serialize::OutputArchive archive;
            saved.save(archive);
            archive.save_to(buffer);
        }
        torch::optim::Adam resumed(second, torch::optim::AdamOptions(1e-2));
        {
            torch::serialize::InputArchive archive;
            archive.load_from(buffer);
            resumed.load(archive);
        }
        for (int step = 10; step < 20; ++step) {
            setGradients(first, second, step);
            straight.step();
            resumed.step();
        }
        const double difference = largestDifference(first, second);
        QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
    }

    void amsgradTakesLibTorchsPath()
    {
        std::vector<torch::Tensor> reference = makeParameters(3);
        std::vector<torch::Tensor> fused = cloneParameters(reference);
        const auto options = torch::optim::AdamOptions(1e-2).amsgrad(true);
        torch::optim::Adam referenceAdam(reference, options);
        FusedAdam fusedAdam(fused, options);
        for (int step = 0; step < 5; ++step) {
            setGradients(reference, fused, step);
            referenceAdam.step();
            fusedAdam.step();
        }
        QCOMPARE(largestDifference(reference, fused), 0.0);
    }

    void parametersWithoutGradientsStay()
    {
        std::vector<torch::Tensor> parameters = makeParameters(4);
        const std::vector<torch::Tensor> start = cloneParameters(parameters);
        FusedAdam adam(parameters, torch::optim::AdamOptions(1e-2));
        parameters[1].mutable_grad() = torch::ones_like(parameters[1]);
        adam.step();
        QCOMPARE((parameters[0] - start[0]).abs().max().item<double>(), 0.0);
        QVERIFY((parameters[1] - start[1]).abs().max().item<double>() > 0.009);
        QCOMPARE(adam.state().size(), std::size_t(1));
    }

    void releasedGradientsGiveTheSameNextGradient()
    {
        torch::manual_seed(5);
        torch::nn::Linear layer(8, 3);
        torch::optim::Adam adam(layer->parameters(), torch::optim::AdamOptions(1e-3));
        const torch::Tensor input = torch::randn({4, 8});
        layer->forward(input).sum().backward();
        const torch::Tensor firstGradient = layer->weight.grad().clone();
        layer->forward(input).sum().backward();
        // Without clearing, the gradients add up.
        QVERIFY(torch::allclose(layer->weight.grad(), firstGradient * 2));
        releaseGradients(adam);
        for (const torch::Tensor &p : layer->parameters())
            QVERIFY(!p.grad().defined());
        layer->forward(input).sum().backward();
        QVERIFY(torch::equal(layer->weight.grad(), firstGradient));
    }

    void makeOptimizerFollowsTheConfiguration()
    {
        torch::nn::Linear layer(4, 2);
        struct Holder final : Network
        {
            explicit Holder(torch::nn::Linear inner) { register_module("inner", inner); }
            torch::Tensor forwardImpl(const torch::Tensor &input, cnnwb::models::LayerTrace *) override
            {
                return input;
            }
        };
        Holder holder(layer);
        TrainingConfig config;
        QVERIFY(dynamic_cast<FusedAdam *>(makeOptimizer(config, holder).get()));
        config.optimizer = QStringLiteral("sgd");
        QVERIFY(dynamic_cast<torch::optim::SGD *>(makeOptimizer(config, holder).get()));
    }
};

QTEST_GUILESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
