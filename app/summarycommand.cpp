#include "commands.h"

#include "models/summary.h"
#include "models/errors.h"
#include "models/zoo.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <exception>

namespace cnnwb::app {
namespace {

} // namespace

int runSummaryCommand(const QStringList &arguments, CommandStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cnnwb::app", "Prints the layer table of a zoo model, measured by one forward pass: per layer its "
           "type, output shape, parameters and multiply-accumulates (MACs), then the totals."));
    addCommonOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("model"),
                                        QCoreApplication::translate("cnnwb::app", "Model id: %1.").arg(models::Zoo::instance().ids().join(
                                            QLatin1String(", "))),
                                        QCoreApplication::translate("cnnwb::app", "id")));
    parser.addOption(QCommandLineOption(QStringLiteral("set"),
                                        QCoreApplication::translate("cnnwb::app", "Sets an architecture option; repeat for several."),
                                        QCoreApplication::translate("cnnwb::app", "key=value")));
    if (const int code = parseCommand(parser, arguments, streams); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("model"))) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Missing --model. Valid models: %1\n")
                           .arg(models::Zoo::instance().ids().join(QLatin1String(", ")));
        return 2;
    }
    applyCommonOptions(parser);

    models::OptionValues values;
    QString error;
    const models::ModelSpec *spec = resolveModel(parser.value(QStringLiteral("model")),
                                                 parser.values(QStringLiteral("set")), values, error);
    if (!spec) {
        streams.err << error << '\n';
        return 2;
    }

    try {
        models::NetworkPtr network = spec->create(values);
        const models::ModelSummary summary = models::summarize(*network, spec->inputShape);
        QStringList settings;
        for (auto it = values.values().cbegin(); it != values.values().cend(); ++it)
            settings << it.key() + QLatin1Char('=') + it.value();
        const QString title = QStringLiteral("%1 (%2) %3")
                                  .arg(spec->translatedName(), spec->id,
                                       settings.join(QLatin1Char(' ')));
        streams.out << models::formatSummaryTable(summary, title);
    } catch (const std::exception &e) {
        streams.err << QCoreApplication::translate("cnnwb::app", "Failed to build model \"%1\" with %2: %3\n")
                           .arg(spec->id, parser.values(QStringLiteral("set")).join(QLatin1Char(' ')),
                                models::exceptionMessage(e));
        return 1;
    }
    return 0;
}

} // namespace cnnwb::app
