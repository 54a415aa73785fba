#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cnnwb::ui {

class RunsModel;

/// The run history: the run folders under the runs folder with buttons to open, overlay,
/// resume, rename and delete them.
class RunsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPanel(QWidget *parent = nullptr);

    RunsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Marks the run folder PATH as in use by a training run: it cannot be renamed,
    /// deleted or resumed. An empty PATH clears the mark.
    void setActiveRun(const QString &path);
    /// Returns the paths of the selected runs, in view order.
    QStringList selectedPaths() const;
    /// Selects the run folder PATH when listed.
    void selectRun(const QString &path);

public Q_SLOTS:
    void refresh();
    /// Asks for a new name and renames the selected run.
    void renameSelected();
    /// Asks for confirmation and deletes the selected runs.
    void deleteSelected();

Q_SIGNALS:
    void openRequested(const QString &path);
    void overlayRequested(const QStringList &paths);
    void resumeRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void retranslate();

    RunsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_folder = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_overlay = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_refresh = nullptr;
    QString m_activeRun;
};

} // namespace cnnwb::ui
