#include <QtCore/QProcess>
#include <QtTest/QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryTotals_data();
    void summaryTotals();
    void summaryWithOptions();
    void unknownModelListsValidOnes();
    void unknownOptionListsValidOnes();
    void invalidOptionValueIsReported();
    void unknownCommandListsValidOnes();
    void threadCountIsLogged();
    void versionPrintsLibTorch();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments, const QStringList &environment = {});
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments,
                                             const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &entry : environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        env.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CNNWB_EXECUTABLE), arguments);
    if (!process.waitForFinished(180000))
        qFatal("cnn-workbench %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::summaryTotals_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("trainable");
    QTest::addColumn<QString>("runningStats");
    QTest::newRow("unet") << "unet" << "31,389,569" << "11,776";
    QTest::newRow("pneumonia") << "pneumonia" << "104,194,434" << "3,072";
    QTest::newRow("hanzi") << "hanzi" << "20,996,779" << "0";
}

void TestCommandLine::summaryTotals()
{
    QFETCH(QString, model);
    QFETCH(QString, trainable);
    QFETCH(QString, runningStats);
    const Result result = run({QStringLiteral("summary"), QStringLiteral("--model"), model});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("Trainable parameters: +")
                                                    + QRegularExpression::escape(trainable) + QLatin1Char('\n'))),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("running-statistic elements: +")
                                                    + QRegularExpression::escape(runningStats) + QLatin1Char('\n'))),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Forward MACs per sample:")));
}

void TestCommandLine::summaryWithOptions()
{
    const Result result = run({QStringLiteral("summary"), QStringLiteral("--model"), QStringLiteral("unet"),
                               QStringLiteral("--set"), QStringLiteral("base_channels=16"),
                               QStringLiteral("--set"), QStringLiteral("depth=3")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("base_channels=16")));
    QVERIFY(result.out.contains(QStringLiteral("bottleneck_conv1")));
    QVERIFY(!result.out.contains(QStringLiteral("enc4_conv1")));
    QVERIFY(!result.out.contains(QStringLiteral("31,389,569")));
}

void TestCommandLine::unknownModelListsValidOnes()
{
    const Result result = run({QStringLiteral("summary"), QStringLiteral("--model"), QStringLiteral("vgg16")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("vgg16")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("pneumonia, hanzi, unet")), qPrintable(result.err));
}

void TestCommandLine::unknownOptionListsValidOnes()
{
    const Result result = run({QStringLiteral("summary"), QStringLiteral("--model"), QStringLiteral("hanzi"),
                               QStringLiteral("--set"), QStringLiteral("layers=4")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("layers")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("conv_channels, dense_units, dropout")),
             qPrintable(result.err));
}

void TestCommandLine::invalidOptionValueIsReported()
{
    const Result result = run({QStringLiteral("summary"), QStringLiteral("--model"), QStringLiteral("unet"),
                               QStringLiteral("--set"), QStringLiteral("depth=ten")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("\"ten\"")), qPrintable(result.err));
}

void TestCommandLine::unknownCommandListsValidOnes()
{
    const Result result = run({QStringLiteral("trian")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("summary")), qPrintable(result.err));
}

void TestCommandLine::threadCountIsLogged()
{
    const Result fromOption = run({QStringLiteral("summary"), QStringLiteral("--model"),
                                   QStringLiteral("hanzi"), QStringLiteral("--threads"),
                                   QStringLiteral("1")});
    QVERIFY2(fromOption.err.contains(QStringLiteral("LibTorch intra-op threads: 1 (from --threads)")),
             qPrintable(fromOption.err));
    const Result fromEnvironment = run({QStringLiteral("summary"), QStringLiteral("--model"),
                                        QStringLiteral("hanzi")},
                                       {QStringLiteral("CNNWB_THREADS=2")});
    QVERIFY2(fromEnvironment.err.contains(QStringLiteral("LibTorch intra-op threads: 2 (from CNNWB_THREADS)")),
             qPrintable(fromEnvironment.err));
}

void TestCommandLine::versionPrintsLibTorch()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("LibTorch ")), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
