// The out-of-distribution guard on real chest X-rays: calibrated on the training images of
// the shared sample data, it must pass every real X-ray of the validation split and flag
// generated colour photographs, document pages, extreme aspect ratios and exposures.

#include "app/diagnosisengine.h"
#include "data/imagedecode.h"
#include "data/xrayfolder.h"
#include "models/calibration.h"
#include "models/zoo.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QDirIterator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace cnnwb;

namespace {

QString sharedData(const QString &relative)
{
    const QByteArray overridden = qgetenv("CNNWB_SHARED_DATA");
    return (overridden.isEmpty() ? QStringLiteral(CNNWB_SHARED_DATA) : QString::fromLocal8Bit(overridden))
           + QLatin1Char('/') + relative;
}

QStringList validationXrays()
{
    QStringList files;
    QDirIterator it(sharedData(QStringLiteral("chest_xray/val")), {QStringLiteral("*.jpeg")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/// Generated images that are not chest X-rays, by name, all as 8-bit BGR or grey cv::Mat.
QVector<QPair<QString, cv::Mat>> generatedImages(const cv::Mat &xray)
{
    QVector<QPair<QString, cv::Mat>> images;
    cv::RNG rng(11);

    // A colour photograph: sky, grass and a few coloured objects.
    cv::Mat photo(600, 800, CV_8UC3);
    for (int y = 0; y < photo.rows; ++y)
        photo.row(y).setTo(y < 350 ? cv::Scalar(230, 180 - y / 4, 90) : cv::Scalar(40, 150 + (y - 350) / 5, 60));
    for (int i = 0; i < 12; ++i)
        cv::circle(photo, cv::Point(rng.uniform(0, 800), rng.uniform(0, 600)), rng.uniform(20, 80),
                   cv::Scalar(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255)), cv::FILLED);
    images.append({QStringLiteral("colour photograph"), photo});

    // A document page: black lines of text on white paper.
    cv::Mat page(1100, 850, CV_8UC1, cv::Scalar(250));
    for (int line = 0; line < 30; ++line)
        cv::putText(page, "The quick brown fox jumps over the lazy dog 0123456789", cv::Point(60, 80 + line * 32),
                    cv::FONT_HERSHEY_SIMPLEX, 0.75, cv::Scalar(20), 2);
    images.append({QStringLiteral("document"), page});

    // A scanned form: grey paper, a table of thin lines, little text.
    cv::Mat form(1000, 800, CV_8UC1, cv::Scalar(235));
    for (int y = 100; y < 950; y += 50)
        cv::line(form, cv::Point(50, y), cv::Point(750, y), cv::Scalar(30), 2);
    for (int x = 50; x <= 750; x += 175)
        cv::line(form, cv::Point(x, 100), cv::Point(x, 900), cv::Scalar(30), 2);
    images.append({QStringLiteral("form"), form});

    // The same X-ray squeezed into an extreme aspect ratio.
    cv::Mat wide;
    cv::resize(xray, wide, cv::Size(1500, 250), 0, 0, cv::INTER_AREA);
    images.append({QStringLiteral("aspect ratio 6:1"), wide});

    // The same X-ray grossly over- and under-exposed.
    cv::Mat bright;
    xray.convertTo(bright, CV_8U, 1.0, 170.0);
    images.append({QStringLiteral("over-exposed"), bright});
    cv::Mat dark;
    xray.convertTo(dark, CV_8U, 0.12, 0.0);
    images.append({QStringLiteral("under-exposed"), dark});
    return images;
}

/// Letterboxes IMAGE (grey or BGR) like the decoder's output would be.
cv::Mat networkInput(const cv::Mat &image)
{
    cv::Mat rgb = image;
    if (image.channels() == 3)
        cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
    return data::preprocessXray(rgb);
}

torch::Tensor toTensor(const cv::Mat &rgb)
{
    return torch::from_blob(rgb.data, {1, rgb.rows, rgb.cols, 3}, torch::kUInt8).permute({0, 3, 1, 2}).to(torch::kFloat32) / 255.0;
}

} // namespace

class TestOodGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realXraysPass();
    void generatedImagesFlagged();
    void referenceRunGuard();

private:
    models::OodAssessment assess(const cv::Mat &input);

    models::NetworkPtr m_network;
    models::Calibration m_calibration;
    cv::Mat m_xray;
};

void TestOodGuard::initTestCase()
{
    if (!QFileInfo::exists(sharedData(QStringLiteral("chest_xray/train"))))
        QSKIP("The chest X-ray samples are not in " CNNWB_SHARED_DATA "/chest_xray; set CNNWB_SHARED_DATA");

    // A seeded, untrained network: the image statistics carry most of the guard, and the
    // feature distance is measured against this network's own training features.
    torch::manual_seed(1);
    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("pneumonia"));
    QVERIFY(spec);
    models::OptionValues options = spec->defaultOptions();
    QVERIFY(options.set(spec->options, QStringLiteral("separable_blocks"), QStringLiteral("2")).isEmpty());
    QVERIFY(options.set(spec->options, QStringLiteral("dense_units"), QStringLiteral("32")).isEmpty());
    QVERIFY(options.set(spec->options, QStringLiteral("dropout"), QStringLiteral("0.2")).isEmpty());
    m_network = spec->create(options);

    const data::XrayDataset dataset = data::XrayFolder::scan(sharedData(QStringLiteral("chest_xray")));
    const auto train = std::make_shared<data::XraySource>(dataset.splits.value(QStringLiteral("train")), dataset.classNames);
    const auto validation = std::make_shared<data::XraySource>(dataset.splits.value(QStringLiteral("val")), dataset.classNames);
    models::CalibrationOptions calibrationOptions;
    calibrationOptions.maxTrainingSamples = 0;
    m_calibration = models::calibrate(*m_network, train, validation, calibrationOptions);
    QVERIFY(m_calibration.isValid());
    QCOMPARE(m_calibration.trainingSamples, qint64(train->size()));
    QVERIFY(m_calibration.features.warningDistance > 0);
    qInfo() << "feature distance quantiles (50, 95, 99 %, max):" << m_calibration.features.distanceQuantiles
            << "limit" << m_calibration.features.warningDistance;

    m_xray = data::decodeImageFile(validationXrays().value(0)).image;
    QVERIFY(!m_xray.empty());
}

models::OodAssessment TestOodGuard::assess(const cv::Mat &input)
{
    const models::FeatureBatch batch = models::forwardWithFeatures(*m_network, toTensor(input), m_calibration.features.layer);
    const torch::Tensor row = batch.features[0].to(torch::kFloat64).contiguous();
    const std::vector<double> features(row.data_ptr<double>(), row.data_ptr<double>() + row.numel());
    return models::assessOutOfDistribution(m_calibration, features, models::measureImageStatistics(input));
}

void TestOodGuard::realXraysPass()
{
    const QStringList files = validationXrays();
    QCOMPARE(files.size(), 16);
    for (const QString &file : files) {
        const models::OodAssessment assessment = assess(data::loadXrayImage(file));
        QVERIFY2(!assessment.outOfDistribution,
                 qPrintable(QFileInfo(file).fileName() + QLatin1String(": ") + assessment.reasons.join(QLatin1String("; "))));
    }
}

void TestOodGuard::generatedImagesFlagged()
{
    for (const auto &[name, image] : generatedImages(m_xray)) {
        const models::OodAssessment assessment = assess(networkInput(image));
        QVERIFY2(assessment.outOfDistribution, qPrintable(name + QLatin1String(" passed the guard")));
        qInfo().noquote() << name << "flagged:" << assessment.reasons.join(QLatin1String("; "));
    }
}

void TestOodGuard::referenceRunGuard()
{
    // The same checks through the diagnosis engine with a trained, calibrated run.
    const QString run = qEnvironmentVariable("CNNWB_DIAGNOSIS_RUN");
    if (run.isEmpty())
        QSKIP("Set CNNWB_DIAGNOSIS_RUN to a calibrated pneumonia run folder to check its guard");
    app::DiagnosisEngine engine;
    const app::DiagnosisModelInfo info = engine.load(run);
    QVERIFY2(info.calibrated, qPrintable(run + QLatin1String(" has no calibration; run cnn-workbench calibrate")));
    for (const QString &file : validationXrays()) {
        const app::DiagnosisResult result = engine.analyse(file);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(!result.outOfDistribution, qPrintable(QFileInfo(file).fileName() + QLatin1String(": ")
                                                       + result.oodReasons.join(QLatin1String("; "))));
    }
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    int index = 0;
    for (const auto &[name, image] : generatedImages(m_xray)) {
        const QString path = folder.filePath(QStringLiteral("generated-%1.png").arg(index++));
        QVERIFY(cv::imwrite(path.toStdString(), image));
        const app::DiagnosisResult result = engine.analyse(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.outOfDistribution, qPrintable(name + QLatin1String(" passed the guard of ") + run));
    }
}

QTEST_GUILESS_MAIN(TestOodGuard)
#include "tst_oodguard.moc"
