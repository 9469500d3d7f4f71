#include "domain/CopingIdea.h"

#include "domain/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <utility>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

const std::array<std::pair<CopingCategory, const char*>, 5> kNames{{
    {CopingCategory::Sensory, "sensory"},
    {CopingCategory::Distraction, "distraction"},
    {CopingCategory::EmotionalRelease, "emotional_release"},
    {CopingCategory::SelfSoothing, "self_soothing"},
    {CopingCategory::SafetyBox, "safety_box"},
}};

[[noreturn]] void damaged(const QString& where) {
    throw Error(Error::Kind::Damaged,
                QCoreApplication::translate("mooring", "The built-in coping ideas could not be read (%1).").arg(where));
}

}  // namespace

QString CopingIdea::categoryName(CopingCategory category) {
    for (const auto& [value, name] : kNames)
        if (value == category) return QString::fromLatin1(name);
    return {};
}

std::optional<CopingCategory> CopingIdea::categoryFromName(const QString& name) {
    for (const auto& [value, text] : kNames)
        if (name == QLatin1String(text)) return value;
    return std::nullopt;
}

QList<CopingIdea> CopingIdea::listFromJson(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) damaged(u"not JSON"_s);
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"mooring-coping-ideas"_s || root.value(u"version"_s).toInt() != 1)
        damaged(u"format"_s);
    const QJsonArray items = root.value(u"ideas"_s).toArray();
    QList<CopingIdea> ideas;
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString where = u"ideas[%1]"_s.arg(i);
        CopingIdea idea;
        idea.id = item.value(u"id"_s).toString().trimmed();
        idea.title = item.value(u"title"_s).toString().trimmed();
        idea.details = item.value(u"details"_s).toString().trimmed();
        const auto category = categoryFromName(item.value(u"category"_s).toString());
        if (idea.id.isEmpty() || ids.contains(idea.id)) damaged(where + u".id"_s);
        if (!category) damaged(where + u".category"_s);
        if (idea.title.isEmpty()) damaged(where + u".title"_s);
        idea.category = *category;
        ids.insert(idea.id);
        ideas.append(idea);
    }
    return ideas;
}

}  // namespace mooring
