#include "mainwindow.h"

#include "datasetpanel.h"
#include "diagnosispage.h"
#include "handwritingpage.h"
#include "modelpage.h"
#include "runspanel.h"
#include "segmentationpage.h"
#include "trainingpage.h"
#include "zoopanel.h"

#include "app/language.h"
#include "app/runtime.h"
#include "models/device.h"
#include "models/runfolder.h"

#include <QtCore/QEvent>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>

namespace cnnwb::ui {

MainWindow::MainWindow(app::LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    m_zoo = new ZooPanel(this);
    m_zooDock = new QDockWidget(this);
    m_zooDock->setObjectName(QStringLiteral("zooDock"));
    m_zooDock->setWidget(m_zoo);
    m_zooDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_zooDock);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_modelPage = new ModelPage(m_pages);
    m_pages->addTab(m_modelPage, QString());
    m_trainingPage = new TrainingPage(m_pages);
    m_pages->addTab(m_trainingPage, QString());
    m_handwritingPage = new HandwritingPage(m_pages);
    m_pages->addTab(m_handwritingPage, QString());
    m_segmentationPage = new SegmentationPage(m_pages);
    m_pages->addTab(m_segmentationPage, QString());
    m_diagnosisPage = new DiagnosisPage(m_pages);
    m_pages->addTab(m_diagnosisPage, QString());
    setCentralWidget(m_pages);

    m_runsPanel = new RunsPanel(this);
    m_runsDock = new QDockWidget(this);
    m_runsDock->setObjectName(QStringLiteral("runsDock"));
    m_runsDock->setWidget(m_runsPanel);
    m_runsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                            | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_runsDock);

    m_deviceLabel = new QLabel(this);
    m_threadsLabel = new QLabel(this);
    m_jobLabel = new QLabel(this);
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    statusBar()->addWidget(m_jobLabel, 1);
    statusBar()->addPermanentWidget(m_deviceLabel);
    statusBar()->addPermanentWidget(m_threadsLabel);

    createMenus();
    connect(m_zoo, &ZooPanel::modelSelected, this, [this](const QString &id) {
        m_modelPage->showModel(id);
        m_trainingPage->setModel(id);
        if (m_pages->currentWidget() != m_trainingPage)
            m_pages->setCurrentWidget(m_modelPage);
    });
    connect(m_modelPage, &ModelPage::summaryShown, this, [this] {
        if (!m_trainingPage->isTraining())
            m_jobLabel->setText(tr("Ready"));
    });
    connect(m_trainingPage, &TrainingPage::jobChanged, m_jobLabel, &QLabel::setText);
    connect(m_segmentationPage, &SegmentationPage::jobChanged, m_jobLabel, &QLabel::setText);
    connect(m_trainingPage, &TrainingPage::runsChanged, m_runsPanel, &RunsPanel::refresh);
    connect(m_trainingPage, &TrainingPage::trainingActiveChanged, this, [this](bool active, const QString &path) {
        m_runsPanel->setActiveRun(active ? path : QString());
    });
    connect(m_trainingPage, &TrainingPage::threadsChanged, this,
            [this](int count) { m_threadsLabel->setText(tr("Threads: %1").arg(count)); });
    connect(m_handwritingPage, &HandwritingPage::trainModelRequested, this, [this] {
        m_zoo->selectModel(QStringLiteral("hanzi"));
        m_trainingPage->setModel(QStringLiteral("hanzi"));
        m_trainingPage->datasetPanel()->useDemoData();
        m_pages->setCurrentWidget(m_trainingPage);
    });
    connect(m_handwritingPage, &HandwritingPage::fineTuneRequested, this,
            [this](const QString &checkpoint, const QString &personalGnt) {
                m_zoo->selectModel(QStringLiteral("hanzi"));
                m_trainingPage->prepareFineTuning(checkpoint, {personalGnt});
                m_pages->setCurrentWidget(m_trainingPage);
            });
    connect(m_trainingPage, &TrainingPage::runsChanged, m_handwritingPage, &HandwritingPage::refreshCheckpoints);
    connect(m_runsPanel, &RunsPanel::openRequested, this, &MainWindow::openRunFolder);
    connect(m_runsPanel, &RunsPanel::overlayRequested, this, [this](const QStringList &paths) {
        m_trainingPage->overlayRuns(paths);
        m_pages->setCurrentWidget(m_trainingPage);
    });
    connect(m_runsPanel, &RunsPanel::resumeRequested, this, [this](const QString &path) {
        m_pages->setCurrentWidget(m_trainingPage);
        m_trainingPage->resumeRun(path);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_zooDock}, {320}, Qt::Horizontal);
    retranslate();

    const QString lastModel = settings.value(QStringLiteral("window/model"),
                                             QStringLiteral("pneumonia")).toString();
    m_zoo->selectModel(lastModel);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openRunAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseRunFolder);
    m_openRunAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_zooDock->toggleViewAction());
    m_viewMenu->addAction(m_runsDock->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setData(QStringLiteral("system"));
    m_languageMenu->addSeparator();
    for (const QString &code : app::LanguageManager::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(app::LanguageManager::nativeName(code));
        action->setData(code);
    }
    const QString chosen = QSettings().value(QStringLiteral("ui/language"),
                                             QStringLiteral("system")).toString();
    for (QAction *action : m_languageMenu->actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
        m_languageGroup->addAction(action);
    }
    m_languageMenu->setEnabled(m_language != nullptr);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (m_language && m_language->setLanguage(code))
            QSettings().setValue(QStringLiteral("ui/language"), code);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("CNN Workbench"));
    m_zooDock->setWindowTitle(tr("Model zoo"));
    m_pages->setTabText(m_pages->indexOf(m_modelPage), tr("Model"));
    m_pages->setTabText(m_pages->indexOf(m_trainingPage), tr("Training"));
    m_pages->setTabText(m_pages->indexOf(m_handwritingPage), tr("Handwriting"));
    m_pages->setTabText(m_pages->indexOf(m_segmentationPage), tr("Segmentation"));
    m_pages->setTabText(m_pages->indexOf(m_diagnosisPage), tr("Diagnosis"));
    m_runsDock->setWindowTitle(tr("Runs"));
    m_fileMenu->setTitle(tr("&File"));
    m_openRunAction->setText(tr("&Open run…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CNN Workbench"));

    QString device;
    try {
        device = models::describeDevice(models::selectDevice(QStringLiteral("auto")));
    } catch (const std::exception &e) {
        device = QString::fromLocal8Bit(e.what());
    }
    m_deviceLabel->setText(tr("Device: %1").arg(device));
    m_threadsLabel->setText(tr("Threads: %1").arg(app::torchThreads()));
    m_jobLabel->setText(m_trainingPage->jobText().isEmpty() ? tr("Ready") : m_trainingPage->jobText());
}

bool MainWindow::openRunFolder(const QString &path)
{
    m_pages->setCurrentWidget(m_trainingPage);
    const bool opened = m_trainingPage->openRun(path);
    if (opened)
        m_runsPanel->selectRun(path);
    return opened;
}

void MainWindow::chooseRunFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open run folder"),
                                                           m_trainingPage->runFolder().isEmpty()
                                                               ? models::RunFolder::defaultParent()
                                                               : m_trainingPage->runFolder());
    if (!path.isEmpty())
        openRunFolder(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CNN Workbench"),
                       tr("<p><b>CNN Workbench %1</b></p>"
                          "<p>Train, inspect and use convolutional networks: pneumonia "
                          "diagnosis on chest X-rays, handwritten Chinese characters and EM "
                          "membrane segmentation.</p><p>LibTorch %2, Qt %3.</p>")
                           .arg(QApplication::applicationVersion(), app::torchVersion(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/model"), m_zoo->selectedModel());
    // Closing never discards training: the worker stops after its current step and
    // writes last.pt, from which the run can be resumed later.
    m_trainingPage->shutdown();
    event->accept();
}

} // namespace cnnwb::ui
