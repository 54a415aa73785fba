#include "app/segmentationviewer.h"
#include "data/tiffstack.h"
#include "models/checkpoint.h"
#include "models/zoo.h"
#include "ui/overlaycomposer.h"
#include "ui/segmentationpage.h"
#include "ui/sliceview.h"

#include <torch/torch.h>

#include <opencv2/core.hpp>

#include <QtCore/QMimeData>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>
#include <QtGui/QDropEvent>
#include <QtTest/QtTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSlider>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>

using namespace cnnwb;

namespace {

constexpr int kSide = 96;
constexpr int kSlices = 4;

void writeStack(const QString &stackPath, const QString &labelPath)
{
    std::vector<cv::Mat> slices;
    std::vector<cv::Mat> labels;
    cv::RNG rng(9);
    for (int i = 0; i < kSlices; ++i) {
        cv::Mat slice(kSide, kSide, CV_16UC1);
        rng.fill(slice, cv::RNG::UNIFORM, 1000, 3000);
        slices.push_back(slice);
        cv::Mat label(kSide, kSide, CV_8UC1, cv::Scalar(255));
        label.col(20 + 10 * i).setTo(0);
        label.row(40).setTo(0);
        labels.push_back(label);
    }
    data::writeTiffStack(stackPath, slices);
    data::writeTiffStack(labelPath, labels);
}

void writeCheckpoint(const QString &path)
{
    const models::ModelSpec *spec = models::Zoo::instance().find(QStringLiteral("unet"));
    models::OptionValues options = spec->defaultOptions();
    options.set(spec->options, QStringLiteral("depth"), QStringLiteral("2"));
    options.set(spec->options, QStringLiteral("base_channels"), QStringLiteral("4"));
    models::NetworkPtr network = spec->create(options);
    models::CheckpointMeta meta;
    meta.modelId = spec->id;
    for (auto it = options.values().cbegin(); it != options.values().cend(); ++it)
        meta.options.insert(it.key(), it.value());
    meta.classNames = spec->classNames;
    models::saveCheckpoint(path, *network, nullptr, meta);
}

template <typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QLatin1String(name));
}

} // namespace

class TestSegmentationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void composeWindowsSixteenBit();
    void composeErrorMapColours();
    void composeContoursOnlyOutline();
    void openSwitchAndToggle();
    void dropOpensStackAndLabels();
    void badStackShowsError();

private:
    QTemporaryDir m_dir;
    QString m_stackPath;
    QString m_labelPath;
    QString m_checkpoint;
};

void TestSegmentationPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    torch::manual_seed(4);
    m_stackPath = m_dir.filePath(QStringLiteral("em-volume.tif"));
    m_labelPath = m_dir.filePath(QStringLiteral("em-labels.tif"));
    writeStack(m_stackPath, m_labelPath);
    m_checkpoint = m_dir.filePath(QStringLiteral("unet.pt"));
    writeCheckpoint(m_checkpoint);
}

void TestSegmentationPage::composeWindowsSixteenBit()
{
    ui::SliceLayers layers;
    layers.image = cv::Mat(2, 3, CV_16UC1);
    layers.image.at<ushort>(0, 0) = 1000;
    layers.image.at<ushort>(0, 1) = 2000;
    layers.image.at<ushort>(0, 2) = 3000;
    ui::OverlaySettings settings;
    settings.windowLow = 1000;
    settings.windowHigh = 3000;
    const QImage image = ui::composeSlice(layers, settings);
    QCOMPARE(image.size(), QSize(3, 2));
    QCOMPARE(qGray(image.pixel(0, 0)), 0);
    QVERIFY(qAbs(qGray(image.pixel(1, 0)) - 128) <= 1);
    QCOMPARE(qGray(image.pixel(2, 0)), 255);
}

void TestSegmentationPage::composeErrorMapColours()
{
    ui::SliceLayers layers;
    layers.image = cv::Mat(1, 3, CV_8UC1, cv::Scalar(128));
    layers.probability = (cv::Mat_<float>(1, 3) << 0.9f, 0.1f, 0.9f);
    layers.truth = (cv::Mat_<uchar>(1, 3) << 0, 1, 1);
    ui::OverlaySettings settings;
    settings.showMask = false;
    settings.showErrors = true;
    const QImage image = ui::composeSlice(layers, settings);
    // Pixel 0: false membrane (red); pixel 1: missed membrane (blue); pixel 2: correct (grey).
    QVERIFY(qRed(image.pixel(0, 0)) > qBlue(image.pixel(0, 0)) + 80);
    QVERIFY(qBlue(image.pixel(1, 0)) > qRed(image.pixel(1, 0)) + 80);
    QCOMPARE(image.pixel(2, 0), qRgb(128, 128, 128));
}

void TestSegmentationPage::composeContoursOnlyOutline()
{
    ui::SliceLayers layers;
    layers.image = cv::Mat(9, 9, CV_8UC1, cv::Scalar(0));
    layers.probability = cv::Mat(9, 9, CV_32FC1, cv::Scalar(0.0f));
    layers.probability(cv::Rect(2, 2, 5, 5)).setTo(1.0f);
    ui::OverlaySettings settings;
    settings.maskStyle = ui::MaskStyle::Contours;
    const QImage image = ui::composeSlice(layers, settings);
    QVERIFY(qRed(image.pixel(2, 4)) > 100);  // on the outline
    QCOMPARE(image.pixel(4, 4), qRgb(0, 0, 0)); // inside the region
    QCOMPARE(image.pixel(0, 0), qRgb(0, 0, 0)); // outside
    settings.maskStyle = ui::MaskStyle::Filled;
    QVERIFY(qRed(ui::composeSlice(layers, settings).pixel(4, 4)) > 50);
}

void TestSegmentationPage::openSwitchAndToggle()
{
    ui::SegmentationPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(page.openStack(m_stackPath));
    QVERIFY(page.openLabels(m_labelPath));
    QVERIFY(page.loadModel(m_checkpoint));
    QCOMPARE(page.viewer()->sliceCount(), kSlices);
    QCOMPARE(page.sliceView()->image().size(), QSize(kSide, kSide));

    // Keyboard navigation on the view.
    page.sliceView()->setFocus();
    QTest::keyClick(page.sliceView(), Qt::Key_Right);
    QCOMPARE(page.currentSlice(), 1);
    QTest::keyClick(page.sliceView(), Qt::Key_End);
    QCOMPARE(page.currentSlice(), kSlices - 1);
    QTest::keyClick(page.sliceView(), Qt::Key_Home);
    QCOMPARE(page.currentSlice(), 0);
    child<QSlider>(&page, "sliceSlider")->setValue(3);
    QCOMPARE(page.currentSlice(), 2);

    // Whole-stack prediction from the button.
    QSignalSpy finished(page.viewer(), &app::SegmentationViewer::jobFinished);
    QVERIFY(finished.isValid());
    auto *predictStack = child<QPushButton>(&page, "predictStackButton");
    QVERIFY(predictStack->isEnabled());
    QTest::mouseClick(predictStack, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QTRY_COMPARE(child<QTableWidget>(&page, "metricsTable")->rowCount(), kSlices);
    QVERIFY(!predictStack->isEnabled());

    // Each overlay toggle changes the composed image.
    const QImage withMask = page.sliceView()->image();
    auto *mask = child<QCheckBox>(&page, "maskCheck");
    mask->setChecked(false);
    const QImage plain = page.sliceView()->image();
    child<QCheckBox>(&page, "errorMapCheck")->setChecked(true);
    const QImage errors = page.sliceView()->image();
    QVERIFY(page.overlaySettings().showErrors);
    QVERIFY(errors != plain);
    child<QCheckBox>(&page, "truthCheck")->setChecked(true);
    QVERIFY(page.sliceView()->image() != errors);
    child<QCheckBox>(&page, "tilesCheck")->setChecked(true);
    QVERIFY(page.overlaySettings().showTiles);
    child<QCheckBox>(&page, "probabilityCheck")->setChecked(true);
    QVERIFY(page.overlaySettings().showProbability);
    mask->setChecked(true);
    child<QComboBox>(&page, "maskStyleCombo")->setCurrentIndex(1);
    QVERIFY(page.overlaySettings().maskStyle == ui::MaskStyle::Contours);
    QVERIFY(withMask != plain || cv::countNonZero(page.viewer()->predictedMask(2)) == 0);

    // A click on a metrics row opens that slice.
    auto *table = child<QTableWidget>(&page, "metricsTable");
    Q_EMIT table->cellClicked(3, 1);
    QCOMPARE(page.currentSlice(), 3);

    // The 16-bit grey window follows the slice range and can be changed.
    auto *low = child<QSpinBox>(&page, "windowLowSpin");
    auto *high = child<QSpinBox>(&page, "windowHighSpin");
    QVERIFY(low->value() >= 1000 && high->value() <= 3000);
    high->setValue(low->value() + 10);
    QCOMPARE(page.overlaySettings().windowHigh, double(low->value() + 10));

    const QString png = m_dir.filePath(QStringLiteral("view.png"));
    QVERIFY(page.saveView(png));
    QImage saved;
    QVERIFY(saved.load(png));
    QCOMPARE(saved.size(), QSize(kSide, kSide));
}

void TestSegmentationPage::dropOpensStackAndLabels()
{
    ui::SegmentationPage page;
    page.show();
    QMimeData mime;
    // Labels listed first: the page still takes the name with "labels" as the label stack.
    mime.setUrls({QUrl::fromLocalFile(m_labelPath), QUrl::fromLocalFile(m_stackPath)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(page.viewer()->stackPath(), m_stackPath);
    QCOMPARE(page.viewer()->labelPath(), m_labelPath);
}

void TestSegmentationPage::badStackShowsError()
{
    ui::SegmentationPage page;
    page.show();
    const QString missing = m_dir.filePath(QStringLiteral("nothing-here.tif"));
    QVERIFY(!page.openStack(missing));
    QVERIFY2(page.messageText().contains(missing), qPrintable(page.messageText()));
}

QTEST_MAIN(TestSegmentationPage)
#include "tst_segmentationpage.moc"
