#include "exchange/ExportMediaReader.h"

#include "domain/TextLength.h"
#include "exchange/JsonFields.h"
#include "storage/MediaStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

namespace mooring::exportRead {

using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

// Enough of the start for every signature mediaKinds::looksLike reads.
constexpr qsizetype kStartKept = 16;

bool isSha256(const QString& text) {
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return hex.match(text).hasMatch();
}

void readPlace(jsonRead::Fields& f, Medium& m, const QHash<QString, CopingCategory>& ideas, const QString& who) {
    const Json* place = f.object("place");
    if (!place) {
        f.problem("place", tr("%1: this is needed but missing").arg(who));
        return;
    }
    jsonRead::Fields p(*place, f.path() + u".place"_s, f.problems());
    p.onlyKeys({"strategy_id", "plan_section"}, tr("not a field of a medium's place"));
    const QString strategyId = p.string("strategy_id").toLower();
    const QString section = p.string("plan_section");
    const QString planKey = planSections::key(PlanSection::ReasonsForLiving);
    if (strategyId.isEmpty() == section.isEmpty()) {
        p.problem({},
                  tr("%1: expected either a strategy_id or the plan_section “%2” (one of the two)").arg(who, planKey));
    } else if (!section.isEmpty()) {
        if (section != planKey)
            p.problem("plan_section", tr("%1: expected “%2”, got “%3”").arg(who, planKey, section.left(40)));
    } else if (const auto idea = ideas.constFind(strategyId); idea == ideas.cend()) {
        p.problem("strategy_id", tr("%1: no idea with the id %2 is in this file").arg(who, strategyId.left(40)));
    } else if (*idea != CopingCategory::SafetyBox) {
        p.problem(
            "strategy_id",
            tr("%1: the idea %2 is not in the safety box, where photos and sounds are kept").arg(who, strategyId));
    } else {
        m.place = MediaPlace::safetyBox(strategyId);
    }
}

void checkBytes(jsonRead::Fields& f, const Medium& m, const MediumData* data, const QString& who) {
    if (!data || !data->present) {
        f.problem("data", tr("%1: its bytes are missing (expected them as base64 text)").arg(who));
        return;
    }
    if (!data->decodes || data->size == 0) {
        f.problem("data", tr("%1: its bytes are not readable base64 text").arg(who));
        return;
    }
    if (data->size > Medium::kMaxBytes) {
        f.problem("data",
                  tr("%1: expected at most %L2 bytes, got %L3").arg(who).arg(Medium::kMaxBytes).arg(data->size));
        return;
    }
    if (isSha256(m.sha256) && data->sha256 != m.sha256) {
        f.problem("sha256", tr("%1: its bytes are not the ones this file says (their SHA-256 differs); the file may be "
                               "damaged")
                                .arg(who));
        return;
    }
    if (mediaKinds::fits(m.kind, m.mime) && !mediaKinds::looksLike(m.mime, data->start))
        f.problem("data", tr("%1: its bytes are not in the format it names (%2)").arg(who, m.mime));
}

Medium readMedium(jsonRead::Fields& f, const MediumData* data, const QHash<QString, CopingCategory>& ideas) {
    f.onlyKeys({"id", "kind", "mime", "caption", "place", "position", "created_at", "updated_at", "sha256", "data"},
               tr("not a field of a photo or sound"));
    Medium m;
    m.id = f.id();
    const QString kind = f.string("kind", jsonRead::Required);
    const std::optional<MediumKind> known = mediaKinds::fromName(kind);
    m.kind = known.value_or(MediumKind::Photo);
    m.mime = f.string("mime", jsonRead::Required);
    m.caption = f.string("caption");
    const QString who = describe(m);
    if (!kind.isEmpty() && !known)
        f.problem("kind", tr("%1: expected “photo”, “recording” or “sound”, got “%2”").arg(who, kind.left(40)));
    if (!m.mime.isEmpty() && !mediaKinds::mimeTypes().contains(m.mime))
        f.problem("mime", tr("%1: expected a format Mooring can show or play (%2), got “%3”")
                              .arg(who, mediaKinds::mimeTypes().join(u", "_s), m.mime.left(40)));
    else if (known && !m.mime.isEmpty() && !mediaKinds::fits(m.kind, m.mime))
        f.problem("mime",
                  m.kind == MediumKind::Photo
                      ? tr("%1: a photo is kept as image/jpeg or image/png, not “%2”").arg(who, m.mime)
                      : tr("%1: a recording or sound is kept as audio/ogg or audio/wav, not “%2”").arg(who, m.mime));
    if (characterCount(m.caption) > Medium::kMaxCaption)
        f.problem("caption", tr("%1: expected at most %L2 characters, got %L3")
                                 .arg(who)
                                 .arg(Medium::kMaxCaption)
                                 .arg(characterCount(m.caption)));
    readPlace(f, m, ideas, who);
    m.position = f.integer("position", 0, 1'000'000).value_or(0);
    m.createdAt = f.time("created_at", jsonRead::Required);
    m.updatedAt = f.time("updated_at", jsonRead::Required);
    m.sha256 = f.string("sha256", jsonRead::Required);
    if (!m.sha256.isEmpty() && !isSha256(m.sha256))
        f.problem("sha256", tr("%1: expected 64 lower-case hexadecimal digits (a SHA-256)").arg(who));
    checkBytes(f, m, data, who);
    if (data) m.byteSize = data->size;
    return m;
}

}  // namespace

MediumData MediumData::of(const std::string& base64) {
    MediumData d;
    d.present = true;
    const auto decoded = QByteArray::fromBase64Encoding(
        QByteArray::fromRawData(base64.data(), qsizetype(base64.size())), QByteArray::AbortOnBase64DecodingErrors);
    d.decodes = bool(decoded);
    if (!d.decodes) return d;
    d.size = decoded.decoded.size();
    d.sha256 = MediaStore::sha256Hex(decoded.decoded);
    d.start = decoded.decoded.left(kStartKept);
    return d;
}

QString describe(const Medium& m) {
    QString what;
    if (m.caption.isEmpty()) {
        switch (m.kind) {
            case MediumKind::Photo:
                what = tr("a photo without a caption");
                break;
            case MediumKind::Recording:
                what = tr("a recording without a caption");
                break;
            case MediumKind::Sound:
                what = tr("a sound without a caption");
                break;
        }
    } else {
        const QString caption = m.caption.size() > 40 ? m.caption.left(40) + u'…' : m.caption;
        switch (m.kind) {
            case MediumKind::Photo:
                what = tr("the photo “%1”").arg(caption);
                break;
            case MediumKind::Recording:
                what = tr("the recording “%1”").arg(caption);
                break;
            case MediumKind::Sound:
                what = tr("the sound “%1”").arg(caption);
                break;
        }
    }
    return m.id.isEmpty() ? what : tr("%1 (id %2)").arg(what, m.id);
}

QList<Medium> readMedia(const Json& root, const std::vector<MediumData>& data, const QList<CopingStrategy>& strategies,
                        QList<ExportProblem>& problems) {
    QHash<QString, CopingCategory> ideas;
    for (const CopingStrategy& s : strategies) ideas.insert(s.id, s.category);
    QList<Medium> media;
    QSet<QString> ids;
    jsonRead::eachRecord(root, "media", u"media"_s, problems, [&](jsonRead::Fields& f) {
        // Its place in the list, which is how the parser counted the "data" texts.
        const auto& list = root.at("media").get_ref<const Json::array_t&>();
        const auto index = std::size_t(&f.json() - list.data());
        const MediumData* seen = index < data.size() ? &data[index] : nullptr;
        media.append(readMedium(f, seen, ideas));
        const QString& id = media.last().id;
        if (id.isEmpty()) return;
        if (ids.contains(id)) problems.append({f.path(), tr("the id %1 appears more than once in this file").arg(id)});
        ids.insert(id);
    });
    return media;
}

}  // namespace mooring::exportRead
