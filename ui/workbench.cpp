#include "workbench.h"

#include "mainwindow.h"

#include "app/language.h"
#include "app/runtime.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QSettings>
#include <QtWidgets/QApplication>

namespace cnnwb::ui {

int runWorkbench(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("CNN Workbench"));

    QCommandLineParser parser;
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("LibTorch intra-op threads."),
                                           QStringLiteral("count"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Interface language: en, zh_CN."),
                                            QStringLiteral("code"));
    parser.addOption(threadsOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("Run folder to show on the training page."),
                                 QStringLiteral("[RUN_FOLDER]"));
    parser.process(application);

    QSettings settings;
    int threads = parser.value(threadsOption).toInt();
    if (threads <= 0 && !qEnvironmentVariableIsSet(app::kThreadsVariable))
        threads = settings.value(QStringLiteral("compute/threads"), 0).toInt();
    app::configureTorchThreads(threads);

    app::LanguageManager language;
    const QString languageCode = parser.isSet(languageOption)
                                     ? parser.value(languageOption)
                                     : settings.value(QStringLiteral("ui/language"),
                                                      QStringLiteral("system")).toString();
    if (!language.setLanguage(languageCode))
        language.setLanguage(QStringLiteral("system"));

    MainWindow window(&language);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openRunFolder(parser.positionalArguments().constFirst());
    return application.exec();
}

} // namespace cnnwb::ui
