#include "data/stratifiedsplit.h"

#include <QtTest/QtTest>

#include <stdexcept>

using namespace cnnwb::data;

namespace {

QVector<int> labelsOf(int normal, int pneumonia)
{
    QVector<int> labels(normal, 0);
    labels += QVector<int>(pneumonia, 1);
    return labels;
}

int countLabel(const QVector<int> &labels, const QVector<qsizetype> &indices, int label)
{
    return int(std::count_if(indices.cbegin(), indices.cend(),
                             [&](qsizetype i) { return labels.at(i) == label; }));
}

} // namespace

class TestStratifiedSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perClassCounts_data();
    void perClassCounts();
    void partitionIsComplete();
    void sameSeedSameSplit();
    void otherSeedOtherSplit();
    void invalidFractionRejected();
};

void TestStratifiedSplit::perClassCounts_data()
{
    QTest::addColumn<int>("normal");
    QTest::addColumn<int>("pneumonia");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("validationNormal");
    QTest::addColumn<int>("validationPneumonia");
    QTest::newRow("shared sample train 10%") << 78 << 130 << 0.1 << 8 << 13;
    QTest::newRow("Kaggle train 10%") << 1341 << 3875 << 0.1 << 134 << 388;
    QTest::newRow("tiny class keeps one for training") << 2 << 20 << 0.1 << 1 << 2;
    QTest::newRow("single sample stays") << 1 << 10 << 0.5 << 0 << 5;
    QTest::newRow("zero fraction") << 10 << 10 << 0.0 << 0 << 0;
}

void TestStratifiedSplit::perClassCounts()
{
    QFETCH(int, normal);
    QFETCH(int, pneumonia);
    QFETCH(double, fraction);
    QFETCH(int, validationNormal);
    QFETCH(int, validationPneumonia);
    const QVector<int> labels = labelsOf(normal, pneumonia);
    const SplitIndices split = stratifiedSplit(labels, fraction, 42);
    QCOMPARE(countLabel(labels, split.validation, 0), validationNormal);
    QCOMPARE(countLabel(labels, split.validation, 1), validationPneumonia);
    QCOMPARE(countLabel(labels, split.train, 0), normal - validationNormal);
    QCOMPARE(countLabel(labels, split.train, 1), pneumonia - validationPneumonia);
}

void TestStratifiedSplit::partitionIsComplete()
{
    const QVector<int> labels = labelsOf(78, 130);
    const SplitIndices split = stratifiedSplit(labels, 0.1, 7);
    QVector<qsizetype> all = split.train + split.validation;
    std::sort(all.begin(), all.end());
    QCOMPARE(all.size(), labels.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i), i);
    QVERIFY(std::is_sorted(split.train.cbegin(), split.train.cend()));
    QVERIFY(std::is_sorted(split.validation.cbegin(), split.validation.cend()));
}

void TestStratifiedSplit::sameSeedSameSplit()
{
    const QVector<int> labels = labelsOf(78, 130);
    QCOMPARE(stratifiedSplit(labels, 0.1, 1).validation, stratifiedSplit(labels, 0.1, 1).validation);
    // A pinned result, so a change of generator or draw (which would silently change the
    // splits of saved runs) fails here.
    QCOMPARE(stratifiedSplit(labelsOf(5, 5), 0.4, 1).validation, QVector<qsizetype>({1, 4, 5, 8}));
}

void TestStratifiedSplit::otherSeedOtherSplit()
{
    const QVector<int> labels = labelsOf(78, 130);
    QVERIFY(stratifiedSplit(labels, 0.1, 1).validation != stratifiedSplit(labels, 0.1, 2).validation);
}

void TestStratifiedSplit::invalidFractionRejected()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stratifiedSplit({0, 1}, 1.0, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stratifiedSplit({0, 1}, -0.1, 1));
}

QTEST_GUILESS_MAIN(TestStratifiedSplit)
#include "tst_stratifiedsplit.moc"
