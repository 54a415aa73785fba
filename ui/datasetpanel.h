#pragma once

#include "app/datasetprobe.h"

#include <QtCore/QFutureWatcher>
#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace cnnwb::models {
struct TrainingConfig;
}

namespace cnnwb::ui {

class DatasetChart;

/// The dataset of a run and its check. The path comes from folder and file dialogs, the
/// recent datasets or the model's demo set. The check shows samples per split and class as
/// a bar chart, the majority-class baseline and warnings, and offers the stratified
/// re-split of the training split. EM datasets also get crop and slice ranges. The check
/// runs on the thread pool.
class DatasetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetPanel(QWidget *parent = nullptr);

    /// Sets the model the dataset is for; segmentation shows the EM settings.
    void setModel(const QString &modelId, bool segmentation);
    QString path() const;
    /// Sets the dataset path and checks it.
    void setPath(const QString &path);
    /// Copies path, format settings and the re-split fraction into CONFIG.
    void applyTo(models::TrainingConfig &config) const;
    /// Shows the dataset settings of CONFIG without checking them.
    void load(const models::TrainingConfig &config);
    /// Adds PATH to the recent datasets kept in QSettings.
    void rememberPath(const QString &path);

    /// Sets the seed of the stratified re-split, which the run uses too.
    void setSeed(quint64 seed) { m_seed = seed; }
    /// Returns true from checkDataset() until its report is on screen.
    bool isChecking() const { return m_checking; }
    const app::DatasetReport &report() const { return m_report; }
    QComboBox *pathBox() const { return m_path; }
    QCheckBox *resplitBox() const { return m_resplit; }
    QSpinBox *cropBox() const { return m_crop; }
    QLineEdit *validationSlicesField() const { return m_valSlices; }
    DatasetChart *chart() const { return m_chart; }

    /// Maximum number of recent datasets kept.
    static constexpr int kRecentCount = 10;

public Q_SLOTS:
    /// Checks the current dataset off the GUI thread; a newer request replaces an older one.
    void checkDataset();
    void useDemoData();

Q_SIGNALS:
    void checkStarted();
    void checkFinished(const cnnwb::app::DatasetReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browseFolder();
    void browseFile();
    void showReport();
    QJsonObject settings() const;
    void retranslate();

    QString m_modelId;
    bool m_segmentation = false;
    QComboBox *m_path = nullptr;
    QPushButton *m_folderButton = nullptr;
    QPushButton *m_fileButton = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    QWidget *m_emBox = nullptr;
    QLabel *m_cropLabel = nullptr;
    QLabel *m_trainSlicesLabel = nullptr;
    QLabel *m_valSlicesLabel = nullptr;
    QSpinBox *m_crop = nullptr;
    QLineEdit *m_trainSlices = nullptr;
    QLineEdit *m_valSlices = nullptr;
    QCheckBox *m_resplit = nullptr;
    QDoubleSpinBox *m_fraction = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warnings = nullptr;
    DatasetChart *m_chart = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;

    QFutureWatcher<app::DatasetReport> m_watcher;
    app::DatasetReport m_report;
    quint64 m_seed = 1;
    /// The watcher's future ends before its finished() signal arrives, so the panel tracks
    /// its own state.
    bool m_checking = false;
};

} // namespace cnnwb::ui
