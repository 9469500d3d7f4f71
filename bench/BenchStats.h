#pragma once

// Small figures every benchmark prints: the median of its runs and the CPU time of the
// measuring thread (on a machine shared with builds the wall clock says as much about them).
#include <algorithm>
#include <ctime>
#include <vector>

namespace mooring::bench {

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

inline double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

}  // namespace mooring::bench
