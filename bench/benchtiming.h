#pragma once

// Timing helpers shared by the micro-benchmarks.

#include <QtCore/QElapsedTimer>

#include <algorithm>
#include <vector>

namespace cnnwb::bench {

/// Returns the median milliseconds of REPEATS calls of RUN, after WARMUP unmeasured calls.
template <typename Run>
double medianMilliseconds(int repeats, Run run, int warmup = 0)
{
    for (int i = 0; i < warmup; ++i)
        run();
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace cnnwb::bench
