// The report over several weeks (the time between two therapy sessions) and the journal
// as a spreadsheet, on generated profiles (about 2,000 entries a year, fixed seeds:
// GeneratedJournal.h) in a real encrypted profile. For each size, the median of:
//   - a 12-week report: the store fetch `mooring-cli report` uses (ReportFetch: the range's
//     entries through the time index, the toolbox titles, the plan's version list) and
//     summarizeRange(); "cold" = a fresh connection after unlocking, "warm" = once more;
//   - the same over a whole year (the longest range the report allows);
//   - the whole journal as CSV: reading every entry, writing the text, saving it atomically.
// Budget: a 12-week report on ten years < 1 s. Not a test: it prints.
//
//   build/ci/bench/report_bench [years...]     (default: 10)
//   MOORING_BENCH_DIR=/some/disk  puts the profiles there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedJournal.h"

#include "exchange/JournalCsv.h"
#include "exchange/ReportFetch.h"
#include "insights/RangeReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

using bench::median;
using bench::threadCpuMs;

struct Timed {
    double wallMs = 0;
    double cpuMs = 0;
};

Timed timed(const std::function<void()>& work) {
    QElapsedTimer t;
    const double cpu = threadCpuMs();
    t.start();
    work();
    return {double(t.nsecsElapsed()) / 1e6, threadCpuMs() - cpu};
}

// `weeks` whole weeks' worth of days ending `weeksBack` weeks before the last entry.
ReportRange rangeOf(int days, int weeksBack) {
    const QDate to = bench::kEnd.date().addDays(-7LL * weeksBack);
    return {to.addDays(1 - days), to};
}

struct Figures {
    int years = 0;
    int entries = 0;
    double fileMiB = 0;
    double coldMs = 0, coldCpu = 0, warmMs = 0, yearColdMs = 0, csvMs = 0, csvCpu = 0, csvMiB = 0;
    int reportEntries = 0, yearEntries = 0;
};

Figures run(int years) {
    Figures f;
    f.years = years;
    QTemporaryDir tmp(bench::benchFolder(u"report-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);
    f.entries = bench::generateJournal(paths, years);
    f.fileMiB = double(QFileInfo(paths.database()).size()) / (1024.0 * 1024.0);

    std::vector<double> cold, coldCpu, warm, yearCold;
    for (int r = 0; r < 15; ++r) {
        // The latest twelve weeks every third run; the others spread over the years.
        const ReportRange range = rangeOf(12 * 7, r % 3 == 0 ? 0 : (r * 37 * years) % (52 * years - 12));
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        Database& db = profile->database();
        const Timed c = timed([&] { f.reportEntries = fetchRangeReport(db, range).entries; });
        cold.push_back(c.wallMs);
        coldCpu.push_back(c.cpuMs);
        warm.push_back(timed([&] { (void)fetchRangeReport(db, range); }).wallMs);
    }
    for (int r = 0; r < 7; ++r) {
        const ReportRange year{bench::kEnd.date().addYears(-1).addDays(1), bench::kEnd.date()};
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        yearCold.push_back(timed([&] { f.yearEntries = fetchRangeReport(profile->database(), year).entries; }).wallMs);
    }
    std::vector<double> csv, csvCpu;
    const QString csvPath = tmp.path() + u"/journal.csv"_s;
    for (int r = 0; r < 5; ++r) {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        const Timed t = timed([&] { JournalCsv::save(profile->database(), csvPath); });
        csv.push_back(t.wallMs);
        csvCpu.push_back(t.cpuMs);
    }
    f.csvMiB = double(QFileInfo(csvPath).size()) / (1024.0 * 1024.0);
    f.coldMs = median(cold);
    f.coldCpu = median(coldCpu);
    f.warmMs = median(warm);
    f.yearColdMs = median(yearCold);
    f.csvMs = median(csv);
    f.csvCpu = median(csvCpu);
    return f;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::max(1, std::atoi(argv[i])));
    if (sizes.empty()) sizes = {10};

    std::printf("report_bench: medians in ms; budget: a 12-week report < 1000\n");
    std::printf("%5s %7s %6s | %11s %8s %11s %9s | %11s %8s | %8s %8s %8s\n", "years", "entries", "MiB", "12 wk cold",
                "(cpu)", "12 wk warm", "(entries)", "1 year cold", "(entries)", "csv all", "(cpu)", "csv MiB");
    for (int years : sizes) {
        const Figures f = run(years);
        std::printf("%5d %7d %6.1f | %11.2f %8.2f %11.2f %9d | %11.2f %8d | %8.1f %8.1f %8.1f\n", f.years, f.entries,
                    f.fileMiB, f.coldMs, f.coldCpu, f.warmMs, f.reportEntries, f.yearColdMs, f.yearEntries, f.csvMs,
                    f.csvCpu, f.csvMiB);
        std::fflush(stdout);
    }
    return 0;
}
