#include "runfolder.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

#include <cmath>
#include <stdexcept>

namespace cnnwb::models {
namespace {

void writeAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "%1: writing failed: %2. Check the free disk space and the "
                                    "folder's permissions.")
                                     .arg(path, file.errorString())
                                     .toStdString());
}

QStringList columnsOf(const QVector<HistoryRow> &rows, const QString &first)
{
    QStringList columns{first};
    for (const HistoryRow &row : rows) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!columns.contains(it.key()))
                columns << it.key();
        }
    }
    return columns;
}

QString formatValue(double value)
{
    if (std::isnan(value))
        return QString();
    return QString::number(value, 'g', 10);
}

} // namespace

RunFolder::RunFolder(const QString &path)
    : m_path(QDir::cleanPath(path))
{
}

RunFolder RunFolder::create(const QString &parent, const QString &name)
{
    QDir root(parent);
    if (!root.mkpath(QStringLiteral(".")))
        throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "%1: cannot create the runs folder").arg(parent).toStdString());
    QString candidate = name;
    for (int suffix = 2; root.exists(candidate); ++suffix)
        candidate = QStringLiteral("%1-%2").arg(name).arg(suffix);
    if (!root.mkdir(candidate))
        throw std::runtime_error(
            QCoreApplication::translate("cnnwb::models", "%1: cannot create the run folder").arg(root.filePath(candidate)).toStdString());
    return RunFolder(root.filePath(candidate));
}

bool RunFolder::isRunFolder(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("/config.json"));
}

QString RunFolder::defaultParent()
{
    const QString fromEnvironment = qEnvironmentVariable("CNNWB_RUNS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/runs");
}

QString RunFolder::name() const
{
    return QFileInfo(m_path).fileName();
}

void RunFolder::writeJson(const QString &name, const QJsonObject &json) const
{
    writeAtomically(file(name), QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QJsonObject RunFolder::readJson(const QString &name) const
{
    QFile input(file(name));
    if (!input.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(input.readAll()).object();
}

QByteArray formatCsv(const QStringList &columns, const QVector<HistoryRow> &rows)
{
    QByteArray text = columns.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const HistoryRow &row : rows) {
        QStringList cells;
        for (const QString &column : columns)
            cells << (row.contains(column) ? formatValue(row.value(column)) : QString());
        text += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return text;
}

QVector<HistoryRow> parseCsv(const QByteArray &text)
{
    QVector<HistoryRow> rows;
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty())
        return rows;
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        // A line cut short by a crash during an append has fewer cells; it is dropped.
        if (cells.size() != header.size())
            continue;
        HistoryRow row;
        for (qsizetype c = 0; c < header.size(); ++c) {
            bool ok = false;
            const double value = cells.at(c).toDouble(&ok);
            if (ok)
                row.insert(QString::fromUtf8(header.at(c)), value);
        }
        rows.push_back(row);
    }
    return rows;
}

void RunFolder::writeHistory(const QVector<HistoryRow> &rows) const
{
    writeAtomically(historyPath(), formatCsv(columnsOf(rows, QStringLiteral("epoch")), rows));
}

QVector<HistoryRow> RunFolder::readHistory() const
{
    QFile input(historyPath());
    if (!input.open(QIODevice::ReadOnly))
        return {};
    return parseCsv(input.readAll());
}

static const QStringList kStepColumns = {QStringLiteral("step"), QStringLiteral("epoch"),
                                         QStringLiteral("loss"), QStringLiteral("learning_rate"),
                                         QStringLiteral("samples_per_second")};

void RunFolder::appendStep(const HistoryRow &row) const
{
    QFile output(stepsPath());
    const bool isNew = !output.exists() || output.size() == 0;
    if (!output.open(QIODevice::Append))
        throw std::runtime_error(QCoreApplication::translate("cnnwb::models", "%1: cannot append: %2")
                                     .arg(stepsPath(), output.errorString())
                                     .toStdString());
    QByteArray text = formatCsv(kStepColumns, {row});
    if (!isNew)
        text = text.mid(text.indexOf('\n') + 1);
    output.write(text);
}

void RunFolder::truncateSteps(qint64 lastStep) const
{
    QVector<HistoryRow> kept;
    for (const HistoryRow &row : readSteps()) {
        if (row.value(QStringLiteral("step")) <= double(lastStep))
            kept.push_back(row);
    }
    writeAtomically(stepsPath(), formatCsv(kStepColumns, kept));
}

QVector<HistoryRow> RunFolder::readSteps() const
{
    QFile input(stepsPath());
    if (!input.open(QIODevice::ReadOnly))
        return {};
    return parseCsv(input.readAll());
}

void RunFolder::appendLog(const QString &line) const
{
    QFile output(logPath());
    if (!output.open(QIODevice::Append | QIODevice::Text))
        return;
    output.write((QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') + line
                  + QLatin1Char('\n'))
                     .toUtf8());
}

} // namespace cnnwb::models
