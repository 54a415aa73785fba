#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QVector>

namespace cnnwb::ui {

/// The run folders under one parent folder as a table: name, model, state, epochs done of
/// planned, the best value of the monitored metric and the time of the last change.
class RunsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ModelColumn,
        StateColumn,
        EpochsColumn,
        BestColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role { PathRole = Qt::UserRole + 1, StateRole, ResumableRole };

    /// One run folder as listed.
    struct Run
    {
        QString path;
        QString name;
        QString modelId; ///< empty when config.json is invalid
        QString state;   ///< running, stopped, finished, failed, or empty
        QString reason;  ///< why a failed run failed
        int epochsDone = 0;
        int epochs = 0;
        QString monitor;
        double best = qQNaN();
        bool hasCheckpoint = false;
        QDateTime modified;
    };

    explicit RunsModel(QObject *parent = nullptr);

    /// Lists the run folders under PARENT (default: RunFolder::defaultParent()).
    void setParentFolder(const QString &parent);
    QString parentFolder() const { return m_parent; }
    /// Reads the folders again.
    void refresh();

    const Run &run(int row) const { return m_runs.at(row); }
    /// Returns the row of the run folder PATH, or -1.
    int rowOf(const QString &path) const;

    /// Renames the run folder of ROW to NAME inside the same parent. Returns an error message or
    /// "".
    QString rename(int row, const QString &name);
    /// Deletes the run folder of ROW with everything in it. Returns an error message or "".
    QString remove(int row);

    /// Reads one run folder.
    static Run readRun(const QString &path);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stateText(const QString &state) const;

    QString m_parent;
    QVector<Run> m_runs;
};

} // namespace cnnwb::ui
