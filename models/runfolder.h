#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

namespace cnnwb::models {

/// One row of a metric history: column name to value.
using HistoryRow = QMap<QString, double>;

/// A training run on disk: config.json, history.csv (one row per epoch), steps.csv (one
/// row per step), status.json, training.log, last.pt and best.pt. Whole files are written
/// to a temporary name and renamed; the step log and the text log are appended.
class RunFolder
{
public:
    RunFolder() = default;
    explicit RunFolder(const QString &path);

    /// Creates a new run folder under PARENT named NAME, or NAME-2, NAME-3, ... when taken.
    /// Throws std::runtime_error when it cannot be created.
    static RunFolder create(const QString &parent, const QString &name);
    /// Returns true when PATH contains a config.json.
    static bool isRunFolder(const QString &path);
    /// Returns the default parent of run folders: $CNNWB_RUNS, else the application data
    /// location plus "/runs".
    static QString defaultParent();

    QString path() const { return m_path; }
    QString name() const;
    QString configPath() const { return file(QStringLiteral("config.json")); }
    QString historyPath() const { return file(QStringLiteral("history.csv")); }
    QString stepsPath() const { return file(QStringLiteral("steps.csv")); }
    QString statusPath() const { return file(QStringLiteral("status.json")); }
    QString logPath() const { return file(QStringLiteral("training.log")); }
    QString lastCheckpointPath() const { return file(QStringLiteral("last.pt")); }
    QString bestCheckpointPath() const { return file(QStringLiteral("best.pt")); }
    QString file(const QString &name) const { return m_path + QLatin1Char('/') + name; }

    /// Writes JSON to the file NAME atomically. Throws std::runtime_error on failure.
    void writeJson(const QString &name, const QJsonObject &json) const;
    /// Reads the JSON file NAME; returns an empty object when it is missing or invalid.
    QJsonObject readJson(const QString &name) const;

    /// Rewrites history.csv with ROWS atomically; columns are the union of the rows' keys,
    /// "epoch" first.
    void writeHistory(const QVector<HistoryRow> &rows) const;
    QVector<HistoryRow> readHistory() const;

    /// Appends one row to steps.csv, writing the header first for a new file.
    void appendStep(const HistoryRow &row) const;
    /// Keeps only the steps.csv rows whose "step" is at most LAST_STEP (after a resume).
    void truncateSteps(qint64 lastStep) const;
    QVector<HistoryRow> readSteps() const;

    /// Appends a timestamped line to training.log.
    void appendLog(const QString &line) const;

private:
    QString m_path;
};

/// Writes ROWS as CSV text: a header of COLUMNS, then one line per row.
QByteArray formatCsv(const QStringList &columns, const QVector<HistoryRow> &rows);
/// Parses CSV text written by formatCsv().
QVector<HistoryRow> parseCsv(const QByteArray &text);

} // namespace cnnwb::models
