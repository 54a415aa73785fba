#include "data/tiffstack.h"

#include <opencv2/imgcodecs.hpp>

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCheck(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CNNWB_EXECUTABLE), QStringList{QStringLiteral("dataset")} + arguments);
    if (!process.waitForFinished(180000))
        qFatal("cnn-workbench dataset %s did not finish", qPrintable(arguments.join(u' ')));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray jpegBytes(int value)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", cv::Mat(60, 80, CV_8UC1, cv::Scalar(value)), bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString sharedFolder(const char *name)
{
    const QString path = QDir(QStringLiteral(CNNWB_SHARED_DATA)).filePath(QLatin1String(name));
    return QFileInfo(path).isDir() ? path : QString();
}

} // namespace

class TestDatasetCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xrayProblemsReported();
    void gntCutRecordReported();
    void emLabelPagesMismatchReported();
    void invalidArgumentsRejected_data();
    void invalidArgumentsRejected();
    void realDatasets_data();
    void realDatasets();
};

void TestDatasetCommand::xrayProblemsReported()
{
    QTemporaryDir folder;
    const QString root = folder.path();
    for (int i = 0; i < 3; ++i)
        writeFile(root + QStringLiteral("/train/NORMAL/n%1.jpeg").arg(i), jpegBytes(10 + i));
    for (int i = 0; i < 5; ++i)
        writeFile(root + QStringLiteral("/train/PNEUMONIA/p%1.jpeg").arg(i), jpegBytes(50 + i));
    writeFile(root + QStringLiteral("/val/NORMAL/v.jpeg"), jpegBytes(100));
    writeFile(root + QStringLiteral("/val/PNEUMONIA/w.jpeg"), jpegBytes(101));
    writeFile(root + QStringLiteral("/test/NORMAL/copy.jpeg"), jpegBytes(10)); // same as n0
    writeFile(root + QStringLiteral("/test/NORMAL/empty.jpeg"), QByteArray());
    writeFile(root + QStringLiteral("/test/PNEUMONIA/cut.jpeg"), jpegBytes(120).left(200));
    std::vector<uchar> png;
    cv::imencode(".png", cv::Mat(20, 20, CV_8UC1, cv::Scalar(7)), png);
    writeFile(root + QStringLiteral("/test/PNEUMONIA/png.jpeg"),
              QByteArray(reinterpret_cast<const char *>(png.data()), qsizetype(png.size())));
    writeFile(root + QStringLiteral("/train/NORMAL/._n0.jpeg"), "AppleDouble");

    const Result result = runCheck({QStringLiteral("check"), root, QStringLiteral("--seed"),
                                    QStringLiteral("7")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QLatin1String("train/val/test")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("train:\\s+3/5"))),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("test:\\s+2/2"))),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("majority-class baseline accuracy 62.5%")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Problems (3)")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("test/NORMAL/empty.jpeg")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("truncated")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("identical content in different splits")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("png.jpeg contains a PNG image")),
             qPrintable(result.out));
    QVERIFY2(!result.out.contains(QLatin1String("._n0")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("--val-from-train 0.1 --seed 7")),
             qPrintable(result.out));
}

void TestDatasetCommand::gntCutRecordReported()
{
    QTemporaryDir folder;
    QByteArray record;
    const quint32 length = 10 + 4 * 4;
    record.append(char(length)).append('\0').append('\0').append('\0');
    record.append("\xB0\xA1", 2).append('\4').append('\0').append('\4').append('\0');
    record.append(QByteArray(16, char(255)));
    const QString path = folder.filePath(QStringLiteral("cut.gnt"));
    writeFile(path, record + record.left(20));

    const Result result = runCheck({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QLatin1String("Samples: 1 in 1 distinct characters")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("byte offset 26")), qPrintable(result.out));
}

void TestDatasetCommand::emLabelPagesMismatchReported()
{
    QTemporaryDir folder;
    const cv::Mat slice(32, 32, CV_8UC1, cv::Scalar(255));
    cnnwb::data::writeTiffStack(folder.filePath(QStringLiteral("train-volume.tif")),
                                {slice, slice, slice});
    cnnwb::data::writeTiffStack(folder.filePath(QStringLiteral("train-labels.tif")), {slice});

    const Result result = runCheck({QStringLiteral("check"), folder.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QLatin1String("label stack has 1 slices")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("train-volume.tif has 3")), qPrintable(result.out));
}

void TestDatasetCommand::invalidArgumentsRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("missing path") << QStringList{QStringLiteral("check"),
                                                 QStringLiteral("/nonexistent/数据")};
    QTest::newRow("unknown action") << QStringList{QStringLiteral("verify"), QStringLiteral("/tmp")};
    QTest::newRow("no arguments") << QStringList{};
    QTest::newRow("bad membrane") << QStringList{QStringLiteral("check"), QStringLiteral("/tmp"),
                                                 QStringLiteral("--membrane"),
                                                 QStringLiteral("both")};
}

void TestDatasetCommand::invalidArgumentsRejected()
{
    QFETCH(QStringList, arguments);
    const Result result = runCheck(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestDatasetCommand::realDatasets_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("chest_xray") << "chest_xray"
                                << QStringList{QStringLiteral("train:  78/130"),
                                               QStringLiteral("val:    8/8"),
                                               QStringLiteral("test:   39/65"),
                                               QStringLiteral("Problems: none found."),
                                               QStringLiteral("--val-from-train 0.1 --seed 1")};
    QTest::newRow("isbi2012") << "isbi2012"
                              << QStringList{QStringLiteral("train-volume.tif: 30 pages, 512×512"),
                                             QStringLiteral("train-labels.tif: 30 pages, 512×512"),
                                             QStringLiteral("Membrane fraction: 2"),
                                             QStringLiteral("Problems: none found.")};
    QTest::newRow("hwdb") << "hwdb"
                          << QStringList{QStringLiteral("Samples: 101"),
                                         QStringLiteral("all samples are GB2312 level 1"),
                                         QStringLiteral("Problems: none found.")};
}

void TestDatasetCommand::realDatasets()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, expected);
    const QString path = sharedFolder(qPrintable(folder));
    if (path.isEmpty())
        QSKIP(qPrintable(QStringLiteral("The real sample data folder %1/%2 is absent")
                             .arg(QStringLiteral(CNNWB_SHARED_DATA), folder)));
    const Result result = runCheck({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 0);
    for (const QString &line : expected)
        QVERIFY2(result.out.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + result.out));
}

QTEST_GUILESS_MAIN(TestDatasetCommand)
#include "tst_datasetcommand.moc"
