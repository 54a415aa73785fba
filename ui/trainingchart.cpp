#include "trainingchart.h"

#include "models/trainingconfig.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "qcustomplotinclude.h"

#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSet>
#include <QtGui/QAction>
#include <QtSvg/QSvgGenerator>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSlider>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {

Q_LOGGING_CATEGORY(lcChart, "cnnwb.ui.training")

namespace {

const QColor kStepColor(31, 119, 180, 70);
const QColor kSmoothColor(31, 119, 180);
const QColor kTrainColor(23, 64, 120);
const QColor kValidationColor(255, 127, 14);
const QColor kRateColor(120, 120, 120);
const QColor kMetricColor(44, 160, 44);
const QColor kBaselineColor(214, 39, 40);
const QColor kOverlayColors[] = {QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194),
                                 QColor(23, 190, 207), QColor(188, 189, 34)};

QString metricTitle(const QString &metric)
{
    if (metric == QLatin1String("val_accuracy"))
        return TrainingChart::tr("Validation accuracy");
    if (metric == QLatin1String("val_pixel_error"))
        return TrainingChart::tr("Validation pixel error");
    if (metric == QLatin1String("val_loss"))
        return TrainingChart::tr("Validation loss");
    return metric;
}

} // namespace

TrainingChart::TrainingChart(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("trainingPlot"));
    m_plot->setMinimumHeight(260);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->plotLayout()->clear();

    m_lossRect = new QCPAxisRect(m_plot);
    m_metricRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_lossRect);
    m_plot->plotLayout()->addElement(1, 0, m_metricRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 3);
    m_plot->plotLayout()->setRowStretchFactor(1, 2);
    auto *margins = new QCPMarginGroup(m_plot);
    m_lossRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_metricRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_lossRect->axis(QCPAxis::atRight)->setVisible(true);
    m_lossRect->axis(QCPAxis::atRight)->setScaleType(QCPAxis::stLogarithmic);
    m_lossRect->axis(QCPAxis::atRight)->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_lossRect->axis(QCPAxis::atRight)->setNumberFormat(QStringLiteral("eb"));
    m_lossRect->axis(QCPAxis::atRight)->setNumberPrecision(0);
    for (QCPAxisRect *rect : {m_lossRect, m_metricRect}) {
        rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
        rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
        rect->axis(QCPAxis::atBottom)->setRange(0, 1);
    }
    // Both rectangles show the same epochs, so dragging one moves the other.
    connect(m_lossRect->axis(QCPAxis::atBottom),
            qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_metricRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(m_metricRect->axis(QCPAxis::atBottom),
            qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_lossRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));

    m_lossLegend = new QCPLegend;
    m_lossRect->insetLayout()->addElement(m_lossLegend, Qt::AlignTop | Qt::AlignRight);
    m_lossLegend->setLayer(QStringLiteral("legend"));
    m_metricLegend = new QCPLegend;
    m_metricRect->insetLayout()->addElement(m_metricLegend, Qt::AlignTop | Qt::AlignRight);
    m_metricLegend->setLayer(QStringLiteral("legend"));
    for (QCPLegend *legend : {m_lossLegend, m_metricLegend}) {
        legend->setBrush(QColor(255, 255, 255, 200));
        QFont font = legend->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        legend->setFont(font);
    }

    m_stepLoss = addGraph(m_lossRect, false, kStepColor, false);
    m_smoothLoss = addGraph(m_lossRect, false, kSmoothColor, false);
    m_trainLoss = addGraph(m_lossRect, false, kTrainColor, true);
    m_validationLoss = addGraph(m_lossRect, false, kValidationColor, true);
    m_learningRate = addGraph(m_lossRect, true, kRateColor, false);
    m_learningRate->setPen(QPen(kRateColor, 1, Qt::DashLine));
    m_metric = addGraph(m_metricRect, false, kMetricColor, true);
    m_best = addGraph(m_metricRect, false, kBaselineColor, false);
    m_best->setLineStyle(QCPGraph::lsNone);
    m_best->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, kBaselineColor, 14));

    m_baseline = new QCPItemStraightLine(m_plot);
    m_baseline->setClipAxisRect(m_metricRect);
    m_baseline->point1->setAxes(m_metricRect->axis(QCPAxis::atBottom),
                                m_metricRect->axis(QCPAxis::atLeft));
    m_baseline->point2->setAxes(m_metricRect->axis(QCPAxis::atBottom),
                                m_metricRect->axis(QCPAxis::atLeft));
    m_baseline->setPen(QPen(kBaselineColor, 1, Qt::DotLine));
    m_baseline->setVisible(false);

    m_smoothingLabel = new QLabel(this);
    m_smoothingSlider = new QSlider(Qt::Horizontal, this);
    m_smoothingSlider->setObjectName(QStringLiteral("smoothingSlider"));
    m_smoothingSlider->setRange(0, 99);
    m_smoothingSlider->setValue(int(m_smoothing * 100));
    m_smoothingSlider->setMaximumWidth(160);
    connect(m_smoothingSlider, &QSlider::valueChanged, this,
            [this](int value) { setSmoothing(value / 100.0); });
    m_fit = new QToolButton(this);
    connect(m_fit, &QToolButton::clicked, this, [this] {
        m_autoFit = true;
        scheduleReplot();
    });
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportChart"));
    connect(m_export, &QToolButton::clicked, this, &TrainingChart::chooseExport);

    // Any drag or wheel on the plot hands the ranges to the user until "Fit" is pressed.
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_autoFit = false; });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_autoFit = false; });

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_smoothingLabel);
    tools->addWidget(m_smoothingSlider);
    tools->addStretch(1);
    tools->addWidget(m_fit);
    tools->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_plot, 1);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotInterval);
    connect(&m_replotTimer, &QTimer::timeout, this, &TrainingChart::replotNow);
    reset(QStringLiteral("val_accuracy"));
    retranslate();
}

QCPGraph *TrainingChart::addGraph(QCPAxisRect *rect, bool secondAxis, const QColor &color,
                                  bool markers)
{
    QCPGraph *graph = m_plot->addGraph(rect->axis(QCPAxis::atBottom),
                                       rect->axis(secondAxis ? QCPAxis::atRight : QCPAxis::atLeft));
    graph->setPen(QPen(color, markers ? 2 : 1.5));
    if (markers)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    graph->removeFromLegend();
    graph->addToLegend(rect == m_lossRect ? m_lossLegend : m_metricLegend);
    return graph;
}

void TrainingChart::reset(const QString &metric)
{
    clearOverlays();
    for (QCPGraph *graph : {m_stepLoss, m_smoothLoss, m_trainLoss, m_validationLoss, m_learningRate,
                            m_metric, m_best})
        graph->data()->clear();
    m_steps.clear();
    m_history.clear();
    m_metricName = metric;
    m_autoFit = true;
    setBaseline(-1);
    retranslate();
    scheduleReplot();
}

void TrainingChart::setBaseline(double accuracy)
{
    m_baselineValue = accuracy;
    const bool visible = accuracy >= 0 && m_metricName == QLatin1String("val_accuracy");
    m_baseline->setVisible(visible);
    if (visible) {
        m_baseline->point1->setCoords(0, accuracy);
        m_baseline->point2->setCoords(1, accuracy);
    }
    scheduleReplot();
}

void TrainingChart::addStep(double epochPosition, double loss, double learningRate)
{
    if (!std::isfinite(loss))
        return;
    const double previous =
        m_smoothLoss->data()->isEmpty() ? loss : (m_smoothLoss->data()->constEnd() - 1)->value;
    m_steps.append(QPointF(epochPosition, loss));
    m_stepLoss->addData(epochPosition, loss);
    m_smoothLoss->addData(epochPosition, m_smoothing * previous + (1 - m_smoothing) * loss);
    if (learningRate > 0)
        m_learningRate->addData(epochPosition, learningRate);
    scheduleReplot();
}

void TrainingChart::addEpoch(const models::HistoryRow &row, bool improved)
{
    m_history.append(row);
    const double epoch = row.value(QStringLiteral("epoch"));
    const auto add = [&row, epoch](QCPGraph *graph, const QString &key) {
        const double value = row.value(key, qQNaN());
        if (std::isfinite(value))
            graph->addData(epoch, value);
    };
    add(m_trainLoss, QStringLiteral("train_loss"));
    add(m_validationLoss, QStringLiteral("val_loss"));
    add(m_metric, m_metricName);
    if (improved && row.contains(m_metricName)) {
        m_best->data()->clear();
        m_best->addData(epoch, row.value(m_metricName));
    }
    scheduleReplot();
}

void TrainingChart::showRun(const QVector<models::HistoryRow> &history,
                            const QVector<models::HistoryRow> &steps, int bestEpoch)
{
    for (const models::HistoryRow &row : steps)
        addStep(row.value(QStringLiteral("epoch")), row.value(QStringLiteral("loss"), qQNaN()),
                row.value(QStringLiteral("learning_rate")));
    for (const models::HistoryRow &row : history)
        addEpoch(row, int(row.value(QStringLiteral("epoch"))) == bestEpoch);
}

void TrainingChart::addOverlay(const QString &name, const QVector<models::HistoryRow> &history)
{
    const QColor color = kOverlayColors[(m_overlays.size() / 2) % std::size(kOverlayColors)];
    QCPGraph *loss = addGraph(m_lossRect, false, color, true);
    QCPGraph *metric = addGraph(m_metricRect, false, color, true);
    loss->setPen(QPen(color, 1.5, Qt::DashLine));
    metric->setPen(QPen(color, 1.5, Qt::DashLine));
    loss->setName(tr("%1: validation loss").arg(name));
    metric->setName(tr("%1: %2").arg(name, metricTitle(m_metricName)));
    for (const models::HistoryRow &row : history) {
        const double epoch = row.value(QStringLiteral("epoch"));
        if (row.contains(QStringLiteral("val_loss")))
            loss->addData(epoch, row.value(QStringLiteral("val_loss")));
        if (row.contains(m_metricName))
            metric->addData(epoch, row.value(m_metricName));
    }
    m_overlays << loss << metric;
    m_autoFit = true;
    scheduleReplot();
}

void TrainingChart::clearOverlays()
{
    for (QCPGraph *graph : std::as_const(m_overlays))
        m_plot->removeGraph(graph);
    m_overlays.clear();
    scheduleReplot();
}

void TrainingChart::setSmoothing(double factor)
{
    m_smoothing = std::clamp(factor, 0.0, 0.99);
    const QSignalBlocker blocker(m_smoothingSlider);
    m_smoothingSlider->setValue(int(std::lround(m_smoothing * 100)));
    recomputeSmoothing();
    retranslate();
    scheduleReplot();
}

void TrainingChart::recomputeSmoothing()
{
    m_smoothLoss->data()->clear();
    double value = 0;
    bool first = true;
    QVector<QCPGraphData> points;
    points.reserve(m_steps.size());
    for (const QPointF &step : std::as_const(m_steps)) {
        value = first ? step.y() : m_smoothing * value + (1 - m_smoothing) * step.y();
        first = false;
        points.append(QCPGraphData(step.x(), value));
    }
    m_smoothLoss->data()->set(points, true);
}

void TrainingChart::scheduleReplot()
{
    // A single-shot timer coalesces any number of additions into one redraw per interval.
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

void TrainingChart::fitRanges()
{
    double lastEpoch = 1;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        bool found = false;
        const QCPRange range = m_plot->graph(i)->getKeyRange(found);
        if (found)
            lastEpoch = std::max(lastEpoch, std::ceil(range.upper - 1e-9));
    }
    m_lossRect->axis(QCPAxis::atBottom)->setRange(0, lastEpoch);

    QCPAxis *loss = m_lossRect->axis(QCPAxis::atLeft);
    bool first = true;
    QCPRange lossRange(0, 1);
    for (QCPGraph *graph : {m_stepLoss, m_trainLoss, m_validationLoss}) {
        bool found = false;
        const QCPRange range = graph->getValueRange(found);
        if (!found)
            continue;
        lossRange = first ? range
                          : QCPRange(std::min(lossRange.lower, range.lower),
                                     std::max(lossRange.upper, range.upper));
        first = false;
    }
    for (QCPGraph *graph : std::as_const(m_overlays)) {
        bool found = false;
        if (graph->valueAxis() != loss)
            continue;
        const QCPRange range = graph->getValueRange(found);
        if (found)
            lossRange = QCPRange(std::min(lossRange.lower, range.lower),
                                 std::max(lossRange.upper, range.upper));
    }
    loss->setRange(std::min(0.0, lossRange.lower), lossRange.upper * 1.05 + 1e-6);
    m_learningRate->rescaleValueAxis(false, true);
    QCPAxis *rate = m_lossRect->axis(QCPAxis::atRight);
    if (rate->range().lower <= 0 || rate->range().upper <= rate->range().lower * 1.01)
        rate->setRange(std::max(rate->range().upper / 10, 1e-8),
                       std::max(rate->range().upper * 2, 1e-7));

    m_metricRect->axis(QCPAxis::atLeft)->setRange(0, 1.02);
    if (m_baseline->visible()) {
        m_baseline->point1->setCoords(0, m_baselineValue);
        m_baseline->point2->setCoords(lastEpoch, m_baselineValue);
    }
}

void TrainingChart::replotNow()
{
    if (m_autoFit)
        fitRanges();
    ++m_replots;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool TrainingChart::exportImage(const QString &path)
{
    replotNow();
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool saved = false;
    if (suffix == QLatin1String("png")) {
        saved = m_plot->savePng(path, m_plot->width(), m_plot->height(), 2.0);
    } else if (suffix == QLatin1String("pdf")) {
        saved = m_plot->savePdf(path, m_plot->width(), m_plot->height());
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(m_plot->size());
        generator.setViewBox(m_plot->rect());
        generator.setTitle(windowTitle());
        QCPPainter painter;
        saved = painter.begin(&generator);
        if (saved) {
            m_plot->toPainter(&painter, m_plot->width(), m_plot->height());
            saved = painter.end();
        }
    }
    if (!saved)
        qCWarning(lcChart) << "could not export the chart to" << path;
    return saved;
}

bool TrainingChart::exportHistory(const QString &path) const
{
    QStringList columns = {QStringLiteral("epoch")};
    QSet<QString> seen = {QStringLiteral("epoch")};
    for (const models::HistoryRow &row : m_history) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                columns << it.key();
            }
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcChart) << "could not write" << path << file.errorString();
        return false;
    }
    return file.write(models::formatCsv(columns, m_history)) >= 0;
}

void TrainingChart::chooseExport()
{
    const QString filters =
        tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;History as CSV (*.csv)");
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the chart"), QString(), filters, &selected);
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const bool saved = csv ? exportHistory(path) : exportImage(path);
    if (!saved)
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1. Choose a writable folder and a name ending in "
                                ".png, .svg, .pdf or .csv.")
                                 .arg(path));
}

void TrainingChart::retranslate()
{
    m_lossRect->axis(QCPAxis::atBottom)->setLabel(QString());
    m_lossRect->axis(QCPAxis::atLeft)->setLabel(tr("Loss"));
    m_lossRect->axis(QCPAxis::atRight)->setLabel(tr("Learning rate"));
    m_metricRect->axis(QCPAxis::atBottom)->setLabel(tr("Epoch"));
    m_metricRect->axis(QCPAxis::atLeft)->setLabel(metricTitle(m_metricName));
    m_stepLoss->setName(tr("Step loss"));
    m_smoothLoss->setName(tr("Step loss, smoothed"));
    m_trainLoss->setName(tr("Training loss (epoch)"));
    m_validationLoss->setName(tr("Validation loss"));
    m_learningRate->setName(tr("Learning rate"));
    m_metric->setName(metricTitle(m_metricName));
    m_best->setName(tr("Best epoch"));
    m_smoothingLabel->setText(tr("Smoothing: %1").arg(m_smoothing, 0, 'f', 2));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the axes to the data again after zooming or dragging."));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF, or the history as CSV."));
    scheduleReplot();
}

void TrainingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cnnwb::ui
