#pragma once

#include <QtWidgets/QMainWindow>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace cnnwb::app {
class LanguageManager;
}

namespace cnnwb::ui {

class HandwritingPage;
class ModelPage;
class RunsPanel;
class SegmentationPage;
class DiagnosisPage;
class TrainingPage;
class ZooPanel;

/// The workbench window: the model zoo as a dock, task pages in the centre, and a status
/// bar with the compute device, the thread count and the current job.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// LANGUAGE may be null (tests); the language menu then stays disabled.
    explicit MainWindow(app::LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    ZooPanel *zooPanel() const { return m_zoo; }
    ModelPage *modelPage() const { return m_modelPage; }
    TrainingPage *trainingPage() const { return m_trainingPage; }
    RunsPanel *runsPanel() const { return m_runsPanel; }
    HandwritingPage *handwritingPage() const { return m_handwritingPage; }
    SegmentationPage *segmentationPage() const { return m_segmentationPage; }
    DiagnosisPage *diagnosisPage() const { return m_diagnosisPage; }

    /// Shows the run folder PATH on the training page.
    bool openRunFolder(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();
    void chooseRunFolder();

    app::LanguageManager *m_language = nullptr;
    ZooPanel *m_zoo = nullptr;
    QDockWidget *m_zooDock = nullptr;
    QTabWidget *m_pages = nullptr;
    ModelPage *m_modelPage = nullptr;
    TrainingPage *m_trainingPage = nullptr;
    SegmentationPage *m_segmentationPage = nullptr;
    DiagnosisPage *m_diagnosisPage = nullptr;
    HandwritingPage *m_handwritingPage = nullptr;
    RunsPanel *m_runsPanel = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_threadsLabel = nullptr;
    QLabel *m_jobLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openRunAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace cnnwb::ui
