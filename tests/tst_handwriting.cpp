#include "app/characterclassifier.h"
#include "app/handwritingrecognizer.h"
#include "app/handwritingsaliency.h"
#include "app/personalset.h"
#include "app/strokerecognizer.h"
#include "data/charnormalize.h"
#include "data/gntreader.h"
#include "data/strokes.h"
#include "models/checkpoint.h"
#include "models/gradcam.h"
#include "models/zoo.h"
#include "ui/handwritingcanvas.h"
#include "ui/handwritingpage.h"
#include "ui/messagebanner.h"

#include <torch/torch.h>

#include <thread>

#include <opencv2/core.hpp>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>

using namespace cnnwb;

namespace {

const QStringList kClasses = {QStringLiteral("十"), QStringLiteral("木"), QStringLiteral("口"),
                              QStringLiteral("日"), QStringLiteral("人"), QStringLiteral("大"),
                              QStringLiteral("永"), QStringLiteral("中"), QStringLiteral("山"),
                              QStringLiteral("水"), QStringLiteral("火"), QStringLiteral("土")};

using Polyline = QVector<QPoint>;

// The strokes of 十 and a third stroke, in logical canvas pixels.
const Polyline kHorizontal = {{60, 150}, {100, 152}, {140, 150}, {180, 149}, {230, 151}};
const Polyline kVertical = {{145, 60}, {146, 110}, {144, 160}, {145, 210}, {146, 250}};
const Polyline kSlant = {{90, 90}, {110, 110}, {125, 128}};

enum class DenseWeights { Seeded, EmptyLastMap };

// Writes a small, seeded, untrained hanzi checkpoint into RUNS/NAME/ as a run folder.
// EmptyLastMap makes the hidden dense weights and biases non-negative and the output
// weights non-positive: every class score then falls as any pooled feature (never negative
// after ReLU and pooling) rises, so Grad-CAM of the last pooling layer is all zeros.
QString writeTinyCheckpoint(const QString &runs, const QString &name = QStringLiteral("tiny"),
                            DenseWeights dense = DenseWeights::Seeded)
{
    torch::manual_seed(7);
    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("hanzi"));
    models::OptionValues options(spec->options);
    options.set(spec->options, QStringLiteral("conv_channels"), QStringLiteral("8,16"));
    options.set(spec->options, QStringLiteral("dense_units"), QStringLiteral("32"));
    models::NetworkPtr network = spec->factory(options, kClasses.size());
    if (dense == DenseWeights::EmptyLastMap) {
        torch::NoGradGuard noGrad;
        for (auto &parameter : network->named_parameters()) {
            const std::string &key = parameter.key();
            if (key == "dense.weight") {
                parameter.value().abs_();
            } else if (key == "dense.bias") {
                parameter.value().fill_(0.1);
            } else if (key == "dense_1.weight") {
                parameter.value().abs_().neg_();
            }
        }
    }

    models::CheckpointMeta meta;
    meta.modelId = spec->id;
    for (auto it = options.values().cbegin(); it != options.values().cend(); ++it)
        meta.options.insert(it.key(), it.value());
    meta.classNames = kClasses;
    meta.epochsDone = 1;

    const QString folder = runs + QLatin1Char('/') + name;
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/best.pt");
    models::saveCheckpoint(path, *network, nullptr, meta);

    QJsonObject model{{QStringLiteral("id"), spec->id},
                      {QStringLiteral("classes"), QJsonArray::fromStringList(kClasses)}};
    QFile config(folder + QStringLiteral("/config.json"));
    if (config.open(QIODevice::WriteOnly))
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("model"), model}}).toJson());
    return path;
}

void drawStroke(QWidget *canvas, const Polyline &points)
{
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, points.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        QTest::mouseMove(canvas, points[i]);
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, points.last());
}

data::Stroke toStroke(const Polyline &points)
{
    data::Stroke stroke;
    for (const QPoint &point : points)
        stroke.points.push_back({double(point.x()), double(point.y()), 0, 1.0});
    return stroke;
}

QStringList characters(const QVector<app::CharacterCandidate> &candidates)
{
    QStringList result;
    for (const app::CharacterCandidate &candidate : candidates)
        result << QStringLiteral("%1:%2").arg(candidate.character).arg(candidate.probability, 0, 'g', 9);
    return result;
}

} // namespace

class TestHandwriting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findsCharacterCheckpoint();
    void pageLoadsModelFromRuns();
    void strokeOrderGivesSameCandidates();
    void undoRestoresPrediction();
    void recognisesWhileDrawing();
    void redoRestoresStroke();
    void tabletPressureRecorded();
    void touchDrawsStroke();
    void scaleFactorGivesSameInput();
    void candidateClickCopies();
    void staleRecognitionsDropped();
    void recognizerKeepsThreadCount();
    void saliencyCoversInput();
    void saliencyFallsBackFromEmptyMap();
    void saliencyOverlayDrawn();
    void candidateNumbersFit_data();
    void candidateNumbersFit();
    void strokeOrderSeenByZinnia();
    void missingZinniaModelNoted();
    void savedGntReadsBack();
    void saveRejectsNonGb2312();
    void personalEvaluationCountsHits();
    void fineTuneButtonOffersPersonalSet();
    void noModelOffersTraining();
    void invalidCheckpointReported();

private:
    // Waits until the page shows the newest recognition.
    bool waitForNewest(ui::HandwritingPage &page);

    QTemporaryDir m_dir;
    QString m_runs;
    QString m_checkpoint;
    std::unique_ptr<ui::HandwritingPage> m_page;
};

void TestHandwriting::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runs = m_dir.filePath(QStringLiteral("runs"));
    m_checkpoint = writeTinyCheckpoint(m_runs);
    QVERIFY(QFileInfo(m_checkpoint).isFile());
}

void TestHandwriting::init()
{
    static int round = 0;
    qputenv("CNNWB_RUNS", m_runs.toUtf8());
    qputenv(app::PersonalSet::kFolderVariable, m_dir.filePath(QStringLiteral("personal%1").arg(++round)).toUtf8());
    QSettings().remove(QStringLiteral("handwriting/checkpoint"));
    m_page = std::make_unique<ui::HandwritingPage>();
    m_page->resize(1100, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    m_page->canvas()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->recognizer()->hasModel(), 20000);
}

void TestHandwriting::cleanup()
{
    m_page.reset();
}

bool TestHandwriting::waitForNewest(ui::HandwritingPage &page)
{
    return QTest::qWaitFor([&] { return page.shownSequence() == page.recognizer()->latestSequence(); }, 10000);
}

void TestHandwriting::findsCharacterCheckpoint()
{
    const QVector<app::CharacterCheckpoint> found = app::findCharacterCheckpoints(m_runs);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.front().path, m_checkpoint);
    QCOMPARE(found.front().classCount, int(kClasses.size()));
    QVERIFY(found.front().best);
}

void TestHandwriting::pageLoadsModelFromRuns()
{
    QCOMPARE(m_page->checkpointPath(), m_checkpoint);
    QCOMPARE(m_page->recognizer()->model().classNames, kClasses);
}

void TestHandwriting::strokeOrderGivesSameCandidates()
{
    ui::HandwritingCanvas *canvas = m_page->canvas();
    drawStroke(canvas, kHorizontal);
    drawStroke(canvas, kVertical);
    QVERIFY(waitForNewest(*m_page));
    const QStringList forward = characters(m_page->candidates());
    const QImage forwardInput = m_page->networkInput();
    QCOMPARE(forward.size(), app::kRecognitionCandidates); // 12 classes, the top 10 shown

    canvas->clear();
    drawStroke(canvas, kVertical);
    drawStroke(canvas, kHorizontal);
    QVERIFY(waitForNewest(*m_page));
    QCOMPARE(characters(m_page->candidates()), forward);
    QCOMPARE(m_page->networkInput(), forwardInput);
}

void TestHandwriting::undoRestoresPrediction()
{
    ui::HandwritingCanvas *canvas = m_page->canvas();
    drawStroke(canvas, kHorizontal);
    QVERIFY(waitForNewest(*m_page));
    const QStringList oneStroke = characters(m_page->candidates());
    const QImage oneStrokeInput = m_page->networkInput();

    drawStroke(canvas, kVertical);
    QVERIFY(waitForNewest(*m_page));
    QVERIFY(m_page->networkInput() != oneStrokeInput);
    QVERIFY(characters(m_page->candidates()) != oneStroke);

    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(1));
    QVERIFY(waitForNewest(*m_page));
    QCOMPARE(characters(m_page->candidates()), oneStroke);
    QCOMPARE(m_page->networkInput(), oneStrokeInput);
}

void TestHandwriting::recognisesWhileDrawing()
{
    ui::HandwritingCanvas *canvas = m_page->canvas();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, kHorizontal.first());
    QTest::mouseMove(canvas, kHorizontal[1]);
    QTest::mouseMove(canvas, kHorizontal[2]);
    QVERIFY(canvas->isDrawing());
    // The live timer sends the unfinished stroke; its candidates arrive before pen-up.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->shownSequence() > 0 && !m_page->candidates().isEmpty(), 5000);
    QVERIFY(canvas->isDrawing());
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(0));
    QCOMPARE(canvas->drawing(true).strokes.size(), std::size_t(1));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, kHorizontal[2]);
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(1));
}

void TestHandwriting::redoRestoresStroke()
{
    ui::HandwritingCanvas *canvas = m_page->canvas();
    drawStroke(canvas, kHorizontal);
    drawStroke(canvas, kVertical);
    QVERIFY(waitForNewest(*m_page));
    const QStringList twoStrokes = characters(m_page->candidates());
    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(canvas->canRedo());
    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(2));
    QVERIFY(!canvas->canRedo());
    QVERIFY(waitForNewest(*m_page));
    QCOMPARE(characters(m_page->candidates()), twoStrokes);

    // A new stroke after undo drops the redo history.
    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier);
    drawStroke(canvas, kSlant);
    QVERIFY(!canvas->canRedo());
}

void TestHandwriting::tabletPressureRecorded()
{
    ui::HandwritingCanvas *canvas = m_page->canvas();
    const auto send = [&](QEvent::Type type, QPointF position, double pressure) {
        QTabletEvent event(type, QPointingDevice::primaryPointingDevice(), position, canvas->mapToGlobal(position),
                           pressure, 0, 0, 0, 0, 0, Qt::NoModifier, Qt::LeftButton,
                           type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
        QApplication::sendEvent(canvas, &event);
        return event.isAccepted();
    };
    QVERIFY(send(QEvent::TabletPress, QPointF(50, 60), 0.2));
    QVERIFY(send(QEvent::TabletMove, QPointF(120, 62.5), 0.8));
    QVERIFY(send(QEvent::TabletRelease, QPointF(120, 62.5), 0.0));
    const data::Drawing drawing = canvas->drawing();
    QCOMPARE(drawing.strokes.size(), std::size_t(1));
    QCOMPARE(drawing.strokes[0].points.size(), std::size_t(2));
    QCOMPARE(drawing.strokes[0].points[0].pressure, 0.2);
    QCOMPARE(drawing.strokes[0].points[1].pressure, 0.8);
    QCOMPARE(drawing.strokes[0].points[1].x, 120.0);
    QCOMPARE(drawing.strokes[0].points[1].y, 62.5);
    QVERIFY(drawing.strokes[0].points[1].t >= drawing.strokes[0].points[0].t);
}

void TestHandwriting::touchDrawsStroke()
{
    ui::HandwritingCanvas *canvas = m_page->canvas();
    QPointingDevice *device = QTest::createTouchDevice();
    QTest::touchEvent(canvas, device).press(0, QPoint(40, 40));
    QTest::touchEvent(canvas, device).move(0, QPoint(80, 90));
    QTest::touchEvent(canvas, device).move(0, QPoint(120, 140));
    QTest::touchEvent(canvas, device).release(0, QPoint(120, 140));
    const data::Drawing drawing = canvas->drawing();
    QCOMPARE(drawing.strokes.size(), std::size_t(1));
    QCOMPARE(drawing.strokes[0].points.size(), std::size_t(3));
    QCOMPARE(drawing.strokes[0].points[2].x, 120.0);
    QCOMPARE(drawing.strokes[0].points[2].pressure, 1.0);
}

void TestHandwriting::scaleFactorGivesSameInput()
{
    // CTest runs this test a second time with QT_SCALE_FACTOR=1.5 and CNNWB_EXPECTED_DPR=1.5.
    const double expectedRatio = qEnvironmentVariableIsSet("CNNWB_EXPECTED_DPR")
                                     ? qEnvironmentVariable("CNNWB_EXPECTED_DPR").toDouble()
                                     : 1.0;
    ui::HandwritingCanvas *canvas = m_page->canvas();
    QCOMPARE(canvas->devicePixelRatioF(), expectedRatio);

    drawStroke(canvas, kHorizontal);
    drawStroke(canvas, kVertical);
    drawStroke(canvas, kSlant);
    QVERIFY(waitForNewest(*m_page));

    // The input the network must get: the same logical points, rasterised directly.
    data::Drawing reference;
    reference.canvasSize = QSizeF(300, 300);
    reference.penWidth = canvas->penWidth();
    for (const Polyline &stroke : {kHorizontal, kVertical, kSlant})
        reference.strokes.push_back(toStroke(stroke));
    const cv::Mat expected = data::drawingToCharacter(reference);
    const QImage shown = m_page->networkInput();
    QCOMPARE(shown.size(), QSize(expected.cols, expected.rows));
    const QImage expectedImage(expected.data, expected.cols, expected.rows, int(expected.step), QImage::Format_Grayscale8);
    QCOMPARE(shown, expectedImage);
}

void TestHandwriting::candidateClickCopies()
{
    drawStroke(m_page->canvas(), kHorizontal);
    QVERIFY(waitForNewest(*m_page));
    QTreeWidget *list = m_page->candidateList();
    QVERIFY(list->topLevelItemCount() >= 2);
    const QString second = m_page->candidates().at(1).character;
    QCOMPARE(list->topLevelItem(1)->text(0), second);
    const QRect rect = list->visualItemRect(list->topLevelItem(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(QGuiApplication::clipboard()->text(), second);
    auto *meant = m_page->findChild<QLineEdit *>(QStringLiteral("meantCharacter"));
    QVERIFY(meant);
    QCOMPARE(meant->text(), second);
}

void TestHandwriting::staleRecognitionsDropped()
{
    app::HandwritingRecognizer recognizer;
    QSignalSpy loaded(&recognizer, &app::HandwritingRecognizer::modelLoaded);
    QVERIFY(loaded.isValid());
    recognizer.loadModel(m_checkpoint);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);

    QSignalSpy recognized(&recognizer, &app::HandwritingRecognizer::recognized);
    QVERIFY(recognized.isValid());
    data::Drawing drawing;
    drawing.canvasSize = QSizeF(300, 300);
    drawing.strokes.push_back(toStroke(kHorizontal));
    recognizer.recognize(drawing);
    drawing.strokes.push_back(toStroke(kVertical));
    recognizer.recognize(drawing);
    drawing.strokes.push_back(toStroke(kSlant));
    const quint64 last = recognizer.recognize(drawing);

    QTRY_COMPARE(recognized.count(), 1);
    QTest::qWait(300);
    QCOMPARE(recognized.count(), 1);
    const auto result = recognized.at(0).at(0).value<app::Recognition>();
    QCOMPARE(result.sequence, last);
    QVERIFY(result.error.isEmpty());
}

void TestHandwriting::recognizerKeepsThreadCount()
{
    const int before = torch::get_num_threads();
    torch::set_num_threads(2);
    {
        app::HandwritingRecognizer recognizer(nullptr, 1);
        QCOMPARE(torch::get_num_threads(), 2);
        // A thread started later takes the process default, not the recogniser's count.
        int later = 0;
        std::thread probe([&later] { later = torch::get_num_threads(); });
        probe.join();
        QCOMPARE(later, 2);
    }
    torch::set_num_threads(before);
}

void TestHandwriting::saliencyCoversInput()
{
    app::HandwritingRecognizer recognizer;
    QSignalSpy loaded(&recognizer, &app::HandwritingRecognizer::modelLoaded);
    QVERIFY(loaded.isValid());
    recognizer.loadModel(m_checkpoint);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);

    QSignalSpy ready(&recognizer, &app::HandwritingRecognizer::saliencyReady);
    QVERIFY(ready.isValid());
    data::Drawing drawing;
    drawing.canvasSize = QSizeF(300, 300);
    drawing.strokes.push_back(toStroke(kHorizontal));
    drawing.strokes.push_back(toStroke(kVertical));
    recognizer.requestSaliency(drawing, 3);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    const auto result = ready.at(0).at(0).value<app::Saliency>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.classIndex, 3);
    QCOMPARE(result.heatmap.width, 64);
    QCOMPARE(result.heatmap.height, 64);
    QCOMPARE(result.heatmap.pixels.size(), 64 * 64);
    QVERIFY(!result.layer.isEmpty());

    QSignalSpy failed(&recognizer, &app::HandwritingRecognizer::saliencyReady);
    recognizer.requestSaliency(drawing, int(kClasses.size()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY(!failed.at(0).at(0).value<app::Saliency>().error.isEmpty());
}

void TestHandwriting::saliencyFallsBackFromEmptyMap()
{
    const QString path = writeTinyCheckpoint(m_dir.filePath(QStringLiteral("flat")), QStringLiteral("empty-cam"),
                                             DenseWeights::EmptyLastMap);
    const std::unique_ptr<app::CharacterClassifier> classifier = app::CharacterClassifier::load(path);
    data::Drawing drawing;
    drawing.canvasSize = QSizeF(300, 300);
    drawing.strokes.push_back(toStroke(kHorizontal));
    drawing.strokes.push_back(toStroke(kVertical));

    // The last pooling layer has no positive evidence for any class.
    const torch::Tensor input = app::CharacterClassifier::toInput(data::drawingToCharacter(drawing));
    const models::GradCamResult last = models::computeGradCam(classifier->network(), input, 0);
    QCOMPARE(last.layer, QStringLiteral("max_pooling2d_1"));
    QCOMPARE(last.heatmap.max().item<float>(), 0.0f);

    const app::Saliency saliency = app::computeSaliency(*classifier, drawing, 0);
    QVERIFY2(saliency.error.isEmpty(), qPrintable(saliency.error));
    QVERIFY(saliency.layer != last.layer);
    QVERIFY(!saliency.layer.isEmpty());
    const int peak = uchar(*std::max_element(saliency.heatmap.pixels.cbegin(), saliency.heatmap.pixels.cend(),
                                             [](char a, char b) { return uchar(a) < uchar(b); }));
    QCOMPARE(peak, 255);
}

void TestHandwriting::saliencyOverlayDrawn()
{
    const QString path = writeTinyCheckpoint(m_dir.filePath(QStringLiteral("flat")), QStringLiteral("empty-cam"),
                                             DenseWeights::EmptyLastMap);
    QSignalSpy ready(m_page.get(), &ui::HandwritingPage::modelReady);
    QVERIFY(ready.isValid());
    m_page->setCheckpoint(path);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QVERIFY(ready.at(0).at(0).toBool());

    ui::HandwritingCanvas *canvas = m_page->canvas();
    drawStroke(canvas, kHorizontal);
    drawStroke(canvas, kVertical);
    QVERIFY(waitForNewest(*m_page));
    canvas->clearFocus(); // the focus frame would differ between the two grabs otherwise
    const QImage plain = canvas->grab().toImage();

    auto *check = m_page->findChild<QCheckBox *>(QStringLiteral("showSaliency"));
    QVERIFY(check);
    check->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(canvas->hasSaliency(), 20000);
    QVERIFY(canvas->grab().toImage() != plain);
    const auto *info = m_page->findChild<QLabel *>(QStringLiteral("saliencyInfo"));
    QVERIFY(info);
    QVERIFY2(!info->text().contains(QStringLiteral("max_pooling2d_1")), qPrintable(info->text()));

    check->setChecked(false);
    QVERIFY(!canvas->hasSaliency());
}

void TestHandwriting::candidateNumbersFit_data()
{
    QTest::addColumn<bool>("minimum");
    QTest::newRow("1280x800 window") << false;
    QTest::newRow("minimum size") << true;
}

void TestHandwriting::candidateNumbersFit()
{
    QFETCH(bool, minimum);
    // The page's share of a 1280×800 window with the docks open, or its minimum size.
    m_page->resize(minimum ? m_page->minimumSizeHint() : QSize(960, 690));
    drawStroke(m_page->canvas(), kHorizontal);
    drawStroke(m_page->canvas(), kVertical);
    QVERIFY(waitForNewest(*m_page));
    QTest::qWait(50); // the header sizes its columns on the next layout pass

    QVector<QTreeWidget *> lists{m_page->candidateList()};
    if (m_page->strokeCandidateList()->isVisible()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->strokeCandidateList()->topLevelItemCount() > 0, 10000);
        lists.append(m_page->strokeCandidateList());
    }
    for (QTreeWidget *list : lists) {
        QVERIFY(list->topLevelItemCount() > 0);
        const QFontMetrics metrics(list->font());
        const int viewport = list->viewport()->width();
        QVERIFY2(list->header()->sectionPosition(1) + list->columnWidth(1) <= viewport,
                 qPrintable(QStringLiteral("%1: columns %2 + %3 > viewport %4")
                                .arg(list->objectName())
                                .arg(list->columnWidth(0))
                                .arg(list->columnWidth(1))
                                .arg(viewport)));
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(row);
            QVERIFY2(metrics.horizontalAdvance(item->text(1)) <= list->columnWidth(1),
                     qPrintable(QStringLiteral("%1 row %2: \"%3\" wider than %4 px")
                                    .arg(list->objectName())
                                    .arg(row)
                                    .arg(item->text(1))
                                    .arg(list->columnWidth(1))));
            QVERIFY2(metrics.horizontalAdvance(item->text(0)) <= list->columnWidth(0),
                     qPrintable(QStringLiteral("%1 row %2: \"%3\"").arg(list->objectName()).arg(row).arg(item->text(0))));
        }
    }
}

void TestHandwriting::strokeOrderSeenByZinnia()
{
    if (!app::zinniaAvailable())
        QSKIP(qPrintable(app::zinniaMissingMessage()));
    if (!QFileInfo(app::defaultZinniaModelPath()).isFile())
        QSKIP(qPrintable(QStringLiteral("%1 not found: install tegaki-zinnia-simplified-chinese")
                             .arg(app::defaultZinniaModelPath())));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->strokeRecognizer()->hasModel(), 20000);
    ui::HandwritingCanvas *canvas = m_page->canvas();
    const auto waitForBoth = [&] {
        return waitForNewest(*m_page)
               && QTest::qWaitFor([&] { return m_page->shownStrokeSequence() == m_page->strokeRecognizer()->latestSequence(); },
                                  10000);
    };

    // 十 in its standard order: the horizontal stroke first.
    drawStroke(canvas, kHorizontal);
    drawStroke(canvas, kVertical);
    QVERIFY(waitForBoth());
    const QStringList network = characters(m_page->candidates());
    const QImage input = m_page->networkInput();
    QVERIFY(!m_page->strokeCandidates().isEmpty());
    const app::StrokeCandidate standard = m_page->strokeCandidates().front();
    QCOMPARE(m_page->strokeCandidateList()->topLevelItem(0)->text(0), standard.character);

    canvas->clear();
    QVERIFY(waitForBoth());
    QVERIFY(m_page->strokeCandidates().isEmpty());
    drawStroke(canvas, kVertical);
    drawStroke(canvas, kHorizontal);
    QVERIFY(waitForBoth());
    QVERIFY(!m_page->strokeCandidates().isEmpty());
    const app::StrokeCandidate reversed = m_page->strokeCandidates().front();
    qInfo().noquote() << QStringLiteral("zinnia on 十: standard order %1 (%2), vertical first %3 (%4)")
                             .arg(standard.character)
                             .arg(standard.score, 0, 'f', 3)
                             .arg(reversed.character)
                             .arg(reversed.score, 0, 'f', 3);

    // The network gets the same image in either order, while zinnia reads the order.
    QCOMPARE(characters(m_page->candidates()), network);
    QCOMPARE(m_page->networkInput(), input);
    QVERIFY2(reversed.character != standard.character || reversed.score != standard.score,
             qPrintable(QStringLiteral("zinnia gave %1 %2 for both orders").arg(standard.character).arg(standard.score)));
}

void TestHandwriting::missingZinniaModelNoted()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-zinnia.model"));
    qputenv(app::kZinniaModelVariable, missing.toUtf8());
    ui::HandwritingPage page;
    qunsetenv(app::kZinniaModelVariable);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *note = page.findChild<QLabel *>(QStringLiteral("strokeRecognizerNote"));
    QVERIFY(note);
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 10000);
    if (app::zinniaAvailable()) {
        QVERIFY2(note->text().contains(missing), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("tegaki-zinnia-simplified-chinese")), qPrintable(note->text()));
    } else {
        QVERIFY2(note->text().contains(QStringLiteral("libzinnia-dev")), qPrintable(note->text()));
    }
    QVERIFY(!page.strokeCandidateList()->isVisible());
    QVERIFY(!page.strokeRecognizer()->hasModel());

    // The network's side works on without zinnia.
    QTRY_VERIFY_WITH_TIMEOUT(page.recognizer()->hasModel(), 20000);
    drawStroke(page.canvas(), kHorizontal);
    QVERIFY(waitForNewest(page));
    QVERIFY(!page.candidates().isEmpty());
}

void TestHandwriting::savedGntReadsBack()
{
    ui::HandwritingCanvas *canvas = m_page->canvas();
    drawStroke(canvas, kHorizontal);
    drawStroke(canvas, kVertical);
    const data::Drawing drawn = canvas->drawing();
    QVERIFY(m_page->saveDrawing(QStringLiteral("十")));
    drawStroke(canvas, kVertical);
    drawStroke(canvas, kSlant);
    QVERIFY(m_page->saveDrawing(QStringLiteral("人")));

    data::GntOptions options;
    options.classSet = data::GntClassSet::AllFound;
    options.strict = true;
    const data::GntIndex index = data::GntIndex::open(m_page->personalSet().gntPath(), options);
    QCOMPARE(index.records().size(), std::size_t(2));
    QCOMPARE(index.classNames().value(index.records()[0].label), QStringLiteral("十"));
    QCOMPARE(index.classNames().value(index.records()[1].label), QStringLiteral("人"));
    // The stored bitmap normalises to exactly the input the canvas gave the network.
    const cv::Mat fromGnt = data::normalizeCharacter(index.readBitmap(0));
    const cv::Mat fromCanvas = data::drawingToCharacter(drawn);
    QCOMPARE(cv::countNonZero(fromGnt != fromCanvas), 0);

    // The strokes are kept beside it and read back.
    app::PersonalSet reopened(m_page->personalSet().folder());
    QString error;
    QVERIFY2(reopened.load(&error), qPrintable(error));
    QCOMPARE(reopened.samples().size(), 2);
    QCOMPARE(reopened.samples().at(0).character, QStringLiteral("十"));
    QCOMPARE(reopened.samples().at(0).drawing.strokes.size(), std::size_t(2));
    QCOMPARE(reopened.samples().at(0).drawing.strokes[0].points.size(), drawn.strokes[0].points.size());
}

void TestHandwriting::saveRejectsNonGb2312()
{
    drawStroke(m_page->canvas(), kHorizontal);
    QVERIFY(!m_page->saveDrawing(QStringLiteral("A")));
    QVERIFY(!m_page->saveDrawing(QString()));
    QCOMPARE(m_page->personalSet().samples().size(), 0);
    m_page->canvas()->clear();
    QVERIFY(!m_page->saveDrawing(QStringLiteral("十")));
    QVERIFY(!QFileInfo::exists(m_page->personalSet().gntPath()));
}

void TestHandwriting::personalEvaluationCountsHits()
{
    ui::HandwritingCanvas *canvas = m_page->canvas();
    const QVector<QVector<Polyline>> drawings = {{kHorizontal}, {kHorizontal, kVertical}, {kVertical, kSlant}};
    QStringList topOnes;
    for (const QVector<Polyline> &strokes : drawings) {
        for (const Polyline &stroke : strokes)
            drawStroke(canvas, stroke);
        QVERIFY(waitForNewest(*m_page));
        topOnes << m_page->candidates().front().character;
        // Label each drawing with its own top candidate, except the last, labelled 永 or 十.
        const QString label = &strokes == &drawings.back()
                                  ? (topOnes.back() == QStringLiteral("永") ? QStringLiteral("十") : QStringLiteral("永"))
                                  : topOnes.back();
        QVERIFY(m_page->saveDrawing(label));
        canvas->clear();
    }

    QSignalSpy finished(m_page.get(), &ui::HandwritingPage::evaluationFinished);
    QVERIFY(finished.isValid());
    m_page->evaluate(m_page->personalSet().gntPath());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto result = finished.at(0).at(0).value<app::CharacterEvaluation>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records, 3);
    QCOMPARE(result.evaluated, 3);
    QCOMPARE(result.top1, 2);
    QVERIFY(result.top5 >= 2);
    QCOMPARE(result.misreads.size(), 1);
    QCOMPARE(result.misreads.front().record, 2);
}

void TestHandwriting::fineTuneButtonOffersPersonalSet()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("fineTunePersonal"));
    QVERIFY(button);
    QVERIFY(m_page->personalSet().samples().isEmpty());
    QVERIFY(!button->isEnabled());
    drawStroke(m_page->canvas(), kHorizontal);
    QVERIFY(waitForNewest(*m_page));
    QVERIFY(m_page->saveDrawing(QStringLiteral("一")));
    QVERIFY(button->isEnabled());
    QSignalSpy requested(m_page.get(), &ui::HandwritingPage::fineTuneRequested);
    QVERIFY(requested.isValid());
    button->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_page->checkpointPath());
    QCOMPARE(requested.at(0).at(1).toString(), m_page->personalSet().gntPath());
}

void TestHandwriting::noModelOffersTraining()
{
    m_page.reset();
    QTemporaryDir empty;
    qputenv("CNNWB_RUNS", empty.path().toUtf8());
    QSettings().remove(QStringLiteral("handwriting/checkpoint"));
    ui::HandwritingPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *train = page.findChild<QPushButton *>(QStringLiteral("trainCharacterModel"));
    QVERIFY(train);
    QVERIFY(train->isVisible());
    QSignalSpy requested(&page, &ui::HandwritingPage::trainModelRequested);
    QVERIFY(requested.isValid());
    train->click();
    QCOMPARE(requested.count(), 1);
    QVERIFY(!page.recognizer()->hasModel());
}

void TestHandwriting::invalidCheckpointReported()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-checkpoint.pt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("plain text");
    file.close();

    QSignalSpy ready(m_page.get(), &ui::HandwritingPage::modelReady);
    QVERIFY(ready.isValid());
    m_page->setCheckpoint(path);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QCOMPARE(ready.at(0).at(0).toBool(), false);
    auto *banner = m_page->findChild<ui::MessageBanner *>();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("not-a-checkpoint.pt")), qPrintable(banner->text()));
    // The model loaded before stays in use and selected.
    QCOMPARE(m_page->checkpointPath(), m_checkpoint);
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("checkpointCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), m_checkpoint);
}

QTEST_MAIN(TestHandwriting)
#include "tst_handwriting.moc"
