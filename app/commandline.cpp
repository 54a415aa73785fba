#include "commandline.h"

#include "commands.h"
#include "runtime.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QTextStream>

namespace cnnwb::app {
namespace {

struct Command
{
    const char *name;
    const char *help; ///< untranslated one-line description
    int (*run)(const QStringList &arguments, CommandStreams streams);
};

const Command kCommands[] = {
    {"summary", QT_TRANSLATE_NOOP("cnnwb::app",
                                  "Print a model's layer table, parameters and MACs"),
     &runSummaryCommand},
    {"dataset", QT_TRANSLATE_NOOP("cnnwb::app",
                                  "Check a dataset: format, counts, sizes, class balance, problems"),
     &runDatasetCommand},
    {"train", QT_TRANSLATE_NOOP("cnnwb::app", "Train a model and write a run folder"), &runTrainCommand},
    {"resume", QT_TRANSLATE_NOOP("cnnwb::app", "Resume a run from its last checkpoint"), &runResumeCommand},
    {"evaluate", QT_TRANSLATE_NOOP("cnnwb::app", "Evaluate a run's checkpoint on a dataset split or folder"), &runEvaluateCommand},
    {"predict", QT_TRANSLATE_NOOP("cnnwb::app", "Predict classes or masks for image files with a run's checkpoint"), &runPredictCommand},
    {"runs", QT_TRANSLATE_NOOP("cnnwb::app", "List run folders with their best metrics"), &runRunsCommand},
    {"calibrate", QT_TRANSLATE_NOOP("cnnwb::app", "Store a binary classifier's ROC, threshold and image statistics in its checkpoint"),
     &runCalibrateCommand},
};

} // namespace

bool isHeadlessInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("help"))
        return true;
    if (first.startsWith(QLatin1Char('-')))
        return false;
    // "cnn-workbench RUN_FOLDER" opens a run in the window.
    return !QFileInfo::exists(first + QStringLiteral("/config.json"));
}

QString commandLineHelp()
{
    QString text = QCoreApplication::translate("cnnwb::app", "Usage: cnn-workbench [--threads N] [--lang CODE]\n"
                      "       cnn-workbench COMMAND [options]\n\n"
                      "Without a command, the workbench window opens.\n\n"
                      "Commands:\n");
    for (const Command &command : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(command.name), -10).arg(QCoreApplication::translate("cnnwb::app", command.help));
    text += QCoreApplication::translate("cnnwb::app", "\nRun \"cnn-workbench COMMAND --help\" for the options of a command.\n"
               "The environment variable CNNWB_THREADS sets the LibTorch thread count.\n");
    return text;
}

int runCommandLine(const QStringList &arguments, CommandStreams streams)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version")) {
        streams.out << QCoreApplication::applicationName() << ' '
                    << QCoreApplication::applicationVersion() << " (LibTorch " << torchVersion()
                    << ")\n";
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        streams.out << commandLineHelp();
        return 0;
    }
    for (const Command &command : kCommands) {
        if (first == QLatin1String(command.name))
            return command.run(arguments.mid(1), streams);
    }
    QStringList names;
    for (const Command &command : kCommands)
        names << QLatin1String(command.name);
    streams.err << QCoreApplication::translate("cnnwb::app", "Unknown command \"%1\". Valid commands: %2\n")
                       .arg(first, names.join(QLatin1String(", ")));
    streams.err << QCoreApplication::translate("cnnwb::app", "Run \"cnn-workbench --help\" for usage.\n");
    return 2;
}

} // namespace cnnwb::app
