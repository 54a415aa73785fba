#include "app/datasetprobe.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb;

namespace {

QString xrayFolder()
{
    return QStringLiteral(CNNWB_SHARED_DATA "/chest_xray");
}

} // namespace

class TestDatasetProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void xrayCountsPerSplitAndClass();
    void xrayResplitEnlargesValidation();
    void demoEmCountsSamples();
    void missingPathReportsError();
    void unknownModelReportsError();
};

void TestDatasetProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatasetProbe::xrayCountsPerSplitAndClass()
{
    if (!QDir(xrayFolder()).exists())
        QSKIP("the public X-ray sample folder is not present next to the project");
    const app::DatasetReport report =
        app::probeDataset(QStringLiteral("pneumonia"), xrayFolder(), {}, 0, 1);
    QCOMPARE(report.error, QString());
    QCOMPARE(report.format, QStringLiteral("xray"));
    QCOMPARE(report.classNames,
             QStringList({QStringLiteral("NORMAL"), QStringLiteral("PNEUMONIA")}));
    QCOMPARE(report.splitNames, QStringList({QStringLiteral("train"), QStringLiteral("validation"),
                                             QStringLiteral("test")}));
    QCOMPARE(report.counts.at(0), QVector<qint64>({78, 130}));
    QCOMPARE(report.counts.at(1), QVector<qint64>({8, 8}));
    QCOMPARE(report.counts.at(2), QVector<qint64>({39, 65}));
    QCOMPARE(report.validationSamples, qint64(16));
    QCOMPARE(report.majorityBaseline, 0.5);
    QVERIFY(report.smallValidation);
    QVERIFY(!report.warnings.isEmpty());
    QVERIFY(report.details.contains(QLatin1String("NORMAL")));
}

void TestDatasetProbe::xrayResplitEnlargesValidation()
{
    if (!QDir(xrayFolder()).exists())
        QSKIP("the public X-ray sample folder is not present next to the project");
    const app::DatasetReport report =
        app::probeDataset(QStringLiteral("pneumonia"), xrayFolder(), {}, 0.2, 7);
    QCOMPARE(report.error, QString());
    QVERIFY(report.validationSamples >= 40);
    QCOMPARE(report.trainSamples + report.validationSamples, qint64(208));
    // Stratified: both classes keep about their share of the training split.
    QVERIFY(report.counts.at(1).at(0) >= 14);
    QVERIFY(report.counts.at(1).at(1) >= 24);
    QVERIFY(report.smallValidation);
}

void TestDatasetProbe::demoEmCountsSamples()
{
    QJsonObject settings;
    settings.insert(QStringLiteral("crop"), 64);
    settings.insert(QStringLiteral("val_slices"), QStringLiteral("30"));
    const app::DatasetReport report =
        app::probeDataset(QStringLiteral("unet"), QStringLiteral("demo"), settings, 0, 1);
    QCOMPARE(report.error, QString());
    QVERIFY(report.segmentation);
    QCOMPARE(report.format, QStringLiteral("demo"));
    QCOMPARE(report.classNames.size(), 1);
    QVERIFY(report.trainSamples > 0);
    QCOMPARE(report.counts.at(1).at(0), report.validationSamples);
    QCOMPARE(report.majorityBaseline, -1.0);
    QVERIFY(!report.smallValidation);
    QVERIFY(report.details.isEmpty());
}

void TestDatasetProbe::missingPathReportsError()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString missing = folder.filePath(QStringLiteral("missing.gnt"));
    const app::DatasetReport report = app::probeDataset(QStringLiteral("hanzi"), missing, {}, 0, 1);
    QVERIFY(!report.error.isEmpty());
    QVERIFY2(report.error.contains(missing), qPrintable(report.error));
    QVERIFY(report.counts.isEmpty());
}

void TestDatasetProbe::unknownModelReportsError()
{
    const app::DatasetReport report =
        app::probeDataset(QStringLiteral("resnet"), QStringLiteral("demo"), {}, 0, 1);
    QVERIFY(report.error.contains(QLatin1String("resnet")));
}

QTEST_GUILESS_MAIN(TestDatasetProbe)
#include "tst_datasetprobe.moc"
