#include "app/commandline.h"
#include "app/language.h"
#include "ui/workbench.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("CNN Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("cnn-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CNNWB_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!cnnwb::app::isHeadlessInvocation(arguments))
        return cnnwb::ui::runWorkbench(argc, argv);

    // Per-step developer logs would interleave with the progress bar; QT_LOGGING_RULES
    // turns them back on.
    QLoggingCategory::setFilterRules(QStringLiteral("cnnwb.*.debug=false\ncnnwb.train.info=false\ncnnwb.data.*.info=false"));
    QCoreApplication application(argc, argv);
    cnnwb::app::LanguageManager language;
    language.setLanguage(QStringLiteral("system"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cnnwb::app::runCommandLine(application.arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
