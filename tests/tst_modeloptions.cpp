#include "models/modeloptions.h"
#include "models/zoo.h"

#include <QtTest/QtTest>

using namespace cnnwb::models;

class TestModelOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsMatchSpecs();
    void validValuesAreStored_data();
    void validValuesAreStored();
    void invalidValuesAreRejected_data();
    void invalidValuesAreRejected();
    void unknownOptionListsValidOnes();
    void zooListsThreeModels();
};

void TestModelOptions::defaultsMatchSpecs()
{
    const ModelSpec *spec = Zoo::instance().find(QStringLiteral("pneumonia"));
    QVERIFY(spec);
    const OptionValues values = spec->defaultOptions();
    QCOMPARE(values.integer(QStringLiteral("separable_blocks")), 3);
    QCOMPARE(values.integerList(QStringLiteral("dense_units")), (QVector<int>{1024, 512}));
    QCOMPARE(values.realList(QStringLiteral("dropout")), (QVector<double>{0.7, 0.5}));
}

void TestModelOptions::validValuesAreStored_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("dense list") << "pneumonia" << "dense_units" << "256, 128,64";
    QTest::newRow("one dropout") << "pneumonia" << "dropout" << "0.3";
    QTest::newRow("conv list") << "hanzi" << "conv_channels" << "32,64";
    QTest::newRow("depth") << "unet" << "depth" << "3";
    QTest::newRow("base") << "unet" << "base_channels" << "16";
}

void TestModelOptions::validValuesAreStored()
{
    QFETCH(QString, model);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const ModelSpec *spec = Zoo::instance().find(model);
    QVERIFY(spec);
    OptionValues values = spec->defaultOptions();
    QCOMPARE(values.set(spec->options, key, value), QString());
    QCOMPARE(values.text(key), value.trimmed());
}

void TestModelOptions::invalidValuesAreRejected_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not a number") << "unet" << "depth" << "deep" << "whole numbers";
    QTest::newRow("below minimum") << "unet" << "base_channels" << "0" << "between 1 and 256";
    QTest::newRow("above maximum") << "hanzi" << "dropout" << "1.5" << "between 0 and 0.95";
    QTest::newRow("too many") << "pneumonia" << "dense_units" << "1,2,3,4,5" << "1 to 4";
    QTest::newRow("empty element") << "pneumonia" << "dense_units" << "128,,64" << "whole numbers";
}

void TestModelOptions::invalidValuesAreRejected()
{
    QFETCH(QString, model);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    const ModelSpec *spec = Zoo::instance().find(model);
    QVERIFY(spec);
    OptionValues values = spec->defaultOptions();
    const QString before = values.text(key);
    const QString error = values.set(spec->options, key, value);
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY2(error.contains(key), qPrintable(error));
    QCOMPARE(values.text(key), before);
}

void TestModelOptions::unknownOptionListsValidOnes()
{
    const ModelSpec *spec = Zoo::instance().find(QStringLiteral("unet"));
    QVERIFY(spec);
    OptionValues values = spec->defaultOptions();
    const QString error = values.set(spec->options, QStringLiteral("width"), QStringLiteral("3"));
    QVERIFY2(error.contains(QStringLiteral("width")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("depth, base_channels, dropout")), qPrintable(error));
}

void TestModelOptions::zooListsThreeModels()
{
    QCOMPARE(Zoo::instance().ids(),
             (QStringList{QStringLiteral("pneumonia"), QStringLiteral("hanzi"), QStringLiteral("unet")}));
    QVERIFY(!Zoo::instance().find(QStringLiteral("resnet")));
    QCOMPARE(Zoo::instance().find(QStringLiteral("hanzi"))->classNames.size(), 3755);
}

QTEST_GUILESS_MAIN(TestModelOptions)
#include "tst_modeloptions.moc"
