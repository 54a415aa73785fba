#pragma once

#include "models/runfolder.h"

#include <QtCore/QTimer>
#include <QtCore/QVector>
#include <QtWidgets/QWidget>

class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPLegend;
class QCustomPlot;
class QLabel;
class QSlider;
class QToolButton;

namespace cnnwb::ui {

/// Live training curves in two panels. The upper panel draws the step loss (raw and
/// smoothed), the epoch training and validation loss, and the learning rate on a second
/// axis. The lower panel draws the monitored validation metric with the majority-class
/// baseline and the best epoch. The x axis counts epochs, and a step sits at its fraction
/// of the epoch. Data is appended as it arrives, and the plot redraws at most once every
/// kReplotInterval milliseconds.
class TrainingChart final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingChart(QWidget *parent = nullptr);

    /// Removes every curve and overlay and sets the validation METRIC to plot
    /// (val_accuracy, val_pixel_error, ...).
    void reset(const QString &metric);
    /// Draws the majority-class baseline on the metric axis; a negative value hides it.
    void setBaseline(double accuracy);
    /// Appends one step at EPOCH_POSITION (epochs, fractional).
    void addStep(double epochPosition, double loss, double learningRate);
    /// Appends the metrics of one finished epoch; ROW contains "epoch" (1-based).
    void addEpoch(const models::HistoryRow &row, bool improved);
    /// Shows a whole run as read from its folder; BEST_EPOCH (1-based) or 0.
    void showRun(const QVector<models::HistoryRow> &history,
                 const QVector<models::HistoryRow> &steps, int bestEpoch);
    /// Adds a finished run's validation loss and metric as dashed curves named NAME.
    void addOverlay(const QString &name, const QVector<models::HistoryRow> &history);
    void clearOverlays();
    int overlayCount() const { return m_overlays.size(); }

    /// Sets the EMA factor of the smoothed step loss, 0 (raw) to 0.99.
    void setSmoothing(double factor);
    double smoothing() const { return m_smoothing; }

    /// Saves the chart as PNG, SVG or PDF, chosen by the suffix of PATH. Returns false on failure.
    bool exportImage(const QString &path);
    /// Saves the epoch history as CSV. Returns false on failure.
    bool exportHistory(const QString &path) const;

    const QVector<models::HistoryRow> &history() const { return m_history; }
    int stepCount() const { return int(m_steps.size()); }
    /// Returns how many replots ran, for tests of the throttling.
    int replotCount() const { return m_replots; }
    QCustomPlot *plot() const { return m_plot; }

    static constexpr int kReplotInterval = 100;

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleReplot();
    void replotNow();
    void recomputeSmoothing();
    void fitRanges();
    void retranslate();
    void chooseExport();
    QCPGraph *addGraph(QCPAxisRect *rect, bool secondAxis, const QColor &color, bool markers);

    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_lossRect = nullptr;
    QCPAxisRect *m_metricRect = nullptr;
    QCPLegend *m_lossLegend = nullptr;
    QCPLegend *m_metricLegend = nullptr;
    QCPGraph *m_stepLoss = nullptr;
    QCPGraph *m_smoothLoss = nullptr;
    QCPGraph *m_trainLoss = nullptr;
    QCPGraph *m_validationLoss = nullptr;
    QCPGraph *m_learningRate = nullptr;
    QCPGraph *m_metric = nullptr;
    QCPGraph *m_best = nullptr;
    QCPItemStraightLine *m_baseline = nullptr;
    QVector<QCPGraph *> m_overlays;

    QLabel *m_smoothingLabel = nullptr;
    QSlider *m_smoothingSlider = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_export = nullptr;

    QString m_metricName;
    double m_baselineValue = -1;
    double m_smoothing = 0.9;
    QVector<QPointF> m_steps; ///< (epoch position, loss)
    QVector<models::HistoryRow> m_history;
    QTimer m_replotTimer;
    bool m_autoFit = true; ///< false once the user drags or zooms
    int m_replots = 0;
};

} // namespace cnnwb::ui
