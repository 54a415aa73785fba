#include "models/network.h"
#include "models/summary.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <QtTest/QtTest>

using namespace cnnwb::models;

class TestSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pneumoniaRows_data();
    void pneumoniaRows();
    void hanziMacs();
    void rowsAddUpToTotals_data();
    void rowsAddUpToTotals();
    void unetHasSkipConcatenations();
    void tableFormatting();
    void restoresTrainingMode();

private:
    ModelSummary summaryOf(const QString &id);
    QMap<QString, ModelSummary> m_cache;
};

ModelSummary TestSummary::summaryOf(const QString &id)
{
    if (!m_cache.contains(id)) {
        const ModelSpec *spec = Zoo::instance().find(id);
        NetworkPtr network = spec->create(spec->defaultOptions());
        m_cache.insert(id, summarize(*network, spec->inputShape));
    }
    return m_cache.value(id);
}

static const LayerRecord *findRow(const ModelSummary &summary, const QString &name)
{
    for (const LayerRecord &row : summary.layers) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

void TestSummary::initTestCase()
{
    torch::manual_seed(3);
}

void TestSummary::pneumoniaRows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<qint64>("parameters");
    QTest::addColumn<qint64>("macs");
    // Parameters are the Keras table's; BatchNormalization rows count gamma and beta only,
    // because the running statistics are buffers in LibTorch.
    QTest::newRow("Conv1_1") << "Conv1_1" << "Conv2D" << "64×224×224" << qint64(1792)
                             << qint64(224 * 224 * 64 * 27);
    QTest::newRow("pool1") << "pool1" << "MaxPooling2D" << "64×112×112" << qint64(0) << qint64(0);
    QTest::newRow("Conv2_1") << "Conv2_1" << "SeparableConv2D" << "128×112×112" << qint64(8896)
                             << qint64(112 * 112 * (64 * 9 + 64 * 128));
    QTest::newRow("bn1") << "bn1" << "BatchNormalization" << "256×56×56" << qint64(512) << qint64(0);
    QTest::newRow("Conv4_3") << "Conv4_3" << "SeparableConv2D" << "512×28×28" << qint64(267264)
                             << qint64(28 * 28 * (512 * 9 + 512 * 512));
    QTest::newRow("flatten") << "flatten" << "Flatten" << "100352" << qint64(0) << qint64(0);
    QTest::newRow("fc1") << "fc1" << "Dense" << "1024" << qint64(102761472) << qint64(100352 * 1024);
    QTest::newRow("dropout1") << "dropout1" << "Dropout" << "1024" << qint64(0) << qint64(0);
    QTest::newRow("fc3") << "fc3" << "Dense" << "2" << qint64(1026) << qint64(1024);
}

void TestSummary::pneumoniaRows()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, shape);
    QFETCH(qint64, parameters);
    QFETCH(qint64, macs);
    const ModelSummary summary = summaryOf(QStringLiteral("pneumonia"));
    const LayerRecord *row = findRow(summary, name);
    QVERIFY2(row, qPrintable(name));
    QCOMPARE(row->type, type);
    QCOMPARE(formatShape(row->shape), shape);
    QCOMPARE(qint64(row->parameters), parameters);
    QCOMPARE(qint64(row->macs), macs);
}

void TestSummary::hanziMacs()
{
    const ModelSummary summary = summaryOf(QStringLiteral("hanzi"));
    QCOMPARE(qint64(summary.macs), qint64(173976576));
    QCOMPARE(summary.layers.size(), std::size_t(11));
    QCOMPARE(summary.layers.back().name, QStringLiteral("dense_1"));
    QCOMPARE(qint64(summary.layers.back().parameters), qint64(3848875));
}

void TestSummary::rowsAddUpToTotals_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("trainable");
    QTest::addColumn<qint64>("runningStats");
    QTest::addColumn<double>("gigaMacs");
    // Forward GMAC per sample: half the FLOP figures measured for the same networks.
    QTest::newRow("pneumonia") << "pneumonia" << qint64(104194434) << qint64(3072) << 3.4245;
    QTest::newRow("hanzi") << "hanzi" << qint64(20996779) << qint64(0) << 0.174;
    QTest::newRow("unet") << "unet" << qint64(31389569) << qint64(11776) << 55.5;
}

void TestSummary::rowsAddUpToTotals()
{
    QFETCH(QString, model);
    QFETCH(qint64, trainable);
    QFETCH(qint64, runningStats);
    QFETCH(double, gigaMacs);
    const ModelSummary summary = summaryOf(model);
    QCOMPARE(qint64(summary.trainable), trainable);
    QCOMPARE(qint64(summary.runningStats), runningStats);
    qint64 rowParameters = 0;
    for (const LayerRecord &row : summary.layers)
        rowParameters += row.parameters;
    QCOMPARE(rowParameters, trainable);
    QVERIFY2(std::abs(double(summary.macs) / 1e9 - gigaMacs) < 0.01 * gigaMacs,
             qPrintable(QString::number(summary.macs)));
}

void TestSummary::unetHasSkipConcatenations()
{
    const ModelSummary summary = summaryOf(QStringLiteral("unet"));
    const LayerRecord *concat = findRow(summary, QStringLiteral("dec1_concat"));
    QVERIFY(concat);
    QCOMPARE(concat->type, QStringLiteral("Concatenate"));
    QCOMPARE(formatShape(concat->shape), QStringLiteral("192×256×256"));
    const LayerRecord *output = findRow(summary, QStringLiteral("output"));
    QVERIFY(output);
    QCOMPARE(qint64(output->parameters), qint64(65));
    QCOMPARE(formatShape(output->shape), QStringLiteral("1×256×256"));
}

void TestSummary::tableFormatting()
{
    const ModelSummary summary = summaryOf(QStringLiteral("hanzi"));
    const QString table = formatSummaryTable(summary, QStringLiteral("hanzi"));
    QVERIFY(table.contains(QStringLiteral("20,996,779")));
    QVERIFY(table.contains(QStringLiteral("conv2d_2")));
    QVERIFY(table.contains(QStringLiteral("256×16×16")));
    QCOMPARE(formatCount(31389569), QStringLiteral("31,389,569"));
    QCOMPARE(formatCount(0), QStringLiteral("0"));
}

void TestSummary::restoresTrainingMode()
{
    const ModelSpec *spec = Zoo::instance().find(QStringLiteral("unet"));
    OptionValues values = spec->defaultOptions();
    values.set(spec->options, QStringLiteral("base_channels"), QStringLiteral("4"));
    NetworkPtr network = spec->create(values);
    network->train();
    summarize(*network, {1, 32, 32});
    QVERIFY(network->is_training());
    network->eval();
    summarize(*network, {1, 32, 32});
    QVERIFY(!network->is_training());
}

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
