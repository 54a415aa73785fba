#include "trainingpage.h"

#include "datasetpanel.h"
#include "messagebanner.h"
#include "optionform.h"
#include "recipeform.h"
#include "trainingchart.h"

#include "app/modelinspector.h"
#include "app/runtime.h"
#include "models/runfolder.h"
#include "models/summary.h"
#include "models/zoo.h"

#include <cmath>

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {

Q_LOGGING_CATEGORY(lcTrainingPage, "cnnwb.ui.training")

namespace {

const QString kDeviceKey = QStringLiteral("compute/device");
const QString kThreadsKey = QStringLiteral("compute/threads");

// Returns the 1-based epoch with the best value of MONITOR in HISTORY, or 0.
int bestEpoch(const QVector<models::HistoryRow> &history, const QString &monitor)
{
    const bool higher = models::higherIsBetter(monitor);
    int best = 0;
    double bestValue = 0;
    for (const models::HistoryRow &row : history) {
        if (!row.contains(monitor))
            continue;
        const double value = row.value(monitor);
        if (best == 0 || (higher ? value > bestValue : value < bestValue)) {
            best = int(row.value(QStringLiteral("epoch")));
            bestValue = value;
        }
    }
    return best;
}

QGroupBox *groupBox(QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

TrainingPage::TrainingPage(QWidget *parent)
    : QWidget(parent)
    , m_inspector(new app::ModelInspector(this))
{
    setObjectName(QStringLiteral("trainingPage"));
    setAcceptDrops(true);
    app::TrainingSession::registerMetaTypes();

    m_banner = new MessageBanner(this);
    auto *settingsScroll = new QScrollArea(this);
    QWidget *settings = createSettings();
    settingsScroll->setWidget(settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Without a horizontal scroll bar, a viewport narrower than the forms would clip them.
    settingsScroll->setMinimumWidth(settings->minimumSizeHint().width() +
                                    settingsScroll->verticalScrollBar()->sizeHint().width() +
                                    2 * settingsScroll->frameWidth());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(settingsScroll);
    splitter->addWidget(createDashboard());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({settingsScroll->minimumWidth(), 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_inspector, &app::ModelInspector::inspectionFinished, this,
            &TrainingPage::showInspection);
    retranslate();
    updateButtons();
}

TrainingPage::~TrainingPage()
{
    // The window around the page is being destroyed, so the session's last signals must
    // not reach it.
    if (m_session)
        m_session->disconnect(this);
    shutdown();
}

QWidget *TrainingPage::createSettings()
{
    auto *settings = new QWidget(this);

    auto *datasetContent = new QWidget(settings);
    auto *datasetLayout = new QVBoxLayout(datasetContent);
    datasetLayout->setContentsMargins(0, 0, 0, 0);
    auto *modelRow = new QHBoxLayout;
    m_modelLabel = new QLabel(datasetContent);
    m_model = new QComboBox(datasetContent);
    m_model->setObjectName(QStringLiteral("trainingModel"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(12);
    for (const models::ModelSpec &spec : models::Zoo::instance().models())
        m_model->addItem(spec.translatedName(), spec.id);
    m_model->setCurrentIndex(-1);
    connect(m_model, &QComboBox::activated, this,
            [this](int index) { setModel(m_model->itemData(index).toString()); });
    modelRow->addWidget(m_modelLabel);
    modelRow->addWidget(m_model, 1);
    m_dataset = new DatasetPanel(datasetContent);
    connect(m_dataset, &DatasetPanel::checkFinished, this, &TrainingPage::showDatasetReport);
    datasetLayout->addLayout(modelRow);
    datasetLayout->addWidget(m_dataset);
    m_datasetGroup = groupBox(datasetContent, settings);

    auto *modelContent = new QWidget(settings);
    auto *modelLayout = new QVBoxLayout(modelContent);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    m_options = new OptionForm(modelContent);
    connect(m_options, &OptionForm::valuesChanged, this, &TrainingPage::measureNetwork);
    m_parameters = new QLabel(modelContent);
    m_parameters->setObjectName(QStringLiteral("parameterCount"));
    m_parameters->setWordWrap(true);
    modelLayout->addWidget(m_options);
    modelLayout->addWidget(m_parameters);
    m_modelGroup = groupBox(modelContent, settings);

    m_recipe = new RecipeForm(settings);
    m_recipeGroup = groupBox(m_recipe, settings);
    connect(m_recipe->findChild<QSpinBox *>(QStringLiteral("recipeSeed")), &QSpinBox::valueChanged,
            this, [this](int seed) { m_dataset->setSeed(quint64(seed)); });

    auto *computeContent = new QWidget(settings);
    auto *computeForm = new QFormLayout(computeContent);
    computeForm->setContentsMargins(0, 0, 0, 0);
    m_device = new QComboBox(computeContent);
    m_device->setObjectName(QStringLiteral("trainingDevice"));
    for (const char *id : {"auto", "cpu", "cuda"})
        m_device->addItem(QString(), QLatin1String(id));
    const int deviceIndex =
        m_device->findData(QSettings().value(kDeviceKey, QStringLiteral("auto")).toString());
    m_device->setCurrentIndex(std::max(0, deviceIndex));
    connect(m_device, &QComboBox::activated, this,
            [this] { QSettings().setValue(kDeviceKey, m_device->currentData().toString()); });
    m_threads = new QSpinBox(computeContent);
    m_threads->setObjectName(QStringLiteral("trainingThreads"));
    m_threads->setRange(1, 256);
    m_threads->setValue(app::torchThreads());
    connect(m_threads, &QSpinBox::editingFinished, this, [this] {
        if (isTraining() || m_threads->value() == app::torchThreads())
            return;
        const int count = app::configureTorchThreads(m_threads->value());
        QSettings().setValue(kThreadsKey, count);
        Q_EMIT threadsChanged(count);
    });
    m_deviceLabel = new QLabel(computeContent);
    m_threadsLabel = new QLabel(computeContent);
    computeForm->addRow(m_deviceLabel, m_device);
    computeForm->addRow(m_threadsLabel, m_threads);
    m_computeGroup = groupBox(computeContent, settings);

    auto *layout = new QVBoxLayout(settings);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_datasetGroup);
    layout->addWidget(m_modelGroup);
    layout->addWidget(m_recipeGroup);
    layout->addWidget(m_computeGroup);
    layout->addStretch(1);
    return settings;
}

QWidget *TrainingPage::createDashboard()
{
    auto *dashboard = new QWidget(this);
    m_start = new QPushButton(dashboard);
    m_pause = new QPushButton(dashboard);
    m_resume = new QPushButton(dashboard);
    m_stop = new QPushButton(dashboard);
    m_start->setObjectName(QStringLiteral("startTraining"));
    m_pause->setObjectName(QStringLiteral("pauseTraining"));
    m_resume->setObjectName(QStringLiteral("resumeTraining"));
    m_stop->setObjectName(QStringLiteral("stopTraining"));
    connect(m_start, &QPushButton::clicked, this, &TrainingPage::startTraining);
    connect(m_pause, &QPushButton::clicked, this, &TrainingPage::pauseTraining);
    connect(m_resume, &QPushButton::clicked, this, &TrainingPage::resumeTraining);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPage::stopTraining);
    m_runLabel = new QLabel(dashboard);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runLabel->setWordWrap(true);

    m_progress = new QProgressBar(dashboard);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText = new QLabel(dashboard);
    m_progressText->setObjectName(QStringLiteral("progressText"));

    m_chart = new TrainingChart(dashboard);
    m_log = new QPlainTextEdit(dashboard);
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_configuration = new QPlainTextEdit(dashboard);
    m_configuration->setObjectName(QStringLiteral("runConfiguration"));
    m_configuration->setReadOnly(true);
    m_configuration->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bottomTabs = new QTabWidget(dashboard);
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_log, QString());
    m_bottomTabs->addTab(m_configuration, QString());

    auto *splitter = new QSplitter(Qt::Vertical, dashboard);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_bottomTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_progressText, 2);
    auto *layout = new QVBoxLayout(dashboard);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_runLabel);
    layout->addLayout(progress);
    layout->addWidget(splitter, 1);
    return dashboard;
}

void TrainingPage::setModel(const QString &modelId)
{
    const models::ModelSpec *spec = models::Zoo::instance().find(modelId);
    if (!spec || (modelId == m_modelId && m_options->modelId() == modelId))
        return;
    if (isTraining()) {
        // The forms show the running configuration; the next run picks the new model.
        return;
    }
    m_modelId = modelId;
    m_model->setCurrentIndex(m_model->findData(modelId));
    const bool segmentation = spec->task == models::TaskKind::Segmentation;
    m_options->setModel(modelId);
    m_dataset->setModel(modelId, segmentation);
    m_recipe->setSegmentation(segmentation);
    measureNetwork();
    updateButtons();
}

QString TrainingPage::modelId() const
{
    return m_modelId;
}

void TrainingPage::measureNetwork()
{
    if (m_modelId.isEmpty())
        return;
    m_parameters->setText(tr("Measuring the network…"));
    m_inspector->inspect(m_modelId, m_options->values());
}

void TrainingPage::showInspection(const app::ModelInspection &result)
{
    if (result.modelId != m_modelId || !(result.options == m_options->values()))
        return;
    if (!result.error.isEmpty()) {
        m_parameters->setText(result.error);
        return;
    }
    m_parameters->setText(tr("Trainable parameters: %1 · forward MACs per sample: %2")
                              .arg(models::formatCount(result.summary.trainable),
                                   models::formatCount(result.summary.macs)));
}

void TrainingPage::showDatasetReport(const app::DatasetReport &report)
{
    if (!report.error.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Dataset %1: %2").arg(report.path, report.error));
    else if (m_banner->kind() == MessageBanner::Kind::Warning)
        m_banner->hide();
    if (!isTraining() && report.majorityBaseline >= 0)
        m_chart->setBaseline(report.majorityBaseline);
}

QString TrainingPage::buildConfig(models::TrainingConfig &config) const
{
    const models::ModelSpec *spec = models::Zoo::instance().find(m_modelId);
    if (!spec)
        return tr("Choose a model in the zoo or in the model list first.");
    if (m_dataset->path().isEmpty())
        return tr("Choose a dataset: a folder, a file, or \"demo\" for the model's demo set.");
    if (!m_options->isValid())
        return tr("An architecture option is invalid; correct the field marked in red.");
    config = models::TrainingConfig();
    config.modelId = m_modelId;
    config.options = m_options->values();
    m_dataset->applyTo(config);
    m_recipe->applyTo(config);
    config.applyTaskDefaults(spec->task == models::TaskKind::Segmentation);
    return config.validate();
}

bool TrainingPage::isTraining() const
{
    return m_session && m_session->isActive();
}

void TrainingPage::startTraining()
{
    if (isTraining())
        return;
    models::TrainingConfig config;
    const QString error = buildConfig(config);
    if (!error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Cannot start training: %1").arg(error));
        return;
    }
    if (config.datasetPath != QLatin1String("demo"))
        m_dataset->rememberPath(m_dataset->path());

    auto *session = new app::TrainingSession(this);
    session->setNewRun(config);
    m_chart->reset(config.monitor);
    m_log->clear();
    m_configuration->clear();
    m_runFolder.clear();
    m_openedResumable = false;
    startSession(session, config.monitor);
}

void TrainingPage::startSession(app::TrainingSession *session, const QString &metric)
{
    Q_UNUSED(metric)
    if (m_session)
        m_session->deleteLater();
    m_session = session;
    session->setDevice(m_device->currentData().toString());
    connect(session, &app::TrainingSession::setupFinished, this, &TrainingPage::showSetup);
    connect(session, &app::TrainingSession::stepProgress, this, &TrainingPage::showStep);
    connect(session, &app::TrainingSession::epochFinished, this, &TrainingPage::showEpoch);
    connect(session, &app::TrainingSession::logMessage, this, &TrainingPage::appendLog);
    connect(session, &app::TrainingSession::stateChanged, this, &TrainingPage::showState);
    connect(session, &app::TrainingSession::finished, this, &TrainingPage::showFinished);
    m_banner->hide();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText->clear();
    m_lastEpochDone = 0;
    m_listedRunning = false;
    qCInfo(lcTrainingPage) << "starting a training session for" << session->modelId();
    session->start();
}

void TrainingPage::pauseTraining()
{
    if (m_session)
        m_session->pause();
}

void TrainingPage::resumeTraining()
{
    if (m_session && m_session->state() == app::TrainingSession::State::Paused) {
        m_session->resume();
        return;
    }
    if (isTraining() || !m_openedResumable || m_runFolder.isEmpty())
        return;
    auto *session = new app::TrainingSession(this);
    // A larger epoch count in the recipe extends the run.
    session->setResume(m_runFolder, m_recipe->epochsBox()->value());
    m_openedResumable = false;
    startSession(session, QString());
}

void TrainingPage::stopTraining()
{
    if (m_session)
        m_session->stop();
}

void TrainingPage::shutdown()
{
    if (!m_session || !m_session->isActive())
        return;
    qCInfo(lcTrainingPage) << "stopping training in" << m_session->runFolder() << "before closing";
    m_session->stopAndWait();
}

void TrainingPage::showSetup(const app::TrainingSetup &setup)
{
    m_runFolder = setup.runFolder;
    m_epochs = setup.epochs;
    if (setup.majorityBaseline >= 0)
        m_chart->setBaseline(setup.majorityBaseline);
    m_runLabel->setText(tr("Run %1 · %2 · %3 training and %4 validation samples")
                            .arg(QDir(setup.runFolder).dirName(), setup.device)
                            .arg(setup.trainSamples)
                            .arg(setup.validationSamples));
    m_runLabel->setToolTip(setup.runFolder);
    QFile config(models::RunFolder(setup.runFolder).configPath());
    if (config.open(QIODevice::ReadOnly))
        m_configuration->setPlainText(QString::fromUtf8(config.readAll()));
    Q_EMIT runsChanged();
    Q_EMIT trainingActiveChanged(true, setup.runFolder);
}

void TrainingPage::showStep(const app::TrainingStep &step)
{
    const int total = std::max(1, step.epochs * step.stepsPerEpoch);
    m_progress->setRange(0, total);
    m_progress->setValue(std::min(total, step.epoch * step.stepsPerEpoch + step.stepInEpoch));
    m_progressText->setText(tr("Epoch %1/%2 · step %3/%4 · loss %5 · %6 samples/s · ETA %7")
                                .arg(step.epoch + 1)
                                .arg(step.epochs)
                                .arg(step.stepInEpoch)
                                .arg(step.stepsPerEpoch)
                                .arg(step.loss, 0, 'f', 4)
                                .arg(step.samplesPerSecond, 0, 'f', 1)
                                .arg(app::formatDuration(step.etaSeconds)));
    for (const app::TrainingStepPoint &point : step.points)
        m_chart->addStep(point.epochPosition, point.loss, point.learningRate);
    m_epochs = step.epochs;
    if (!m_listedRunning) {
        // The trainer writes "running" to status.json only after setupFinished(), so the
        // run list is read again at the first step.
        m_listedRunning = true;
        Q_EMIT runsChanged();
    }
    if (m_session && m_session->state() == app::TrainingSession::State::Running)
        setJob(tr("Training %1: epoch %2/%3")
                   .arg(m_session->modelId())
                   .arg(step.epoch + 1)
                   .arg(step.epochs));
}

void TrainingPage::showEpoch(const app::TrainingEpoch &epoch)
{
    m_chart->addEpoch(epoch.metrics, epoch.improved);
    m_lastEpochDone = epoch.epoch + 1;
    m_epochs = epoch.epochs;
    Q_EMIT runsChanged();
}

void TrainingPage::showState(app::TrainingSession::State state)
{
    using State = app::TrainingSession::State;
    const QString model = m_session ? m_session->modelId() : m_modelId;
    switch (state) {
    case State::Preparing:
        setJob(tr("Preparing %1: opening the dataset and building the network…").arg(model));
        break;
    case State::Running:
        setJob(tr("Training %1: epoch %2/%3")
                   .arg(model)
                   .arg(m_lastEpochDone + 1)
                   .arg(std::max(m_epochs, 1)));
        break;
    case State::Paused:
        setJob(tr("Training %1 paused after epoch %2 of %3")
                   .arg(model)
                   .arg(m_lastEpochDone)
                   .arg(m_epochs));
        break;
    case State::Stopping:
        setJob(tr("Stopping %1 after the current step…").arg(model));
        break;
    case State::Idle:
    case State::Stopped:
    case State::Finished:
    case State::Failed:
        break;
    }
    updateButtons();
}

void TrainingPage::showFinished(app::TrainingSession::Outcome outcome, const QString &message)
{
    using Outcome = app::TrainingSession::Outcome;
    const models::RunFolder folder(m_runFolder);
    const QString model = m_session ? m_session->modelId() : m_modelId;
    const bool hasCheckpoint =
        !m_runFolder.isEmpty() && QFileInfo::exists(folder.lastCheckpointPath());
    switch (outcome) {
    case Outcome::Finished:
    case Outcome::EarlyStopped:
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Training finished: %1\nRun folder: %2")
                                  .arg(message, QDir::toNativeSeparators(m_runFolder)));
        setJob(tr("Training %1 finished").arg(model));
        break;
    case Outcome::Stopped:
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            tr("Training stopped. %1 contains the position; press Resume to continue from it.")
                .arg(QDir::toNativeSeparators(folder.lastCheckpointPath())));
        setJob(tr("Training %1 stopped after epoch %2 of %3")
                   .arg(model)
                   .arg(m_lastEpochDone)
                   .arg(m_epochs));
        break;
    case Outcome::Failed: {
        QString text = tr("Training failed: %1").arg(message);
        if (hasCheckpoint)
            text += QLatin1Char('\n') +
                    tr("The last checkpoint is kept: %1. Correct the cause, then press Resume.")
                        .arg(QDir::toNativeSeparators(folder.lastCheckpointPath()));
        else
            text += QLatin1Char('\n') +
                    tr("No checkpoint was written. Correct the cause and start again.");
        m_banner->showMessage(MessageBanner::Kind::Error, text);
        setJob(tr("Training %1 failed").arg(model));
        break;
    }
    }
    appendLog(message);
    m_openedResumable =
        hasCheckpoint && outcome != Outcome::Finished && outcome != Outcome::EarlyStopped;
    updateButtons();
    Q_EMIT runsChanged();
    Q_EMIT trainingActiveChanged(false, m_runFolder);
}

bool TrainingPage::loadRunIntoForms(const QString &path, models::TrainingConfig &config)
{
    const models::RunFolder folder(path);
    QString error;
    if (!models::RunFolder::isRunFolder(path)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("%1 is not a run folder: it has no config.json.")
                                  .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!models::TrainingConfig::fromJson(folder.readJson(QStringLiteral("config.json")), config,
                                          &error)) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("%1 is invalid: %2").arg(QDir::toNativeSeparators(folder.configPath()), error));
        return false;
    }
    const models::ModelSpec *spec = models::Zoo::instance().find(config.modelId);
    if (!spec) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("%1 names the unknown model \"%2\".").arg(folder.configPath(), config.modelId));
        return false;
    }

    setModel(config.modelId);
    m_options->setModel(config.modelId, config.options);
    m_dataset->load(config);
    m_recipe->load(config);
    return true;
}

void TrainingPage::prepareFineTuning(const QString &checkpoint, const QStringList &extraData)
{
    if (isTraining()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Stop the current run before preparing another one."));
        return;
    }
    // The run that wrote the checkpoint gives the model, the data and the recipe.
    models::TrainingConfig config;
    if (!loadRunIntoForms(QFileInfo(checkpoint).absolutePath(), config))
        return;
    m_recipe->initialWeightsEdit()->setText(checkpoint);
    m_recipe->extraDataEdit()->setText(extraData.join(QLatin1String("; ")));
    // Fine-tuning wants small steps: a tenth of the original rate.
    m_recipe->learningRateBox()->setValue(config.learningRate / 10);
    measureNetwork();
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Fine-tuning: the run starts from the weights of %1 and adds %2 to "
                             "the training data. Check the recipe, then press Start.")
                              .arg(QDir::toNativeSeparators(checkpoint),
                                   extraData.isEmpty() ? tr("nothing")
                                                       : QDir::toNativeSeparators(extraData.join(QLatin1String(", ")))));
}

bool TrainingPage::openRun(const QString &path)
{
    if (isTraining()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Stop the current run before opening another one."));
        return false;
    }
    const models::RunFolder folder(path);
    models::TrainingConfig config;
    if (!loadRunIntoForms(path, config))
        return false;
    measureNetwork();

    const QVector<models::HistoryRow> history = folder.readHistory();
    m_chart->reset(config.monitor);
    m_chart->showRun(history, folder.readSteps(), bestEpoch(history, config.monitor));
    QFile log(folder.logPath());
    m_log->setPlainText(log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll())
                                                      : QString());
    QFile configFile(folder.configPath());
    m_configuration->setPlainText(
        configFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(configFile.readAll()) : QString());

    const QJsonObject status = folder.readJson(QStringLiteral("status.json"));
    const QString state = status.value(QStringLiteral("state")).toString();
    m_runFolder = QDir::cleanPath(path);
    m_epochs = config.epochs;
    m_lastEpochDone = int(history.size());
    m_openedResumable =
        QFileInfo::exists(folder.lastCheckpointPath()) && state != QLatin1String("finished");
    m_progress->setRange(0, std::max(1, config.epochs));
    m_progress->setValue(std::min(config.epochs, int(history.size())));
    m_progressText->setText(tr("%1 of %2 epochs done").arg(history.size()).arg(config.epochs));
    m_runLabel->setText(
        tr("Run %1 (%2)").arg(QDir(path).dirName(), state.isEmpty() ? tr("not started") : state));
    m_runLabel->setToolTip(m_runFolder);
    if (state == QLatin1String("failed"))
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("This run failed: %1").arg(status.value(QStringLiteral("reason")).toString()));
    else
        m_banner->hide();
    setJob(tr("Showing run %1").arg(QDir(path).dirName()));
    updateButtons();
    return true;
}

void TrainingPage::resumeRun(const QString &path)
{
    if (openRun(path))
        resumeTraining();
}

void TrainingPage::overlayRuns(const QStringList &paths)
{
    for (const QString &path : paths) {
        const models::RunFolder folder(path);
        const QVector<models::HistoryRow> history = folder.readHistory();
        if (history.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("%1 has no finished epoch to draw yet.").arg(folder.name()));
            continue;
        }
        m_chart->addOverlay(folder.name(), history);
    }
}

void TrainingPage::appendLog(const QString &line)
{
    if (!line.isEmpty())
        m_log->appendPlainText(line);
}

void TrainingPage::updateButtons()
{
    using State = app::TrainingSession::State;
    const bool active = isTraining();
    const State state = m_session ? m_session->state() : State::Idle;
    m_start->setEnabled(!active && !m_modelId.isEmpty());
    m_pause->setEnabled(state == State::Running || state == State::Preparing);
    m_resume->setEnabled(state == State::Paused ||
                         (!active && m_openedResumable && !m_runFolder.isEmpty()));
    m_stop->setEnabled(active && state != State::Stopping);
    for (QWidget *group :
         {static_cast<QWidget *>(m_datasetGroup), static_cast<QWidget *>(m_modelGroup),
          static_cast<QWidget *>(m_recipeGroup), static_cast<QWidget *>(m_computeGroup)})
        group->setEnabled(!active);
}

void TrainingPage::setJob(const QString &text)
{
    if (text == m_jobText)
        return;
    m_jobText = text;
    Q_EMIT jobChanged(text);
}

void TrainingPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isTraining() && !urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void TrainingPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    // A dropped run folder opens the run; anything else is taken as a dataset.
    if (models::RunFolder::isRunFolder(path))
        openRun(path);
    else
        m_dataset->setPath(path);
    event->acceptProposedAction();
}

void TrainingPage::retranslate()
{
    m_datasetGroup->setTitle(tr("Dataset"));
    m_modelGroup->setTitle(tr("Architecture"));
    m_recipeGroup->setTitle(tr("Recipe"));
    m_computeGroup->setTitle(tr("Compute"));
    m_modelLabel->setText(tr("Model"));
    for (int i = 0; i < m_model->count(); ++i) {
        if (const models::ModelSpec *spec =
                models::Zoo::instance().find(m_model->itemData(i).toString()))
            m_model->setItemText(i, spec->translatedName());
    }
    m_deviceLabel->setText(tr("Device"));
    m_device->setItemText(0, tr("automatic (CUDA when available)"));
    m_device->setItemText(1, tr("CPU"));
    m_device->setItemText(2, tr("CUDA"));
    m_threadsLabel->setText(tr("CPU threads"));
    m_threads->setToolTip(
        tr("LibTorch intra-op threads; applies from the next run and is kept for the next start."));
    m_start->setText(tr("Start"));
    m_start->setToolTip(tr("Start a new run with these settings."));
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_resume->setToolTip(
        tr("Continue a paused run, or the opened stopped run from its last checkpoint."));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop after the current step and write last.pt to resume from."));
    m_bottomTabs->setTabText(0, tr("Training log"));
    m_bottomTabs->setTabText(1, tr("Configuration"));
    if (m_runLabel->text().isEmpty())
        m_runLabel->setText(
            tr("No run yet. Choose a dataset and press Start, or drop a dataset here."));
    if (m_modelId.isEmpty())
        m_parameters->setText(tr("Choose a model."));
}

void TrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cnnwb::ui
