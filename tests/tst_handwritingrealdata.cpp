// Writes real HWDB characters into the handwriting canvas as mouse strokes, saves them as a
// personal set through the page and reports the page model's top-1 and top-5 on both.
//
// Needs hwdb/one-writer-101.gnt under the shared data folder (CNNWB_SHARED_DATA) and a
// character checkpoint named by CNNWB_HANDWRITING_MODEL. It skips without them.
// It also writes the page's screenshots (see screenshots() below).

#include "app/characterclassifier.h"
#include "app/language.h"
#include "app/personalset.h"
#include "app/strokerecognizer.h"
#include "data/charnormalize.h"
#include "data/gntreader.h"
#include "ui/handwritingcanvas.h"
#include "ui/handwritingpage.h"
#include "ui/mainwindow.h"

#include <algorithm>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtTest/QtTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QSlider>
#include <QtWidgets/QTabWidget>

using namespace cnnwb;

namespace {

// Samples written through the canvas: enough for a personal set of at least 30 characters.
constexpr int kPersonalSamples = 40;

// Thins a binary image (ink 1) to one-pixel-wide lines with the Zhang-Suen algorithm.
cv::Mat thin(const cv::Mat &binary)
{
    cv::Mat image = binary.clone();
    cv::Mat marker;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int pass = 0; pass < 2; ++pass) {
            marker = cv::Mat::zeros(image.size(), CV_8UC1);
            for (int y = 1; y < image.rows - 1; ++y) {
                for (int x = 1; x < image.cols - 1; ++x) {
                    if (!image.at<uchar>(y, x))
                        continue;
                    // Neighbours clockwise from north: P2..P9.
                    const uchar p[8] = {image.at<uchar>(y - 1, x),     image.at<uchar>(y - 1, x + 1),
                                        image.at<uchar>(y, x + 1),     image.at<uchar>(y + 1, x + 1),
                                        image.at<uchar>(y + 1, x),     image.at<uchar>(y + 1, x - 1),
                                        image.at<uchar>(y, x - 1),     image.at<uchar>(y - 1, x - 1)};
                    int neighbours = 0;
                    int transitions = 0;
                    for (int i = 0; i < 8; ++i) {
                        neighbours += p[i];
                        transitions += (!p[i] && p[(i + 1) % 8]);
                    }
                    const bool first = pass == 0 ? !(p[0] && p[2] && p[4]) && !(p[2] && p[4] && p[6])
                                                 : !(p[0] && p[2] && p[6]) && !(p[0] && p[4] && p[6]);
                    if (neighbours >= 2 && neighbours <= 6 && transitions == 1 && first)
                        marker.at<uchar>(y, x) = 1;
                }
            }
            if (cv::countNonZero(marker) > 0) {
                changed = true;
                image.setTo(0, marker);
            }
        }
    }
    return image;
}

// Follows the skeleton from its line ends into polylines, as a writer's strokes.
QVector<QVector<QPoint>> trace(const cv::Mat &skeleton)
{
    cv::Mat left = skeleton.clone();
    const auto neighbourCount = [&](int x, int y) {
        int count = 0;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                if ((dx || dy) && y + dy >= 0 && y + dy < left.rows && x + dx >= 0 && x + dx < left.cols)
                    count += left.at<uchar>(y + dy, x + dx) ? 1 : 0;
        return count;
    };
    QVector<QVector<QPoint>> strokes;
    for (;;) {
        // Start at a line end where there is one, else anywhere on what is left (a loop).
        QPoint start(-1, -1);
        for (int y = 0; y < left.rows && start.x() < 0; ++y)
            for (int x = 0; x < left.cols; ++x)
                if (left.at<uchar>(y, x) && neighbourCount(x, y) <= 1) {
                    start = QPoint(x, y);
                    break;
                }
        for (int y = 0; y < left.rows && start.x() < 0; ++y)
            for (int x = 0; x < left.cols; ++x)
                if (left.at<uchar>(y, x)) {
                    start = QPoint(x, y);
                    break;
                }
        if (start.x() < 0)
            break;

        QVector<QPoint> stroke{start};
        left.at<uchar>(start.y(), start.x()) = 0;
        QPoint at = start;
        QPoint direction(0, 0);
        for (;;) {
            QPoint next(-1, -1);
            int bestScore = -100;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int x = at.x() + dx;
                    const int y = at.y() + dy;
                    if ((!dx && !dy) || y < 0 || y >= left.rows || x < 0 || x >= left.cols || !left.at<uchar>(y, x))
                        continue;
                    // Keep the direction where the skeleton allows, as a pen does.
                    const int score = dx * direction.x() + dy * direction.y() - (dx && dy ? 1 : 0);
                    if (score > bestScore) {
                        bestScore = score;
                        next = QPoint(x, y);
                    }
                }
            }
            if (next.x() < 0)
                break;
            direction = next - at;
            left.at<uchar>(next.y(), next.x()) = 0;
            stroke.append(next);
            at = next;
        }
        if (stroke.size() >= 3)
            strokes.append(stroke);
    }
    return strokes;
}

// Writes BITMAP (a .gnt record) into CANVAS as mouse strokes along its skeleton, with the
// pen width set to the record's mean stroke thickness. Returns false for a record without ink.
bool writeIntoCanvas(const cv::Mat &bitmap, ui::HandwritingCanvas *canvas, QSlider *penWidth)
{
    cv::Mat ink;
    cv::compare(bitmap, 160, ink, cv::CMP_LT);
    ink /= 255;
    const cv::Mat skeleton = thin(ink);
    const int skeletonPixels = cv::countNonZero(skeleton);
    if (skeletonPixels == 0)
        return false;
    const double thickness = double(cv::countNonZero(ink)) / skeletonPixels;

    // Scale the bitmap to about 300 logical pixels and centre it on the canvas.
    const double scale = 300.0 / std::max(bitmap.cols, bitmap.rows);
    const QPointF offset((canvas->width() - bitmap.cols * scale) / 2.0, (canvas->height() - bitmap.rows * scale) / 2.0);
    penWidth->setValue(std::clamp(int(std::lround(thickness * scale)), penWidth->minimum(), penWidth->maximum()));

    canvas->clear();
    for (const QVector<QPoint> &stroke : trace(skeleton)) {
        QVector<QPoint> points;
        for (qsizetype p = 0; p < stroke.size(); p += 3)
            points.append((QPointF(stroke[p]) * scale + offset).toPoint());
        points.append((QPointF(stroke.last()) * scale + offset).toPoint());
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, points.first());
        for (qsizetype p = 1; p < points.size(); ++p)
            QTest::mouseMove(canvas, points[p]);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, points.last());
    }
    return true;
}

QString checkpointPath()
{
    return qEnvironmentVariable("CNNWB_HANDWRITING_MODEL");
}

} // namespace

class TestHandwritingRealData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelOnOneWriter();
    void personalSetThroughCanvas();
    void screenshots();

private:
    QString m_gnt;
    std::unique_ptr<app::CharacterClassifier> m_classifier;
};

void TestHandwritingRealData::initTestCase()
{
    m_gnt = QStringLiteral(CNNWB_SHARED_DATA) + QStringLiteral("/hwdb/one-writer-101.gnt");
    if (!QFileInfo::exists(m_gnt))
        QSKIP(qPrintable(QStringLiteral("%1 not found: the real HWDB sample is not available here").arg(m_gnt)));
    if (checkpointPath().isEmpty() || !QFileInfo(checkpointPath()).isFile())
        QSKIP("Set CNNWB_HANDWRITING_MODEL to a character checkpoint (best.pt of a hanzi run)");
    m_classifier = app::CharacterClassifier::load(checkpointPath());
}

void TestHandwritingRealData::modelOnOneWriter()
{
    const app::CharacterEvaluation result = app::evaluateCharacterModel(*m_classifier, m_gnt);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.evaluated > 0);
    qInfo().noquote() << QStringLiteral("%1 on %2: top-1 %3% (%4/%5), top-5 %6% (%7/%5), %8 records outside the classes")
                             .arg(QFileInfo(checkpointPath()).fileName(), QFileInfo(m_gnt).fileName())
                             .arg(100.0 * result.top1Accuracy(), 0, 'f', 1)
                             .arg(result.top1)
                             .arg(result.evaluated)
                             .arg(100.0 * result.top5Accuracy(), 0, 'f', 1)
                             .arg(result.top5)
                             .arg(result.records - result.evaluated);
    QVERIFY(result.top5 >= result.top1);
}

void TestHandwritingRealData::personalSetThroughCanvas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv(app::PersonalSet::kFolderVariable, dir.filePath(QStringLiteral("personal")).toUtf8());
    qputenv("CNNWB_RUNS", dir.filePath(QStringLiteral("runs")).toUtf8());

    ui::HandwritingPage page;
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCheckpoint(checkpointPath());
    QTRY_VERIFY_WITH_TIMEOUT(page.checkpointPath() == checkpointPath(), 60000);
    ui::HandwritingCanvas *canvas = page.canvas();
    auto *penWidth = page.findChild<QSlider *>(QStringLiteral("penWidth"));
    QVERIFY(penWidth);

    data::GntOptions options;
    options.classSet = data::GntClassSet::AllFound;
    const data::GntIndex index = data::GntIndex::open(m_gnt, options);
    int saved = 0;
    for (qsizetype i = 0; i < qsizetype(index.records().size()) && saved < kPersonalSamples; ++i) {
        const QString character = index.classNames().value(index.records()[std::size_t(i)].label);
        if (!m_classifier->classNames().contains(character))
            continue;

        if (!writeIntoCanvas(index.readBitmap(i), canvas, penWidth))
            continue;
        QVERIFY(QTest::qWaitFor([&] { return page.shownSequence() == page.recognizer()->latestSequence(); }, 10000));
        QVERIFY2(page.saveDrawing(character), qPrintable(character));
        ++saved;
    }
    QVERIFY2(saved >= 30, qPrintable(QStringLiteral("only %1 characters of the model's classes").arg(saved)));

    QSignalSpy finished(&page, &ui::HandwritingPage::evaluationFinished);
    QVERIFY(finished.isValid());
    page.evaluate(page.personalSet().gntPath());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const auto result = finished.at(0).at(0).value<app::CharacterEvaluation>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records, saved);
    QCOMPARE(result.evaluated, saved);
    QStringList misread;
    for (const app::Misread &m : result.misreads)
        misread << QStringLiteral("%1→%2").arg(m.expected, m.candidates.isEmpty() ? QStringLiteral("?") : m.candidates.front().character);
    qInfo().noquote() << QStringLiteral("personal set of %1 canvas drawings: top-1 %2% (%3), top-5 %4% (%5); misread: %6")
                             .arg(result.evaluated)
                             .arg(100.0 * result.top1Accuracy(), 0, 'f', 1)
                             .arg(result.top1)
                             .arg(100.0 * result.top5Accuracy(), 0, 'f', 1)
                             .arg(result.top5)
                             .arg(misread.join(QLatin1Char(' ')));
    if (qEnvironmentVariableIsSet("CNNWB_KEEP_PERSONAL_SET")) {
        const QString keep = qEnvironmentVariable("CNNWB_KEEP_PERSONAL_SET");
        QDir().mkpath(keep);
        QFile::remove(keep + QStringLiteral("/handwriting.gnt"));
        QFile::remove(keep + QStringLiteral("/handwriting.json"));
        QVERIFY(QFile::copy(page.personalSet().gntPath(), keep + QStringLiteral("/handwriting.gnt")));
        QVERIFY(QFile::copy(page.personalSet().strokesPath(), keep + QStringLiteral("/handwriting.json")));
    }
}

void TestHandwritingRealData::screenshots()
{
    // Screenshots for the documentation: CNNWB_SCREENSHOT_DIR=folder, CNNWB_SCREENSHOT_LANG=en
    // or zh_CN, and CNNWB_SCREENSHOT_RECORD=the .gnt record to write (default: the first one
    // the model ranks first).
    const QString folder = qEnvironmentVariable("CNNWB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set CNNWB_SCREENSHOT_DIR to write the handwriting page screenshots");
    const QString language = qEnvironmentVariable("CNNWB_SCREENSHOT_LANG", QStringLiteral("en"));
    QTemporaryDir dir;
    qputenv(app::PersonalSet::kFolderVariable, dir.filePath(QStringLiteral("personal")).toUtf8());
    qputenv("CNNWB_RUNS", dir.filePath(QStringLiteral("runs")).toUtf8());

    app::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    // CNNWB_SCREENSHOT_QM adds translations not yet merged into the shipped catalogues.
    QTranslator extra;
    if (qEnvironmentVariableIsSet("CNNWB_SCREENSHOT_QM")) {
        QVERIFY(extra.load(qEnvironmentVariable("CNNWB_SCREENSHOT_QM")));
        QCoreApplication::installTranslator(&extra);
    }
    ui::MainWindow window(&languages);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::HandwritingPage *page = window.handwritingPage();
    window.findChild<QTabWidget *>()->setCurrentWidget(page);
    page->setCheckpoint(checkpointPath());
    QTRY_VERIFY_WITH_TIMEOUT(page->checkpointPath() == checkpointPath(), 60000);

    data::GntOptions options;
    options.classSet = data::GntClassSet::AllFound;
    const data::GntIndex index = data::GntIndex::open(m_gnt, options);
    // zinnia, where built in, reads the replayed strokes too: the default record is the
    // first one the model ranks first and zinnia lists among its candidates, else the first
    // one the model ranks first.
    std::unique_ptr<app::ZinniaModel> zinnia;
    if (app::zinniaAvailable() && QFileInfo(app::defaultZinniaModelPath()).isFile())
        zinnia = app::ZinniaModel::open(app::defaultZinniaModelPath());
    auto *penWidth = page->findChild<QSlider *>(QStringLiteral("penWidth"));
    qsizetype record = qEnvironmentVariableIntValue("CNNWB_SCREENSHOT_RECORD");
    if (!qEnvironmentVariableIsSet("CNNWB_SCREENSHOT_RECORD")) {
        qsizetype networkOnly = -1;
        for (record = 0; record < qsizetype(index.records().size()); ++record) {
            const QString character = index.classNames().value(index.records()[std::size_t(record)].label);
            const cv::Mat input = data::normalizeCharacter(index.readBitmap(record));
            const auto top = m_classifier->topCandidates(m_classifier->probabilities(input), 1);
            if (top.isEmpty() || top.front().character != character)
                continue;
            if (networkOnly < 0)
                networkOnly = record;
            if (!zinnia)
                break;
            QVERIFY(writeIntoCanvas(index.readBitmap(record), page->canvas(), penWidth));
            const QVector<app::StrokeCandidate> read = zinnia->classify(page->canvas()->drawing(), app::kStrokeCandidates);
            if (std::any_of(read.cbegin(), read.cend(), [&](const app::StrokeCandidate &c) { return c.character == character; }))
                break;
        }
        if (record >= qsizetype(index.records().size()))
            record = networkOnly;
    }
    QVERIFY(record >= 0 && record < qsizetype(index.records().size()));

    page->findChild<QCheckBox *>(QStringLiteral("showSaliency"))->setChecked(true);
    QVERIFY(writeIntoCanvas(index.readBitmap(record), page->canvas(), penWidth));
    QVERIFY(QTest::qWaitFor([&] { return page->shownSequence() == page->recognizer()->latestSequence(); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return page->canvas()->hasSaliency(); }, 10000));
    if (page->strokeRecognizer()->hasModel())
        QVERIFY(QTest::qWaitFor([&] { return page->shownStrokeSequence() == page->strokeRecognizer()->latestSequence(); }, 10000));
    QTest::qWait(200); // the last repaints
    const QString path = QStringLiteral("%1/handwriting-%2.png").arg(folder, language);
    QVERIFY(window.grab().save(path));
    qInfo().noquote() << "wrote" << path << "record" << record;
}

QTEST_MAIN(TestHandwritingRealData)
#include "tst_handwritingrealdata.moc"
