#include "commands.h"

#include "models/runfolder.h"
#include "models/trainingconfig.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

#include <cmath>

namespace cnnwb::app {
namespace {

} // namespace

int runRunsCommand(const QStringList &arguments, CommandStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cnnwb::app", "Lists the run folders with their model, state, epochs and "
                                        "best validation metric."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("runs"), QCoreApplication::translate("cnnwb::app", "Folder of run folders (default: $CNNWB_RUNS or the user data folder)."), QCoreApplication::translate("cnnwb::app", "folder")});
    if (const int code = parseCommand(parser, arguments, streams); code >= 0)
        return code;
    const QString parent = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs"))
                                                                : models::RunFolder::defaultParent();
    const QDir root(parent);
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    int listed = 0;
    streams.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QCoreApplication::translate("cnnwb::app", "run"), -28)
                       .arg(QCoreApplication::translate("cnnwb::app", "model"), -10)
                       .arg(QCoreApplication::translate("cnnwb::app", "state"), -9)
                       .arg(QCoreApplication::translate("cnnwb::app", "epochs"), -7)
                       .arg(QCoreApplication::translate("cnnwb::app", "best"));
    for (const QString &name : names) {
        const models::RunFolder folder(root.filePath(name));
        if (!models::RunFolder::isRunFolder(folder.path()))
            continue;
        models::TrainingConfig config;
        QString error;
        const bool valid = models::TrainingConfig::fromJson(folder.readJson(QStringLiteral("config.json")), config, &error);
        const QJsonObject status = folder.readJson(QStringLiteral("status.json"));
        const QVector<models::HistoryRow> history = folder.readHistory();
        QString best = QStringLiteral("-");
        if (valid && !history.isEmpty()) {
            const bool higher = models::higherIsBetter(config.monitor);
            double bestValue = higher ? -INFINITY : INFINITY;
            for (const models::HistoryRow &row : history) {
                if (!row.contains(config.monitor))
                    continue;
                const double value = row.value(config.monitor);
                if (higher ? value > bestValue : value < bestValue)
                    bestValue = value;
            }
            if (std::isfinite(bestValue))
                best = QStringLiteral("%1 %2").arg(config.monitor).arg(bestValue, 0, 'f', 4);
        }
        streams.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(name, -28)
                           .arg(valid ? config.modelId : QCoreApplication::translate("cnnwb::app", "invalid"), -10)
                           .arg(status.value(QStringLiteral("state")).toString(QStringLiteral("-")), -9)
                           .arg(QStringLiteral("%1/%2").arg(history.size()).arg(valid ? config.epochs : 0), -7)
                           .arg(best);
        ++listed;
    }
    if (listed == 0)
        streams.err << QCoreApplication::translate("cnnwb::app", "No run folders in %1\n").arg(QDir::toNativeSeparators(parent));
    return 0;
}

} // namespace cnnwb::app
