#include "models/runfolder.h"
#include "models/trainingconfig.h"
#include "ui/runsmodel.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace cnnwb;

namespace {

// Writes a run folder NAME under PARENT with EPOCHS rows of val_accuracy and STATE.
QString writeRun(const QString &parent, const QString &name, const QVector<double> &accuracies,
                 const QString &state, bool checkpoint)
{
    const models::RunFolder folder = models::RunFolder::create(parent, name);
    models::TrainingConfig config;
    config.modelId = QStringLiteral("hanzi");
    config.epochs = 5;
    config.datasetPath = QStringLiteral("demo");
    config.applyTaskDefaults(false);
    folder.writeJson(QStringLiteral("config.json"), config.toJson());
    QVector<models::HistoryRow> rows;
    for (int i = 0; i < accuracies.size(); ++i) {
        models::HistoryRow row;
        row.insert(QStringLiteral("epoch"), i + 1);
        row.insert(QStringLiteral("val_accuracy"), accuracies.at(i));
        rows << row;
    }
    folder.writeHistory(rows);
    QJsonObject status;
    status.insert(QStringLiteral("state"), state);
    folder.writeJson(QStringLiteral("status.json"), status);
    if (checkpoint) {
        QFile file(folder.lastCheckpointPath());
        file.open(QIODevice::WriteOnly);
        file.write("checkpoint");
    }
    return folder.path();
}

} // namespace

class TestRunsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsRunFolders();
    void passesModelTester();
    void resumableOnlyWhenStopped();
    void renamesRun();
    void rejectsInvalidName_data();
    void rejectsInvalidName();
    void deletesRun();

private:
    std::unique_ptr<QTemporaryDir> m_parent;
};

void TestRunsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRunsModel::init()
{
    m_parent = std::make_unique<QTemporaryDir>();
    QVERIFY(m_parent->isValid());
    writeRun(m_parent->path(), QStringLiteral("hanzi-a"), {0.5, 0.7, 0.6},
             QStringLiteral("stopped"), true);
    writeRun(m_parent->path(), QStringLiteral("hanzi-b"), {0.4}, QStringLiteral("finished"), true);
    QDir(m_parent->path()).mkdir(QStringLiteral("not-a-run"));
}

void TestRunsModel::listsRunFolders()
{
    ui::RunsModel model;
    model.setParentFolder(m_parent->path());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ui::RunsModel::ColumnCount));
    const int row = model.rowOf(QDir(m_parent->path()).filePath(QStringLiteral("hanzi-a")));
    QVERIFY(row >= 0);
    QCOMPARE(model.run(row).modelId, QStringLiteral("hanzi"));
    QCOMPARE(model.run(row).epochsDone, 3);
    QCOMPARE(model.run(row).best, 0.7);
    QCOMPARE(model.index(row, ui::RunsModel::EpochsColumn).data().toString(),
             QStringLiteral("3/5"));
    QCOMPARE(model.index(row, ui::RunsModel::BestColumn).data().toString(),
             QStringLiteral("0.7000"));
    QVERIFY(model.index(row, ui::RunsModel::BestColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("val_accuracy")));
    QCOMPARE(model.index(row, ui::RunsModel::StateColumn).data(ui::RunsModel::StateRole).toString(),
             QStringLiteral("stopped"));
}

void TestRunsModel::passesModelTester()
{
    ui::RunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParentFolder(m_parent->path());
    model.refresh();
    QVERIFY(model.rename(0, QStringLiteral("renamed")).isEmpty());
    QVERIFY(model.remove(1).isEmpty());
    QCOMPARE(model.rowCount(), 1);
}

void TestRunsModel::resumableOnlyWhenStopped()
{
    ui::RunsModel model;
    model.setParentFolder(m_parent->path());
    const int stopped = model.rowOf(QDir(m_parent->path()).filePath(QStringLiteral("hanzi-a")));
    const int finished = model.rowOf(QDir(m_parent->path()).filePath(QStringLiteral("hanzi-b")));
    QVERIFY(model.index(stopped, 0).data(ui::RunsModel::ResumableRole).toBool());
    QVERIFY(!model.index(finished, 0).data(ui::RunsModel::ResumableRole).toBool());
}

void TestRunsModel::renamesRun()
{
    ui::RunsModel model;
    model.setParentFolder(m_parent->path());
    const int row = model.rowOf(QDir(m_parent->path()).filePath(QStringLiteral("hanzi-a")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    QCOMPARE(model.rename(row, QStringLiteral("baseline")), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.run(row).name, QStringLiteral("baseline"));
    QVERIFY(models::RunFolder::isRunFolder(
        QDir(m_parent->path()).filePath(QStringLiteral("baseline"))));
    QVERIFY(!QFileInfo::exists(QDir(m_parent->path()).filePath(QStringLiteral("hanzi-a"))));
}

void TestRunsModel::rejectsInvalidName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("hidden") << QStringLiteral(".hidden");
    QTest::newRow("taken") << QStringLiteral("hanzi-b");
}

void TestRunsModel::rejectsInvalidName()
{
    QFETCH(QString, name);
    ui::RunsModel model;
    model.setParentFolder(m_parent->path());
    const int row = model.rowOf(QDir(m_parent->path()).filePath(QStringLiteral("hanzi-a")));
    QVERIFY(!model.rename(row, name).isEmpty());
    QVERIFY(QFileInfo::exists(QDir(m_parent->path()).filePath(QStringLiteral("hanzi-a"))));
}

void TestRunsModel::deletesRun()
{
    ui::RunsModel model;
    model.setParentFolder(m_parent->path());
    const QString path = QDir(m_parent->path()).filePath(QStringLiteral("hanzi-b"));
    QCOMPARE(model.remove(model.rowOf(path)), QString());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(QDir(m_parent->path()).filePath(QStringLiteral("not-a-run"))));
}

QTEST_GUILESS_MAIN(TestRunsModel)
#include "tst_runsmodel.moc"
