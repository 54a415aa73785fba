#pragma once

#include "commandline.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

class QCommandLineParser;

namespace cnnwb::models {
struct ModelSpec;
class OptionValues;
class RunFolder;
struct TrainingConfig;
} // namespace cnnwb::models

namespace cnnwb::app {

/// Adds the options every subcommand accepts (--threads) to PARSER.
void addCommonOptions(QCommandLineParser &parser);

/// Adds --device (auto, cpu or cuda) to PARSER.
void addDeviceOption(QCommandLineParser &parser);

/// Parses ARGUMENTS (the subcommand first) with PARSER. Prints help or errors to STREAMS.
/// Returns -1 to go on, or the exit code to return now.
int parseCommand(QCommandLineParser &parser, const QStringList &arguments, CommandStreams streams);

/// Sets the LibTorch thread count from --threads or the environment.
void applyCommonOptions(const QCommandLineParser &parser);

/// Finds the model named by ID and applies "key=value" SETTINGS to its defaults.
/// Returns nullptr and fills ERROR (listing the valid ids or options) on failure.
const models::ModelSpec *resolveModel(const QString &id, const QStringList &settings,
                                      models::OptionValues &values, QString &error);

/// Reads FOLDER's config.json into CONFIG and re-validates its options against the zoo,
/// which catches a config.json edited by hand. Returns the model, or nullptr with ERROR set.
const models::ModelSpec *loadRunConfig(const models::RunFolder &folder, models::TrainingConfig &config,
                                       QString &error);

int runSummaryCommand(const QStringList &arguments, CommandStreams streams);
int runTrainCommand(const QStringList &arguments, CommandStreams streams);
int runResumeCommand(const QStringList &arguments, CommandStreams streams);
int runRunsCommand(const QStringList &arguments, CommandStreams streams);
int runEvaluateCommand(const QStringList &arguments, CommandStreams streams);
int runPredictCommand(const QStringList &arguments, CommandStreams streams);
int runDatasetCommand(const QStringList &arguments, CommandStreams streams);
int runCalibrateCommand(const QStringList &arguments, CommandStreams streams);

} // namespace cnnwb::app
