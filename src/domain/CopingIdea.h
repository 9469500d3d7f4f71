#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mooring {

// The families of coping strategies (docs/design.md; names as in docs/export-format.md, "category").
enum class CopingCategory { Sensory, Distraction, EmotionalRelease, SelfSoothing, SafetyBox };

// One built-in coping idea from resources/coping/ideas.json. The id is stable ("sensory-ice-cube")
// so the toolbox can seed these once and recognise them later.
struct CopingIdea {
    QString id;
    CopingCategory category = CopingCategory::Sensory;
    QString title;
    QString details;

    bool operator==(const CopingIdea&) const = default;

    static QString categoryName(CopingCategory category);  // "sensory", "emotional_release", ...
    static std::optional<CopingCategory> categoryFromName(const QString& name);

    // Reads {"format": "mooring-coping-ideas", "version": 1, "ideas": [...]}. Throws
    // Error::Kind::Damaged naming the entry when the data is not what it should be: these
    // files ship with the program, so a bad one is a build mistake to catch in tests.
    static QList<CopingIdea> listFromJson(const QByteArray& json);
};

}  // namespace mooring
