#pragma once

#include <QtCore/QLoggingCategory>
#include <QtCore/QString>

namespace cnnwb::app {

Q_DECLARE_LOGGING_CATEGORY(lcApp)

/// Name of the environment variable that overrides the intra-op thread count.
inline constexpr const char *kThreadsVariable = "CNNWB_THREADS";

/// Sets LibTorch's intra-op thread count once, at start, and logs it.
///
/// REQUESTED wins when positive; otherwise CNNWB_THREADS, where set to a positive number;
/// otherwise the machine's logical cores. LibTorch 1.13 itself starts with one thread on
/// some machines, so the count is always set. Returns the count now in force.
int configureTorchThreads(int requested = 0);

/// Returns the intra-op thread count in force.
int torchThreads();

/// Formats a duration in seconds as M:SS, or H:MM:SS from one hour up.
QString formatDuration(double seconds);

/// Returns the LibTorch version this binary was built against ("1.13.1").
QString torchVersion();

} // namespace cnnwb::app
