// "Report for my next session" as a PDF, as the window makes it: the range's content read
// from a real encrypted profile (fetchPrintableReport) and the pages drawn into a PDF
// (RangeReportDocument::writePdf), on generated profiles (about 2,000 entries a year,
// fixed seeds: GeneratedJournal.h). For each size, the median of 7 runs of:
//   - a 12-week report with the default parts, and the same with the entries' own words;
//   - a whole year (the longest range the report allows), default parts.
// Budget: a 12-week report PDF on ten years < 1 s. Not a test: it prints.
//
//   QT_QPA_PLATFORM=offscreen build/ci/bench/report_pdf_bench [years...]   (default: 10)
//   MOORING_BENCH_DIR=/some/disk  puts the profiles there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedJournal.h"

#include "exchange/PrintableReport.h"
#include "printing/RangeReportDocument.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct Figures {
    int years = 0;
    int entries = 0;
    int reportEntries = 0;
    double fetchMs = 0, pdfMs = 0, wordsPdfMs = 0, yearMs = 0, pdfKiB = 0, wordsKiB = 0;
};

double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

Figures run(int years) {
    Figures f;
    f.years = years;
    QTemporaryDir tmp(bench::benchFolder(u"report-pdf-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);
    f.entries = bench::generateJournal(paths, years);
    const QDate end = bench::kEnd.date();
    const ReportRange twelve{end.addDays(1 - 12 * 7), end};
    const ReportRange year{end.addYears(-1).addDays(1), end};
    ReportPrintChoices words;
    words.entryTexts = true;
    const QString pdf = tmp.filePath(u"report.pdf"_s);
    const QString wordsPdf = tmp.filePath(u"words.pdf"_s);

    std::vector<double> fetch, plain, withWords, wholeYear;
    for (int r = 0; r < 7; ++r) {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        QElapsedTimer t;
        t.start();
        const PrintableReport content = fetchPrintableReport(profile->database(), twelve, Qt::Monday);
        fetch.push_back(msSince(t));
        f.reportEntries = content.report.entries;
        t.restart();
        RangeReportDocument(content, {}, end).writePdf(pdf);
        plain.push_back(msSince(t));
        t.restart();
        RangeReportDocument(content, words, end).writePdf(wordsPdf);
        withWords.push_back(msSince(t));
        t.restart();
        RangeReportDocument(fetchPrintableReport(profile->database(), year, Qt::Monday), {}, end).writePdf(pdf);
        wholeYear.push_back(msSince(t));
    }
    f.fetchMs = bench::median(fetch);
    f.pdfMs = bench::median(plain);
    f.wordsPdfMs = bench::median(withWords);
    f.yearMs = bench::median(wholeYear);
    f.pdfKiB = double(QFileInfo(pdf).size()) / 1024.0;
    f.wordsKiB = double(QFileInfo(wordsPdf).size()) / 1024.0;
    return f;
}

}  // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);  // fonts for the pages
    QCoreApplication::setApplicationName(u"Mooring"_s);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::max(1, std::atoi(argv[i])));
    if (sizes.empty()) sizes = {10};

    std::printf("report_pdf_bench: medians of 7 runs in ms; budget: fetch + 12-week PDF < 1000\n");
    std::printf("%5s %7s | %9s %8s %9s | %10s %9s | %12s\n", "years", "entries", "12wk read", "(entries)", "12wk pdf",
                "with words", "(KiB)", "1 year all");
    for (int years : sizes) {
        const Figures f = run(years);
        std::printf("%5d %7d | %9.1f %8d %9.1f | %10.1f %9.0f | %12.1f\n", f.years, f.entries, f.fetchMs,
                    f.reportEntries, f.pdfMs, f.wordsPdfMs, f.wordsKiB, f.yearMs);
        std::fflush(stdout);
    }
    return 0;
}
