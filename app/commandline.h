#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace cnnwb::app {

/// Output streams of a headless command.
struct CommandStreams
{
    QTextStream &out;
    QTextStream &err;
};

/// Returns true when ARGUMENTS (as from QCoreApplication::arguments()) name a headless
/// subcommand or ask for help or the version, so no window is needed.
bool isHeadlessInvocation(const QStringList &arguments);

/// Runs the headless subcommand in ARGUMENTS and returns the process exit code.
int runCommandLine(const QStringList &arguments, CommandStreams streams);

/// Returns the help text that lists the subcommands.
QString commandLineHelp();

} // namespace cnnwb::app
