// Recognition latency of the handwriting page at batch 1: the direct call (rasterise,
// normalise, forward pass, top 10) repeated on one thread, and pen-up to candidates through
// the recognition service's worker thread and the event loop.

#include "app/characterclassifier.h"
#include "app/handwritingrecognizer.h"
#include "app/runtime.h"
#include "data/strokes.h"
#include "models/runfolder.h"

#include <torch/torch.h>

#include <ATen/Parallel.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QLine>
#include <QtCore/QTextStream>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace cnnwb;

namespace {

// 永 written as eight polylines on a 400×400 canvas, sampled every few pixels as a pen would.
data::Drawing drawnCharacter()
{
    const std::vector<std::vector<QPointF>> strokes = {
        {{190, 60}, {205, 80}},                                   // dot
        {{150, 120}, {230, 112}, {215, 150}},                     // horizontal hook
        {{205, 110}, {208, 200}, {206, 300}, {190, 330}, {170, 315}}, // vertical hook
        {{140, 190}, {180, 180}, {120, 280}},                     // left turn
        {{95, 300}, {150, 250}},
        {{300, 150}, {240, 200}},                                 // right short slant
        {{215, 205}, {260, 260}, {320, 320}},                     // right sweep
        {{225, 190}, {270, 170}},
    };
    data::Drawing drawing;
    drawing.canvasSize = QSizeF(400, 400);
    drawing.penWidth = 12;
    qint64 t = 0;
    for (const std::vector<QPointF> &corners : strokes) {
        data::Stroke stroke;
        for (std::size_t i = 0; i + 1 < corners.size(); ++i) {
            const QPointF from = corners[i];
            const QPointF to = corners[i + 1];
            const int steps = std::max(2, int(QLineF(from, to).length() / 4));
            for (int s = 0; s < steps; ++s) {
                const QPointF p = from + (to - from) * (double(s) / steps);
                stroke.points.push_back({p.x(), p.y(), t, 1.0});
                t += 8;
            }
        }
        stroke.points.push_back({corners.back().x(), corners.back().y(), t, 1.0});
        drawing.strokes.push_back(stroke);
        t += 300;
    }
    return drawing;
}

struct Summary
{
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    int over20 = 0;
};

Summary summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * (ms.size() - 1) + 0.5))]; };
    Summary s;
    s.median = at(0.5);
    s.p90 = at(0.9);
    s.p99 = at(0.99);
    s.max = ms.back();
    s.over20 = int(std::count_if(ms.begin(), ms.end(), [](double v) { return v > 20.0; }));
    return s;
}

void print(QTextStream &out, const char *label, const Summary &s, std::size_t count)
{
    out << QStringLiteral("%1  n=%2  median %3 ms  p90 %4 ms  p99 %5 ms  max %6 ms  over 20 ms: %7\n")
               .arg(QLatin1String(label), -34)
               .arg(count)
               .arg(s.median, 0, 'f', 2)
               .arg(s.p90, 0, 'f', 2)
               .arg(s.p99, 0, 'f', 2)
               .arg(s.max, 0, 'f', 2)
               .arg(s.over20);
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recognition latency of a character checkpoint at batch 1."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("Character checkpoint (default: the newest in the runs folder)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Direct recognitions to time (default 1000)."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("service-count"), QStringLiteral("Pen-ups to time through the service (default 200)."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Intra-op threads of the recognising thread (default 1)."), QStringLiteral("count")});
    parser.process(application);

    QTextStream out(stdout);
    QString checkpoint = parser.value(QStringLiteral("checkpoint"));
    if (checkpoint.isEmpty()) {
        const QVector<app::CharacterCheckpoint> found = app::findCharacterCheckpoints(models::RunFolder::defaultParent());
        if (found.isEmpty()) {
            out << "No character checkpoint in " << models::RunFolder::defaultParent() << "; pass --checkpoint.\n";
            return 2;
        }
        checkpoint = found.front().path;
    }
    const int count = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt() : 1000;
    const int serviceCount = parser.isSet(QStringLiteral("service-count")) ? parser.value(QStringLiteral("service-count")).toInt() : 200;
    const int threads = parser.isSet(QStringLiteral("threads")) ? parser.value(QStringLiteral("threads")).toInt() : app::kRecognitionThreads;

    // The GUI thread's count, as the app sets it: CNNWB_THREADS when set, else the core count.
    app::configureTorchThreads();
    out << "checkpoint " << checkpoint << "\n";
    out << "OMP_WAIT_POLICY=" << qEnvironmentVariable("OMP_WAIT_POLICY", QStringLiteral("(unset)"))
        << "  recognising thread intra-op threads " << threads << "\n";
    out << QString::fromStdString(at::get_parallel_info()).section(QLatin1Char('\n'), 0, 3) << "\n";

    const data::Drawing drawing = drawnCharacter();
    std::unique_ptr<app::CharacterClassifier> classifier;
    try {
        classifier = app::CharacterClassifier::load(checkpoint);
    } catch (const std::exception &e) {
        out << e.what() << "\n";
        return 1;
    }
    out << "classes " << classifier->classNames().size() << "\n";

    // Direct: the same work the worker does per drawing, on this thread with THREADS threads.
    torch::set_num_threads(threads);
    for (int i = 0; i < 20; ++i)
        app::recognizeDrawing(*classifier, drawing);
    std::vector<double> direct;
    std::vector<double> forwardOnly;
    direct.reserve(std::size_t(count));
    const cv::Mat character = data::drawingToCharacter(drawing);
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const app::Recognition result = app::recognizeDrawing(*classifier, drawing);
        direct.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (result.candidates.size() != std::min<qsizetype>(app::kRecognitionCandidates, classifier->classNames().size())) {
            out << "recognition failed: " << result.error << "\n";
            return 1;
        }
    }
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const torch::Tensor probabilities = classifier->probabilities(character);
        forwardOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    print(out, "direct: rasterise + normalise + net", summarize(direct), direct.size());
    print(out, "direct: forward + softmax only", summarize(forwardOnly), forwardOnly.size());
    app::configureTorchThreads();

    // Through the service: recognize() at pen-up until recognized() reaches the event loop.
    app::HandwritingRecognizer recognizer(nullptr, threads);
    QEventLoop loop;
    bool loaded = false;
    QObject::connect(&recognizer, &app::HandwritingRecognizer::modelLoaded, &loop, [&] {
        loaded = true;
        loop.quit();
    });
    QObject::connect(&recognizer, &app::HandwritingRecognizer::modelFailed, &loop, [&](const QString &message) {
        out << message << "\n";
        loop.quit();
    });
    recognizer.loadModel(checkpoint);
    loop.exec();
    if (!loaded)
        return 1;

    std::vector<double> service;
    QElapsedTimer penUp;
    QObject::connect(&recognizer, &app::HandwritingRecognizer::recognized, &loop, [&](const app::Recognition &) {
        service.push_back(double(penUp.nsecsElapsed()) / 1e6);
        loop.quit();
    });
    for (int i = 0; i < serviceCount + 10; ++i) {
        penUp.start();
        recognizer.recognize(drawing);
        loop.exec();
        // Strokes come a few hundred milliseconds apart; the pause lets the worker sleep as it does then.
        QThread::msleep(5);
    }
    service.erase(service.begin(), service.begin() + 10);
    print(out, "service: pen-up to candidates", summarize(service), service.size());
    return 0;
}
