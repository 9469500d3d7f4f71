// The diary card on paper: the week's check-ins as a table with the rows the person chose,
// read back from the PDF itself with pdftotext.
#include "printing/ReviewDocument.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct EnglishLocale {
    QLocale saved;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
};

ReviewContent weekWithCheckIns() {
    ReviewContent c;
    c.summary.week = Week::containing(QDate(2026, 11, 18), Qt::Monday);
    CheckIn tuesday;
    tuesday.day = QDate(2026, 11, 17);
    tuesday.overall = 7;
    tuesday.urge = 3;
    tuesday.feelings = {u"hopeful"_s};
    tuesday.helped = {{{}, u"Phoned my aunt"_s}};
    tuesday.selfCare.sleepHours = 6.5;
    tuesday.selfCare.medication = true;
    CheckIn friday;
    friday.day = QDate(2026, 11, 20);
    friday.overall = 4;
    friday.selfCare.ate = false;
    c.checkIns = weekCheckIns(c.summary.week, {tuesday, friday}, {});
    return c;
}

QString pdfText(const ReviewDocument& doc) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"week.pdf"_s);
    doc.writePdf(path);
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Lines break where a cell is full; compare words without the spaces between them.
QString squashed(QString text) {
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

}  // namespace

TEST_CASE("The printed week holds the diary card: day names, row names and the figures", "[review][checkins]") {
    EnglishLocale english;
    const QString text = pdfText(ReviewDocument(weekWithCheckIns(), {}, QDate(2026, 11, 23)));
    INFO(text.toStdString());
    CHECK(text.contains(u"My diary card"_s));
    CHECK(text.contains(u"You checked in on 2 days this week."_s));
    // The days in one line, first day first.
    CHECK(text.contains(QRegularExpression(u"Mon\\s+Tue\\s+Wed\\s+Thu\\s+Fri\\s+Sat\\s+Sun"_s)));
    for (const QString& row :
         {u"How today was"_s, u"Urges"_s, u"Feeling: hopeful"_s, u"Helped: Phoned my aunt"_s, u"Hours of sleep"_s,
          u"Ate regularly"_s, u"Medication as prescribed"_s, u"Moved my body"_s}) {
        INFO(row.toStdString());
        CHECK(squashed(text).contains(squashed(row)));  // a long name may wrap in its cell
    }
    // Tuesday's 7 and Friday's 4 on the row of how the day was; blank days say nothing.
    CHECK(text.contains(QRegularExpression(u"How today was\\s+7\\s+4\\n"_s)));
    CHECK(text.contains(QRegularExpression(u"Urges\\s+3\\n"_s)));
    CHECK(text.contains(QRegularExpression(u"Hours of sleep\\s+6.5\\n"_s)));
    CHECK(text.contains(QRegularExpression(u"Ate regularly\\s+not\\s+today\\n"_s)));
}

TEST_CASE("The printed diary card has only the rows chosen, and none when left out", "[review][checkins]") {
    EnglishLocale english;
    ReviewContent c = weekWithCheckIns();
    c.diaryRows.medication = false;
    c.diaryRows.urge = false;
    const QString text = pdfText(ReviewDocument(c, {}, QDate(2026, 11, 23)));
    CHECK(text.contains(u"How today was"_s));
    CHECK_FALSE(squashed(text).contains(u"Medicationasprescribed"_s));
    CHECK_FALSE(text.contains(QRegularExpression(u"^\\s*Urges\\s"_s, QRegularExpression::MultilineOption)));

    ReviewPrintChoices without;
    without.diaryCard = false;
    const QString none = pdfText(ReviewDocument(weekWithCheckIns(), without, QDate(2026, 11, 23)));
    CHECK_FALSE(none.contains(u"My diary card"_s));
    CHECK_FALSE(none.contains(u"How today was"_s));
}
