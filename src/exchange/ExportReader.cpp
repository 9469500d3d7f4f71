// The reading half of exchange/ExportJson.h: every value checked for type, range and
// length, every problem named by record and field, nothing trusted. This file reads the
// document as a whole; exchange/ExportRecordReaders.cpp reads each record.
#include "exchange/ExportJson.h"

#include "exchange/ExportMediaReader.h"
#include "exchange/ExportParse.h"
#include "exchange/ExportRecordReaders.h"
#include "exchange/JsonFields.h"
#include "storage/StrategyStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

namespace mooring {

using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString summaryOf(const QList<ExportProblem>& problems) {
    if (problems.isEmpty()) return {};
    QString text = tr("This file cannot be imported, and nothing was changed. %1").arg(problems.first().text());
    if (problems.size() == 2) text += u' ' + tr("(There is one more problem.)");
    if (problems.size() > 2) text += u' ' + tr("(There are %L1 more problems.)").arg(problems.size() - 1);
    return text;
}

void checkIdentity(const Json& root) {
    const auto notOurs = [] {
        return Error(Error::Kind::Damaged,
                     tr("This file was made by another program, not by Mooring's export, so it cannot be "
                        "imported. Nothing was changed."));
    };
    if (!root.is_object()) throw notOurs();
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get_ref<const std::string&>() != "mooring-export")
        throw notOurs();
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1)
        throw InvalidExport({{u"version"_s, tr("expected a whole number of 1 or more")}});
    const std::int64_t v = version->get<std::int64_t>();
    if (v > ExportDocument::kFormatVersion)
        throw Error(Error::Kind::NewerVersion,
                    tr("This file was made by a newer Mooring (export format version %1); this Mooring reads "
                       "version %2. Please update Mooring to import it. Nothing was changed.")
                        .arg(v)
                        .arg(ExportDocument::kFormatVersion));
}

void checkUnique(QSet<QString>& seen, const QString& id, const QString& where, QList<ExportProblem>& problems) {
    if (id.isEmpty()) return;
    if (seen.contains(id))
        problems.append({where, tr("the id %1 appears more than once in this file").arg(id)});
    else
        seen.insert(id);
}

void checkYears(const QList<JournalEntry>& journal, QList<ExportProblem>& problems) {
    QHash<int, int> perYear;
    for (const JournalEntry& e : journal) ++perYear[e.occurredAt.date().year()];
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        if (it.value() > JournalEntry::kMaxEntriesPerYear)
            problems.append({u"journal"_s, tr("expected at most %L1 entries in %2, got %L3")
                                               .arg(JournalEntry::kMaxEntriesPerYear)
                                               .arg(it.key())
                                               .arg(it.value())});
}

}  // namespace

InvalidExport::InvalidExport(QList<ExportProblem> problems)
    : Error(Kind::Damaged, summaryOf(problems)), m_problems(std::move(problems)) {}

QString ExportDocument::contentName(ExportContent content) {
    return content == ExportContent::Plan ? u"plan"_s : u"full"_s;
}

namespace exportJson {

using namespace exportRead;

ExportDocument read(QByteArrayView bytes, const QDateTime& now) {
    exportParse::ViewBuffer buffer(bytes);
    return read(buffer, now);
}

void eachMediumData(std::streambuf& json, const std::function<void(std::size_t index, std::string& base64)>& take) {
    exportParse::parse(json, take, false);
}

ExportDocument read(std::streambuf& json, const QDateTime& localNow) {
    // The same moment at its fixed offset: comparing 20,000 times with a local time makes Qt
    // look up the time zone every time (a tenth of a large import's reading).
    const QDateTime now = localNow.isValid() ? localNow.toOffsetFromUtc(localNow.offsetFromUtc()) : localNow;
    std::vector<MediumData> data;
    const Json root = exportParse::parse(json, [&data](std::size_t index, std::string& base64) {
        if (index >= data.size()) data.resize(index + 1);
        data[index] = MediumData::of(base64);
    });
    checkIdentity(root);

    QList<ExportProblem> problems;
    ExportDocument doc;
    jsonRead::Fields top(root, {}, problems);
    top.onlyKeys({"format", "version", "exported_at", "content", "settings", "contacts", "helplines", "strategies",
                  "safety_plan", "journal", "reflections", "setbacks", "recovery_place", "checkins", "media"},
                 tr("not a field of a Mooring export"));
    const QString content = top.string("content", jsonRead::Required);
    if (content == u"plan"_s)
        doc.content = ExportContent::Plan;
    else if (content != u"full"_s && !content.isEmpty())
        top.problem("content", tr("expected “full” or “plan”, got “%1”").arg(content.left(40)));
    doc.exportedAt = top.time("exported_at", jsonRead::Optional);
    if (const Json* settings = top.object("settings")) {
        jsonRead::Fields s(*settings, u"settings"_s, problems);
        s.onlyKeys({"region"}, tr("not a field of the settings"));
        doc.region = s.string("region");
        if (!doc.region.isEmpty() && !Helpline::isKnownRegion(doc.region))
            s.problem("region", tr("expected a region code Mooring knows (such as US, UK, DE or OTHER), got “%1”")
                                    .arg(doc.region.left(20)));
    }

    // The shipped ideas never change while the program runs: read them once.
    static const QHash<QString, QString> builtinKeys = [] {
        QHash<QString, QString> keys;
        for (const CopingIdea& idea : StrategyStore::bundledIdeas())
            keys.insert(StrategyStore::builtinUuid(idea.id), idea.id);
        return keys;
    }();

    QSet<QString> ids;
    jsonRead::eachRecord(root, "contacts", u"contacts"_s, problems, [&](jsonRead::Fields& f) {
        doc.contacts.append(readContact(f));
        checkUnique(ids, doc.contacts.last().contact.id, f.path(), problems);
    });
    ids.clear();
    jsonRead::eachRecord(root, "helplines", u"helplines"_s, problems, [&](jsonRead::Fields& f) {
        doc.helplines.append(readHelpline(f));
        checkUnique(ids, doc.helplines.last().id, f.path(), problems);
    });
    ids.clear();
    jsonRead::eachRecord(root, "strategies", u"strategies"_s, problems, [&](jsonRead::Fields& f) {
        doc.strategies.append(readStrategy(f, builtinKeys));
        checkUnique(ids, doc.strategies.last().id, f.path(), problems);
    });
    ids.clear();
    if (const Json* plan = top.object("safety_plan")) {
        jsonRead::Fields(*plan, u"safety_plan"_s, problems)
            .onlyKeys({"versions"}, tr("not a field of the safety plan"));
        jsonRead::eachRecord(*plan, "versions", u"safety_plan.versions"_s, problems, [&](jsonRead::Fields& f) {
            doc.planVersions.append(readPlanVersion(f));
            checkUnique(ids, doc.planVersions.last().id, f.path(), problems);
        });
    }
    if (doc.content == ExportContent::Plan) {
        // A plan-only file never carries these; one that does is not what it says it is.
        for (const char* key : {"journal", "reflections", "setbacks", "recovery_place", "checkins", "media"})
            if (root.contains(key)) top.problem(key, tr("not part of a plan-only export (its content is “plan”)"));
    }
    if (doc.content == ExportContent::Full) {
        ids.clear();
        jsonRead::eachRecord(root, "journal", u"journal"_s, problems, [&](jsonRead::Fields& f) {
            doc.journal.append(readJournal(f, now));
            checkUnique(ids, doc.journal.last().id, f.path(), problems);
        });
        checkYears(doc.journal, problems);
        ids.clear();
        jsonRead::eachRecord(root, "reflections", u"reflections"_s, problems, [&](jsonRead::Fields& f) {
            doc.reflections.append(readReflection(f));
            const QDate week = doc.reflections.last().weekStart;
            if (week.isValid() && ids.contains(week.toString(Qt::ISODate)))
                problems.append(
                    {f.path(), tr("the week %1 appears more than once in this file").arg(week.toString(Qt::ISODate))});
            ids.insert(week.toString(Qt::ISODate));
        });
        ids.clear();
        jsonRead::eachRecord(root, "setbacks", u"setbacks"_s, problems, [&](jsonRead::Fields& f) {
            doc.setbacks.append(readSetback(f));
            checkUnique(ids, doc.setbacks.last().id, f.path(), problems);
        });
        // A file made before check-ins has no "checkins": nothing to read, not a problem.
        ids.clear();
        QSet<QDate> days;
        jsonRead::eachRecord(root, "checkins", u"checkins"_s, problems, [&](jsonRead::Fields& f) {
            doc.checkIns.append(readCheckIn(f, now.date()));
            checkUnique(ids, doc.checkIns.last().id, f.path(), problems);
            const QDate day = doc.checkIns.last().day;
            if (day.isValid() && days.contains(day))
                problems.append(
                    {f.path(),
                     tr("the day %1 has more than one check-in in this file").arg(day.toString(Qt::ISODate))});
            days.insert(day);
        });
        if (const Json* place = top.object("recovery_place")) {
            jsonRead::Fields p(*place, u"recovery_place"_s, problems);
            doc.recoveryPlace = readRecoveryPlace(p);
        }
        // A file made before the hope box has no "media": nothing to read, not a problem.
        doc.media = readMedia(root, data, doc.strategies, problems);
    }
    if (!problems.isEmpty()) throw InvalidExport(std::move(problems));
    return doc;
}

}  // namespace exportJson
}  // namespace mooring
