#include "datasetpanel.h"

#include "datasetchart.h"

#include "models/trainingconfig.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {

namespace {
const QString kRecentKey = QStringLiteral("datasets/recent");
constexpr int kDefaultCrop = 256;
} // namespace

DatasetPanel::DatasetPanel(QWidget *parent)
    : QWidget(parent)
{
    m_path = new QComboBox(this);
    m_path->setObjectName(QStringLiteral("datasetPath"));
    m_path->setEditable(true);
    m_path->setInsertPolicy(QComboBox::NoInsert);
    m_path->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_path->setMinimumContentsLength(16);
    m_path->addItems(QSettings().value(kRecentKey).toStringList());
    m_path->setCurrentIndex(-1);
    connect(m_path->lineEdit(), &QLineEdit::returnPressed, this, &DatasetPanel::checkDataset);
    connect(m_path, &QComboBox::activated, this, &DatasetPanel::checkDataset);

    m_folderButton = new QPushButton(this);
    m_fileButton = new QPushButton(this);
    m_demoButton = new QPushButton(this);
    m_demoButton->setObjectName(QStringLiteral("demoData"));
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkDataset"));
    connect(m_folderButton, &QPushButton::clicked, this, &DatasetPanel::browseFolder);
    connect(m_fileButton, &QPushButton::clicked, this, &DatasetPanel::browseFile);
    connect(m_demoButton, &QPushButton::clicked, this, &DatasetPanel::useDemoData);
    connect(m_checkButton, &QPushButton::clicked, this, &DatasetPanel::checkDataset);

    m_emBox = new QWidget(this);
    m_crop = new QSpinBox(m_emBox);
    m_crop->setObjectName(QStringLiteral("datasetCrop"));
    m_crop->setRange(32, 2048);
    m_crop->setSingleStep(32);
    m_crop->setValue(kDefaultCrop);
    m_crop->setSuffix(QStringLiteral(" px"));
    m_trainSlices = new QLineEdit(m_emBox);
    m_trainSlices->setObjectName(QStringLiteral("trainSlices"));
    m_valSlices = new QLineEdit(m_emBox);
    m_valSlices->setObjectName(QStringLiteral("valSlices"));
    m_cropLabel = new QLabel(m_emBox);
    m_trainSlicesLabel = new QLabel(m_emBox);
    m_valSlicesLabel = new QLabel(m_emBox);
    auto *emLayout = new QGridLayout(m_emBox);
    emLayout->setContentsMargins(0, 0, 0, 0);
    emLayout->addWidget(m_cropLabel, 0, 0);
    emLayout->addWidget(m_crop, 0, 1);
    emLayout->addWidget(m_trainSlicesLabel, 1, 0);
    emLayout->addWidget(m_trainSlices, 1, 1);
    emLayout->addWidget(m_valSlicesLabel, 2, 0);
    emLayout->addWidget(m_valSlices, 2, 1);
    emLayout->setColumnStretch(1, 1);
    m_emBox->hide();

    m_resplit = new QCheckBox(this);
    m_resplit->setObjectName(QStringLiteral("resplit"));
    m_fraction = new QDoubleSpinBox(this);
    m_fraction->setObjectName(QStringLiteral("resplitFraction"));
    m_fraction->setRange(1, 50);
    m_fraction->setDecimals(0);
    m_fraction->setValue(10);
    m_fraction->setSuffix(QStringLiteral(" %"));
    m_fraction->setEnabled(false);
    connect(m_resplit, &QCheckBox::toggled, m_fraction, &QWidget::setEnabled);
    connect(m_resplit, &QCheckBox::toggled, this, &DatasetPanel::checkDataset);
    connect(m_fraction, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_resplit->isChecked())
            checkDataset();
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("datasetWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00"));
    m_warnings->hide();
    m_chart = new DatasetChart(this);
    m_chart->hide();
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->hide();
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("datasetDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setMinimumHeight(140);
    m_details->hide();
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_folderButton);
    buttons->addWidget(m_fileButton);
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_checkButton);
    buttons->addStretch(1);
    auto *resplit = new QHBoxLayout;
    resplit->addWidget(m_resplit, 1);
    resplit->addWidget(m_fraction);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path);
    layout->addLayout(buttons);
    layout->addWidget(m_emBox);
    layout->addLayout(resplit);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_chart);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);

    connect(&m_watcher, &QFutureWatcher<app::DatasetReport>::finished, this,
            &DatasetPanel::showReport);
    retranslate();
}

void DatasetPanel::setModel(const QString &modelId, bool segmentation)
{
    if (modelId == m_modelId)
        return;
    m_modelId = modelId;
    m_segmentation = segmentation;
    m_emBox->setVisible(segmentation);
    m_resplit->setVisible(!segmentation);
    m_fraction->setVisible(!segmentation);
    if (!path().isEmpty())
        checkDataset();
}

QString DatasetPanel::path() const
{
    return m_path->currentText().trimmed();
}

void DatasetPanel::setPath(const QString &path)
{
    m_path->setCurrentText(QDir::toNativeSeparators(path));
    checkDataset();
}

void DatasetPanel::useDemoData()
{
    setPath(QStringLiteral("demo"));
}

QJsonObject DatasetPanel::settings() const
{
    QJsonObject settings;
    if (!m_segmentation)
        return settings;
    settings.insert(QStringLiteral("crop"), m_crop->value());
    if (!m_trainSlices->text().trimmed().isEmpty())
        settings.insert(QStringLiteral("train_slices"), m_trainSlices->text().trimmed());
    if (!m_valSlices->text().trimmed().isEmpty())
        settings.insert(QStringLiteral("val_slices"), m_valSlices->text().trimmed());
    return settings;
}

void DatasetPanel::applyTo(models::TrainingConfig &config) const
{
    config.datasetPath = QDir::fromNativeSeparators(path());
    config.dataset = settings();
    config.valFromTrain =
        !m_segmentation && m_resplit->isChecked() ? m_fraction->value() / 100.0 : 0.0;
}

void DatasetPanel::load(const models::TrainingConfig &config)
{
    m_path->setCurrentText(QDir::toNativeSeparators(config.datasetPath));
    m_crop->setValue(config.dataset.value(QStringLiteral("crop")).toInt(kDefaultCrop));
    m_trainSlices->setText(config.dataset.value(QStringLiteral("train_slices")).toString());
    m_valSlices->setText(config.dataset.value(QStringLiteral("val_slices")).toString());
    const QSignalBlocker blocker(m_resplit);
    m_resplit->setChecked(config.valFromTrain > 0);
    m_fraction->setEnabled(config.valFromTrain > 0);
    if (config.valFromTrain > 0)
        m_fraction->setValue(config.valFromTrain * 100.0);
}

void DatasetPanel::rememberPath(const QString &path)
{
    if (path.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    const QString current = m_path->currentText();
    m_path->clear();
    m_path->addItems(recent);
    m_path->setCurrentText(current);
}

void DatasetPanel::browseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a dataset folder"), path());
    if (!folder.isEmpty())
        setPath(folder);
}

void DatasetPanel::browseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a dataset file"), QFileInfo(path()).absolutePath(),
        tr("Datasets (*.gnt *.tif *.tiff);;All files (*)"));
    if (!file.isEmpty())
        setPath(file);
}

void DatasetPanel::checkDataset()
{
    const QString datasetPath = QDir::fromNativeSeparators(path());
    if (m_modelId.isEmpty() || datasetPath.isEmpty())
        return;
    const double fraction =
        !m_segmentation && m_resplit->isChecked() ? m_fraction->value() / 100.0 : 0.0;
    m_summary->setText(tr("Checking %1…").arg(path()));
    m_warnings->hide();
    m_checkButton->setEnabled(false);
    m_checking = true;
    Q_EMIT checkStarted();
    m_watcher.setFuture(QtConcurrent::run(&app::probeDataset, m_modelId, datasetPath, settings(),
                                          fraction, m_seed));
}

void DatasetPanel::showReport()
{
    m_checkButton->setEnabled(true);
    m_report = m_watcher.result();
    // A report for another model or path is stale: a newer check is already under way or due.
    if (m_report.modelId != m_modelId || m_report.path != QDir::fromNativeSeparators(path())) {
        m_checking = false;
        checkDataset();
        return;
    }
    m_checking = false;
    if (!m_report.error.isEmpty()) {
        m_summary->setText(tr("The dataset could not be opened."));
        m_warnings->setText(m_report.error);
        m_warnings->show();
        m_chart->hide();
        m_detailsButton->hide();
        m_details->hide();
        Q_EMIT checkFinished(m_report);
        return;
    }
    QString summary = tr("Format: %1 · training samples: %2 · validation samples: %3")
                          .arg(m_report.format)
                          .arg(m_report.trainSamples)
                          .arg(m_report.validationSamples);
    if (m_report.majorityBaseline >= 0)
        summary += QLatin1Char('\n') +
                   tr("Majority-class baseline: %1% validation accuracy by always answering %2.")
                       .arg(100.0 * m_report.majorityBaseline, 0, 'f', 1)
                       .arg(m_report.majorityClass);
    m_summary->setText(summary);
    m_warnings->setText(m_report.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!m_report.warnings.isEmpty());
    m_chart->showReport(m_report);
    m_chart->show();
    m_details->setPlainText(m_report.details);
    m_detailsButton->setVisible(!m_report.details.isEmpty());
    m_details->setVisible(!m_report.details.isEmpty() && m_detailsButton->isChecked());
    if (m_report.path != QLatin1String("demo"))
        rememberPath(path());
    Q_EMIT checkFinished(m_report);
}

void DatasetPanel::retranslate()
{
    m_path->lineEdit()->setPlaceholderText(tr("Dataset folder or file, or \"demo\""));
    m_path->setToolTip(tr(
        "Chest X-ray folders (train/val/test with NORMAL and PNEUMONIA), a .gnt file or "
        "folder, an EM TIFF stack, or \"demo\". You can also drop a folder or file on the page."));
    m_folderButton->setText(tr("Folder…"));
    m_fileButton->setText(tr("File…"));
    m_demoButton->setText(tr("Demo data"));
    m_demoButton->setToolTip(
        tr("Use the selected model's built-in demo set (synthetic EM slices or "
           "font-rendered characters)."));
    m_checkButton->setText(tr("Check"));
    m_cropLabel->setText(tr("Crop side"));
    m_crop->setToolTip(tr("Side of the square EM crops the network trains on, in pixels."));
    m_trainSlicesLabel->setText(tr("Training slices"));
    m_valSlicesLabel->setText(tr("Validation slices"));
    m_trainSlices->setPlaceholderText(tr("default: all but the last sixth, e.g. 1-25"));
    m_valSlices->setPlaceholderText(tr("default: the last sixth, e.g. 26-30"));
    m_resplit->setText(tr("Re-split validation from training"));
    m_resplit->setToolTip(
        tr("Moves a seeded, stratified share of the training split to validation, for "
           "datasets whose validation split is too small to compare epochs."));
    m_fraction->setToolTip(tr("Share of the training split moved to validation."));
    m_detailsButton->setText(tr("Dataset check report"));
    if (m_summary->text().isEmpty() || m_report.path.isEmpty())
        m_summary->setText(tr("Choose a dataset, or press \"Demo data\"."));
}

void DatasetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cnnwb::ui
