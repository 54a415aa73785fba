#include "app/language.h"
#include "ui/mainwindow.h"
#include "ui/modelpage.h"
#include "ui/zoopanel.h"

#include <QtTest/QtTest>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QTreeWidget>

using namespace cnnwb;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheZoo();
    void showsLayerTableOfSelectedModel();
    void optionChangeRefreshesParameterCount();
    void invalidOptionKeepsPreviousSummary();
    void switchesLanguageAtRunTime();
    void closesCleanly();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CNN Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::listsTheZoo()
{
    ui::MainWindow window(nullptr);
    window.show();
    QTreeWidget *tree = window.zooPanel()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *reference = tree->topLevelItem(0);
    QCOMPARE(reference->childCount(), 3);
    QCOMPARE(reference->child(0)->text(0), QStringLiteral("Pneumonia diagnosis"));
    QCOMPARE(reference->child(1)->text(1), QStringLiteral("64×64×1"));
    QCOMPARE(reference->child(2)->text(0), QStringLiteral("EM membrane segmentation"));
}

void TestMainWindow::showsLayerTableOfSelectedModel()
{
    ui::MainWindow window(nullptr);
    window.show();
    QSignalSpy shown(window.modelPage(), &ui::ModelPage::summaryShown);
    QVERIFY(shown.isValid());
    window.zooPanel()->selectModel(QStringLiteral("hanzi"));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString() == QLatin1String("hanzi"), 60000);
    QCOMPARE(shown.last().at(1).toLongLong(), qint64(20996779));
    QTableWidget *table = window.modelPage()->layerTable();
    QCOMPARE(table->rowCount(), 11);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("conv2d"));
    QCOMPARE(table->item(10, 3)->text(), QStringLiteral("3,848,875"));
}

void TestMainWindow::optionChangeRefreshesParameterCount()
{
    ui::MainWindow window(nullptr);
    window.show();
    QSignalSpy shown(window.modelPage(), &ui::ModelPage::summaryShown);
    window.zooPanel()->selectModel(QStringLiteral("unet"));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString() == QLatin1String("unet"), 60000);
    QCOMPARE(shown.last().at(1).toLongLong(), qint64(31389569));

    QLineEdit *base = window.modelPage()->optionField(QStringLiteral("base_channels"));
    QVERIFY(base);
    shown.clear();
    base->setText(QStringLiteral("16"));
    Q_EMIT base->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
    // Every layer's weights scale with the square of the width, the biases and norms linearly.
    QVERIFY(shown.last().at(1).toLongLong() < 31389569 / 10);
    QVERIFY(window.modelPage()->layerTable()->rowCount() > 0);
}

void TestMainWindow::invalidOptionKeepsPreviousSummary()
{
    ui::MainWindow window(nullptr);
    window.show();
    QSignalSpy shown(window.modelPage(), &ui::ModelPage::summaryShown);
    window.zooPanel()->selectModel(QStringLiteral("hanzi"));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString() == QLatin1String("hanzi"), 60000);
    const int rows = window.modelPage()->layerTable()->rowCount();
    QLineEdit *dense = window.modelPage()->optionField(QStringLiteral("dense_units"));
    QVERIFY(dense);
    dense->setText(QStringLiteral("wide"));
    Q_EMIT dense->editingFinished();
    QTest::qWait(200);
    QCOMPARE(window.modelPage()->options().text(QStringLiteral("dense_units")), QStringLiteral("1024"));
    QCOMPARE(window.modelPage()->layerTable()->rowCount(), rows);
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    app::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::MainWindow window(&language);
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("CNN Workbench"));
    QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
    // Qt delivers QEvent::LanguageChange to the widgets through the event loop.
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("卷积神经网络工作台"));
    QCOMPARE(window.zooPanel()->tree()->topLevelItem(0)->child(0)->text(0), QStringLiteral("肺炎诊断"));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("CNN Workbench"));
    QVERIFY(!language.setLanguage(QStringLiteral("klingon")));
    QCOMPARE(language.language(), QStringLiteral("en"));
}

void TestMainWindow::closesCleanly()
{
    auto *window = new ui::MainWindow(nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ui::MainWindow> guard(window);
    window->show();
    window->zooPanel()->selectModel(QStringLiteral("pneumonia"));
    QVERIFY(window->close());
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
