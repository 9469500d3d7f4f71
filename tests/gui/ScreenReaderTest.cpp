// What a screen reader is told: a passphrase field gives away no character of what is typed
// (only bullets), and a message banner is a notification whose name is the message itself,
// so it is spoken when it appears. tests/atspi/secrets_and_alerts.py checks both on the real
// AT-SPI bus, including that Qt 6.4 without the filter sends the characters.
#include "gui/common/MessageBanner.h"
#include "gui/common/SecretsOffTheBus.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QLineEdit>
#include <QTest>

#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct Seen {
    QAccessible::Event type;
    QObject* object;
    QString inserted;
    QString removed;
};

std::vector<Seen> g_seen;

void remember(QAccessibleEvent* event) {
    Seen seen{event->type(), event->object(), {}, {}};
    if (event->type() == QAccessible::TextInserted)
        seen.inserted = static_cast<QAccessibleTextInsertEvent*>(event)->textInserted();
    if (event->type() == QAccessible::TextRemoved)
        seen.removed = static_cast<QAccessibleTextRemoveEvent*>(event)->textRemoved();
    if (event->type() == QAccessible::TextUpdated) {
        seen.inserted = static_cast<QAccessibleTextUpdateEvent*>(event)->textInserted();
        seen.removed = static_cast<QAccessibleTextUpdateEvent*>(event)->textRemoved();
    }
    g_seen.push_back(seen);
}

// Listens as the platform's bridge would, behind the filter the app installs. Qt hands
// events on only while a screen reader listens, never on the offscreen test platform, so
// the test gives them to the filter itself.
struct Listening {
    Listening() {
        g_seen.clear();
        QAccessible::installUpdateHandler(&remember);
        SecretsOffTheBus::install();
    }
    ~Listening() {
        SecretsOffTheBus::uninstall();
        QAccessible::installUpdateHandler(nullptr);
        g_seen.clear();
    }
    static void send(QAccessibleEvent* event) { SecretsOffTheBus::filter(event); }
};

const QString kSecret = u"quartz-Maple-47"_s;

// Everything the events about `field` said, inserted and removed text together.
QString textSentAbout(const QObject* field) {
    QString all;
    for (const Seen& seen : g_seen)
        if (seen.object == field) all += seen.inserted + seen.removed;
    return all;
}

bool hasAnyCharacterOf(const QString& text, const QString& secret) {
    for (QChar c : secret)
        if (text.contains(c)) return true;
    return false;
}

// What a QLineEdit tells the accessibility framework, with the real characters, while
// someone types the secret, takes one letter back and Mooring empties the field.
void typeAndTake(QLineEdit& field) {
    for (qsizetype i = 0; i < kSecret.size(); ++i) {
        QAccessibleTextInsertEvent typed(&field, int(i), kSecret.mid(i, 1));
        Listening::send(&typed);
    }
    const int last = int(kSecret.size()) - 1;
    QAccessibleTextRemoveEvent back(&field, last, kSecret.mid(last, 1));
    Listening::send(&back);
    QAccessibleTextUpdateEvent emptied(&field, 0, kSecret.left(last), QString());
    Listening::send(&emptied);
}

}  // namespace

TEST_CASE("The characters typed into a password field reach the bridge only as bullets", "[a11y][secrets]") {
    QLineEdit field;
    field.setEchoMode(QLineEdit::Password);
    Listening listening;
    typeAndTake(field);

    const QString sent = textSentAbout(&field);
    CHECK_FALSE(hasAnyCharacterOf(sent, kSecret));
    // Every change still reaches it, one bullet for each character: 15 typed, one taken
    // back, 14 emptied.
    REQUIRE(sent.size() == 2 * kSecret.size());
    CHECK(sent == QString(sent.size(), sent.front()));
    CHECK(g_seen.size() == size_t(kSecret.size()) + 2);
    CHECK(g_seen.back().type == QAccessible::TextUpdated);
    CHECK(g_seen.back().inserted.isEmpty());
}

TEST_CASE("A password field's accessible text never holds the passphrase", "[a11y][secrets]") {
    QLineEdit field;
    field.setEchoMode(QLineEdit::Password);
    field.show();
    Listening listening;
    field.setFocus();
    QTest::keyClicks(&field, kSecret);
    REQUIRE(field.text() == kSecret);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&field);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::EditableText);
    CHECK_FALSE(hasAnyCharacterOf(iface->text(QAccessible::Value), kSecret));
    CHECK_FALSE(hasAnyCharacterOf(iface->text(QAccessible::Name), kSecret));
    QAccessibleTextInterface* text = iface->textInterface();
    REQUIRE(text);
    CHECK_FALSE(hasAnyCharacterOf(text->text(0, kSecret.size()), kSecret));
    int start = 0;
    int end = 0;
    CHECK_FALSE(hasAnyCharacterOf(text->textAtOffset(3, QAccessible::WordBoundary, &start, &end), kSecret));
    CHECK_FALSE(hasAnyCharacterOf(text->textAtOffset(3, QAccessible::CharBoundary, &start, &end), kSecret));
    CHECK_FALSE(hasAnyCharacterOf(text->textBeforeOffset(3, QAccessible::CharBoundary, &start, &end), kSecret));
    CHECK_FALSE(hasAnyCharacterOf(text->textAfterOffset(3, QAccessible::CharBoundary, &start, &end), kSecret));
    CHECK_FALSE(hasAnyCharacterOf(text->attributes(0, &start, &end), kSecret));
}

TEST_CASE("A field that shows nothing while typing tells the bridge nothing either", "[a11y][secrets]") {
    QLineEdit field;
    field.setEchoMode(QLineEdit::NoEcho);
    field.show();
    Listening listening;
    typeAndTake(field);
    CHECK(textSentAbout(&field).isEmpty());
}

TEST_CASE("An ordinary field's text still reaches the bridge unchanged", "[a11y][secrets]") {
    QLineEdit field;
    Listening listening;
    typeAndTake(field);
    CHECK(textSentAbout(&field) == kSecret + kSecret.right(1) + kSecret.chopped(1));
}

TEST_CASE("A message banner is a notification named by its message", "[a11y][banner]") {
    QWidget page;
    auto* banner = new MessageBanner(&page);
    page.show();
    Listening listening;

    const QString message = u"That passphrase didn't open Mooring. Check Caps Lock and try again."_s;
    banner->showMessage(message);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(banner);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::Notification);
    CHECK(iface->text(QAccessible::Name) == message);
    SECTION("a second message while it is still shown appears again") {
        banner->showMessage(u"Please type your passphrase first."_s);
        CHECK(iface->text(QAccessible::Name) == u"Please type your passphrase first."_s);
        CHECK(iface->role() == QAccessible::Notification);
    }
    SECTION("cleared, it has nothing to say") {
        banner->clearMessage();
        CHECK(iface->text(QAccessible::Name).isEmpty());
        CHECK_FALSE(banner->isVisible());
    }
}
