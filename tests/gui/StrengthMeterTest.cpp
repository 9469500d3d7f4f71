// The strength of a new passphrase is told to a screen reader when it changes, not at every
// key: the focus stays in the field, and the bar beside it changes silently.
#include "gui/common/StrengthMeter.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace mooring;

TEST_CASE("Passphrase strength: a change of level is said, a key that keeps it is not", "[a11y][passphrase]") {
    StrengthMeter meter;
    CHECK(meter.lastSaid().isEmpty());  // nothing typed, nothing to say

    QString typed;
    QStringList said;
    QString level;
    for (const QChar c : QStringLiteral("quiet harbour lights at dusk")) {
        typed += c;
        const QString before = meter.label();
        meter.assess(typed);
        if (meter.label() != before) {
            said << meter.lastSaid();
            CHECK(meter.lastSaid() == QStringLiteral("Passphrase strength: %1").arg(meter.label()));
        } else {
            CHECK(meter.lastSaid() == (said.isEmpty() ? QString() : said.constLast()));
        }
    }
    REQUIRE(said.size() >= 2);                   // it grew through more than one level while typed
    CHECK(said.size() < int(typed.size()) / 2);  // not at every key

    SECTION("emptied, the field says nothing more") {
        const QString last = meter.lastSaid();
        meter.assess(QString());
        CHECK(meter.lastSaid() == last);
    }
}
