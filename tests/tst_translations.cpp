#include "app/language.h"
#include "models/zoo.h"

#include <QtCore/QXmlStreamReader>
#include <QtTest/QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translationFilesAreComplete_data();
    void translationFilesAreComplete();
    void chineseIsLoadedAtRunTime_data();
    void chineseIsLoadedAtRunTime();
    void englishRestoresSourceTexts();
};

void TestTranslations::translationFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zh_CN") << QStringLiteral(CNNWB_SOURCE_DIR "/translations/cnnworkbench_zh_CN.ts");
    QTest::newRow("en") << QStringLiteral(CNNWB_SOURCE_DIR "/translations/cnnworkbench_en.ts");
}

void TestTranslations::translationFilesAreComplete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished"))
                unfinished << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated, first: %2")
                            .arg(unfinished.size())
                            .arg(unfinished.value(0))));
}

void TestTranslations::chineseIsLoadedAtRunTime_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zoo") << QByteArray("cnnwb::models::Zoo") << QByteArray("Pneumonia diagnosis")
                         << QStringLiteral("肺炎诊断");
    QTest::newRow("models") << QByteArray("cnnwb::models") << QByteArray("whole numbers")
                            << QStringLiteral("整数");
    QTest::newRow("window") << QByteArray("cnnwb::ui::MainWindow") << QByteArray("CNN Workbench")
                            << QStringLiteral("卷积神经网络工作台");
    // Messages of non-QObject code use the namespace as context, inside member functions too.
    QTest::newRow("trainer log") << QByteArray("cnnwb::models") << QByteArray("Epoch %1/%2: %3%4")
                                 << QStringLiteral("轮次 %1/%2：%3%4");
    QTest::newRow("command line") << QByteArray("cnnwb::app")
                                  << QByteArray("Train a model and write a run folder")
                                  << QStringLiteral("训练模型并写入运行目录");
}

void TestTranslations::chineseIsLoadedAtRunTime()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    cnnwb::app::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), expected);
}

void TestTranslations::englishRestoresSourceTexts()
{
    cnnwb::app::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCOMPARE(cnnwb::models::Zoo::instance().find(QStringLiteral("unet"))->translatedName(),
             QStringLiteral("EM membrane segmentation"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
