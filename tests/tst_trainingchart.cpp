#include "ui/trainingchart.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include "ui/qcustomplotinclude.h"

using namespace cnnwb;

namespace {

models::HistoryRow epochRow(int epoch, double trainLoss, double validationLoss, double accuracy)
{
    models::HistoryRow row;
    row.insert(QStringLiteral("epoch"), epoch);
    row.insert(QStringLiteral("train_loss"), trainLoss);
    row.insert(QStringLiteral("val_loss"), validationLoss);
    row.insert(QStringLiteral("val_accuracy"), accuracy);
    row.insert(QStringLiteral("learning_rate"), 0.001);
    return row;
}

} // namespace

class TestTrainingChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manyStepsReplotOnce();
    void smoothingZeroFollowsRawLoss();
    void bestEpochMarked();
    void exportsImage_data();
    void exportsImage();
    void exportsHistoryCsv();
    void overlaysAddAndClear();
    void showRunFromFiles();
};

void TestTrainingChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrainingChart::manyStepsReplotOnce()
{
    ui::TrainingChart chart;
    chart.resize(800, 600);
    chart.show();
    QTRY_VERIFY(chart.replotCount() >= 1);
    const int before = chart.replotCount();
    // Steps far faster than the redraw interval are coalesced into one replot.
    for (int step = 1; step <= 5000; ++step)
        chart.addStep(step / 1000.0, 1.0 / step, 0.001);
    QCOMPARE(chart.stepCount(), 5000);
    QTRY_COMPARE(chart.replotCount(), before + 1);
    QTest::qWait(2 * ui::TrainingChart::kReplotInterval);
    QCOMPARE(chart.replotCount(), before + 1);
}

void TestTrainingChart::smoothingZeroFollowsRawLoss()
{
    ui::TrainingChart chart;
    chart.addStep(0.1, 2.0, 0.01);
    chart.addStep(0.2, 1.0, 0.01);
    chart.addStep(0.3, 4.0, 0.01);
    chart.setSmoothing(0);
    QCPGraph *raw = chart.plot()->graph(0);
    QCPGraph *smooth = chart.plot()->graph(1);
    QCOMPARE(smooth->dataCount(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(smooth->data()->at(i)->value, raw->data()->at(i)->value);

    chart.setSmoothing(0.5);
    QCOMPARE(smooth->data()->at(1)->value, 1.5);
    QCOMPARE(smooth->data()->at(2)->value, 2.75);
    QCOMPARE(chart.smoothing(), 0.5);
}

void TestTrainingChart::bestEpochMarked()
{
    ui::TrainingChart chart;
    chart.reset(QStringLiteral("val_accuracy"));
    chart.addEpoch(epochRow(1, 0.7, 0.69, 0.6), true);
    chart.addEpoch(epochRow(2, 0.5, 0.52, 0.8), true);
    chart.addEpoch(epochRow(3, 0.4, 0.55, 0.7), false);
    QCPGraph *best = nullptr;
    for (int i = 0; i < chart.plot()->graphCount(); ++i) {
        if (chart.plot()->graph(i)->name() == QLatin1String("Best epoch"))
            best = chart.plot()->graph(i);
    }
    QVERIFY(best);
    QCOMPARE(best->dataCount(), 1);
    QCOMPARE(best->data()->at(0)->key, 2.0);
    QCOMPARE(best->data()->at(0)->value, 0.8);
    QCOMPARE(chart.history().size(), 3);
}

void TestTrainingChart::exportsImage_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
}

void TestTrainingChart::exportsImage()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ui::TrainingChart chart;
    chart.resize(640, 480);
    chart.show();
    chart.addStep(0.5, 0.9, 0.001);
    chart.addEpoch(epochRow(1, 0.8, 0.7, 0.6), true);
    const QString path = folder.filePath(QStringLiteral("chart.") + suffix);
    QVERIFY(chart.exportImage(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 100);
    QVERIFY(file.read(magic.size()).startsWith(magic));
}

void TestTrainingChart::exportsHistoryCsv()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ui::TrainingChart chart;
    chart.addEpoch(epochRow(1, 0.8, 0.7, 0.6), true);
    chart.addEpoch(epochRow(2, 0.6, 0.65, 0.7), true);
    const QString path = folder.filePath(QStringLiteral("history.csv"));
    QVERIFY(chart.exportHistory(path));
    const QVector<models::HistoryRow> rows = models::RunFolder(folder.path()).readHistory();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).value(QStringLiteral("val_accuracy")), 0.7);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("epoch,"));
    QVERIFY(!chart.exportHistory(folder.filePath(QStringLiteral("missing/history.csv"))));
}

void TestTrainingChart::overlaysAddAndClear()
{
    ui::TrainingChart chart;
    const int graphs = chart.plot()->graphCount();
    chart.addOverlay(QStringLiteral("run-a"),
                     {epochRow(1, 0.8, 0.7, 0.6), epochRow(2, 0.6, 0.6, 0.7)});
    chart.addOverlay(QStringLiteral("run-b"), {epochRow(1, 0.9, 0.8, 0.5)});
    QCOMPARE(chart.overlayCount(), 4);
    QCOMPARE(chart.plot()->graphCount(), graphs + 4);
    chart.clearOverlays();
    QCOMPARE(chart.overlayCount(), 0);
    QCOMPARE(chart.plot()->graphCount(), graphs);
}

void TestTrainingChart::showRunFromFiles()
{
    QVector<models::HistoryRow> steps;
    for (int step = 1; step <= 10; ++step) {
        models::HistoryRow row;
        row.insert(QStringLiteral("step"), step);
        row.insert(QStringLiteral("epoch"), step / 5.0);
        row.insert(QStringLiteral("loss"), 1.0 / step);
        row.insert(QStringLiteral("learning_rate"), 0.01);
        steps << row;
    }
    ui::TrainingChart chart;
    chart.showRun({epochRow(1, 0.5, 0.4, 0.8), epochRow(2, 0.3, 0.35, 0.85)}, steps, 2);
    QCOMPARE(chart.stepCount(), 10);
    QCOMPARE(chart.history().size(), 2);
}

QTEST_MAIN(TestTrainingChart)
#include "tst_trainingchart.moc"
