// Drop-to-result latency of the diagnosis page for one large chest X-ray, measured around
// DiagnosisEngine::analyse() as the page calls it. That covers reading and decoding the JPEG
// at reduced scale, the letterbox to 224×224, one forward pass with the pooled features and
// the out-of-distribution score. The benchmark writes a 2000×2000 JPEG (a real X-ray
// upscaled when the shared data is there, else a synthetic one), warms up, and prints the
// median and maximum of N runs as one JSON object.
//
//   xraylatency --run RUN_FOLDER [--runs 50] [--warmup 3] [--threads N] [--image FILE]

#include "app/diagnosisengine.h"
#include "app/runtime.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// Returns the first real X-ray JPEG under the shared data folder, or an empty string.
QString sharedXray()
{
    QDirIterator it(QStringLiteral(CNNWB_SHARED_DATA "/chest_xray/val"), {QStringLiteral("*.jpeg")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

// Writes a 2000×2000 8-bit grey JPEG (quality 90) to PATH from SOURCE, or a synthetic chest-like
// picture when SOURCE is empty. Returns false when writing fails.
bool writeLargeJpeg(const QString &path, const QString &source)
{
    cv::Mat picture;
    if (!source.isEmpty())
        picture = cv::imread(source.toStdString(), cv::IMREAD_GRAYSCALE);
    if (picture.empty()) {
        picture = cv::Mat(500, 500, CV_8UC1, cv::Scalar(40));
        cv::ellipse(picture, cv::Point(170, 260), cv::Size(90, 170), 0, 0, 360, cv::Scalar(120), cv::FILLED);
        cv::ellipse(picture, cv::Point(330, 260), cv::Size(90, 170), 0, 0, 360, cv::Scalar(120), cv::FILLED);
        cv::Mat noise(picture.size(), CV_8UC1);
        cv::randn(noise, 0, 12);
        picture += noise;
    }
    cv::Mat large;
    cv::resize(picture, large, cv::Size(2000, 2000), 0, 0, cv::INTER_CUBIC);
    return cv::imwrite(path.toStdString(), large, {cv::IMWRITE_JPEG_QUALITY, 90});
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("run"), QStringLiteral("Run folder of a pneumonia classifier (required)."), QStringLiteral("folder")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Measured runs (default 50)."), QStringLiteral("count"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("warmup"), QStringLiteral("Unmeasured runs first (default 3)."), QStringLiteral("count"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Intra-op threads (default: cores)."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("image"), QStringLiteral("Measure this image instead of the generated 2000×2000 JPEG."), QStringLiteral("file")});
    parser.process(application);
    if (!parser.isSet(QStringLiteral("run"))) {
        std::fprintf(stderr, "xraylatency: --run RUN_FOLDER is required (a pneumonia run)\n");
        return 2;
    }
    cnnwb::app::configureTorchThreads(parser.value(QStringLiteral("threads")).toInt());

    QTemporaryDir folder;
    QString image = parser.value(QStringLiteral("image"));
    const QString source = sharedXray();
    if (image.isEmpty()) {
        image = folder.filePath(QStringLiteral("xray-2000.jpeg"));
        if (!writeLargeJpeg(image, source)) {
            std::fprintf(stderr, "xraylatency: could not write %s\n", qPrintable(image));
            return 1;
        }
    }

    cnnwb::app::DiagnosisEngine engine;
    try {
        engine.load(parser.value(QStringLiteral("run")));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "xraylatency: %s\n", e.what());
        return 1;
    }

    const int warmup = std::max(0, parser.value(QStringLiteral("warmup")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::vector<double> totals;
    std::vector<double> core;
    cnnwb::app::DiagnosisResult result;
    for (int i = 0; i < warmup + runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        result = engine.analyse(image);
        const double total = double(timer.nsecsElapsed()) / 1e6;
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "xraylatency: %s\n", qPrintable(result.error));
            return 1;
        }
        if (i >= warmup) {
            totals.push_back(total);
            core.push_back(result.milliseconds);
        }
    }

    QJsonObject report;
    report.insert(QStringLiteral("image"), image);
    report.insert(QStringLiteral("image_source"), source.isEmpty() ? QStringLiteral("synthetic") : source);
    report.insert(QStringLiteral("stored_size"), QStringLiteral("%1x%2").arg(result.storedSize.width()).arg(result.storedSize.height()));
    report.insert(QStringLiteral("jpeg_reduction"), result.reduction);
    report.insert(QStringLiteral("threads"), cnnwb::app::torchThreads());
    report.insert(QStringLiteral("runs"), runs);
    report.insert(QStringLiteral("median_ms"), median(totals));
    report.insert(QStringLiteral("max_ms"), *std::max_element(totals.begin(), totals.end()));
    report.insert(QStringLiteral("median_decode_forward_ood_ms"), median(core));
    report.insert(QStringLiteral("probability"), result.probability);
    report.insert(QStringLiteral("out_of_distribution"), result.outOfDistribution);
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
