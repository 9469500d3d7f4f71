#include "domain/Contact.h"
#include "domain/JournalEntry.h"
#include "domain/TextLength.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

QString repeated(const QString& one, int times) {
    QString text;
    for (int i = 0; i < times; ++i) text += one;
    return text;
}

}  // namespace

TEST_CASE("A character outside the Basic Multilingual Plane counts once", "[domain][text]") {
    CHECK(characterCount(u"calm"_s) == 4);
    CHECK(characterCount(u"\U0001F30A"_s) == 1);  // a wave: two UTF-16 units
    CHECK(characterCount(u"sea \U0001F30A\U0001F319"_s) == 6);
    CHECK(characterCount(QString(QChar(0xD83C))) == 1);  // a lone surrogate is still one
    CHECK(characterCount(u""_s) == 0);
}

TEST_CASE("The limits say characters and count characters, emoji included", "[domain][text]") {
    JournalEntry entry;
    entry.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::OffsetFromUTC, 3600);
    entry.urge = 5;
    entry.situation = repeated(u"\U0001F30A"_s, JournalEntry::kMaxText);  // 40,000 UTF-16 units
    CHECK(entry.problems(entry.occurredAt.addDays(1)).isEmpty());
    entry.situation += u"\U0001F30A"_s;
    const auto problems = entry.problems(entry.occurredAt.addDays(1));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message.contains(QLocale().toString(JournalEntry::kMaxText + 1)));

    Contact contact;
    contact.name = repeated(u"\U0001F33F"_s, kMaxContactNameLength);
    contact.phone = u"01632 960123"_s;
    CHECK(contact.problems().isEmpty());
}
