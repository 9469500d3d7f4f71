#include "domain/Helpline.h"

#include "domain/HelplineCatalogue.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

bool germanInterface() { return QLocale().language() == QLocale::German; }

// The region's name as the person reads it: German where the catalogue has one.
QString shownName(const RegionRecord& region, bool german) {
    return german && !region.nameDe.isEmpty() ? region.nameDe : region.name;
}

QString somewhereElse() { return QCoreApplication::translate("mooring", "Somewhere else"); }

// Looked up in the catalogue directly: regions() sorts every name with a collator, which the
// help screen cannot afford on its way to the first paint.
const RegionRecord* catalogueRegion(const QString& code) {
    for (const RegionRecord& r : HelplineCatalogue::instance().regions())
        if (r.code == code) return &r;
    return nullptr;
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
    const bool german = germanInterface();
    QList<Region> list;
    for (const RegionRecord& r : HelplineCatalogue::instance().regions()) list.append({r.code, shownName(r, german)});
    // Sorted as a person reads the names, so type-ahead in a list finds them.
    QCollator collator(QLocale(german ? QLocale::German : QLocale::English));
    std::stable_sort(list.begin(), list.end(),
                     [&](const Region& a, const Region& b) { return collator.compare(a.name, b.name) < 0; });
    list.append({otherRegion(), somewhereElse()});
    return list;
}

QString Helpline::otherRegion() { return u"OTHER"_s; }

QString Helpline::regionName(const QString& code) {
    if (code == otherRegion()) return somewhereElse();
    const RegionRecord* region = catalogueRegion(code);
    return region ? shownName(*region, germanInterface()) : code;
}

bool Helpline::isKnownRegion(const QString& code) { return code == otherRegion() || catalogueRegion(code); }

QString Helpline::regionForTerritory(const QString& isoCode) {
    const QString code = isoCode.trimmed().toUpper();
    const QString region = code == u"GB"_s ? u"UK"_s : code;
    if (region.isEmpty() || region == otherRegion() || !isKnownRegion(region)) return {};
    return region;
}

QList<Helpline> Helpline::builtins(const QString& region) {
    QList<Helpline> general;
    QList<Helpline> youth;
    for (const HelplineRecord& r : HelplineCatalogue::instance().records(region))
        (r.line.youth ? youth : general).append(r.localized());
    return general + youth;
}

std::optional<Helpline> Helpline::builtinById(const QString& id) {
    for (const HelplineRecord& r : HelplineCatalogue::instance().all())
        if (r.line.id == id) return r.localized();
    return std::nullopt;
}

bool Helpline::hasCuratedList(const QString& region) {
    for (const HelplineRecord& r : HelplineCatalogue::instance().records(region))
        if (!r.line.emergency) return true;
    return false;
}

QString Helpline::directoryHint() {
    return QCoreApplication::translate("mooring",
                                       "To find a helpline where you live, look up findahelpline.com on a phone or "
                                       "another device. It lists free, confidential lines in many countries.");
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
    for (const HelplineRecord& r : HelplineCatalogue::instance().records(region))
        if (r.medical && !r.line.call.isEmpty()) return r.line.call;
    return {};  // Ireland, the US and Canada, for example, have no one national line for this
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
    if (region == u"US"_s || region == u"CA"_s)
        return QCoreApplication::translate("mooring",
                                           "If it is not an emergency, contact your doctor or an urgent care "
                                           "clinic.");
    for (const HelplineRecord& r : HelplineCatalogue::instance().records(region))
        if (r.medical && !r.line.call.isEmpty())
            return QCoreApplication::translate("mooring",
                                               "If it is not an emergency, call %1 on %2, or contact your doctor.")
                .arg(r.localized().name, r.line.call);
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
