#include "domain/HelplineCatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// Resources in a static library are registered by hand (at global scope, as Qt requires).
static void initHelplineResource() {
    static const bool done = [] {
        Q_INIT_RESOURCE(helplines);
        return true;
    }();
    Q_UNUSED(done);
}

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QByteArray readResource(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool germanInterface() { return QLocale().language() == QLocale::German; }

QString orFallback(const QString& wanted, const QString& fallback) { return wanted.isEmpty() ? fallback : wanted; }

}  // namespace

Helpline HelplineRecord::localized() const {
    if (!germanInterface()) return line;
    Helpline h = line;
    h.name = orFallback(nameDe, line.name);
    h.hours = orFallback(hoursDe, line.hours);
    h.note = orFallback(noteDe, line.note);
    return h;
}

const HelplineCatalogue& HelplineCatalogue::instance() {
    static const HelplineCatalogue catalogue = [] {
        initHelplineResource();
        return HelplineCatalogue(readResource(u":/domain/helplines.jsonl"_s),
                                 readResource(u":/domain/regions.jsonl"_s));
    }();
    return catalogue;
}

HelplineCatalogue::HelplineCatalogue(const QByteArray& helplinesJsonl, const QByteArray& regionsJsonl) {
    for (const QByteArray& raw : helplinesJsonl.split('\n')) {
        const QByteArray text = raw.trimmed();
        if (text.isEmpty()) continue;
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        HelplineRecord r;
        r.line.id = o.value(u"id"_s).toString();
        r.line.region = o.value(u"region"_s).toString();
        r.line.name = o.value(u"name"_s).toString();
        r.line.call = o.value(u"call"_s).toString();
        r.line.text = o.value(u"text"_s).toString();
        r.line.textBody = o.value(u"text_body"_s).toString();
        r.line.hours = o.value(u"hours"_s).toString();
        r.line.note = o.value(u"note"_s).toString();
        r.line.emergency = o.value(u"emergency"_s).toBool();
        r.line.youth = o.value(u"youth"_s).toBool();
        r.line.builtin = true;
        r.medical = o.value(u"medical"_s).toBool();
        r.source = o.value(u"source"_s).toString();
        r.checked = o.value(u"checked"_s).toString();
        const QJsonObject de = o.value(u"de"_s).toObject();
        r.nameDe = de.value(u"name"_s).toString();
        r.hoursDe = de.value(u"hours"_s).toString();
        r.noteDe = de.value(u"note"_s).toString();
        if (r.line.id.isEmpty() || r.line.region.isEmpty() || r.line.name.isEmpty()) {
            ++m_skipped;
            continue;
        }
        m_records.append(r);
    }
    for (const QByteArray& raw : regionsJsonl.split('\n')) {
        const QByteArray text = raw.trimmed();
        if (text.isEmpty()) continue;
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        RegionRecord r{o.value(u"code"_s).toString(), o.value(u"name"_s).toString(), o.value(u"name_de"_s).toString()};
        if (r.code.isEmpty() || r.name.isEmpty()) {
            ++m_skipped;
            continue;
        }
        m_regions.append(r);
    }
}

QList<HelplineRecord> HelplineCatalogue::records(const QString& region) const {
    QList<HelplineRecord> list;
    for (const HelplineRecord& r : m_records)
        if (r.line.region == region) list.append(r);
    return list;
}

}  // namespace mooring
