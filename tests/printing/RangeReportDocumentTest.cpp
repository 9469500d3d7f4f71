// The report for the next session on paper, read back from the PDF itself: its figures,
// the person's own words only when ticked, charts drawn as vectors, headings never left
// alone at the bottom of a page.
#include "printing/RangeReportDocument.h"
#include "support/PdfText.h"

#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kSituation = u"Zebracrossing"_s;
const QString kNote = u"Quietharbour"_s;

struct EnglishLocale {
    QLocale saved;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
};

const ReportRange kRange{QDate(2026, 11, 9), QDate(2026, 12, 6)};  // four weeks, Monday to Sunday

JournalEntry entry(const QDate& date, int hour, int urge, std::optional<JournalOutcome> outcome) {
    JournalEntry e;
    e.id = u"entry-%1-%2"_s.arg(date.toString(Qt::ISODate)).arg(hour);
    e.occurredAt = QDateTime(date, QTime(hour, 15), Qt::OffsetFromUTC, 3600);
    e.urge = urge;
    e.outcome = outcome;
    e.triggers = {u"late night"_s};
    e.feelings = {u"lonely"_s};
    e.situation = kSituation + u" at the bus stop"_s;
    e.notes = kNote + u" and a long walk home."_s;
    TriedItem walk;
    walk.text = u"went for a walk"_s;
    walk.helped = 7;
    e.tried = {walk};
    return e;
}

// Three entries in the week of 16 November (urges 4, 6 and 8), one in the week of
// 30 November, then `more` entries spread over the range (urge 5, 21:15).
PrintableReport content(int more = 0) {
    QList<JournalEntry> entries = {entry(QDate(2026, 11, 16), 20, 4, JournalOutcome::Passed),
                                   entry(QDate(2026, 11, 18), 22, 6, JournalOutcome::Coped),
                                   entry(QDate(2026, 11, 20), 23, 8, std::nullopt),
                                   entry(QDate(2026, 12, 2), 9, 5, JournalOutcome::Acted)};
    for (int i = 0; i < more; ++i) entries.append(entry(kRange.from.addDays(i % 28), 21, 5, JournalOutcome::Passed));
    PrintableReport c;
    ReportInput input;
    input.entries = entries;
    input.planSaves = {QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::OffsetFromUTC, 3600)};
    c.report = summarizeRange(kRange, Qt::Monday, input);
    c.entries = entries;
    std::stable_sort(c.entries.begin(), c.entries.end(),
                     [](const JournalEntry& a, const JournalEntry& b) { return a.occurredAt < b.occurredAt; });
    c.weekNotes = {{QDate(2026, 11, 16), u"Ask about the evenings"_s}};
    SetbackReflection r;
    r.entryId = u"entry-2026-12-02-9"_s;
    r.createdAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0));
    r.nextTime = u"Ring Ollie before it gets late"_s;
    c.setbackReflections = {r};
    return c;
}

QString pdfOf(const RangeReportDocument& doc, const QTemporaryDir& dir, const QString& name = u"report.pdf"_s) {
    const QString path = dir.filePath(name);
    doc.writePdf(path);
    return path;
}

}  // namespace

TEST_CASE("Report PDF: the range's figures and its weeks, never the entries' words by default", "[report]") {
    EnglishLocale english;
    QTemporaryDir dir;
    const QString text = pdfText(pdfOf(RangeReportDocument(content(), {}, QDate(2026, 12, 7)), dir));
    CHECK(text.contains(u"Report for my next session"_s));
    CHECK(squashed(text).contains(squashed(u"You wrote down 4 urges in this time."_s)));
    CHECK(squashed(text).contains(squashed(u"Week of 16 Nov: 3 entries, average urge 6.0 out of 10."_s)));
    CHECK(squashed(text).contains(squashed(u"Week of 23 Nov: 0 entries."_s)));
    CHECK(squashed(text).contains(squashed(u"Week of 30 Nov: one entry, average urge 5.0 out of 10."_s)));
    CHECK(text.contains(u"late night"_s));
    CHECK(text.contains(u"went for a walk"_s));
    CHECK(text.contains(u"Ask about the evenings"_s));
    CHECK(squashed(text).contains(squashed(u"You saved a new version of your safety plan once in this time."_s)));
    CHECK(squashed(text).contains(squashed(u"One entry in this time says you acted on an urge."_s)));
    // The charts' own labels are text in the PDF, and the range is on the page.
    CHECK(text.contains(u"Entries per week"_s));
    CHECK(text.contains(u"9 November – 6 December 2026"_s));
    CHECK(text.contains(u"Page 1 of"_s));
    CHECK_FALSE(text.contains(kSituation));
    CHECK_FALSE(text.contains(kNote));
    CHECK_FALSE(text.contains(u"Ring Ollie"_s));
    CHECK_FALSE(text.contains(u"This report includes what you wrote"_s));
}

TEST_CASE("Report PDF: the entries' words and setback reflections only when ticked, said on page one", "[report]") {
    EnglishLocale english;
    QTemporaryDir dir;
    ReportPrintChoices choices;
    choices.entryTexts = true;
    choices.setbackReflections = true;
    const QString path = pdfOf(RangeReportDocument(content(), choices, QDate(2026, 12, 7)), dir);
    const QString text = pdfText(path);
    CHECK(text.contains(kSituation));
    CHECK(text.contains(kNote));
    CHECK(text.contains(u"Ring Ollie before it gets late"_s));
    const QString pageOne = pdfPageText(path, 1);
    CHECK(squashed(pageOne).contains(
        squashed(u"This report includes what you wrote about each moment (situations and notes)."_s)));
}

TEST_CASE("Report PDF: every part can be left out", "[report]") {
    EnglishLocale english;
    QTemporaryDir dir;
    ReportPrintChoices none{false, false, false, false, false, false, false, false};
    const QString text = pdfText(pdfOf(RangeReportDocument(content(), none, QDate(2026, 12, 7)), dir));
    CHECK(squashed(text).contains(squashed(u"You wrote down 4 urges in this time."_s)));
    for (const QString& absent : {u"Entries per week"_s, u"late night"_s, u"went for a walk"_s,
                                  u"Ask about the evenings"_s, u"safety plan"_s, u"acted on"_s}) {
        INFO(absent.toStdString());
        CHECK_FALSE(text.contains(absent));
    }
}

TEST_CASE("Report PDF: the charts are drawn as vectors, with no pictures inside", "[report]") {
    EnglishLocale english;
    QTemporaryDir dir;
    const QString path = pdfOf(RangeReportDocument(content(), {}, QDate(2026, 12, 7)), dir);
    CHECK(pdfImageCount(path) == 0);
    CHECK(QFileInfo(path).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("Report PDF: no heading is left alone at the bottom of a page", "[report]") {
    EnglishLocale english;
    const QStringList headings = {u"At a glance"_s,
                                  u"How urges ended"_s,
                                  u"Triggers and feelings that came up most"_s,
                                  u"What helped most"_s,
                                  u"Times of day and days of the week"_s,
                                  u"What helped, and how often I tried it"_s,
                                  u"My safety plan"_s,
                                  u"My notes: what I want to change"_s,
                                  u"Setbacks"_s,
                                  u"What I wrote about each moment"_s};
    ReportPrintChoices choices;
    choices.entryTexts = true;
    choices.setbackReflections = true;
    QTemporaryDir dir;
    int pagesSeen = 0;
    // More entries push every heading further down; across these some land near a page's end.
    for (int more = 0; more < 40; more += 3) {
        const QString path =
            pdfOf(RangeReportDocument(content(more), choices, QDate(2026, 12, 7)), dir, u"r%1.pdf"_s.arg(more));
        const QStringList endings = pdfPageEndings(path);
        for (int i = 0; i < endings.size(); ++i) {
            ++pagesSeen;
            INFO("entries " << 4 + more << ", page " << i + 1 << ": " << endings.at(i).toStdString());
            CHECK_FALSE(headings.contains(endings.at(i)));
            // An entry's first line (its day and urge) comes with its words.
            CHECK_FALSE(endings.at(i).contains(u"urge 5 of 10"_s));
            // Nor does a picture's introduction stay behind without the picture.
            CHECK_FALSE(endings.at(i).endsWith(u"over the whole time."_s));
        }
    }
    CHECK(pagesSeen > 20);
}

TEST_CASE("Report PDF: Letter where it is the usual paper, else A4", "[report]") {
    CHECK(RangeReportDocument::paperFor(QLocale(QLocale::English, QLocale::UnitedStates)) == QPageSize::Letter);
    CHECK(RangeReportDocument::paperFor(QLocale(QLocale::French, QLocale::Canada)) == QPageSize::Letter);
    CHECK(RangeReportDocument::paperFor(QLocale(QLocale::German, QLocale::Germany)) == QPageSize::A4);
    CHECK(RangeReportDocument::paperFor(QLocale(QLocale::English, QLocale::UnitedKingdom)) == QPageSize::A4);
}
