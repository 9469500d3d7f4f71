// The week's PDF read back from the file itself: the week's figures and the sentences
// beside each chart, charts drawn as vectors, the week and the page number on every page,
// headings never alone at the bottom of a page, the entries' words only when ticked.
#include "insights/InsightsSamples.h"
#include "printing/ReviewDocument.h"
#include "support/PdfText.h"

#include <QFileInfo>
#include <QLocale>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kSituation = u"Zebracrossing"_s;
const Week kWeek = Week::containing(QDate(2026, 11, 18), Qt::Monday);  // 16 to 22 November 2026

struct EnglishLocale {
    QLocale saved;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
};

// Six entries (urges 3, 5, 5, 8, 8, 8), then `more` in the evenings, each with words
// written about it and a tried idea.
ReviewContent week(int more = 0) {
    const std::optional<JournalOutcome> passed = JournalOutcome::Passed;
    const std::optional<JournalOutcome> coped = JournalOutcome::Coped;
    TriedItem walk;
    walk.text = u"went for a walk"_s;
    walk.helped = 6;
    QList<JournalEntry> entries = {at(QDate(2026, 11, 16), QTime(8, 10), 1, 3, passed, {u"work"_s}, {}, {walk}),
                                   at(QDate(2026, 11, 17), QTime(21, 5), 1, 5, coped, {u"late night"_s}),
                                   at(QDate(2026, 11, 17), QTime(22, 40), 1, 5, passed, {u"late night"_s}),
                                   at(QDate(2026, 11, 19), QTime(23, 15), 1, 8, std::nullopt, {}, {u"lonely"_s}),
                                   at(QDate(2026, 11, 20), QTime(14, 0), 1, 8, coped),
                                   at(QDate(2026, 11, 22), QTime(20, 30), 1, 8, passed, {}, {}, {walk})};
    for (int i = 0; i < more; ++i)
        entries.append(at(kWeek.start().addDays(i % 7), QTime(19, 0).addSecs(60 * i), 1, 5, passed));
    for (int i = 0; i < entries.size(); ++i) {
        entries[i].id = u"entry-%1"_s.arg(i);
        entries[i].situation = kSituation + u" at the bus stop, and the long walk home after it"_s;
        entries[i].notes = u"Called a friend."_s;
    }
    ReviewContent c;
    c.summary = summarizeWeek(kWeek, inputOf(entries));
    c.sentences = describeWeek(c.summary);
    c.weekEntries = entries;
    c.reflection = u"Ask about the evenings"_s;
    SetbackReflection r;
    r.createdAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0));
    r.nextTime = u"Ring Ollie before it gets late"_s;
    c.setbackReflections = {r};
    return c;
}

QString pdfOf(const ReviewDocument& doc, const QTemporaryDir& dir, const QString& name = u"week.pdf"_s) {
    const QString path = dir.filePath(name);
    doc.writePdf(path);
    return path;
}

}  // namespace

TEST_CASE("Week PDF: the week's figures, each chart with its sentence, the week on every page", "[review][weekpdf]") {
    EnglishLocale english;
    QTemporaryDir dir;
    const ReviewContent c = week();
    const QString text = pdfText(pdfOf(ReviewDocument(c, {}, QDate(2026, 11, 23)), dir));
    INFO(text.toStdString());
    REQUIRE(c.summary.entries == 6);
    for (const QString& sentence : {c.sentences.entries, c.sentences.urges, histogramText(c.summary.urge),
                                    c.sentences.outcomes, c.sentences.when}) {
        INFO(sentence.toStdString());
        REQUIRE_FALSE(sentence.isEmpty());
        CHECK(squashed(text).contains(squashed(sentence)));
    }
    // The charts' own words are text: the strengths' axis, how urges ended, the days.
    CHECK(text.contains(u"How strong the urge was, 0 to 10"_s));
    CHECK(text.contains(QRegularExpression(u"0\\s+1\\s+2\\s+3\\s+4\\s+5\\s+6\\s+7\\s+8\\s+9\\s+10"_s)));
    CHECK(text.contains(QRegularExpression(u"The urge passed\\s+3\\n"_s)));
    CHECK(text.contains(QRegularExpression(u"Got through it another way\\s+2\\n"_s)));
    CHECK(text.contains(u"Sun"_s));
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 2);
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages.at(i).contains(u"My week · 16–22 November 2026"_s));
        CHECK(pages.at(i).contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())));
    }
}

TEST_CASE("Week PDF: the charts are vectors, the file only the person's", "[review][weekpdf]") {
    EnglishLocale english;
    QTemporaryDir dir;
    const QString path = pdfOf(ReviewDocument(week(), {}, QDate(2026, 11, 23)), dir);
    CHECK(pdfImageCount(path) == 0);
    CHECK(QFileInfo(path).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("Week PDF: the entries' words only when ticked", "[review][weekpdf]") {
    EnglishLocale english;
    QTemporaryDir dir;
    const QString without = pdfText(pdfOf(ReviewDocument(week(), {}, QDate(2026, 11, 23)), dir));
    CHECK_FALSE(without.contains(kSituation));
    CHECK_FALSE(without.contains(u"Called a friend"_s));
    CHECK_FALSE(without.contains(u"What I wrote about each moment"_s));
    ReviewPrintChoices choices;
    choices.entryTexts = true;
    const QString with = pdfText(pdfOf(ReviewDocument(week(), choices, QDate(2026, 11, 23)), dir, u"with.pdf"_s));
    CHECK(with.contains(u"What I wrote about each moment"_s));
    CHECK(with.contains(kSituation));
    CHECK(with.contains(u"Called a friend"_s));
}

TEST_CASE("Week PDF: printing paints the same pages", "[review][weekpdf]") {
    EnglishLocale english;
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    ReviewDocument(week(), {}, QDate(2026, 11, 23)).print(printer);
    const QString text = pdfText(dir.filePath(u"printed.pdf"_s));
    CHECK(text.contains(u"How strong the urge was, 0 to 10"_s));
    CHECK(text.contains(u"Page 1 of"_s));
}

TEST_CASE("Week PDF: no heading is left alone at the bottom of a page", "[review][weekpdf]") {
    EnglishLocale english;
    const QStringList headings = {u"This week in figures"_s,
                                  u"How strong the urges were"_s,
                                  u"How urges ended"_s,
                                  u"Times of day and days of the week"_s,
                                  u"Compared with the four weeks before"_s,
                                  u"Since you started"_s,
                                  u"Triggers and feelings"_s,
                                  u"Ideas I tried this week"_s,
                                  u"What I want to change"_s,
                                  u"What I wrote about each moment"_s,
                                  u"Learning from a setback"_s};
    ReviewPrintChoices choices;
    choices.entryTexts = true;
    choices.setbackReflections = true;
    QTemporaryDir dir;
    int pagesSeen = 0;
    // More entries push every heading further down; across these some land near a page's end.
    for (int more = 0; more < 40; more += 3) {
        const QString path =
            pdfOf(ReviewDocument(week(more), choices, QDate(2026, 11, 23)), dir, u"w%1.pdf"_s.arg(more));
        const QStringList endings = pdfPageEndings(path);
        for (int i = 0; i < endings.size(); ++i) {
            ++pagesSeen;
            INFO("entries " << 6 + more << ", page " << i + 1 << ": " << endings.at(i).toStdString());
            CHECK_FALSE(headings.contains(endings.at(i)));
            CHECK_FALSE(endings.at(i).startsWith(u"Trigger "_s));   // a table's header row
            CHECK_FALSE(endings.at(i).contains(u"\u00b7 urge"_s));  // an entry's first line comes with its words
            CHECK_FALSE(endings.at(i).endsWith(u"began then."_s));  // the grid's introduction with the grid
        }
    }
    CHECK(pagesSeen > 20);
}

TEST_CASE("Week PDF: the diary card stays on one page, its days above every row", "[review][weekpdf][checkins]") {
    EnglishLocale english;
    ReviewContent c = week();
    // Nineteen rows: how the day was, urges, five feelings, eight ideas, the four of self-care.
    QList<CheckIn> days;
    for (int d = 0; d < 7; ++d) {
        CheckIn day;
        day.day = kWeek.start().addDays(d);
        day.overall = 5;
        day.urge = 3;
        day.feelings = {u"calm"_s, u"tired"_s, u"hopeful"_s, u"lonely"_s, u"angry"_s};
        for (int i = 0; i < 8; ++i) day.helped.append({{}, u"Idea number %1"_s.arg(i + 1)});
        day.selfCare.sleepHours = 7;
        days.append(day);
    }
    c.checkIns = weekCheckIns(kWeek, days, {});
    QTemporaryDir dir;
    QList<int> cardPages;
    // More ideas above the card move it down the pages; somewhere it meets a page's end.
    for (int ideas = 0; ideas < 30; ideas += 2) {
        c.whatHelps.clear();
        for (int i = 0; i < ideas; ++i) {
            HelpfulIdea idea;
            idea.text = u"Helpful idea %1"_s.arg(i);
            idea.timesTried = 2;
            idea.ratedCount = 2;
            idea.helpedMean = 6;
            c.whatHelps.append(idea);
        }
        const QStringList pages =
            pdfText(pdfOf(ReviewDocument(c, {}, QDate(2026, 11, 23)), dir, u"c%1.pdf"_s.arg(ideas)))
                .split(u'\f', Qt::SkipEmptyParts);
        int header = -1;
        int last = -1;
        for (int i = 0; i < pages.size(); ++i) {
            if (pages.at(i).contains(QRegularExpression(u"Mon\\s+Tue\\s+Wed\\s+Thu\\s+Fri\\s+Sat\\s+Sun"_s)))
                header = i;
            if (pages.at(i).contains(u"Moved my body"_s)) last = i;
        }
        INFO("ideas " << ideas);
        REQUIRE(header >= 0);
        CHECK(header == last);
        if (!cardPages.contains(header)) cardPages.append(header);
    }
    CHECK(cardPages.size() > 1);  // the card did meet a page's end, and went over whole
}

TEST_CASE("Week PDF: Letter paper where it is the usual one, else A4", "[review][weekpdf]") {
    const QLocale saved;
    QTemporaryDir dir;
    const auto pageSize = [&](const QLocale& locale, const QString& name) {
        QLocale::setDefault(locale);
        const QString path = pdfOf(ReviewDocument(week(), {}, QDate(2026, 11, 23)), dir, name);
        QLocale::setDefault(saved);
        QProcess p;
        p.start(u"pdfinfo"_s, {path});
        REQUIRE(p.waitForFinished(20000));
        const QRegularExpressionMatch m = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+)"_s)
                                              .match(QString::fromUtf8(p.readAllStandardOutput()));
        REQUIRE(m.hasMatch());
        return QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble()));
    };
    CHECK(pageSize(QLocale(QLocale::English, QLocale::UnitedStates), u"us.pdf"_s) == QSize(612, 792));
    CHECK(pageSize(QLocale(QLocale::German, QLocale::Germany), u"de.pdf"_s) == QSize(595, 842));
}
