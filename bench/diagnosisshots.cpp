// Drives the diagnosis page in the main window for the documentation: loads a run, analyses
// one X-ray (Grad-CAM and the faithfulness test), runs a folder in batch mode, saves
// screenshots of both tabs, exports the batch CSV and charts, and prints the batch figures
// as one JSON object. Run it under a display (Xvfb) or QT_QPA_PLATFORM=offscreen.
//
//   diagnosisshots --run RUN --image FILE --batch FOLDER --out DIR [--lang CODE] [--qm FILE]

#include "app/diagnosisservice.h"
#include "app/language.h"
#include "app/runtime.h"
#include "ui/diagnosispage.h"
#include "ui/mainwindow.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QTabWidget>

#include <cmath>
#include <cstdio>

using namespace cnnwb;

namespace {

// Waits up to SECONDS for SIGNAL of SENDER; returns false on timeout.
template <typename Object, typename Signal>
bool waitFor(Object *sender, Signal signal, int seconds)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    timeout.start(seconds * 1000);
    return loop.exec() == 0;
}

// Lets queued replots and layouts finish before a screenshot.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("run"), QStringLiteral("Pneumonia run folder."), QStringLiteral("folder")});
    parser.addOption({QStringLiteral("image"), QStringLiteral("X-ray shown on the single-image tab."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Folder run in batch mode."), QStringLiteral("folder")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("folder")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language (default en)."), QStringLiteral("code"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("qm"), QStringLiteral("Extra compiled translation loaded over the built-in one."), QStringLiteral("file")});
    parser.process(application);
    const QDir out(parser.value(QStringLiteral("out")));
    if (!parser.isSet(QStringLiteral("run")) || !parser.isSet(QStringLiteral("out"))) {
        std::fprintf(stderr, "diagnosisshots: --run and --out are required\n");
        return 2;
    }
    out.mkpath(QStringLiteral("."));
    const QString lang = parser.value(QStringLiteral("lang"));

    app::LanguageManager language;
    language.setLanguage(lang);
    QTranslator extra;
    if (parser.isSet(QStringLiteral("qm"))) {
        if (!extra.load(parser.value(QStringLiteral("qm"))))
            std::fprintf(stderr, "diagnosisshots: could not load %s\n", qPrintable(parser.value(QStringLiteral("qm"))));
        QCoreApplication::installTranslator(&extra);
    }

    app::configureTorchThreads();
    ui::MainWindow window(&language);
    window.resize(1280, 800);
    // The page gets the whole window: the docks stay out of the screenshots.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->hide();
    window.show();
    ui::DiagnosisPage *page = window.diagnosisPage();
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        if (tabs->indexOf(page) >= 0)
            tabs->setCurrentWidget(page);
    }

    page->loadModel(parser.value(QStringLiteral("run")));
    if (!waitFor(page, &ui::DiagnosisPage::modelReady, 120)) {
        std::fprintf(stderr, "diagnosisshots: the run did not load\n");
        return 1;
    }

    QJsonObject report;
    if (parser.isSet(QStringLiteral("image"))) {
        page->openPaths({parser.value(QStringLiteral("image"))});
        if (!waitFor(page, &ui::DiagnosisPage::gradCamShown, 120))
            std::fprintf(stderr, "diagnosisshots: no Grad-CAM map\n");
        page->service()->measureFaithfulness(0.1);
        waitFor(page, &ui::DiagnosisPage::faithfulnessShown, 120);
        settle();
        const QString shot = out.filePath(QStringLiteral("diagnosis-single-%1.png").arg(lang));
        report.insert(QStringLiteral("single_screenshot"), window.grab().save(shot) ? shot : QStringLiteral("FAILED"));
        report.insert(QStringLiteral("probability"), page->result().probability);
        report.insert(QStringLiteral("out_of_distribution"), page->result().outOfDistribution);
        report.insert(QStringLiteral("faithfulness"), page->faithfulnessText());
    }

    if (parser.isSet(QStringLiteral("batch"))) {
        page->openPaths({parser.value(QStringLiteral("batch"))});
        if (!waitFor(page, &ui::DiagnosisPage::batchShown, 1800)) {
            std::fprintf(stderr, "diagnosisshots: the batch did not finish\n");
            return 1;
        }
        settle();
        const QString shot = out.filePath(QStringLiteral("diagnosis-batch-%1.png").arg(lang));
        report.insert(QStringLiteral("batch_screenshot"), window.grab().save(shot) ? shot : QStringLiteral("FAILED"));
        page->exportBatchCsv(out.filePath(QStringLiteral("batch-%1.csv").arg(lang)));
        page->exportBatchCharts(out.filePath(QStringLiteral("batch-%1").arg(lang)), QStringLiteral("png"));
        page->exportBatchCharts(out.filePath(QStringLiteral("batch-%1").arg(lang)), QStringLiteral("svg"));

        const double threshold = page->threshold();
        const app::BatchSummary summary = app::summarizeBatch(page->batchRows(), threshold);
        const models::ConfusionMatrix &m = summary.confusion;
        report.insert(QStringLiteral("threshold"), threshold);
        report.insert(QStringLiteral("images"), page->batchRows().size());
        report.insert(QStringLiteral("labelled"), summary.labelled);
        report.insert(QStringLiteral("out_of_distribution_count"), summary.outOfDistribution);
        report.insert(QStringLiteral("failed"), summary.failed);
        report.insert(QStringLiteral("confusion"), QJsonArray{QJsonArray{qint64(m.count(0, 0)), qint64(m.count(0, 1))},
                                                              QJsonArray{qint64(m.count(1, 0)), qint64(m.count(1, 1))}});
        report.insert(QStringLiteral("accuracy"), m.accuracy());
        report.insert(QStringLiteral("sensitivity"), m.recall(1));
        report.insert(QStringLiteral("specificity"), m.recall(0));
        report.insert(QStringLiteral("precision_pneumonia"), m.precision(1));
        report.insert(QStringLiteral("precision_normal"), m.precision(0));
        report.insert(QStringLiteral("f1_pneumonia"), m.f1(1));
        report.insert(QStringLiteral("f1_normal"), m.f1(0));
        report.insert(QStringLiteral("auc"), std::isnan(summary.auc) ? QJsonValue() : QJsonValue(summary.auc));
        const app::BatchSummary half = app::summarizeBatch(page->batchRows(), 0.5);
        report.insert(QStringLiteral("accuracy_at_0_5"), half.confusion.accuracy());
        report.insert(QStringLiteral("sensitivity_at_0_5"), half.confusion.recall(1));
        report.insert(QStringLiteral("specificity_at_0_5"), half.confusion.recall(0));
    }
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
