#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <random>

namespace mooring::test {

// Counts for the closing line of a kill check ("runs, kills, records checked, lost,
// unopenable").
struct KillTally {
    int runs = 0;
    int kills = 0;
    long records = 0;
    long lost = 0;
    int unopenable = 0;

    void print(const char* what, std::uint32_t seed) const;
};

// MOORING_KILL_RUNS (default: the CI count, 50); 500 on demand.
int killRunsWanted();
// MOORING_KILL_SEED, or a fresh one; printed so a failure can be replayed.
std::uint32_t killSeed(const char* what);

struct KilledRun {
    bool killed = false;  // false: the program ended before the kill came
    int exitCode = -1;    // when not killed
    QByteArray out;       // everything it wrote before it ended
    QByteArray err;
    std::chrono::milliseconds elapsed{};
};

// Starts `program`, feeds it `input`, and SIGKILLs it after `delay` unless it ended first.
KilledRun runAndKill(const QString& program, const QStringList& arguments, const QByteArray& input,
                     std::chrono::milliseconds delay, bool fastKdf = true);

// Complete lines only: a line cut by the kill promised nothing.
QList<QByteArray> completeLines(const QByteArray& out);

}  // namespace mooring::test
