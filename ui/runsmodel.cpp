#include "runsmodel.h"

#include "models/runfolder.h"
#include "models/trainingconfig.h"

#include <cmath>

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>

namespace cnnwb::ui {

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunsModel::setParentFolder(const QString &parent)
{
    m_parent = parent;
    refresh();
}

RunsModel::Run RunsModel::readRun(const QString &path)
{
    const models::RunFolder folder(path);
    Run run;
    run.path = QDir::cleanPath(path);
    run.name = QFileInfo(path).fileName();
    models::TrainingConfig config;
    if (models::TrainingConfig::fromJson(folder.readJson(QStringLiteral("config.json")), config,
                                         nullptr)) {
        run.modelId = config.modelId;
        run.epochs = config.epochs;
        run.monitor = config.monitor;
    }
    const QJsonObject status = folder.readJson(QStringLiteral("status.json"));
    run.state = status.value(QStringLiteral("state")).toString();
    run.reason = status.value(QStringLiteral("reason")).toString();
    const QVector<models::HistoryRow> history = folder.readHistory();
    run.epochsDone = int(history.size());
    if (!run.monitor.isEmpty()) {
        const bool higher = models::higherIsBetter(run.monitor);
        for (const models::HistoryRow &row : history) {
            if (!row.contains(run.monitor))
                continue;
            const double value = row.value(run.monitor);
            if (std::isnan(run.best) || (higher ? value > run.best : value < run.best))
                run.best = value;
        }
    }
    run.hasCheckpoint = QFileInfo::exists(folder.lastCheckpointPath());
    QDateTime modified = QFileInfo(folder.configPath()).lastModified();
    for (const QString &file :
         {folder.statusPath(), folder.historyPath(), folder.lastCheckpointPath()}) {
        const QFileInfo info(file);
        if (info.exists() && info.lastModified() > modified)
            modified = info.lastModified();
    }
    run.modified = modified;
    return run;
}

void RunsModel::refresh()
{
    const QString parent = m_parent.isEmpty() ? models::RunFolder::defaultParent() : m_parent;
    QVector<Run> runs;
    const QDir root(parent);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = root.filePath(name);
        if (models::RunFolder::isRunFolder(path))
            runs.append(readRun(path));
    }
    // Newest first: the run just trained or stopped is the one most often opened.
    std::stable_sort(runs.begin(), runs.end(),
                     [](const Run &a, const Run &b) { return a.modified > b.modified; });
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RunsModel::rowOf(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).path == clean)
            return row;
    }
    return -1;
}

QString RunsModel::rename(int row, const QString &name)
{
    if (row < 0 || row >= m_runs.size())
        return tr("No run is selected.");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/')) ||
        trimmed.contains(QLatin1Char('\\')) || trimmed.startsWith(QLatin1Char('.')))
        return tr("\"%1\" is not a valid folder name: use letters, digits, dashes and underscores.")
            .arg(trimmed);
    const QFileInfo current(m_runs.at(row).path);
    const QString target = current.dir().filePath(trimmed);
    if (QFileInfo::exists(target))
        return tr("%1 already exists; choose another name.").arg(target);
    if (!QDir().rename(current.filePath(), target))
        return tr("Could not rename %1 to %2. Is a run still writing to it?")
            .arg(current.filePath(), target);
    m_runs[row] = readRun(target);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return QString();
}

QString RunsModel::remove(int row)
{
    if (row < 0 || row >= m_runs.size())
        return tr("No run is selected.");
    const QString path = m_runs.at(row).path;
    if (!models::RunFolder::isRunFolder(path))
        return tr("%1 is not a run folder; nothing was deleted.").arg(path);
    if (!QDir(path).removeRecursively())
        return tr("Could not delete all of %1. Check its permissions.").arg(path);
    beginRemoveRows(QModelIndex(), row, row);
    m_runs.remove(row);
    endRemoveRows();
    return QString();
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunsModel::stateText(const QString &state) const
{
    if (state == QLatin1String("running"))
        return tr("running");
    if (state == QLatin1String("stopped"))
        return tr("stopped");
    if (state == QLatin1String("finished"))
        return tr("finished");
    if (state == QLatin1String("failed"))
        return tr("failed");
    return tr("not started");
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Run &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return run.name;
        case ModelColumn:
            return run.modelId.isEmpty() ? tr("invalid") : run.modelId;
        case StateColumn:
            return stateText(run.state);
        case EpochsColumn:
            return QStringLiteral("%1/%2").arg(run.epochsDone).arg(run.epochs);
        case BestColumn:
            // The metric's name goes to the tool tip, so the narrow dock keeps every column.
            return std::isnan(run.best) ? QStringLiteral("–") : QString::number(run.best, 'f', 4);
        case ModifiedColumn:
            return QLocale().toString(run.modified, QLocale::ShortFormat);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == BestColumn && !run.monitor.isEmpty())
            return tr("Best %1 over %n epoch(s)", nullptr, run.epochsDone).arg(run.monitor);
        return run.reason.isEmpty() ? run.path : run.path + QLatin1Char('\n') + run.reason;
    case Qt::TextAlignmentRole:
        if (index.column() == EpochsColumn || index.column() == BestColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case PathRole:
        return run.path;
    case StateRole:
        return run.state;
    case ResumableRole:
        return run.hasCheckpoint && run.state != QLatin1String("finished") &&
               !run.modelId.isEmpty();
    default:
        return QVariant();
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Run");
    case ModelColumn:
        return tr("Model");
    case StateColumn:
        return tr("State");
    case EpochsColumn:
        return tr("Epochs");
    case BestColumn:
        return tr("Best");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return QVariant();
    }
}

} // namespace cnnwb::ui
