#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mooring {

// A region the helplines are chosen by ("US" covers the United States and Canada).
struct Region {
    QString code;  // "US", "UK", "IE", "AU" or Helpline::otherRegion()
    QString name;  // translated, for a person to read
};

// A number to call or text for help (DESIGN.md "Safety rules for content"). Built-in
// helplines have fixed ids ("uk-samaritans") so an edited copy replaces the original and
// "restore the built-in list" can find it again; the person's own get a UUID.
struct Helpline {
    QString id;
    QString region;
    QString name;
    QString call;            // the number to dial, as shown ("116 123"); may be empty
    QString text;            // the number to text; may be empty
    QString textBody;        // the word to send, e.g. "SHOUT"; may be empty
    QString hours;           // when it answers, e.g. "Any time, day or night"
    QString note;            // one short line on what it is for
    bool emergency = false;  // the region's emergency number
    bool builtin = false;

    bool operator==(const Helpline&) const = default;

    QString callUri() const;  // "tel:116123", or empty without a number to call
    QString textUri() const;  // "sms:85258?body=SHOUT", or empty without a number to text

    // The built-in regions in the order they are offered, then "somewhere else".
    static QList<Region> regions();
    static QString otherRegion();  // "OTHER": only the person's own helplines
    static QString regionName(const QString& code);
    static bool isKnownRegion(const QString& code);

    // The built-in list for a region (empty for an unknown region), numbers as in DESIGN.md.
    static QList<Helpline> builtins(const QString& region);
    static std::optional<Helpline> builtinById(const QString& id);

    // A number a person typed: digits with spaces, dashes, dots, brackets and one leading
    // '+'; at least two digits, at most 20. Empty means "no number" and is allowed.
    static bool isPlausibleNumber(const QString& number);
    // The first emergency line with a number to call, or empty.
    static QString emergencyNumber(const QList<Helpline>& helplines);
    static QString dialable(const QString& number);  // "13 11 14" -> "131114"; keeps a leading '+'

    // Medical help that is not an emergency, for the region (after a setback): a number to
    // call where there is one national line (UK NHS 111, Australia healthdirect), else empty;
    // and one plain sentence saying where to go, with that number in it when there is one.
    static QString nonEmergencyNumber(const QString& region);
    static QString nonEmergencyAdvice(const QString& region);
};

}  // namespace mooring
