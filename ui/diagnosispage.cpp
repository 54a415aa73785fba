#include "diagnosispage.h"

#include "messagebanner.h"
#include "xrayview.h"

#include "app/diagnosisservice.h"

#include <algorithm>
#include <cmath>

#include "qcustomplotinclude.h"

#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMimeData>
#include <QtCore/QSaveFile>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QPainter>
#include <QtGui/QStandardItemModel>
#include <QtSvg/QSvgGenerator>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSlider>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {
namespace {

Q_LOGGING_CATEGORY(lcDiagnosisPage, "cnnwb.ui.diagnosis", QtWarningMsg)

// The threshold slider's steps per unit of probability.
constexpr int kSliderSteps = 1000;

// Deep-copies an 8-bit grey or RGB image into a QImage.
QImage toQImage(const cv::Mat &image)
{
    if (image.type() == CV_8UC1)
        return QImage(image.data, image.cols, image.rows, int(image.step), QImage::Format_Grayscale8).copy();
    if (image.type() == CV_8UC3)
        return QImage(image.data, image.cols, image.rows, int(image.step), QImage::Format_RGB888).copy();
    return {};
}

// Colours a Grayscale8 heat map with the jet gradient. Cold pixels are nearly transparent, so
// the X-ray stays visible under them.
QImage colourHeatmap(const QImage &heat)
{
    QCPColorGradient gradient(QCPColorGradient::gpJet);
    QImage coloured(heat.size(), QImage::Format_ARGB32);
    for (int y = 0; y < heat.height(); ++y) {
        const uchar *source = heat.constScanLine(y);
        auto *target = reinterpret_cast<QRgb *>(coloured.scanLine(y));
        for (int x = 0; x < heat.width(); ++x) {
            const QRgb colour = gradient.color(source[x] / 255.0, QCPRange(0, 1));
            target[x] = qRgba(qRed(colour), qGreen(colour), qBlue(colour), 32 + source[x] * 223 / 255);
        }
    }
    return coloured;
}

QCustomPlot *createCurvePlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumSize(260, 220);
    plot->xAxis->setRange(0, 1);
    plot->yAxis->setRange(0, 1.02);
    plot->addGraph(); // curve
    plot->graph(0)->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    plot->addGraph(); // current threshold
    plot->graph(1)->setLineStyle(QCPGraph::lsNone);
    plot->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(0xd6, 0x27, 0x28), QColor(0xd6, 0x27, 0x28), 9));
    plot->addGraph(); // default threshold
    plot->graph(2)->setLineStyle(QCPGraph::lsNone);
    plot->graph(2)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 1.5), Qt::NoBrush, 10));
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    return plot;
}

void setRocCurve(QCustomPlot *plot, const std::vector<models::RocPoint> &roc)
{
    QVector<double> x;
    QVector<double> y;
    for (const models::RocPoint &point : roc) {
        x << point.falsePositiveRate;
        y << point.truePositiveRate;
    }
    // The curve is already ordered by false positive rate. Passing it as sorted keeps points
    // with equal rates in curve order, which draws the vertical steps.
    plot->graph(0)->setData(x, y, true);
}

void setPoint(QCustomPlot *plot, int graph, double x, double y, bool visible)
{
    plot->graph(graph)->data()->clear();
    if (visible)
        plot->graph(graph)->addData(x, y);
}

bool savePlot(QCustomPlot *plot, const QString &path)
{
    plot->replot();
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return plot->savePng(path, plot->width(), plot->height(), 2.0);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(plot->size());
    generator.setViewBox(plot->rect());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot->toPainter(&painter, plot->width(), plot->height());
    return painter.end();
}

QString percent(double value)
{
    return QStringLiteral("%1 %").arg(100.0 * value, 0, 'f', 1);
}

} // namespace

DiagnosisPage::DiagnosisPage(QWidget *parent)
    : QWidget(parent)
    , m_service(new app::DiagnosisService(this))
{
    setObjectName(QStringLiteral("diagnosisPage"));
    setAcceptDrops(true);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("teachingNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("#teachingNote { background: #fff4e5; color: #663c00; border: 1px solid #f0c36d;"
                                         " border-radius: 4px; padding: 6px; font-weight: bold; }"));
    m_banner = new MessageBanner(this);

    m_openRun = new QPushButton(this);
    m_openRun->setObjectName(QStringLiteral("openRun"));
    connect(m_openRun, &QPushButton::clicked, this, &DiagnosisPage::chooseRun);
    m_openImages = new QPushButton(this);
    m_openImages->setObjectName(QStringLiteral("openImages"));
    connect(m_openImages, &QPushButton::clicked, this, &DiagnosisPage::chooseImages);
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    connect(m_openFolder, &QPushButton::clicked, this, &DiagnosisPage::chooseFolder);
    m_modelLabel = new QLabel(this);
    m_modelLabel->setWordWrap(true);
    m_modelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_openRun);
    tools->addWidget(m_openImages);
    tools->addWidget(m_openFolder);
    tools->addWidget(m_modelLabel, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createSingleTab(), QString());
    m_tabs->addTab(createBatchTab(), QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_banner);
    layout->addLayout(tools);
    layout->addWidget(m_tabs, 1);

    connect(m_service, &app::DiagnosisService::modelLoaded, this, &DiagnosisPage::showModel);
    connect(m_service, &app::DiagnosisService::analysed, this, &DiagnosisPage::showResult);
    connect(m_service, &app::DiagnosisService::gradCamReady, this, &DiagnosisPage::showGradCam);
    connect(m_service, &app::DiagnosisService::faithfulnessReady, this, &DiagnosisPage::showFaithfulness);
    connect(m_service, &app::DiagnosisService::batchFinished, this, &DiagnosisPage::showBatch);
    connect(m_service, &app::DiagnosisService::failed, this, &DiagnosisPage::showError);
    connect(m_service, &app::DiagnosisService::batchProgress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });

    retranslate();
    updateThresholdEvidence();
    updateDecision();
}

DiagnosisPage::~DiagnosisPage() = default;

QWidget *DiagnosisPage::createSingleTab()
{
    auto *tab = new QWidget(this);

    m_files = new QListWidget(tab);
    m_files->setMaximumHeight(80);
    m_files->setVisible(false);
    connect(m_files, &QListWidget::currentTextChanged, this, [this](const QString &path) {
        if (!path.isEmpty() && m_modelLoaded)
            m_service->analyse(path);
    });

    m_view = new XrayView(tab);
    m_view->setMinimumSize(320, 320);

    m_inputTitle = new QLabel(tab);
    m_input = new QLabel(tab);
    m_input->setObjectName(QStringLiteral("networkInput"));
    m_input->setFixedSize(224, 224);
    m_input->setStyleSheet(QStringLiteral("#networkInput { background: black; }"));
    m_steps = new QLabel(tab);
    m_steps->setWordWrap(true);
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *stepsScroll = new QScrollArea(tab);
    stepsScroll->setWidget(m_steps);
    stepsScroll->setWidgetResizable(true);
    stepsScroll->setFrameShape(QFrame::NoFrame);

    // Result
    m_resultBox = new QGroupBox(tab);
    m_resultLabel = new QLabel(m_resultBox);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::RichText);
    m_oodLabel = new QLabel(m_resultBox);
    m_oodLabel->setObjectName(QStringLiteral("oodLabel"));
    m_oodLabel->setWordWrap(true);
    m_oodLabel->setStyleSheet(QStringLiteral("#oodLabel { color: #8c1d18; }"));
    m_showAnyway = new QCheckBox(m_resultBox);
    m_showAnyway->setObjectName(QStringLiteral("showAnyway"));
    connect(m_showAnyway, &QCheckBox::toggled, this, &DiagnosisPage::updateDecision);
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addWidget(m_oodLabel);
    resultLayout->addWidget(m_showAnyway);

    // Threshold
    m_thresholdBox = new QGroupBox(tab);
    m_threshold = new QSlider(Qt::Horizontal, m_thresholdBox);
    m_threshold->setObjectName(QStringLiteral("thresholdSlider"));
    m_threshold->setRange(0, kSliderSteps);
    m_threshold->setValue(kSliderSteps / 2);
    m_thresholdValue = new QLabel(m_thresholdBox);
    m_thresholdValue->setMinimumWidth(48);
    m_resetThreshold = new QPushButton(m_thresholdBox);
    connect(m_resetThreshold, &QPushButton::clicked, this, [this] { setThreshold(m_info.threshold); });
    m_operating = new QLabel(m_thresholdBox);
    m_operating->setWordWrap(true);
    m_thresholdSource = new QLabel(m_thresholdBox);
    m_thresholdSource->setWordWrap(true);
    m_roc = createCurvePlot(m_thresholdBox);
    connect(m_threshold, &QSlider::valueChanged, this, [this] {
        updateThresholdEvidence();
        updateDecision();
        updateBatchFigures();
    });
    auto *sliderRow = new QHBoxLayout;
    sliderRow->addWidget(m_threshold, 1);
    sliderRow->addWidget(m_thresholdValue);
    sliderRow->addWidget(m_resetThreshold);
    auto *thresholdLayout = new QVBoxLayout(m_thresholdBox);
    thresholdLayout->addLayout(sliderRow);
    thresholdLayout->addWidget(m_operating);
    thresholdLayout->addWidget(m_thresholdSource);
    thresholdLayout->addWidget(m_roc, 1);

    // Grad-CAM
    m_camBox = new QGroupBox(tab);
    m_layerLabel = new QLabel(m_camBox);
    m_layer = new QComboBox(m_camBox);
    m_layer->setObjectName(QStringLiteral("camLayer"));
    connect(m_layer, &QComboBox::activated, this, [this] {
        if (m_result.error.isEmpty() && !m_result.path.isEmpty())
            m_service->computeGradCam(m_layer->currentText());
    });
    m_opacityLabel = new QLabel(m_camBox);
    m_opacity = new QSlider(Qt::Horizontal, m_camBox);
    m_opacity->setObjectName(QStringLiteral("camOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(50);
    connect(m_opacity, &QSlider::valueChanged, this, &DiagnosisPage::updateOverlay);
    m_measure = new QPushButton(m_camBox);
    m_measure->setObjectName(QStringLiteral("measureFaithfulness"));
    connect(m_measure, &QPushButton::clicked, this, [this] { m_service->measureFaithfulness(0.1); });
    m_faithfulnessLabel = new QLabel(m_camBox);
    m_faithfulnessLabel->setWordWrap(true);
    auto *camLayout = new QGridLayout(m_camBox);
    camLayout->addWidget(m_layerLabel, 0, 0);
    camLayout->addWidget(m_layer, 0, 1);
    camLayout->addWidget(m_opacityLabel, 1, 0);
    camLayout->addWidget(m_opacity, 1, 1);
    camLayout->addWidget(m_measure, 2, 0, 1, 2);
    camLayout->addWidget(m_faithfulnessLabel, 3, 0, 1, 2);

    // Middle column: the network input, where the network looked, and the preprocessing.
    auto *inputWidget = new QWidget(tab);
    auto *inputColumn = new QVBoxLayout(inputWidget);
    inputColumn->setContentsMargins(0, 0, 0, 0);
    inputColumn->addWidget(m_inputTitle);
    inputColumn->addWidget(m_input, 0, Qt::AlignHCenter);
    inputColumn->addWidget(m_camBox);
    inputColumn->addWidget(stepsScroll, 1);
    inputWidget->setMinimumWidth(250);
    inputWidget->setMaximumWidth(320);

    auto *side = new QWidget(tab);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_resultBox);
    sideLayout->addWidget(m_thresholdBox, 1);
    auto *sideScroll = new QScrollArea(tab);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setMinimumWidth(340);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(m_view);
    splitter->addWidget(inputWidget);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_files);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *DiagnosisPage::createBatchTab()
{
    auto *tab = new QWidget(this);
    m_runBatch = new QPushButton(tab);
    connect(m_runBatch, &QPushButton::clicked, this, &DiagnosisPage::chooseFolder);
    m_cancelBatch = new QPushButton(tab);
    m_cancelBatch->setObjectName(QStringLiteral("cancelBatch"));
    m_cancelBatch->setEnabled(false);
    connect(m_cancelBatch, &QPushButton::clicked, m_service, &app::DiagnosisService::cancelBatch);
    m_progress = new QProgressBar(tab);
    m_exportCsv = new QPushButton(tab);
    m_exportCsv->setEnabled(false);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the results as CSV"), QStringLiteral("diagnosis.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportBatchCsv(path);
    });
    m_exportCharts = new QPushButton(tab);
    m_exportCharts->setEnabled(false);
    connect(m_exportCharts, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the charts"), QStringLiteral("diagnosis.png"),
                                                          tr("PNG images (*.png);;SVG drawings (*.svg)"), &filter);
        if (path.isEmpty())
            return;
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower() == QLatin1String("svg") ? QStringLiteral("svg") : QStringLiteral("png");
        exportBatchCharts(info.path() + QLatin1Char('/') + info.completeBaseName(), suffix);
    });
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_runBatch);
    tools->addWidget(m_cancelBatch);
    tools->addWidget(m_progress, 1);
    tools->addWidget(m_exportCsv);
    tools->addWidget(m_exportCharts);

    m_model = new QStandardItemModel(0, 5, tab);
    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString path = m_model->item(index.row(), 0)->data(Qt::UserRole).toString();
        showBatchTab(false);
        m_service->analyse(path);
    });

    m_confusion = new QTableWidget(2, 2, tab);
    m_confusion->setObjectName(QStringLiteral("confusionMatrix"));
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confusion->setMaximumHeight(110);
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures = new QLabel(tab);
    m_figures->setObjectName(QStringLiteral("batchFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_batchRoc = createCurvePlot(tab);
    m_batchPr = createCurvePlot(tab);

    auto *figures = new QVBoxLayout;
    figures->addWidget(m_confusion);
    figures->addWidget(m_figures);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_batchRoc);
    charts->addWidget(m_batchPr);
    figures->addLayout(charts, 1);
    auto *figuresWidget = new QWidget(tab);
    figuresWidget->setLayout(figures);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(m_table);
    splitter->addWidget(figuresWidget);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    return tab;
}

void DiagnosisPage::retranslate()
{
    m_note->setText(tr("Teaching tool, not a medical device: it shows how a neural network classifies chest X-rays. "
                       "Never use its output to diagnose or treat anyone."));
    m_openRun->setText(tr("Open run…"));
    m_openImages->setText(tr("Open images…"));
    m_openFolder->setText(tr("Open folder…"));
    m_tabs->setTabText(0, tr("Single image"));
    m_tabs->setTabText(1, tr("Batch"));
    m_inputTitle->setText(tr("Network input (%1×%1)").arg(224));
    m_resultBox->setTitle(tr("Result"));
    m_showAnyway->setText(tr("Show the result anyway"));
    m_thresholdBox->setTitle(tr("Threshold"));
    m_resetThreshold->setText(tr("Default"));
    m_camBox->setTitle(tr("Where the network looked (Grad-CAM)"));
    m_layerLabel->setText(tr("Layer:"));
    m_opacityLabel->setText(tr("Opacity:"));
    m_measure->setText(tr("Measure faithfulness"));
    m_runBatch->setText(tr("Run on folder…"));
    m_cancelBatch->setText(tr("Cancel"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportCharts->setText(tr("Export charts…"));
    m_model->setHorizontalHeaderLabels({tr("File"), tr("True class"), tr("Probability"), tr("Decision"), tr("Out of distribution")});
    for (QCustomPlot *plot : {m_roc, m_batchRoc}) {
        plot->xAxis->setLabel(tr("False positive rate (1 - specificity)"));
        plot->yAxis->setLabel(tr("True positive rate (sensitivity)"));
        plot->graph(0)->setName(plot == m_roc ? tr("Validation ROC") : tr("ROC"));
        plot->graph(1)->setName(tr("Current threshold"));
        plot->graph(2)->setName(tr("Default threshold"));
    }
    m_batchPr->xAxis->setLabel(tr("Recall (sensitivity)"));
    m_batchPr->yAxis->setLabel(tr("Precision"));
    m_batchPr->graph(0)->setName(tr("Precision-recall"));
    m_batchPr->graph(1)->setName(tr("Current threshold"));
    m_batchPr->graph(2)->setName(tr("Default threshold"));
    for (QCustomPlot *plot : {m_roc, m_batchRoc, m_batchPr})
        plot->replot(QCustomPlot::rpQueuedReplot);
    if (m_modelLoaded)
        showModel(m_info);
    updateThresholdEvidence();
    updateDecision();
    if (!m_faithfulness.path.isEmpty())
        showFaithfulness(m_faithfulness);
    fillBatchTable();
    updateBatchFigures();
}

void DiagnosisPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiagnosisPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DiagnosisPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A dropped run folder loads the model; anything else is an image input.
    if (paths.size() == 1 && QFileInfo::exists(paths.first() + QStringLiteral("/config.json"))) {
        loadModel(paths.first());
        return;
    }
    openPaths(paths);
}

void DiagnosisPage::chooseRun()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a pneumonia run folder"));
    if (!path.isEmpty())
        loadModel(path);
}

void DiagnosisPage::chooseImages()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open chest X-rays"), QString(),
        tr("Images (*.jpeg *.jpg *.png *.bmp *.dcm *.dicom);;All files (*)"));
    if (!paths.isEmpty())
        openPaths(paths);
}

void DiagnosisPage::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a folder of chest X-rays"));
    if (!path.isEmpty())
        openPaths({path});
}

void DiagnosisPage::loadModel(const QString &runOrCheckpoint)
{
    m_modelLabel->setText(tr("Loading %1…").arg(runOrCheckpoint));
    m_service->loadModel(runOrCheckpoint);
}

void DiagnosisPage::openPaths(const QStringList &paths)
{
    if (!m_modelLoaded) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Open a pneumonia run folder first (Open run…)."));
        return;
    }
    const bool single = paths.size() == 1 && !QFileInfo(paths.first()).isDir();
    if (single) {
        m_files->clear();
        m_files->setVisible(false);
        showBatchTab(false);
        m_service->analyse(paths.first());
        return;
    }
    // Several images are listed for single viewing and classified as a batch.
    m_files->blockSignals(true);
    m_files->clear();
    const QStringList files = app::collectImageFiles(paths);
    if (paths.size() > 1)
        m_files->addItems(files);
    m_files->setVisible(paths.size() > 1);
    m_files->blockSignals(false);
    m_batchSource = paths.join(QLatin1String(", "));
    m_rows.clear();
    m_batchCancelled = false;
    fillBatchTable();
    m_progress->setValue(0);
    m_cancelBatch->setEnabled(true);
    m_exportCsv->setEnabled(false);
    m_exportCharts->setEnabled(false);
    showBatchTab(true);
    m_service->startBatch(paths);
}

double DiagnosisPage::threshold() const
{
    return double(m_threshold->value()) / kSliderSteps;
}

void DiagnosisPage::setThreshold(double threshold)
{
    m_threshold->setValue(int(std::lround(std::clamp(threshold, 0.0, 1.0) * kSliderSteps)));
}

void DiagnosisPage::showBatchTab(bool batch)
{
    m_tabs->setCurrentIndex(batch ? 1 : 0);
}

void DiagnosisPage::showModel(const app::DiagnosisModelInfo &info)
{
    const bool first = !m_modelLoaded || info.checkpoint != m_info.checkpoint;
    m_info = info;
    m_modelLoaded = true;
    m_modelLabel->setText(tr("%1 — %2, %3 epochs").arg(info.checkpoint, info.modelId).arg(info.epochs));
    const QString current = m_layer->currentText();
    m_layer->clear();
    m_layer->addItems(info.layers);
    m_layer->setCurrentText(first || current.isEmpty() ? info.defaultLayer : current);
    setRocCurve(m_roc, info.roc);
    if (first)
        setThreshold(info.threshold);
    updateThresholdEvidence();
    Q_EMIT modelReady();
}

void DiagnosisPage::showResult(const app::DiagnosisResult &result)
{
    m_result = result;
    m_cam = app::GradCamView();
    m_faithfulness = app::FaithfulnessView();
    m_faithfulnessLabel->clear();
    m_showAnyway->setChecked(false);
    if (!result.error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, result.error);
        m_view->setImage(QImage());
        m_input->clear();
        m_steps->clear();
    } else {
        m_banner->hide();
        m_view->setImage(toQImage(result.original));
        m_input->setPixmap(QPixmap::fromImage(toQImage(result.input)));
        QStringList lines;
        lines << tr("%1, %2×%3 pixels stored, decoded at 1/%4 scale in %5 ms (with the forward pass).")
                     .arg(result.format)
                     .arg(result.storedSize.width())
                     .arg(result.storedSize.height())
                     .arg(result.reduction)
                     .arg(result.milliseconds, 0, 'f', 1);
        for (int i = 0; i < result.steps.size(); ++i)
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(result.steps[i]);
        m_steps->setText(lines.join(QLatin1Char('\n')));
        m_service->computeGradCam(m_layer->currentText());
    }
    updateDecision();
    Q_EMIT resultShown();
}

void DiagnosisPage::showGradCam(const app::GradCamView &view)
{
    if (view.path != m_result.path)
        return;
    m_cam = view;
    if (!view.error.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, view.error);
    updateOverlay();
    Q_EMIT gradCamShown();
}

void DiagnosisPage::showFaithfulness(const app::FaithfulnessView &view)
{
    m_faithfulness = view;
    if (!view.error.isEmpty()) {
        m_faithfulnessLabel->setText(view.error);
    } else {
        m_faithfulnessLabel->setText(
            tr("Masking the %1 % most highlighted pixels (layer %2) changes P(%3) from %4 to %5, a drop of %6. "
               "Masking %7 random squares of the same area gives a mean drop of %8 ± %9.")
                .arg(100.0 * view.fraction, 0, 'f', 0)
                .arg(view.layer, m_info.classNames.value(1))
                .arg(view.probability, 0, 'f', 3)
                .arg(view.maskedProbability, 0, 'f', 3)
                .arg(view.drop, 0, 'f', 3)
                .arg(view.randomRegions)
                .arg(view.randomDrop, 0, 'f', 3)
                .arg(view.randomDropStddev, 0, 'f', 3));
    }
    Q_EMIT faithfulnessShown();
}

void DiagnosisPage::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
    if (!m_modelLoaded)
        m_modelLabel->setText(tr("No model loaded."));
}

void DiagnosisPage::updateOverlay()
{
    m_view->setOverlayOpacity(m_opacity->value() / 100.0);
    if (m_result.input.empty())
        return;
    const QImage input = toQImage(m_result.input);
    if (m_cam.heatmap.empty()) {
        m_view->clearOverlay();
        m_input->setPixmap(QPixmap::fromImage(input));
        return;
    }
    const QImage coloured = colourHeatmap(toQImage(m_cam.heatmap));
    // The map covers the letterboxed input; only its content part lies over the original.
    m_view->setOverlay(coloured.copy(m_result.contentRect), QRectF(0, 0, m_result.original.cols, m_result.original.rows));
    m_view->setOverlayOpacity(m_opacity->value() / 100.0);
    QImage blended = input.convertToFormat(QImage::Format_ARGB32);
    QPainter painter(&blended);
    painter.setOpacity(m_opacity->value() / 100.0);
    painter.drawImage(blended.rect(), coloured);
    painter.end();
    m_input->setPixmap(QPixmap::fromImage(blended));
}

void DiagnosisPage::updateThresholdEvidence()
{
    const double value = threshold();
    m_thresholdValue->setText(QString::number(value, 'f', 3));
    if (!m_modelLoaded) {
        m_operating->setText(tr("Open a run to see the threshold's evidence."));
        m_thresholdSource->clear();
        setPoint(m_roc, 1, 0, 0, false);
        setPoint(m_roc, 2, 0, 0, false);
        m_roc->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    if (!m_info.calibrated) {
        m_operating->setText(tr("Uncalibrated checkpoint: no validation ROC is stored, so the sensitivity and "
                                "specificity of this threshold are unknown."));
        m_thresholdSource->setText(tr("Default threshold 0.5 (uncalibrated). Run \"cnn-workbench calibrate RUN_FOLDER\" to "
                                      "store the validation ROC and a threshold chosen on it."));
        setPoint(m_roc, 1, 0, 0, false);
        setPoint(m_roc, 2, 0, 0, false);
        m_roc->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto [sensitivity, specificity] = m_info.sensitivitySpecificity(value);
    m_operating->setText(tr("At %1 on the validation split: sensitivity %2, specificity %3.")
                             .arg(value, 0, 'f', 3)
                             .arg(percent(sensitivity), percent(specificity)));
    const auto [defaultSensitivity, defaultSpecificity] = m_info.sensitivitySpecificity(m_info.threshold);
    m_thresholdSource->setText(tr("Default %1: the point of the validation ROC (%2 images, AUC %3) with the largest "
                                  "Youden's J = sensitivity + specificity − 1.")
                                   .arg(m_info.threshold, 0, 'f', 3)
                                   .arg(m_info.validationSamples)
                                   .arg(m_info.auc, 0, 'f', 3));
    setPoint(m_roc, 1, 1 - specificity, sensitivity, true);
    setPoint(m_roc, 2, 1 - defaultSpecificity, defaultSensitivity, true);
    m_roc->replot(QCustomPlot::rpQueuedReplot);
}

void DiagnosisPage::updateDecision()
{
    m_oodLabel->clear();
    m_showAnyway->setVisible(false);
    if (m_result.path.isEmpty()) {
        m_resultLabel->setText(m_modelLoaded ? tr("Drop a chest X-ray here, or open images or a folder.")
                                             : tr("Open a pneumonia run folder, then drop a chest X-ray here."));
        return;
    }
    if (!m_result.error.isEmpty()) {
        m_resultLabel->setText(tr("No result: %1").arg(m_result.error.toHtmlEscaped()));
        return;
    }
    const QString fileName = QFileInfo(m_result.path).fileName().toHtmlEscaped();
    if (m_result.outOfDistribution) {
        m_oodLabel->setText(tr("This image is unlike the training X-rays: %1.").arg(m_result.oodReasons.join(QLatin1String("; "))));
        m_showAnyway->setVisible(true);
        if (!m_showAnyway->isChecked()) {
            m_resultLabel->setText(tr("<b>%1</b><br>No diagnosis shown: the image failed the out-of-distribution check.").arg(fileName));
            return;
        }
    }
    const double value = threshold();
    const bool positive = m_result.probability >= value;
    const QString decision = m_info.classNames.value(positive ? 1 : 0);
    m_resultLabel->setText(tr("<b>%1</b><br>P(%2) = %3<br><span style=\"font-size: 16pt; font-weight: bold;\">%4</span> at "
                              "threshold %5<br>Feature distance %6 (limit %7)")
                               .arg(fileName, m_info.classNames.value(1))
                               .arg(m_result.probability, 0, 'f', 3)
                               .arg(decision)
                               .arg(value, 0, 'f', 3)
                               .arg(m_result.featureDistance, 0, 'f', 2)
                               .arg(m_result.warningDistance, 0, 'f', 2));
}

void DiagnosisPage::showBatch(const QVector<app::BatchRow> &rows, bool cancelled)
{
    m_rows = rows;
    m_batchCancelled = cancelled;
    m_cancelBatch->setEnabled(false);
    m_exportCsv->setEnabled(!rows.isEmpty());
    m_exportCharts->setEnabled(!rows.isEmpty());
    fillBatchTable();
    updateBatchFigures();
    Q_EMIT batchShown();
}

void DiagnosisPage::fillBatchTable()
{
    m_table->setSortingEnabled(false);
    m_model->setRowCount(0);
    const double value = threshold();
    for (const app::BatchRow &row : m_rows) {
        QList<QStandardItem *> items;
        auto *file = new QStandardItem(QFileInfo(row.path).fileName());
        file->setData(row.path, Qt::UserRole);
        file->setToolTip(row.error.isEmpty() ? row.path : row.error);
        items << file;
        items << new QStandardItem(row.trueClass >= 0 ? m_info.classNames.value(row.trueClass) : QString());
        auto *probability = new QStandardItem;
        if (row.error.isEmpty())
            probability->setData(row.probability, Qt::DisplayRole);
        items << probability;
        items << new QStandardItem(!row.error.isEmpty() ? tr("error") : m_info.classNames.value(row.probability >= value ? 1 : 0));
        items << new QStandardItem(row.outOfDistribution ? tr("yes (distance %1)").arg(row.featureDistance, 0, 'f', 2) : QString());
        m_model->appendRow(items);
    }
    m_table->setSortingEnabled(true);
}

void DiagnosisPage::updateBatchFigures()
{
    const double value = threshold();
    const app::BatchSummary summary = app::summarizeBatch(m_rows, value);
    const QStringList names = m_info.classNames.isEmpty() ? QStringList{QStringLiteral("NORMAL"), QStringLiteral("PNEUMONIA")}
                                                          : m_info.classNames;
    m_confusion->setHorizontalHeaderLabels({tr("Predicted %1").arg(names.value(0)), tr("Predicted %1").arg(names.value(1))});
    m_confusion->setVerticalHeaderLabels({tr("True %1").arg(names.value(0)), tr("True %1").arg(names.value(1))});
    for (int t = 0; t < 2; ++t)
        for (int p = 0; p < 2; ++p)
            m_confusion->setItem(t, p, new QTableWidgetItem(QString::number(summary.confusion.count(t, p))));

    if (m_rows.isEmpty()) {
        m_figures->setText(tr("Open a folder to classify every image in it. Sub-folders named %1 or %2 give the true class.")
                               .arg(names.value(0), names.value(1)));
    } else {
        QString text = tr("%1 images from %2%3: %4 with a known class, %5 flagged as out of distribution, %6 failed.")
                           .arg(m_rows.size())
                           .arg(m_batchSource.toHtmlEscaped(), m_batchCancelled ? tr(" (cancelled)") : QString())
                           .arg(summary.labelled)
                           .arg(summary.outOfDistribution)
                           .arg(summary.failed);
        if (summary.labelled > 0) {
            const models::ConfusionMatrix &m = summary.confusion;
            text += QStringLiteral("<br>")
                    + tr("At threshold %1: accuracy %2, sensitivity %3, specificity %4, ROC AUC %5.")
                          .arg(value, 0, 'f', 3)
                          .arg(percent(m.accuracy()), percent(m.recall(1)), percent(m.recall(0)))
                          .arg(summary.auc, 0, 'f', 3);
            text += QStringLiteral("<table cellspacing=\"6\"><tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>")
                        .arg(tr("Precision"), tr("Recall"), tr("F1"));
            for (int c = 0; c < 2; ++c)
                text += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(names.value(c))
                            .arg(m.precision(c), 0, 'f', 3)
                            .arg(m.recall(c), 0, 'f', 3)
                            .arg(m.f1(c), 0, 'f', 3);
            text += QStringLiteral("</table>");
        }
        m_figures->setText(text);
    }

    setRocCurve(m_batchRoc, summary.roc);
    QVector<double> recall;
    QVector<double> precision;
    for (const QPointF &point : summary.precisionRecall) {
        recall << point.x();
        precision << point.y();
    }
    m_batchPr->graph(0)->setData(recall, precision, true);
    const bool haveCurve = !summary.roc.empty() && summary.labelled > 0;
    const models::ConfusionMatrix &m = summary.confusion;
    setPoint(m_batchRoc, 1, 1 - m.recall(0), m.recall(1), haveCurve);
    setPoint(m_batchPr, 1, m.recall(1), m.precision(1), haveCurve);
    const app::BatchSummary atDefault = app::summarizeBatch(m_rows, m_info.threshold);
    setPoint(m_batchRoc, 2, 1 - atDefault.confusion.recall(0), atDefault.confusion.recall(1), haveCurve);
    setPoint(m_batchPr, 2, atDefault.confusion.recall(1), atDefault.confusion.precision(1), haveCurve);
    m_batchRoc->replot(QCustomPlot::rpQueuedReplot);
    m_batchPr->replot(QCustomPlot::rpQueuedReplot);

    // The decision column follows the threshold.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QVariant probability = m_model->item(r, 2)->data(Qt::DisplayRole);
        if (probability.isValid())
            m_model->item(r, 3)->setText(names.value(probability.toDouble() >= value ? 1 : 0));
    }
}

bool DiagnosisPage::exportBatchCsv(const QString &path)
{
    QSaveFile file(path);
    const QByteArray csv = app::batchCsv(m_rows, m_info.classNames, threshold());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("%1: writing failed: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool DiagnosisPage::exportBatchCharts(const QString &base, const QString &suffix)
{
    bool saved = true;
    for (const auto &[plot, name] : {std::pair{m_batchRoc, QStringLiteral("roc")}, std::pair{m_batchPr, QStringLiteral("pr")}}) {
        const QString path = QStringLiteral("%1-%2.%3").arg(base, name, suffix);
        if (!savePlot(plot, path)) {
            qCWarning(lcDiagnosisPage) << "could not export the chart to" << path;
            m_banner->showMessage(MessageBanner::Kind::Error, tr("%1: writing the chart failed").arg(path));
            saved = false;
        }
    }
    return saved;
}

QString DiagnosisPage::resultText() const
{
    return m_resultLabel->text() + QLatin1Char('\n') + m_oodLabel->text();
}

QString DiagnosisPage::faithfulnessText() const
{
    return m_faithfulnessLabel->text();
}

} // namespace cnnwb::ui
