#include "printing/ReviewDocument.h"

#include "domain/Error.h"
#include "support/PdfText.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

ReviewContent sampleWeek() {
    ReviewContent c;
    c.summary.week = Week::containing(QDate(2026, 11, 18), Qt::Monday);
    c.summary.entries = 2;
    c.summary.triggers = {{u"late night"_s, 2}, {u"work"_s, 1}};
    c.summary.feelings = {{u"lonely"_s, 1}};
    TriedIdea walk;
    walk.text = u"went for a walk"_s;
    walk.count = 2;
    walk.helpedMean = 6.5;
    walk.ratedCount = 2;
    c.summary.tried = {walk};
    c.sentences.entries = u"FIGURE-SENTENCE-ENTRIES"_s;
    c.sentences.urges = u"FIGURE-SENTENCE-URGES"_s;
    c.sentences.triggers = u"NAMES-SENTENCE"_s;
    c.sentences.comparison = {u"COMPARISON-SENTENCE"_s};
    c.sentences.sinceStart = u"SINCE-START-SENTENCE"_s;
    HelpfulIdea music;
    music.text = u"loud music"_s;
    music.timesTried = 4;
    music.ratedCount = 4;
    music.helpedMean = 7.25;
    c.whatHelps = {music};
    c.reflection = u"Ask about the evenings"_s;
    JournalEntry e;
    e.occurredAt = QDateTime(QDate(2026, 11, 18), QTime(22, 10), Qt::OffsetFromUTC, 3600);
    e.urge = 6;
    e.situation = u"SITUATION <b>words</b>"_s;
    e.notes = u"NOTE-WORDS"_s;
    c.weekEntries = {e};
    SetbackReflection r;
    r.createdAt = QDateTime(QDate(2026, 11, 19), QTime(10, 0));
    r.before = u"SETBACK-BEFORE <i>words</i>"_s;
    r.nextTime = u"SETBACK-NEXT-TIME"_s;
    c.setbackReflections = {r};
    return c;
}

// What the page shows, read back from the PDF.
QString plain(const ReviewDocument& doc) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"week.pdf"_s);
    doc.writePdf(path);
    return mooring::test::pdfText(path);
}

}  // namespace

TEST_CASE("Review document: by default figures, names, ideas and the note, never the entries' words", "[review]") {
    const QString text = plain(ReviewDocument(sampleWeek(), {}, QDate(2026, 11, 23)));
    for (const QString& expected : {u"FIGURE-SENTENCE-ENTRIES"_s, u"FIGURE-SENTENCE-URGES"_s, u"NAMES-SENTENCE"_s,
                                    u"COMPARISON-SENTENCE"_s, u"SINCE-START-SENTENCE"_s, u"late night"_s,
                                    u"went for a walk"_s, u"loud music"_s, u"Ask about the evenings"_s}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(u"SITUATION"_s));
    CHECK_FALSE(text.contains(u"NOTE-WORDS"_s));
}

TEST_CASE("Review document: each choice leaves its part out; the entries' words only when chosen", "[review]") {
    ReviewPrintChoices only;
    only.figures = false;
    only.triggersAndFeelings = false;
    only.ideas = false;
    only.reflection = false;
    only.entryTexts = true;
    const ReviewDocument doc(sampleWeek(), only, QDate(2026, 11, 23));
    const QString text = plain(doc);
    CHECK(text.contains(u"SITUATION <b>words</b>"_s));  // escaped: shown as written, not as markup
    CHECK(text.contains(u"NOTE-WORDS"_s));
    for (const QString& absent : {u"FIGURE-SENTENCE-URGES"_s, u"NAMES-SENTENCE"_s, u"COMPARISON-SENTENCE"_s,
                                  u"loud music"_s, u"Ask about the evenings"_s}) {
        INFO(absent.toStdString());
        CHECK_FALSE(text.contains(absent));
    }
    CHECK(doc.suggestedFileName().endsWith(u".pdf"_s));
    CHECK_FALSE(doc.suggestedFileName().contains(u'/'));
}

TEST_CASE("Review document: setback reflections only when chosen, unanswered questions left out", "[review][setback]") {
    CHECK_FALSE(plain(ReviewDocument(sampleWeek(), {}, QDate(2026, 11, 23))).contains(u"SETBACK"_s));
    ReviewPrintChoices choices;
    choices.setbackReflections = true;
    const ReviewDocument doc(sampleWeek(), choices, QDate(2026, 11, 23));
    const QString text = plain(doc);
    CHECK(text.contains(u"Learning from a setback"_s));
    CHECK(text.contains(u"What was happening before: SETBACK-BEFORE <i>words</i>"_s));  // escaped, shown as typed
    CHECK(text.contains(u"What might help next time: SETBACK-NEXT-TIME"_s));
    CHECK_FALSE(text.contains(u"What I tried"_s));  // not answered, not printed
    CHECK_FALSE(text.contains(u"SITUATION"_s));     // the entries' words are a separate choice
}

TEST_CASE("Review document: a PDF is written, and a folder that cannot be written says so", "[review]") {
    QTemporaryDir dir;
    const ReviewDocument doc(sampleWeek(), {}, QDate(2026, 11, 23));
    const QString path = dir.filePath(u"week.pdf"_s);
    doc.writePdf(path);
    CHECK(QFileInfo(path).size() > 1000);
    try {
        doc.writePdf(dir.filePath(u"no such folder/week.pdf"_s));
        FAIL("a PDF in a missing folder was reported as written");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::CannotWrite);
    }
}
