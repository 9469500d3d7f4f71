#include "storage/HelplineSettings.h"

#include "storage/ProfileSettings.h"

#include <QSettings>
#include <QUuid>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

const QString kGroup = u"helplines"_s;
const QString kEntries = u"entries"_s;
const QString kHidden = u"hiddenBuiltins"_s;
const QString kContacts = u"lockScreenContacts"_s;

}  // namespace

HelplineSettings::HelplineSettings(ProfileSettings& settings) : m_settings(settings) {}

QList<Helpline> HelplineSettings::stored() const {
    QSettings& s = m_settings.raw();
    s.beginGroup(kGroup);
    const int count = s.beginReadArray(kEntries);
    QList<Helpline> list;
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        Helpline h;
        h.id = s.value(u"id"_s).toString();
        h.region = s.value(u"region"_s).toString();
        h.name = s.value(u"name"_s).toString();
        h.call = s.value(u"call"_s).toString();
        h.text = s.value(u"text"_s).toString();
        h.textBody = s.value(u"textBody"_s).toString();
        h.hours = s.value(u"hours"_s).toString();
        h.note = s.value(u"note"_s).toString();
        h.emergency = s.value(u"emergency"_s, false).toBool();
        // Only an id the program ships can make an entry "built-in".
        h.builtin = Helpline::builtinById(h.id).has_value();
        if (!h.id.isEmpty() && !h.region.isEmpty()) list.append(h);
    }
    s.endArray();
    s.endGroup();
    return list;
}

QStringList HelplineSettings::hidden() const { return m_settings.raw().value(kGroup + u'/' + kHidden).toStringList(); }

void HelplineSettings::write(const QList<Helpline>& entries, const QStringList& hiddenIds) {
    QSettings& s = m_settings.raw();
    s.beginGroup(kGroup);
    s.remove(kEntries);
    s.beginWriteArray(kEntries, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const Helpline& h = entries.at(i);
        s.setArrayIndex(i);
        s.setValue(u"id"_s, h.id);
        s.setValue(u"region"_s, h.region);
        s.setValue(u"name"_s, h.name);
        s.setValue(u"call"_s, h.call);
        s.setValue(u"text"_s, h.text);
        s.setValue(u"textBody"_s, h.textBody);
        s.setValue(u"hours"_s, h.hours);
        s.setValue(u"note"_s, h.note);
        s.setValue(u"emergency"_s, h.emergency);
    }
    s.endArray();
    if (hiddenIds.isEmpty())
        s.remove(kHidden);
    else
        s.setValue(kHidden, hiddenIds);
    s.endGroup();
    m_settings.save();
}

QList<Helpline> HelplineSettings::helplines(const QString& region) const {
    const QList<Helpline> entries = stored();
    const QStringList hiddenIds = hidden();
    QList<Helpline> list;
    for (const Helpline& builtin : Helpline::builtins(region)) {
        if (hiddenIds.contains(builtin.id)) continue;
        Helpline shown = builtin;
        for (const Helpline& edited : entries)
            if (edited.id == builtin.id) shown = edited;
        shown.region = region;
        shown.youth = builtin.youth;  // the data file decides, not an edited copy
        list.append(shown);
    }
    for (const Helpline& own : entries)
        if (!own.builtin && own.region == region) list.append(own);
    return list;
}

Helpline HelplineSettings::save(Helpline helpline) {
    if (helpline.id.isEmpty()) helpline.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    helpline.builtin = Helpline::builtinById(helpline.id).has_value();
    QList<Helpline> entries = stored();
    bool replaced = false;
    for (Helpline& entry : entries)
        if (entry.id == helpline.id) {
            entry = helpline;
            replaced = true;
        }
    if (!replaced) entries.append(helpline);
    QStringList hiddenIds = hidden();
    hiddenIds.removeAll(helpline.id);
    write(entries, hiddenIds);
    return helpline;
}

void HelplineSettings::remove(const QString& id) {
    QList<Helpline> entries = stored();
    entries.removeIf([&](const Helpline& h) { return h.id == id; });
    QStringList hiddenIds = hidden();
    if (Helpline::builtinById(id) && !hiddenIds.contains(id)) hiddenIds.append(id);
    write(entries, hiddenIds);
}

void HelplineSettings::restoreBuiltins(const QString& region) {
    QList<Helpline> entries = stored();
    QStringList hiddenIds = hidden();
    for (const Helpline& builtin : Helpline::builtins(region)) {
        entries.removeIf([&](const Helpline& h) { return h.id == builtin.id; });
        hiddenIds.removeAll(builtin.id);
    }
    write(entries, hiddenIds);
}

bool HelplineSettings::hasChangedBuiltins(const QString& region) const {
    const QList<Helpline> entries = stored();
    const QStringList hiddenIds = hidden();
    for (const Helpline& builtin : Helpline::builtins(region)) {
        if (hiddenIds.contains(builtin.id)) return true;
        for (const Helpline& h : entries)
            if (h.id == builtin.id) return true;
    }
    return false;
}

QList<LockScreenContact> HelplineSettings::lockScreenContacts() const {
    QSettings& s = m_settings.raw();
    const int count = s.beginReadArray(kContacts);
    QList<LockScreenContact> list;
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        LockScreenContact c{s.value(u"name"_s).toString(), s.value(u"phone"_s).toString()};
        if (!c.name.trimmed().isEmpty() || !c.phone.trimmed().isEmpty()) list.append(c);
    }
    s.endArray();
    return list;
}

void HelplineSettings::setLockScreenContacts(const QList<LockScreenContact>& contacts) {
    QSettings& s = m_settings.raw();
    s.remove(kContacts);
    if (!contacts.isEmpty()) {
        s.beginWriteArray(kContacts, int(contacts.size()));
        for (int i = 0; i < contacts.size(); ++i) {
            s.setArrayIndex(i);
            s.setValue(u"name"_s, contacts.at(i).name);
            s.setValue(u"phone"_s, contacts.at(i).phone);
        }
        s.endArray();
    }
    m_settings.save();
}

}  // namespace mooring
