#include "segmentationpage.h"

#include "messagebanner.h"
#include "qcustomplotinclude.h"
#include "sliceview.h"

#include "app/segmentationviewer.h"
#include "data/dataerror.h"

#include <algorithm>
#include <cmath>

#include <QtCore/QBuffer>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtCore/QSaveFile>
#include <QtCore/QSignalBlocker>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSlider>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {
namespace {

/// Table columns: slice, pixel error, IoU, Dice, Rand error.
constexpr int kMetricColumns = 5;

QString formatScore(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

SegmentationPage::SegmentationPage(QWidget *parent)
    : QWidget(parent)
    , m_viewer(new app::SegmentationViewer(this))
{
    setObjectName(QStringLiteral("segmentationPage"));
    setAcceptDrops(true);

    m_banner = new MessageBanner(this);
    m_view = new SliceView(this);
    m_sliceSlider = new QSlider(Qt::Horizontal, this);
    m_sliceSlider->setObjectName(QStringLiteral("sliceSlider"));
    m_sliceSpin = new QSpinBox(this);
    m_sliceSpin->setObjectName(QStringLiteral("sliceSpin"));
    m_sliceInfo = new QLabel(this);
    auto *sliceRow = new QHBoxLayout;
    sliceRow->addWidget(m_sliceSlider, 1);
    sliceRow->addWidget(m_sliceSpin);
    sliceRow->addWidget(m_sliceInfo);

    auto *viewColumn = new QWidget(this);
    auto *viewLayout = new QVBoxLayout(viewColumn);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addWidget(m_view, 1);
    viewLayout->addLayout(sliceRow);

    auto *controls = new QScrollArea(this);
    controls->setWidget(createControls());
    controls->setWidgetResizable(true);
    controls->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controls->setMinimumWidth(340);
    controls->setFrameShape(QFrame::NoFrame);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(viewColumn);
    top->addWidget(controls);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(createMetricsPanel());
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(vertical, 1);

    connect(m_sliceSlider, &QSlider::valueChanged, this, [this](int value) { setSlice(value - 1); });
    connect(m_sliceSpin, qOverload<int>(&QSpinBox::valueChanged), this, [this](int value) { setSlice(value - 1); });
    connect(m_view, &SliceView::sliceStepRequested, this, &SegmentationPage::stepSlice);
    connect(m_view, &SliceView::firstSliceRequested, this, [this] { setSlice(0); });
    connect(m_view, &SliceView::lastSliceRequested, this, [this] { setSlice(m_viewer->sliceCount() - 1); });

    connect(m_viewer, &app::SegmentationViewer::predictionReady, this, [this](int slice) {
        if (slice == m_slice)
            refreshView();
        updateControls();
    });
    connect(m_viewer, &app::SegmentationViewer::scoresChanged, this, &SegmentationPage::refreshMetrics);
    connect(m_viewer, &app::SegmentationViewer::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_viewer, &app::SegmentationViewer::jobFinished, this, [this](int slices, double seconds, bool cancelled) {
        updateControls();
        const QString text = cancelled ? tr("Prediction cancelled after %n slice(s), %1 s", nullptr, slices)
                                       : tr("Predicted %n slice(s) in %1 s (%2 s per slice)", nullptr, slices);
        Q_EMIT jobChanged(cancelled ? text.arg(seconds, 0, 'f', 1)
                                    : text.arg(seconds, 0, 'f', 1).arg(slices ? seconds / slices : 0.0, 0, 'f', 2));
    });
    connect(m_viewer, &app::SegmentationViewer::jobFailed, this, [this](const QString &message) {
        updateControls();
        showError(tr("The prediction failed: %1").arg(message));
        Q_EMIT jobChanged(tr("Prediction failed"));
    });

    retranslate();
    updateControls();
}

SegmentationPage::~SegmentationPage()
{
    m_viewer->cancel();
    m_viewer->waitForIdle();
}

QWidget *SegmentationPage::createControls()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);

    m_stackGroup = new QGroupBox(panel);
    auto *stackLayout = new QFormLayout(m_stackGroup);
    m_openStackButton = new QPushButton(m_stackGroup);
    m_openStackButton->setObjectName(QStringLiteral("openStackButton"));
    m_openFolderButton = new QPushButton(m_stackGroup);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openStackButton);
    openRow->addWidget(m_openFolderButton);
    stackLayout->addRow(openRow);
    m_openLabelsButton = new QPushButton(m_stackGroup);
    m_polarityLabel = new QLabel(m_stackGroup);
    m_polarityCombo = new QComboBox(m_stackGroup);
    m_polarityCombo->addItems({QString(), QString()});
    stackLayout->addRow(m_openLabelsButton);
    stackLayout->addRow(m_polarityLabel);
    stackLayout->addRow(m_polarityCombo);
    m_loadModelButton = new QPushButton(m_stackGroup);
    m_loadModelButton->setObjectName(QStringLiteral("loadModelButton"));
    stackLayout->addRow(m_loadModelButton);
    m_sourceInfo = new QLabel(m_stackGroup);
    m_sourceInfo->setWordWrap(true);
    // Long file and model names wrap at the panel width instead of widening the panel.
    m_sourceInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sourceInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stackLayout->addRow(m_sourceInfo);
    layout->addWidget(m_stackGroup);

    m_predictGroup = new QGroupBox(panel);
    auto *predictLayout = new QVBoxLayout(m_predictGroup);
    m_predictSliceButton = new QPushButton(m_predictGroup);
    m_predictSliceButton->setObjectName(QStringLiteral("predictSliceButton"));
    m_predictStackButton = new QPushButton(m_predictGroup);
    m_predictStackButton->setObjectName(QStringLiteral("predictStackButton"));
    m_cancelButton = new QPushButton(m_predictGroup);
    auto *predictRow = new QHBoxLayout;
    predictRow->addWidget(m_predictSliceButton);
    predictRow->addWidget(m_predictStackButton);
    predictRow->addWidget(m_cancelButton);
    predictLayout->addLayout(predictRow);
    m_progress = new QProgressBar(m_predictGroup);
    m_progress->setValue(0);
    predictLayout->addWidget(m_progress);
    layout->addWidget(m_predictGroup);

    m_overlayGroup = new QGroupBox(panel);
    auto *overlayLayout = new QFormLayout(m_overlayGroup);
    m_maskCheck = new QCheckBox(m_overlayGroup);
    m_maskCheck->setObjectName(QStringLiteral("maskCheck"));
    m_maskCheck->setChecked(true);
    m_maskStyleCombo = new QComboBox(m_overlayGroup);
    m_maskStyleCombo->setObjectName(QStringLiteral("maskStyleCombo"));
    m_maskStyleCombo->addItems({QString(), QString()});
    overlayLayout->addRow(m_maskCheck, m_maskStyleCombo);
    m_opacityLabel = new QLabel(m_overlayGroup);
    m_opacitySlider = new QSlider(Qt::Horizontal, m_overlayGroup);
    m_opacitySlider->setRange(0, 100);
    m_opacitySlider->setValue(40);
    overlayLayout->addRow(m_opacityLabel, m_opacitySlider);
    m_probabilityCheck = new QCheckBox(m_overlayGroup);
    m_probabilityCheck->setObjectName(QStringLiteral("probabilityCheck"));
    overlayLayout->addRow(m_probabilityCheck);
    m_thresholdLabel = new QLabel(m_overlayGroup);
    m_thresholdSlider = new QSlider(Qt::Horizontal, m_overlayGroup);
    m_thresholdSlider->setObjectName(QStringLiteral("thresholdSlider"));
    m_thresholdSlider->setRange(1, 99);
    m_thresholdSlider->setValue(50);
    overlayLayout->addRow(m_thresholdLabel, m_thresholdSlider);
    m_truthCheck = new QCheckBox(m_overlayGroup);
    m_truthCheck->setObjectName(QStringLiteral("truthCheck"));
    overlayLayout->addRow(m_truthCheck);
    m_errorCheck = new QCheckBox(m_overlayGroup);
    m_errorCheck->setObjectName(QStringLiteral("errorMapCheck"));
    overlayLayout->addRow(m_errorCheck);
    m_errorLegend = new QLabel(m_overlayGroup);
    m_errorLegend->setWordWrap(true);
    overlayLayout->addRow(m_errorLegend);
    m_tilesCheck = new QCheckBox(m_overlayGroup);
    m_tilesCheck->setObjectName(QStringLiteral("tilesCheck"));
    m_seamCheck = new QCheckBox(m_overlayGroup);
    m_seamCheck->setObjectName(QStringLiteral("seamCheck"));
    overlayLayout->addRow(m_tilesCheck);
    overlayLayout->addRow(m_seamCheck);
    layout->addWidget(m_overlayGroup);

    m_displayGroup = new QGroupBox(panel);
    auto *displayLayout = new QHBoxLayout(m_displayGroup);
    m_windowLabel = new QLabel(m_displayGroup);
    m_windowLowSpin = new QSpinBox(m_displayGroup);
    m_windowLowSpin->setObjectName(QStringLiteral("windowLowSpin"));
    m_windowHighSpin = new QSpinBox(m_displayGroup);
    m_windowHighSpin->setObjectName(QStringLiteral("windowHighSpin"));
    for (QSpinBox *spin : {m_windowLowSpin, m_windowHighSpin})
        spin->setRange(0, 65535);
    m_windowHighSpin->setValue(255);
    m_autoWindowButton = new QPushButton(m_displayGroup);
    displayLayout->addWidget(m_windowLabel);
    displayLayout->addWidget(m_windowLowSpin);
    displayLayout->addWidget(m_windowHighSpin);
    displayLayout->addWidget(m_autoWindowButton);
    layout->addWidget(m_displayGroup);

    m_exportGroup = new QGroupBox(panel);
    auto *exportLayout = new QFormLayout(m_exportGroup);
    m_exportPolarityCombo = new QComboBox(m_exportGroup);
    m_exportPolarityCombo->addItems({QString(), QString()});
    m_exportMasksButton = new QPushButton(m_exportGroup);
    exportLayout->addRow(m_exportMasksButton, m_exportPolarityCombo);
    m_exportProbabilitiesButton = new QPushButton(m_exportGroup);
    exportLayout->addRow(m_exportProbabilitiesButton);
    m_saveViewButton = new QPushButton(m_exportGroup);
    exportLayout->addRow(m_saveViewButton);
    layout->addWidget(m_exportGroup);
    layout->addStretch(1);

    connect(m_openStackButton, &QPushButton::clicked, this, [this] { chooseStack(false); });
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] { chooseStack(true); });
    connect(m_openLabelsButton, &QPushButton::clicked, this, &SegmentationPage::chooseLabels);
    connect(m_loadModelButton, &QPushButton::clicked, this, &SegmentationPage::chooseModel);
    connect(m_predictSliceButton, &QPushButton::clicked, this, [this] {
        if (m_viewer->predictSlice(m_slice))
            Q_EMIT jobChanged(tr("Predicting slice %1…").arg(m_slice + 1));
        updateControls();
    });
    connect(m_predictStackButton, &QPushButton::clicked, this, [this] {
        if (m_viewer->predictStack())
            Q_EMIT jobChanged(tr("Predicting the stack…"));
        updateControls();
    });
    connect(m_cancelButton, &QPushButton::clicked, m_viewer, &app::SegmentationViewer::cancel);
    for (QCheckBox *check : {m_maskCheck, m_probabilityCheck, m_truthCheck, m_errorCheck, m_tilesCheck, m_seamCheck})
        connect(check, &QCheckBox::toggled, this, &SegmentationPage::refreshView);
    connect(m_maskStyleCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &SegmentationPage::refreshView);
    connect(m_opacitySlider, &QSlider::valueChanged, this, &SegmentationPage::refreshView);
    connect(m_thresholdSlider, &QSlider::valueChanged, this, [this](int value) {
        m_viewer->setThreshold(value / 100.0);
        m_thresholdLabel->setText(tr("Threshold %1").arg(value / 100.0, 0, 'f', 2));
        refreshView();
    });
    connect(m_windowLowSpin, qOverload<int>(&QSpinBox::valueChanged), this, &SegmentationPage::refreshView);
    connect(m_windowHighSpin, qOverload<int>(&QSpinBox::valueChanged), this, &SegmentationPage::refreshView);
    connect(m_autoWindowButton, &QPushButton::clicked, this, &SegmentationPage::autoWindow);
    connect(m_exportMasksButton, &QPushButton::clicked, this, &SegmentationPage::exportMasks);
    connect(m_exportProbabilitiesButton, &QPushButton::clicked, this, &SegmentationPage::exportProbabilities);
    connect(m_saveViewButton, &QPushButton::clicked, this, &SegmentationPage::chooseViewFile);
    return panel;
}

QWidget *SegmentationPage::createMetricsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *tableColumn = new QVBoxLayout;
    m_metricsTable = new QTableWidget(0, kMetricColumns, panel);
    m_metricsTable->setObjectName(QStringLiteral("metricsTable"));
    m_metricsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metricsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_metricsTable->verticalHeader()->setVisible(false);
    m_metricsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stackMetrics = new QLabel(panel);
    m_stackMetrics->setObjectName(QStringLiteral("stackMetricsLabel"));
    m_stackMetrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tableColumn->addWidget(m_metricsTable, 1);
    tableColumn->addWidget(m_stackMetrics);
    layout->addLayout(tableColumn, 1);

    m_chart = new QCustomPlot(panel);
    m_chart->setObjectName(QStringLiteral("metricsChart"));
    m_chart->setMinimumHeight(160);
    // A one-row legend at the top, above the score range, so it never hides a point.
    m_chart->legend->setVisible(true);
    m_chart->legend->setBrush(QColor(255, 255, 255, 200));
    m_chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_chart->legend->setWrap(3);
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    const QColor colors[] = {QColor(200, 60, 40), QColor(40, 110, 200), QColor(60, 160, 70)};
    for (const QColor &color : colors) {
        QCPGraph *graph = m_chart->addGraph();
        graph->setPen(QPen(color, 1.5));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    }
    m_chart->yAxis->setRange(0, 1.3);
    layout->addWidget(m_chart, 1);

    // A click on a slice row shows that slice; the mean row has no slice.
    connect(m_metricsTable, &QTableWidget::cellClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_metricsTable->item(row, 0);
        if (item && item->data(Qt::UserRole).isValid())
            setSlice(item->data(Qt::UserRole).toInt());
    });
    return panel;
}

void SegmentationPage::retranslate()
{
    m_stackGroup->setTitle(tr("Stack"));
    m_openStackButton->setText(tr("Open TIFF stack…"));
    m_openFolderButton->setText(tr("Open folder…"));
    m_openLabelsButton->setText(tr("Open labels…"));
    m_polarityLabel->setText(tr("Labels mark membrane as"));
    m_polarityCombo->setItemText(0, tr("low values (ISBI: 0)"));
    m_polarityCombo->setItemText(1, tr("high values (255 or 1)"));
    m_loadModelButton->setText(tr("Load U-Net checkpoint…"));
    m_predictGroup->setTitle(tr("Prediction"));
    m_predictSliceButton->setText(tr("Predict slice"));
    m_predictStackButton->setText(tr("Predict stack"));
    m_cancelButton->setText(tr("Cancel"));
    m_overlayGroup->setTitle(tr("Overlays"));
    m_maskCheck->setText(tr("Mask"));
    m_maskStyleCombo->setItemText(0, tr("Filled"));
    m_maskStyleCombo->setItemText(1, tr("Contours"));
    m_opacityLabel->setText(tr("Opacity"));
    m_probabilityCheck->setText(tr("Probability map"));
    m_thresholdLabel->setText(tr("Threshold %1").arg(m_thresholdSlider->value() / 100.0, 0, 'f', 2));
    m_truthCheck->setText(tr("Ground truth outline"));
    m_errorCheck->setText(tr("Error map"));
    m_errorLegend->setText(tr("<span style=\"color:%1\">■</span> false membrane &nbsp; "
                              "<span style=\"color:%2\">■</span> missed membrane")
                               .arg(OverlayColors::falseMembrane().name(), OverlayColors::missedMembrane().name()));
    m_tilesCheck->setText(tr("Tile borders (debug)"));
    m_seamCheck->setText(tr("Seam map (debug)"));
    m_displayGroup->setTitle(tr("Display"));
    m_windowLabel->setText(tr("Grey window"));
    m_autoWindowButton->setText(tr("Auto"));
    m_exportGroup->setTitle(tr("Export"));
    m_exportPolarityCombo->setItemText(0, tr("ISBI (0 = membrane)"));
    m_exportPolarityCombo->setItemText(1, tr("0/1 (1 = membrane)"));
    m_exportMasksButton->setText(tr("Export masks…"));
    m_exportProbabilitiesButton->setText(tr("Export probabilities…"));
    m_saveViewButton->setText(tr("Save view as PNG…"));
    m_metricsTable->setHorizontalHeaderLabels(
        {tr("Slice"), tr("Pixel error"), tr("IoU"), tr("Dice"), tr("Rand error")});
    m_chart->graph(0)->setName(tr("Pixel error"));
    m_chart->graph(1)->setName(tr("IoU"));
    m_chart->graph(2)->setName(tr("Rand error"));
    m_chart->xAxis->setLabel(tr("Slice"));
    m_chart->replot(QCustomPlot::rpQueuedReplot);
    updateControls();
    refreshMetrics();
}

void SegmentationPage::updateControls()
{
    const bool busy = m_viewer->isBusy();
    const int count = m_viewer->sliceCount();
    {
        const QSignalBlocker sliderBlocker(m_sliceSlider);
        const QSignalBlocker spinBlocker(m_sliceSpin);
        m_sliceSlider->setRange(count ? 1 : 0, count);
        m_sliceSpin->setRange(count ? 1 : 0, count);
        m_sliceSlider->setValue(m_slice + 1);
        m_sliceSpin->setValue(m_slice + 1);
    }
    m_sliceSlider->setEnabled(count > 1);
    m_sliceSpin->setEnabled(count > 1);
    m_sliceInfo->setText(count ? tr("of %1 (%2)").arg(count).arg(m_viewer->sliceName(m_slice)) : QString());

    m_openStackButton->setEnabled(!busy);
    m_openFolderButton->setEnabled(!busy);
    m_openLabelsButton->setEnabled(!busy && m_viewer->hasStack());
    m_loadModelButton->setEnabled(!busy);
    const bool ready = m_viewer->hasStack() && m_viewer->hasModel();
    m_predictSliceButton->setEnabled(!busy && ready);
    m_predictStackButton->setEnabled(!busy && ready && m_viewer->predictedSliceCount() < count);
    m_cancelButton->setEnabled(busy);
    const bool complete = count > 0 && m_viewer->predictedSliceCount() == count;
    m_exportMasksButton->setEnabled(!busy && complete);
    m_exportProbabilitiesButton->setEnabled(!busy && complete);
    m_saveViewButton->setEnabled(m_viewer->hasStack());
    m_truthCheck->setEnabled(m_viewer->hasLabels());
    m_errorCheck->setEnabled(m_viewer->hasLabels());

    QStringList lines;
    if (m_viewer->hasStack())
        lines << tr("Stack: %1 (%n slice(s), %2×%3)", nullptr, count)
                     .arg(QFileInfo(m_viewer->stackPath()).fileName())
                     .arg(m_viewer->sliceSize().width)
                     .arg(m_viewer->sliceSize().height);
    if (m_viewer->hasLabels())
        lines << tr("Labels: %1").arg(QFileInfo(m_viewer->labelPath()).fileName());
    if (m_viewer->hasModel())
        lines << tr("Model: %1, tiles %2 px, stride %3 px")
                     .arg(m_viewer->modelDescription())
                     .arg(m_viewer->tilingOptions().tileSize)
                     .arg(m_viewer->tilingOptions().stride);
    m_sourceInfo->setText(lines.join(QLatin1Char('\n')));
}

OverlaySettings SegmentationPage::overlaySettings() const
{
    OverlaySettings settings;
    settings.showMask = m_maskCheck->isChecked();
    settings.maskStyle = m_maskStyleCombo->currentIndex() == 1 ? MaskStyle::Contours : MaskStyle::Filled;
    settings.maskOpacity = m_opacitySlider->value() / 100.0;
    settings.showProbability = m_probabilityCheck->isChecked();
    settings.threshold = m_thresholdSlider->value() / 100.0;
    settings.showTruth = m_truthCheck->isChecked() && m_viewer->hasLabels();
    settings.showErrors = m_errorCheck->isChecked() && m_viewer->hasLabels();
    settings.showTiles = m_tilesCheck->isChecked();
    settings.showSeams = m_seamCheck->isChecked();
    settings.windowLow = m_windowLowSpin->value();
    settings.windowHigh = std::max(m_windowHighSpin->value(), m_windowLowSpin->value() + 1);
    return settings;
}

void SegmentationPage::refreshView()
{
    if (!m_viewer->hasStack()) {
        m_view->setImage(QImage());
        return;
    }
    OverlaySettings settings = overlaySettings();
    SliceLayers layers;
    try {
        layers.image = m_viewer->slice(m_slice);
        if (m_viewer->hasLabels() && (settings.showTruth || settings.showErrors)) {
            // The label page is read once per slice, not on every overlay change.
            if (m_truthSlice != m_slice) {
                m_truth = m_viewer->labelMask(m_slice);
                m_truthSlice = m_slice;
            }
            layers.truth = m_truth;
        }
    } catch (const data::DataError &e) {
        showError(e.message());
        return;
    }
    if (layers.image.depth() == CV_32F) {
        // The spin boxes count float slices in 1/255 steps of [0, 1].
        settings.windowLow /= 255.0;
        settings.windowHigh /= 255.0;
    }
    if (const auto predicted = m_viewer->prediction(m_slice)) {
        layers.probability = predicted->probability;
        layers.seam = predicted->seam;
        layers.tiles = predicted->tiles;
    }
    m_view->setImage(composeSlice(layers, settings));
}

void SegmentationPage::refreshMetrics()
{
    const QVector<app::SliceScores> all = m_viewer->allScores();
    m_metricsTable->setRowCount(0);
    m_metricsTable->setRowCount(int(all.size()));
    QVector<double> slices;
    QVector<double> pixelErrors;
    QVector<double> ious;
    QVector<double> randErrors;
    for (int row = 0; row < all.size(); ++row) {
        const app::SliceScores &entry = all[row];
        auto *sliceItem = new QTableWidgetItem(QString::number(entry.slice + 1));
        sliceItem->setData(Qt::UserRole, entry.slice);
        m_metricsTable->setItem(row, 0, sliceItem);
        m_metricsTable->setItem(row, 1, new QTableWidgetItem(formatScore(entry.scores.pixelError)));
        m_metricsTable->setItem(row, 2, new QTableWidgetItem(formatScore(entry.scores.iou)));
        m_metricsTable->setItem(row, 3, new QTableWidgetItem(formatScore(entry.scores.dice)));
        m_metricsTable->setItem(row, 4, new QTableWidgetItem(formatScore(entry.scores.randError)));
        slices << entry.slice + 1;
        pixelErrors << entry.scores.pixelError;
        ious << entry.scores.iou;
        randErrors << entry.scores.randError;
    }
    if (const auto mean = m_viewer->stackScores()) {
        m_stackMetrics->setText(tr("Stack (%n slice(s)): pixel error %1, IoU %2, Dice %3, Rand error %4", nullptr,
                                   int(all.size()))
                                    .arg(formatScore(mean->pixelError), formatScore(mean->iou),
                                         formatScore(mean->dice), formatScore(mean->randError)));
    } else {
        m_stackMetrics->setText(m_viewer->hasLabels() ? tr("Predict slices to score them against the labels.")
                                                      : tr("Open a label stack to score the predictions."));
    }
    m_chart->graph(0)->setData(slices, pixelErrors, true);
    m_chart->graph(1)->setData(slices, ious, true);
    m_chart->graph(2)->setData(slices, randErrors, true);
    m_chart->xAxis->setRange(0.5, std::max(1, m_viewer->sliceCount()) + 0.5);
    m_chart->replot(QCustomPlot::rpQueuedReplot);
}

void SegmentationPage::setSlice(int index)
{
    const int count = m_viewer->sliceCount();
    index = count ? std::clamp(index, 0, count - 1) : 0;
    if (index == m_slice && !m_view->image().isNull())
        return;
    m_slice = index;
    updateControls();
    refreshView();
}

void SegmentationPage::stepSlice(int delta)
{
    setSlice(m_slice + delta);
}

bool SegmentationPage::openStack(const QString &path)
{
    QString error;
    if (!m_viewer->openStack(path, &error)) {
        showError(error);
        return false;
    }
    m_banner->hide();
    m_slice = 0;
    m_truthSlice = -1;
    m_truth.release();
    autoWindow();
    updateControls();
    refreshView();
    refreshMetrics();
    Q_EMIT jobChanged(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool SegmentationPage::openLabels(const QString &path)
{
    QString error;
    const data::LabelPolarity polarity = m_polarityCombo->currentIndex() == 1 ? data::LabelPolarity::MembraneHigh
                                                                              : data::LabelPolarity::MembraneLow;
    if (!m_viewer->openLabels(path, polarity, &error)) {
        showError(error);
        return false;
    }
    m_banner->hide();
    m_truthSlice = -1;
    updateControls();
    refreshView();
    return true;
}

bool SegmentationPage::loadModel(const QString &path)
{
    QString error;
    if (!m_viewer->loadModel(path, &error)) {
        showError(error);
        return false;
    }
    m_banner->hide();
    updateControls();
    refreshView();
    refreshMetrics();
    return true;
}

void SegmentationPage::chooseStack(bool folder)
{
    const QString path = folder ? QFileDialog::getExistingDirectory(this, tr("Open a folder of slices"))
                                : QFileDialog::getOpenFileName(this, tr("Open an image stack"), QString(),
                                                               tr("TIFF stacks (*.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        openStack(path);
}

void SegmentationPage::chooseLabels()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open the label stack"),
                                                      QFileInfo(m_viewer->stackPath()).path(),
                                                      tr("TIFF stacks (*.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        openLabels(path);
}

void SegmentationPage::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a U-Net checkpoint"), QString(),
                                                      tr("Checkpoints (*.pt);;All files (*)"));
    if (!path.isEmpty())
        loadModel(path);
}

void SegmentationPage::exportMasks()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export masks"), QStringLiteral("masks.tif"),
                                                      tr("TIFF stacks (*.tif *.tiff)"));
    if (path.isEmpty())
        return;
    QString error;
    const app::MaskPolarity polarity = m_exportPolarityCombo->currentIndex() == 1 ? app::MaskPolarity::Binary
                                                                                  : app::MaskPolarity::Isbi;
    if (!m_viewer->exportMasks(path, polarity, &error))
        showError(error);
    else
        Q_EMIT jobChanged(tr("Wrote %n mask page(s) to %1", nullptr, m_viewer->sliceCount()).arg(path));
}

void SegmentationPage::exportProbabilities()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export probabilities"),
                                                      QStringLiteral("probabilities.tif"), tr("TIFF stacks (*.tif *.tiff)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_viewer->exportProbabilities(path, &error))
        showError(error);
    else
        Q_EMIT jobChanged(tr("Wrote %n probability page(s) to %1", nullptr, m_viewer->sliceCount()).arg(path));
}

void SegmentationPage::chooseViewFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save view"), QStringLiteral("view.png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveView(path);
}

bool SegmentationPage::saveView(const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSaveFile file(path);
    if (m_view->image().isNull() || !m_view->image().save(&buffer, "PNG") || !file.open(QIODevice::WriteOnly)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("%1: saving the view failed: %2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT jobChanged(tr("Saved the view to %1").arg(path));
    return true;
}

void SegmentationPage::autoWindow()
{
    if (!m_viewer->hasStack())
        return;
    double low = 0;
    double high = 255;
    cv::Mat image;
    try {
        image = m_viewer->slice(m_slice);
    } catch (const data::DataError &e) {
        showError(e.message());
        return;
    }
    imageRange(image, &low, &high);
    // Float slices hold [0, 1]; the spin boxes count them in 1/255 steps.
    const double scale = image.depth() == CV_32F ? 255.0 : 1.0;
    const QSignalBlocker lowBlocker(m_windowLowSpin);
    const QSignalBlocker highBlocker(m_windowHighSpin);
    m_windowLowSpin->setValue(int(std::floor(low * scale)));
    m_windowHighSpin->setValue(int(std::ceil(high * scale)));
    refreshView();
}

void SegmentationPage::showError(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text);
}

QString SegmentationPage::messageText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void SegmentationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SegmentationPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void SegmentationPage::dropEvent(QDropEvent *event)
{
    // One dropped item is the stack. With two, the one whose name mentions labels is the
    // label stack, so train-volume.tif and train-labels.tif can be dropped together.
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    std::stable_sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) {
        const bool aLabels = QFileInfo(a).fileName().contains(QLatin1String("label"), Qt::CaseInsensitive);
        const bool bLabels = QFileInfo(b).fileName().contains(QLatin1String("label"), Qt::CaseInsensitive);
        return !aLabels && bLabels;
    });
    if (openStack(paths.first()) && paths.size() > 1)
        openLabels(paths.at(1));
}

} // namespace cnnwb::ui
