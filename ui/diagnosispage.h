#pragma once

#include "app/diagnosisengine.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace cnnwb::app {
class DiagnosisService;
}

namespace cnnwb::ui {

class MessageBanner;
class XrayView;

/// The X-ray diagnosis page, a teaching tool that classifies chest X-rays as NORMAL or
/// PNEUMONIA with a run's checkpoint. It shows the image (zoom and pan), the exact network
/// input with its preprocessing steps, and the probability with the decision at a threshold
/// tied to the validation ROC. Grad-CAM, its faithfulness test and the out-of-distribution
/// guard explain the result. Batch mode adds a results table, the confusion matrix, and ROC
/// and precision-recall curves.
class DiagnosisPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosisPage(QWidget *parent = nullptr);
    ~DiagnosisPage() override;

    app::DiagnosisService *service() const { return m_service; }

    /// Loads a run folder or checkpoint (asynchronously; modelReady() follows).
    void loadModel(const QString &runOrCheckpoint);
    /// Opens PATHS: one image is analysed; several images or a folder run in batch mode.
    void openPaths(const QStringList &paths);
    /// Returns the threshold in [0, 1] that the decision uses.
    double threshold() const;
    void setThreshold(double threshold);
    /// Shows the batch or the single-image tab.
    void showBatchTab(bool batch);

    /// Writes the batch table as CSV. Returns false (and shows why) on failure.
    bool exportBatchCsv(const QString &path);
    /// Writes the batch ROC and precision-recall charts to BASE-roc.SUFFIX and
    /// BASE-pr.SUFFIX, SUFFIX png or svg. Returns false on failure.
    bool exportBatchCharts(const QString &base, const QString &suffix);

    const app::DiagnosisResult &result() const { return m_result; }
    const QVector<app::BatchRow> &batchRows() const { return m_rows; }
    /// Returns the text of the result panel (tests and tools).
    QString resultText() const;
    QString faithfulnessText() const;

Q_SIGNALS:
    void modelReady();
    void resultShown();
    void gradCamShown();
    void faithfulnessShown();
    void batchShown();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createSingleTab();
    QWidget *createBatchTab();
    void retranslate();
    void chooseRun();
    void chooseImages();
    void chooseFolder();
    void showModel(const app::DiagnosisModelInfo &info);
    void showResult(const app::DiagnosisResult &result);
    void showGradCam(const app::GradCamView &view);
    void showFaithfulness(const app::FaithfulnessView &view);
    void showBatch(const QVector<app::BatchRow> &rows, bool cancelled);
    void showError(const QString &message);
    void updateDecision();
    void updateThresholdEvidence();
    void updateOverlay();
    void updateBatchFigures();
    void fillBatchTable();

    app::DiagnosisService *m_service = nullptr;
    app::DiagnosisModelInfo m_info;
    bool m_modelLoaded = false;
    app::DiagnosisResult m_result;
    app::GradCamView m_cam;
    app::FaithfulnessView m_faithfulness;
    QVector<app::BatchRow> m_rows;
    bool m_batchCancelled = false;
    QString m_batchSource;

    QLabel *m_note = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_openRun = nullptr;
    QPushButton *m_openImages = nullptr;
    QPushButton *m_openFolder = nullptr;
    QLabel *m_modelLabel = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Single image
    QListWidget *m_files = nullptr;
    XrayView *m_view = nullptr;
    QLabel *m_inputTitle = nullptr;
    QLabel *m_input = nullptr;
    QLabel *m_steps = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_oodLabel = nullptr;
    QCheckBox *m_showAnyway = nullptr;
    QGroupBox *m_thresholdBox = nullptr;
    QSlider *m_threshold = nullptr;
    QLabel *m_thresholdValue = nullptr;
    QLabel *m_operating = nullptr;
    QLabel *m_thresholdSource = nullptr;
    QPushButton *m_resetThreshold = nullptr;
    QCustomPlot *m_roc = nullptr;
    QGroupBox *m_camBox = nullptr;
    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layer = nullptr;
    QLabel *m_opacityLabel = nullptr;
    QSlider *m_opacity = nullptr;
    QPushButton *m_measure = nullptr;
    QLabel *m_faithfulnessLabel = nullptr;

    // Batch
    QPushButton *m_runBatch = nullptr;
    QPushButton *m_cancelBatch = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportCharts = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableWidget *m_confusion = nullptr;
    QLabel *m_figures = nullptr;
    QCustomPlot *m_batchRoc = nullptr;
    QCustomPlot *m_batchPr = nullptr;
};

} // namespace cnnwb::ui
