#include "domain/Helpline.h"

#include <QCoreApplication>
#include <QUrl>

#include <array>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

// Texts are marked with QT_TRANSLATE_NOOP so the translation tools and the text audit
// both see them; they are translated when a list is built.
struct Builtin {
    const char* id;
    const char* region;
    const char* name;
    const char* call;
    const char* text;
    const char* textBody;
    const char* hours;
    const char* note;
    bool emergency;
};

constexpr const char* anyTime = QT_TRANSLATE_NOOP("mooring", "Any time, day or night");

const std::array<Builtin, 10> kBuiltins{{
    {"us-988", "US", QT_TRANSLATE_NOOP("mooring", "988 Lifeline"), "988", "988", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "Call or text to talk with someone who will listen. Free, in the US and Canada."),
     false},
    {"us-911", "US", QT_TRANSLATE_NOOP("mooring", "Emergency services"), "911", "", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "If you are in danger right now."), true},
    {"uk-samaritans", "UK", QT_TRANSLATE_NOOP("mooring", "Samaritans"), "116 123", "", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "A free call to someone who will listen, whatever you are going through."), false},
    {"uk-shout", "UK", QT_TRANSLATE_NOOP("mooring", "Shout"), "", "85258", "SHOUT", anyTime,
     QT_TRANSLATE_NOOP("mooring", "Text SHOUT to 85258 if talking out loud feels like too much."), false},
    {"uk-111", "UK", QT_TRANSLATE_NOOP("mooring", "NHS 111"), "111", "", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "Urgent help from the NHS when it is not an emergency."), false},
    {"uk-999", "UK", QT_TRANSLATE_NOOP("mooring", "Emergency services"), "999", "", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "If you are in danger right now."), true},
    {"ie-samaritans", "IE", QT_TRANSLATE_NOOP("mooring", "Samaritans"), "116 123", "", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "A free call to someone who will listen, whatever you are going through."), false},
    {"ie-112", "IE", QT_TRANSLATE_NOOP("mooring", "Emergency services"), "112", "", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "If you are in danger right now. 999 works too."), true},
    {"au-lifeline", "AU", QT_TRANSLATE_NOOP("mooring", "Lifeline"), "13 11 14", "", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "Call to talk with someone who will listen, whatever is going on."), false},
    {"au-000", "AU", QT_TRANSLATE_NOOP("mooring", "Emergency services"), "000", "", "", anyTime,
     QT_TRANSLATE_NOOP("mooring", "If you are in danger right now."), true},
}};

Helpline fromBuiltin(const Builtin& b) {
    Helpline h;
    h.id = QString::fromLatin1(b.id);
    h.region = QString::fromLatin1(b.region);
    h.name = tr(b.name);
    h.call = QString::fromLatin1(b.call);
    h.text = QString::fromLatin1(b.text);
    h.textBody = QString::fromLatin1(b.textBody);
    h.hours = tr(b.hours);
    h.note = tr(b.note);
    h.emergency = b.emergency;
    h.builtin = true;
    return h;
}

}  // namespace

QString Helpline::callUri() const {
    const QString number = dialable(call);
    return number.isEmpty() ? QString() : u"tel:"_s + number;
}

QString Helpline::textUri() const {
    const QString number = dialable(text);
    if (number.isEmpty()) return {};
    QString uri = u"sms:"_s + number;
    if (!textBody.trimmed().isEmpty())
        uri += u"?body="_s + QString::fromLatin1(QUrl::toPercentEncoding(textBody.trimmed()));
    return uri;
}

QList<Region> Helpline::regions() {
    return {
        {u"US"_s, QCoreApplication::translate("mooring", "United States and Canada")},
        {u"UK"_s, QCoreApplication::translate("mooring", "United Kingdom")},
        {u"IE"_s, QCoreApplication::translate("mooring", "Ireland")},
        {u"AU"_s, QCoreApplication::translate("mooring", "Australia")},
        {otherRegion(), QCoreApplication::translate("mooring", "Somewhere else")},
    };
}

QString Helpline::otherRegion() { return u"OTHER"_s; }

QString Helpline::regionName(const QString& code) {
    for (const Region& region : regions())
        if (region.code == code) return region.name;
    return code;
}

bool Helpline::isKnownRegion(const QString& code) {
    for (const Region& region : regions())
        if (region.code == code) return true;
    return false;
}

QList<Helpline> Helpline::builtins(const QString& region) {
    QList<Helpline> list;
    for (const Builtin& b : kBuiltins)
        if (region == QLatin1String(b.region)) list.append(fromBuiltin(b));
    return list;
}

std::optional<Helpline> Helpline::builtinById(const QString& id) {
    for (const Builtin& b : kBuiltins)
        if (id == QLatin1String(b.id)) return fromBuiltin(b);
    return std::nullopt;
}

bool Helpline::isPlausibleNumber(const QString& number) {
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty()) return true;
    if (trimmed.size() > 24) return false;
    int digits = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (c == u'+' ? i != 0 : !(c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')'))
            return false;
    }
    return digits >= 2 && digits <= 20;
}

QString Helpline::dialable(const QString& number) {
    const QString trimmed = number.trimmed();
    QString out;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if ((c.isDigit() && c.unicode() < 128) || (c == u'+' && out.isEmpty())) out.append(c);
    }
    return out == u"+"_s ? QString() : out;
}

QString Helpline::nonEmergencyNumber(const QString& region) {
    if (region == u"UK"_s) return u"111"_s;
    if (region == u"AU"_s) return u"1800 022 222"_s;
    return {};  // Ireland, the US and Canada have no one national line for this
}

QString Helpline::nonEmergencyAdvice(const QString& region) {
    if (region == u"UK"_s)
        return QCoreApplication::translate("mooring", "If it is not an emergency, call NHS 111, or contact your GP.");
    if (region == u"AU"_s)
        return QCoreApplication::translate("mooring",
                                           "If it is not an emergency, call healthdirect on 1800 022 222, or see "
                                           "your GP.");
    if (region == u"IE"_s)
        return QCoreApplication::translate("mooring",
                                           "If it is not an emergency, contact your GP, or the GP out-of-hours "
                                           "service in your area.");
    if (region == u"US"_s)
        return QCoreApplication::translate("mooring",
                                           "If it is not an emergency, contact your doctor or an urgent care "
                                           "clinic.");
    return QCoreApplication::translate("mooring",
                                       "If it is not an emergency, contact your doctor or a local health "
                                       "service.");
}

QString Helpline::emergencyNumber(const QList<Helpline>& helplines) {
    for (const Helpline& h : helplines)
        if (h.emergency && !h.call.isEmpty()) return h.call;
    return {};
}

}  // namespace mooring
