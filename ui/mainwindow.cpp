#include "mainwindow.h"

#include "modelpage.h"
#include "zoopanel.h"

#include "app/language.h"
#include "app/runtime.h"
#include "models/device.h"

#include <QtCore/QEvent>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
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
    setCentralWidget(m_pages);

    m_deviceLabel = new QLabel(this);
    m_threadsLabel = new QLabel(this);
    m_jobLabel = new QLabel(this);
    statusBar()->addWidget(m_jobLabel, 1);
    statusBar()->addPermanentWidget(m_deviceLabel);
    statusBar()->addPermanentWidget(m_threadsLabel);

    createMenus();
    connect(m_zoo, &ZooPanel::modelSelected, this, [this](const QString &id) {
        m_modelPage->showModel(id);
        m_pages->setCurrentWidget(m_modelPage);
    });
    connect(m_modelPage, &ModelPage::summaryShown, this, [this] { m_jobLabel->setText(tr("Ready")); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    retranslate();

    const QString lastModel = settings.value(QStringLiteral("window/model"),
                                             QStringLiteral("pneumonia")).toString();
    m_zoo->selectModel(lastModel);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_zooDock->toggleViewAction());
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
    m_fileMenu->setTitle(tr("&File"));
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
    m_jobLabel->setText(tr("Ready"));
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
    event->accept();
}

} // namespace cnnwb::ui
