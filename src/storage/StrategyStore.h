#pragma once

#include "domain/Clock.h"
#include "domain/CopingIdea.h"
#include "domain/CopingStrategy.h"
#include "domain/Error.h"
#include "storage/IdeaRemoval.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace mooring {

class Database;

// Input the person can correct, with every problem tied to its field, so a form can show
// each message next to the field it is about. message() is the first problem's.
class InvalidStrategy : public Error {
public:
    explicit InvalidStrategy(QList<CopingStrategy::Problem> problems);
    const QList<CopingStrategy::Problem>& problems() const noexcept { return m_problems; }

private:
    QList<CopingStrategy::Problem> m_problems;
};

// The coping toolbox in the database (table `strategies`). Every change is one transaction.
// Built-in ideas are seeded from the bundled resource by id: an id is seeded only once in
// a profile's life, so what the person edited, hid or deleted stays as they left it.
class StrategyStore {
public:
    explicit StrategyStore(Database& db, Clock clock = {});

    // Every idea, hidden ones too, by family and then by position.
    QList<CopingStrategy> all();
    std::optional<CopingStrategy> find(const QString& id);
    // Read-only view for the crisis screen: the visible favourites, in the person's order.
    QList<CopingStrategy> favourites();

    // The value's own rules plus "not already in this family"; empty when it can be saved.
    QList<CopingStrategy::Problem> problems(const CopingStrategy& strategy);

    // Saves a new idea of the person's own (new id, times now, last in its family).
    // Throws InvalidStrategy when problems() is not empty.
    CopingStrategy add(const CopingStrategy& draft);
    // Saves title, details, location and family of an existing idea (built-in or not).
    CopingStrategy update(const CopingStrategy& changed);
    void setFavourite(const QString& id, bool favourite);
    // Moves a favourite one place earlier (-1) or later (+1) among the visible favourites;
    // false when it is already first or last.
    bool moveFavourite(const QString& id, int step);
    void setHidden(const QString& id, bool hidden);
    // Only the person's own ideas can be deleted; built-ins can be hidden instead. An idea
    // that still has photos or sounds (MediaStore) is refused, so none goes unnoticed;
    // withMedia() deletes both.
    void remove(const QString& id);
    // Puts back an idea exactly as it was (undo of remove).
    void restore(const CopingStrategy& strategy);
    // Deleting an idea together with its photos and sounds, and undoing that, each in one
    // transaction on this store's connection.
    IdeaRemoval withMedia() { return IdeaRemoval(m_db, m_clock); }
    // Puts an idea as it is (id, times, place kept), replacing the one with its id in place
    // (its photos and sounds stay with it); a built-in one is remembered as seeded, so seeding never adds it again. For
    // an import, which has checked it already.
    void put(const CopingStrategy& strategy);

    // --- seeding (used by the migration; later versions call it again with more ideas) ---
    // Inserts each idea whose id this profile has never seen; returns how many it added.
    // Runs inside the caller's transaction.
    static int seedBuiltins(Database& db, const QList<CopingIdea>& ideas, const QDateTime& now);
    // New words for a built-in idea that a later version ships: `before` is the title and
    // details an earlier version seeded, `after` the new ones (same id).
    struct Rewording {
        QString builtinKey;
        QString oldTitle, oldDetails;
        QString newTitle, newDetails;
    };
    // Every change of a built-in idea's words ever shipped, oldest first. Written out, not
    // read from ideas.json, so that an upgrade does the same on every profile however the
    // bundled texts change later.
    static const QList<Rewording>& rewordings();
    // Gives each built-in idea the new words only where the person never edited it: both
    // title and details still exactly the old seed text. An edited idea keeps their words
    // whole (no half-old, half-new idea). Returns how many it changed; runs inside the
    // caller's transaction.
    static int rewordBuiltins(Database& db, const QList<Rewording>& changes, const QDateTime& now);
    // The same for an idea coming from elsewhere (an older export): a built-in idea still
    // in old seed words gets the current ones; anything else comes back unchanged.
    static CopingStrategy withCurrentWords(CopingStrategy strategy);
    // The ideas bundled with this build (resources/coping/ideas.json). Throws Error on a bad file.
    static QList<CopingIdea> bundledIdeas();
    // The same UUID for the same built-in on every computer, so exports line up.
    static QString builtinUuid(const QString& builtinKey);

private:
    QDateTime now() const;
    CopingStrategy require(const QString& id);
    void renumberFavourites(const QList<CopingStrategy>& ordered, const QString& updatedId);

    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
