#include "runspanel.h"

#include "runsmodel.h"

#include "models/runfolder.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace cnnwb::ui {

RunsPanel::RunsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunsModel(this))
{
    setObjectName(QStringLiteral("runsPanel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("runsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RunsModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(RunsModel::ModifiedColumn, true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(RunsModel::PathRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPanel::updateButtons);

    m_folder = new QLabel(this);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton(this);
    m_overlay = new QPushButton(this);
    m_resume = new QPushButton(this);
    m_rename = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_refresh = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openRun"));
    m_overlay->setObjectName(QStringLiteral("overlayRuns"));
    m_resume->setObjectName(QStringLiteral("resumeRun"));
    m_rename->setObjectName(QStringLiteral("renameRun"));
    m_delete->setObjectName(QStringLiteral("deleteRun"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QStringList paths = selectedPaths();
        if (!paths.isEmpty())
            Q_EMIT openRequested(paths.first());
    });
    connect(m_overlay, &QPushButton::clicked, this, [this] {
        const QStringList paths = selectedPaths();
        if (!paths.isEmpty())
            Q_EMIT overlayRequested(paths);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QStringList paths = selectedPaths();
        if (paths.size() == 1)
            Q_EMIT resumeRequested(paths.first());
    });
    connect(m_rename, &QPushButton::clicked, this, &RunsPanel::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &RunsPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &RunsPanel::refresh);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_overlay, 0, 1);
    buttons->addWidget(m_resume, 0, 2);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->addWidget(m_refresh, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_folder);
    retranslate();
    refresh();
}

void RunsPanel::refresh()
{
    const QStringList selected = selectedPaths();
    m_model->refresh();
    for (const QString &path : selected)
        selectRun(path);
    m_folder->setText(tr("Runs folder: %1")
                          .arg(QDir::toNativeSeparators(m_model->parentFolder().isEmpty()
                                                            ? models::RunFolder::defaultParent()
                                                            : m_model->parentFolder())));
    updateButtons();
}

void RunsPanel::setActiveRun(const QString &path)
{
    m_activeRun = path.isEmpty() ? QString() : QDir::cleanPath(path);
    updateButtons();
}

QStringList RunsPanel::selectedPaths() const
{
    QStringList paths;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        paths << index.data(RunsModel::PathRole).toString();
    return paths;
}

void RunsPanel::selectRun(const QString &path)
{
    const int row = m_model->rowOf(path);
    if (row < 0)
        return;
    m_view->selectionModel()->select(m_model->index(row, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void RunsPanel::updateButtons()
{
    const QStringList paths = selectedPaths();
    const bool singleSelection = paths.size() == 1;
    const bool touchesActive = !m_activeRun.isEmpty() && paths.contains(m_activeRun);
    bool resumable = false;
    if (singleSelection) {
        const int row = m_model->rowOf(paths.first());
        resumable = row >= 0 && m_model->index(row, 0).data(RunsModel::ResumableRole).toBool();
    }
    m_open->setEnabled(singleSelection);
    m_overlay->setEnabled(!paths.isEmpty());
    m_resume->setEnabled(resumable && !touchesActive && m_activeRun.isEmpty());
    m_rename->setEnabled(singleSelection && !touchesActive);
    m_delete->setEnabled(!paths.isEmpty() && !touchesActive);
}

void RunsPanel::renameSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.size() != 1)
        return;
    const int row = m_model->rowOf(paths.first());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename run"), tr("New folder name:"),
                                               QLineEdit::Normal, m_model->run(row).name, &ok);
    if (!ok || name == m_model->run(row).name)
        return;
    const QString error = m_model->rename(row, name);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Rename run"), error);
}

void RunsPanel::deleteSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    QStringList names;
    for (const QString &path : paths)
        names << QDir(path).dirName();
    const auto answer = QMessageBox::question(
        this, tr("Delete runs"),
        tr("Delete %n run folder(s) with their checkpoints and logs? This cannot be undone.\n\n%1",
           nullptr, int(paths.size()))
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const QString &path : paths) {
        const QString error = m_model->remove(m_model->rowOf(path));
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Delete runs"), error);
            break;
        }
    }
}

void RunsPanel::retranslate()
{
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Show the run's curves and configuration on the training page."));
    m_overlay->setText(tr("Overlay"));
    m_overlay->setToolTip(tr("Draw the selected runs' validation curves on the training chart."));
    m_resume->setText(tr("Resume"));
    m_resume->setToolTip(tr("Continue a stopped or failed run from its last checkpoint."));
    m_rename->setText(tr("Rename…"));
    m_delete->setText(tr("Delete…"));
    m_refresh->setText(tr("Refresh"));
}

void RunsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace cnnwb::ui
