#include "runtime.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <algorithm>
#include <thread>

namespace cnnwb::app {

Q_LOGGING_CATEGORY(lcApp, "cnnwb.app")

int configureTorchThreads(int requested)
{
    int count = requested;
    QString source = QStringLiteral("--threads");
    if (count <= 0) {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue(kThreadsVariable, &ok);
        if (ok && fromEnvironment > 0) {
            count = fromEnvironment;
            source = QString::fromLatin1(kThreadsVariable);
        } else if (qEnvironmentVariableIsSet(kThreadsVariable)) {
            qCWarning(lcApp) << kThreadsVariable << "is not a positive number:"
                             << qEnvironmentVariable(kThreadsVariable) << "- using the core count";
        }
    }
    if (count <= 0) {
        count = int(std::max(1u, std::thread::hardware_concurrency()));
        source = QStringLiteral("logical cores");
    }
    torch::set_num_threads(count);
    qCInfo(lcApp).noquote() << "LibTorch intra-op threads:" << torch::get_num_threads() << "(from"
                            << source + QLatin1Char(')');
    return torch::get_num_threads();
}

int torchThreads()
{
    return torch::get_num_threads();
}

QString formatDuration(double seconds)
{
    const qint64 total = qint64(std::max(0.0, seconds) + 0.5);
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(total / 3600)
            .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString torchVersion()
{
    return QStringLiteral("%1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
}

} // namespace cnnwb::app
