// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <time.h>

namespace hw::bench {

class Stopwatch
{
public:
    double ms() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - mStart).count();
    }

private:
    std::chrono::steady_clock::time_point mStart = std::chrono::steady_clock::now();
};

/** CPU time of the calling thread: what a timing is worth on a machine other work shares. */
class ThreadCpuStopwatch
{
public:
    double ms() const { return now() - mStart; }

private:
    static double now()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    }
    double mStart = now();
};

inline void printStats(const char *what, std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const double median = v[v.size() / 2];
    const double p90 = v[std::min(v.size() - 1, v.size() * 9 / 10)];
    std::printf("%-40s median %8.3f ms   p90 %8.3f ms   min %8.3f ms   (%zu runs)\n", what, median,
                p90, v.front(), v.size());
}

inline double peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

inline int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

} // namespace hw::bench
