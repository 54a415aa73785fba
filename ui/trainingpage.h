#pragma once

#include "app/trainingsession.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace cnnwb::app {
class ModelInspector;
struct ModelInspection;
struct DatasetReport;
} // namespace cnnwb::app

namespace cnnwb::ui {

class DatasetPanel;
class MessageBanner;
class OptionForm;
class RecipeForm;
class TrainingChart;

/// The training dashboard: dataset, architecture and recipe on the left; Start, Pause,
/// Resume and Stop, progress with ETA and samples/s, live charts, the training log and the
/// run's configuration on the right. Runs go through app::TrainingSession, so training,
/// dataset opening and network construction stay off the GUI thread.
class TrainingPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPage(QWidget *parent = nullptr);
    ~TrainingPage() override;

    /// Selects the zoo model MODEL_ID for the next run.
    void setModel(const QString &modelId);
    QString modelId() const;

    /// Builds the configuration of a new run from the forms. Returns an error message or "".
    QString buildConfig(models::TrainingConfig &config) const;

    /// Returns true while a session prepares, trains, pauses or stops.
    bool isTraining() const;
    /// Returns the current session (null before the first start).
    app::TrainingSession *session() const { return m_session; }
    /// Returns the run folder shown: the running one or the one opened last.
    QString runFolder() const { return m_runFolder; }
    /// Returns the job as the status bar shows it, such as "Training unet: epoch 2/10".
    QString jobText() const { return m_jobText; }

    DatasetPanel *datasetPanel() const { return m_dataset; }
    OptionForm *optionForm() const { return m_options; }
    RecipeForm *recipeForm() const { return m_recipe; }
    TrainingChart *chart() const { return m_chart; }
    MessageBanner *banner() const { return m_banner; }
    QPlainTextEdit *log() const { return m_log; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    /// Starts a new run from the forms; shows what is wrong in the banner instead when the
    /// forms are incomplete.
    void startTraining();
    void pauseTraining();
    /// Resumes a paused run, or continues the opened stopped run from its last.pt.
    void resumeTraining();
    void stopTraining();
    /// Requests a stop and waits until the checkpoint is written, for closing the window.
    void shutdown();
    /// Shows the run folder PATH: its configuration in the forms, its curves and its log.
    bool openRun(const QString &path);
    /// Prepares a fine-tuning run in the forms: the model, data and recipe of the run that
    /// wrote CHECKPOINT, its weights as the start, EXTRA_DATA (.gnt files) added to the
    /// training split and a tenth of the learning rate. The user starts it.
    void prepareFineTuning(const QString &checkpoint, const QStringList &extraData);
    /// Opens the run folder PATH and continues it from its last checkpoint.
    void resumeRun(const QString &path);
    /// Draws the validation curves of the run folders PATHS over the chart.
    void overlayRuns(const QStringList &paths);

Q_SIGNALS:
    /// The job text for the status bar changed.
    void jobChanged(const QString &text);
    /// A run folder was created or changed state, so run lists should be read again.
    void runsChanged();
    /// Training began (ACTIVE) or ended in the run folder PATH.
    void trainingActiveChanged(bool active, const QString &path);
    /// The LibTorch intra-op thread count was changed to COUNT.
    void threadsChanged(int count);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createSettings();
    QWidget *createDashboard();
    void startSession(app::TrainingSession *session, const QString &metric);
    /// Reads the configuration of the run folder PATH into CONFIG and the forms; shows the
    /// problem in the banner and returns false when it cannot.
    bool loadRunIntoForms(const QString &path, models::TrainingConfig &config);
    void showSetup(const app::TrainingSetup &setup);
    void showStep(const app::TrainingStep &step);
    void showEpoch(const app::TrainingEpoch &epoch);
    void showFinished(app::TrainingSession::Outcome outcome, const QString &message);
    void showState(app::TrainingSession::State state);
    void showInspection(const app::ModelInspection &result);
    void showDatasetReport(const app::DatasetReport &report);
    void appendLog(const QString &line);
    void updateButtons();
    void setJob(const QString &text);
    void measureNetwork();
    void retranslate();

    QPointer<app::TrainingSession> m_session;
    app::ModelInspector *m_inspector = nullptr;
    QString m_runFolder;
    bool m_openedResumable = false;
    QString m_jobText;
    QString m_modelId;
    int m_epochs = 0;
    int m_lastEpochDone = 0;
    bool m_listedRunning = false; ///< the run list was refreshed after the first step

    MessageBanner *m_banner = nullptr;
    QGroupBox *m_datasetGroup = nullptr;
    QGroupBox *m_modelGroup = nullptr;
    QGroupBox *m_recipeGroup = nullptr;
    QGroupBox *m_computeGroup = nullptr;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_model = nullptr;
    DatasetPanel *m_dataset = nullptr;
    OptionForm *m_options = nullptr;
    QLabel *m_parameters = nullptr;
    RecipeForm *m_recipe = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QComboBox *m_device = nullptr;
    QLabel *m_threadsLabel = nullptr;
    QSpinBox *m_threads = nullptr;

    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_runLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    TrainingChart *m_chart = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPlainTextEdit *m_configuration = nullptr;
};

} // namespace cnnwb::ui
