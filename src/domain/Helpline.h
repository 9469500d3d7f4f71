#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mooring {

// A region the helplines are chosen by: a country (ISO 3166 code, except "UK" for the
// United Kingdom, which older profiles and exports already use) or "somewhere else".
struct Region {
    QString code;  // "US", "UK", "DE", ... or Helpline::otherRegion()
    QString name;  // translated, for a person to read
};

// A number to call or text for help (docs/safe-messaging.md, "Always say where help is"). Built-in
// helplines have fixed ids ("uk-samaritans") so an edited copy replaces the original and
// "restore the built-in list" can find it again; the person's own get a UUID.
struct Helpline {
    QString id;
    QString region;
    QString name;
    QString call;            // the number to dial, as shown ("116 123"); may be empty
    QString text;            // the number to text; may be empty
    QString textBody;        // the word to send, e.g. "CONNECT"; may be empty
    QString hours;           // when it answers, e.g. "Any time, day or night"
    QString note;            // one short line on what it is for
    bool emergency = false;  // the region's emergency number
    bool youth = false;      // a line for children and young people, shown after the others
    bool builtin = false;

    bool operator==(const Helpline&) const = default;

    QString callUri() const;  // "tel:116123", or empty without a number to call
    QString textUri() const;  // "sms:686868?body=CONNECT", or empty without a number to text

    // The built-in regions sorted by their name in the interface's language, then
    // "somewhere else". They come from the data file compiled in (HelplineCatalogue).
    static QList<Region> regions();
    static QString otherRegion();  // "OTHER": the shared emergency number and the person's own
    static QString regionName(const QString& code);
    static bool isKnownRegion(const QString& code);
    // A region code for a country as Qt names it ("GB" is "UK"), or empty when Mooring has
    // no region for that country.
    static QString regionForTerritory(const QString& isoCode);

    // The built-in list for a region (empty for an unknown region): the general lines, then
    // the youth lines, each in the data file's order.
    static QList<Helpline> builtins(const QString& region);
    static std::optional<Helpline> builtinById(const QString& id);
    // Whether the region has lines of its own beyond its emergency number; where it has
    // not, the help screen says how to find a local helpline.
    static bool hasCuratedList(const QString& region);
    // Where to look for a local helpline, as plain text (Mooring opens no link).
    static QString directoryHint();

    // A number a person typed: digits with spaces, dashes, dots, brackets and one leading
    // '+'; at least two digits, at most 20. Empty means "no number" and is allowed.
    static bool isPlausibleNumber(const QString& number);
    // The first emergency line with a number to call, or empty.
    static QString emergencyNumber(const QList<Helpline>& helplines);
    static QString dialable(const QString& number);  // "13 11 14" -> "131114"; keeps a leading '+'

    // Medical help that is not an emergency, for the region (after a setback): a number to
    // call where the data file has a national line for it (NHS 111, healthdirect), else empty;
    // and one plain sentence saying where to go, with that number in it when there is one.
    static QString nonEmergencyNumber(const QString& region);
    static QString nonEmergencyAdvice(const QString& region);
};

}  // namespace mooring
