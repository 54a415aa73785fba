#pragma once

#include "overlaycomposer.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace cnnwb::app {
class SegmentationViewer;
}

namespace cnnwb::ui {

class MessageBanner;
class SliceView;

/// The segmentation page. It shows an EM stack slice by slice with the predicted membranes,
/// the probability map, the ground truth and its error map as overlays. Per-slice metrics
/// appear as a table and a chart, and masks, probabilities and the view can be exported.
class SegmentationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentationPage(QWidget *parent = nullptr);
    ~SegmentationPage() override;

    app::SegmentationViewer *viewer() const { return m_viewer; }
    SliceView *sliceView() const { return m_view; }

    /// Opens an image stack (TIFF or folder); shows the error in the page and returns false
    /// when it fails.
    bool openStack(const QString &path);
    /// Opens the label stack of the open stack; shows the error and returns false on failure.
    bool openLabels(const QString &path);
    /// Loads a segmentation checkpoint; shows the error and returns false on failure.
    bool loadModel(const QString &path);
    /// Shows slice INDEX (0-based, clamped to the stack).
    void setSlice(int index);
    int currentSlice() const { return m_slice; }
    /// Returns the overlay settings the controls currently select.
    OverlaySettings overlaySettings() const;
    /// Saves the current view (the composed slice at its pixel size) as PNG at PATH.
    bool saveView(const QString &path);
    /// Returns the text of the message banner, empty when it is hidden.
    QString messageText() const;

Q_SIGNALS:
    /// The job text for the status bar changed.
    void jobChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createMetricsPanel();
    void retranslate();
    void updateControls();
    void refreshView();
    void refreshMetrics();
    void stepSlice(int delta);
    void chooseStack(bool folder);
    void chooseLabels();
    void chooseModel();
    void exportMasks();
    void exportProbabilities();
    void chooseViewFile();
    void autoWindow();
    void showError(const QString &text);

    app::SegmentationViewer *m_viewer = nullptr;
    int m_slice = 0;
    int m_truthSlice = -1;
    cv::Mat m_truth; ///< label mask of m_truthSlice

    MessageBanner *m_banner = nullptr;
    SliceView *m_view = nullptr;
    QSlider *m_sliceSlider = nullptr;
    QSpinBox *m_sliceSpin = nullptr;
    QLabel *m_sliceInfo = nullptr;

    QGroupBox *m_stackGroup = nullptr;
    QPushButton *m_openStackButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QPushButton *m_openLabelsButton = nullptr;
    QLabel *m_polarityLabel = nullptr;
    QComboBox *m_polarityCombo = nullptr;
    QPushButton *m_loadModelButton = nullptr;
    QLabel *m_sourceInfo = nullptr;

    QGroupBox *m_predictGroup = nullptr;
    QPushButton *m_predictSliceButton = nullptr;
    QPushButton *m_predictStackButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;

    QGroupBox *m_overlayGroup = nullptr;
    QCheckBox *m_maskCheck = nullptr;
    QComboBox *m_maskStyleCombo = nullptr;
    QLabel *m_opacityLabel = nullptr;
    QSlider *m_opacitySlider = nullptr;
    QCheckBox *m_probabilityCheck = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QSlider *m_thresholdSlider = nullptr;
    QCheckBox *m_truthCheck = nullptr;
    QCheckBox *m_errorCheck = nullptr;
    QLabel *m_errorLegend = nullptr;
    QCheckBox *m_tilesCheck = nullptr;
    QCheckBox *m_seamCheck = nullptr;

    QGroupBox *m_displayGroup = nullptr;
    QLabel *m_windowLabel = nullptr;
    QSpinBox *m_windowLowSpin = nullptr;
    QSpinBox *m_windowHighSpin = nullptr;
    QPushButton *m_autoWindowButton = nullptr;

    QGroupBox *m_exportGroup = nullptr;
    QComboBox *m_exportPolarityCombo = nullptr;
    QPushButton *m_exportMasksButton = nullptr;
    QPushButton *m_exportProbabilitiesButton = nullptr;
    QPushButton *m_saveViewButton = nullptr;

    QTableWidget *m_metricsTable = nullptr;
    QCustomPlot *m_chart = nullptr;
    QLabel *m_stackMetrics = nullptr;
};

} // namespace cnnwb::ui
