#include "app/commandline.h"
#include "app/language.h"
#include "ui/workbench.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTextStream>

#include <cstdio>

#ifdef __linux__
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __linux__
    // LibTorch's OpenMP workers spin while they wait for work by default. When other
    // processes or the data-loading threads need the same cores, the spinning workers
    // steal them and a step can take tens of times longer. libgomp reads its wait
    // policy only when it loads, so the process restarts itself once with it set.
    if (!qEnvironmentVariableIsSet("OMP_WAIT_POLICY")) {
        qputenv("OMP_WAIT_POLICY", "PASSIVE");
        execv("/proc/self/exe", argv);
        // execv returns only on failure; carry on with the default policy.
    }
#endif

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
