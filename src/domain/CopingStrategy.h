#pragma once

#include "domain/CopingIdea.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QRandomGenerator;

namespace mooring {

// One idea in the person's coping toolbox (docs/export-format.md, "strategies"): a built-in one
// seeded from resources/coping/ideas.json, or one of their own. A safety-box item also
// says where it is kept, so it can be found quickly.
struct CopingStrategy {
    static constexpr int kMaxTitle = 120;
    static constexpr int kMaxDetails = 2000;
    static constexpr int kMaxLocation = 200;

    enum class Field { Title, Details, Location };
    struct Problem {
        Field field;
        QString message;  // plain and kind, fit to show next to the field
        bool operator==(const Problem&) const = default;
    };

    QString id;  // a UUID without braces
    CopingCategory category = CopingCategory::Sensory;
    QString title;
    QString details;
    QString location;  // "where it is kept" (mostly the safety box)
    bool favourite = false;
    std::optional<int> favouriteOrder;  // smaller first; set while favourite
    bool builtin = false;
    QString builtinKey;   // the resource's stable id, e.g. "sensory-ice-cube"
    bool hidden = false;  // "archived" in the export format
    int position = 0;     // order inside its family
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const CopingStrategy&) const = default;

    // Surrounding white space removed from the texts a person typed.
    CopingStrategy trimmed() const;
    // The rules that need nothing but the value itself (title required and not too long,
    // details and location not too long), checked on trimmed(); empty when all is well.
    QList<Problem> problems() const;

    // The same title for the purpose of "is this already there?": case and spacing ignored.
    static bool sameTitle(const QString& a, const QString& b);

    // A random visible idea, from one family or (nullopt) from all; favourites are three
    // times as likely. nullopt when there is nothing to pick. `exclude` (an id) is skipped
    // when something else is available, so "another" really gives another.
    static std::optional<CopingStrategy> pick(const QList<CopingStrategy>& from, std::optional<CopingCategory> family,
                                              QRandomGenerator& random, const QString& exclude = {});
};

}  // namespace mooring
