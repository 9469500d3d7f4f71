#include "storage/StrategyStore.h"

#include "domain/CopingIdeaTexts.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#include <algorithm>

// Resources in a static library are registered by hand (at global scope, as Qt requires).
static void initStrategySeedResource() {
    static const bool done = [] {
        Q_INIT_RESOURCE(strategy_seed);
        return true;
    }();
    Q_UNUSED(done);
}

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kColumns =
    "id, category, title, details, location, favourite, favourite_order, builtin, builtin_key, archived, "
    "position, created_at, updated_at";

// Fixed namespace for the name-based UUIDs of built-in ideas; never change it.
const QUuid kBuiltinNamespace(u"1b1f73ce-8585-4af6-8ab0-7bfc594f7ed0"_s);

QString timeText(const QDateTime& time) { return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate); }

std::string selectSql(const char* where) { return std::string("SELECT ") + kColumns + " FROM strategies " + where; }

CopingStrategy readRow(const Statement& row) {
    CopingStrategy s;
    s.id = row.text(0);
    s.category = CopingIdea::categoryFromName(row.text(1)).value_or(CopingCategory::Sensory);
    s.title = row.text(2);
    s.details = row.text(3);
    s.location = row.text(4);
    s.favourite = row.integer(5) != 0;
    if (!row.isNull(6)) s.favouriteOrder = row.integer(6);
    s.builtin = row.integer(7) != 0;
    s.builtinKey = row.isNull(8) ? QString() : row.text(8);
    s.hidden = row.integer(9) != 0;
    s.position = row.integer(10);
    s.createdAt = QDateTime::fromString(row.text(11), Qt::ISODate);
    s.updatedAt = QDateTime::fromString(row.text(12), Qt::ISODate);
    return s;
}

// Binds the 13 columns of kColumns, in their order, from 1.
void bindRow(Statement& insert, const CopingStrategy& s) {
    insert.bind(1, s.id).bind(2, CopingIdea::categoryName(s.category)).bind(3, s.title).bind(4, s.details);
    insert.bind(5, s.location).bind(6, s.favourite ? 1 : 0);
    if (s.favouriteOrder)
        insert.bind(7, *s.favouriteOrder);
    else
        insert.bind(7, std::nullopt);
    insert.bind(8, s.builtin ? 1 : 0);
    if (s.builtinKey.isEmpty())
        insert.bind(9, std::nullopt);
    else
        insert.bind(9, s.builtinKey);
    insert.bind(10, s.hidden ? 1 : 0).bind(11, s.position).bind(12, timeText(s.createdAt));
    insert.bind(13, timeText(s.updatedAt));
}

void insertRow(Database& db, const CopingStrategy& s) {
    Statement insert(
        db, std::string("INSERT INTO strategies(") + kColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindRow(insert, s);
    insert.run();
}

// Every column replaced in place, so what hangs from the idea (its photos and sounds,
// schema step 11) stays with it. False when there is no idea with this id.
bool updateRow(Database& db, const CopingStrategy& s) {
    Statement update(db,
                     "UPDATE strategies SET id = ?, category = ?, title = ?, details = ?, location = ?, favourite = ?, "
                     "favourite_order = ?, builtin = ?, builtin_key = ?, archived = ?, position = ?, created_at = ?, "
                     "updated_at = ? WHERE id = ?");
    bindRow(update, s);
    update.bind(14, s.id).run();
    return db.changes() > 0;
}

int nextInt(Database& db, std::string_view sql, const QString& argument = {}) {
    Statement query(db, sql);
    if (!argument.isNull()) query.bind(1, argument);
    return query.step() && !query.isNull(0) ? query.integer(0) + 1 : 0;
}

// Family order as the screen shows it (the enum's), then the person's order inside it.
void sortForShowing(QList<CopingStrategy>& list) {
    std::stable_sort(list.begin(), list.end(), [](const CopingStrategy& a, const CopingStrategy& b) {
        if (a.category != b.category) return int(a.category) < int(b.category);
        return a.position < b.position;
    });
}

}  // namespace

InvalidStrategy::InvalidStrategy(QList<CopingStrategy::Problem> problems)
    : Error(Kind::InvalidInput, problems.isEmpty() ? QString() : problems.constFirst().message),
      m_problems(std::move(problems)) {}

StrategyStore::StrategyStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QDateTime StrategyStore::now() const { return timeNow(m_clock); }

QList<CopingStrategy> StrategyStore::all() {
    Statement query(m_db, selectSql("ORDER BY position, created_at"));
    QList<CopingStrategy> list;
    while (query.step()) list.append(readRow(query));
    sortForShowing(list);
    return list;
}

std::optional<CopingStrategy> StrategyStore::find(const QString& id) {
    Statement query(m_db, selectSql("WHERE id = ?"));
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return readRow(query);
}

QList<CopingStrategy> StrategyStore::favourites() {
    Statement query(m_db, selectSql("WHERE favourite = 1 AND archived = 0 ORDER BY favourite_order, created_at"));
    QList<CopingStrategy> list;
    while (query.step()) list.append(readRow(query));
    return list;
}

QList<CopingStrategy::Problem> StrategyStore::problems(const CopingStrategy& strategy) {
    const CopingStrategy clean = strategy.trimmed();
    QList<CopingStrategy::Problem> found = clean.problems();
    if (clean.title.isEmpty()) return found;
    Statement query(m_db, "SELECT id, title, builtin_key FROM strategies WHERE category = ?");
    query.bind(1, CopingIdea::categoryName(clean.category));
    while (query.step()) {
        // A built-in idea counts under the title the person sees, in their language, too.
        const QString stored = query.text(1);
        const QString shown = query.isNull(2) ? stored : CopingIdeaTexts::title(query.text(2), stored);
        if (query.text(0) != clean.id &&
            (CopingStrategy::sameTitle(stored, clean.title) || CopingStrategy::sameTitle(shown, clean.title))) {
            found.prepend({CopingStrategy::Field::Title,
                           QCoreApplication::translate("mooring",
                                                       "There is already an idea with this title here (it may be "
                                                       "hidden). Please choose a different title.")});
            break;
        }
    }
    return found;
}

CopingStrategy StrategyStore::require(const QString& id) {
    if (auto found = find(id)) return *found;
    throw Error(Error::Kind::InvalidInput,
                QCoreApplication::translate("mooring", "This idea is no longer in your toolbox. Nothing was changed."));
}

CopingStrategy StrategyStore::add(const CopingStrategy& draft) {
    Transaction tx(m_db);
    CopingStrategy s = draft.trimmed();
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const auto found = problems(s); !found.isEmpty()) throw InvalidStrategy(found);
    s.builtin = false;
    s.builtinKey.clear();
    s.hidden = false;
    s.favouriteOrder.reset();
    if (s.favourite) s.favouriteOrder = nextInt(m_db, "SELECT MAX(favourite_order) FROM strategies");
    s.position =
        nextInt(m_db, "SELECT MAX(position) FROM strategies WHERE category = ?", CopingIdea::categoryName(s.category));
    s.createdAt = s.updatedAt = now();
    insertRow(m_db, s);
    tx.commit();
    return s;
}

CopingStrategy StrategyStore::update(const CopingStrategy& changed) {
    Transaction tx(m_db);
    CopingStrategy s = require(changed.id);
    const CopingStrategy clean = changed.trimmed();
    if (const auto found = problems(clean); !found.isEmpty()) throw InvalidStrategy(found);
    if (clean.category != s.category)  // last in its new family
        s.position = nextInt(m_db, "SELECT MAX(position) FROM strategies WHERE category = ?",
                             CopingIdea::categoryName(clean.category));
    s.category = clean.category;
    s.title = clean.title;
    s.details = clean.details;
    s.location = clean.location;
    s.updatedAt = now();
    Statement write(m_db,
                    "UPDATE strategies SET category = ?, title = ?, details = ?, location = ?, position = ?, "
                    "updated_at = ? WHERE id = ?");
    write.bind(1, CopingIdea::categoryName(s.category)).bind(2, s.title).bind(3, s.details).bind(4, s.location);
    write.bind(5, s.position).bind(6, timeText(s.updatedAt)).bind(7, s.id).run();
    tx.commit();
    return s;
}

void StrategyStore::setFavourite(const QString& id, bool favourite) {
    Transaction tx(m_db);
    const CopingStrategy s = require(id);
    if (s.favourite == favourite) return;
    Statement write(m_db, "UPDATE strategies SET favourite = ?, favourite_order = ?, updated_at = ? WHERE id = ?");
    write.bind(1, favourite ? 1 : 0);
    if (favourite)  // a new favourite goes last, so the order the person made stays
        write.bind(2, nextInt(m_db, "SELECT MAX(favourite_order) FROM strategies"));
    else
        write.bind(2, std::nullopt);
    write.bind(3, timeText(now())).bind(4, id).run();
    tx.commit();
}

bool StrategyStore::moveFavourite(const QString& id, int step) {
    Transaction tx(m_db);
    Statement query(m_db, selectSql("WHERE favourite = 1 ORDER BY favourite_order, created_at"));
    QList<CopingStrategy> ordered;
    while (query.step()) ordered.append(readRow(query));
    const auto at = std::find_if(ordered.cbegin(), ordered.cend(), [&id](const auto& s) { return s.id == id; });
    if (at == ordered.cend() || at->hidden || step == 0) return false;
    // Hidden favourites keep their place but are stepped over: the person cannot see them.
    qsizetype from = at - ordered.cbegin();
    qsizetype to = from;
    do {
        to += step > 0 ? 1 : -1;
    } while (to >= 0 && to < ordered.size() && ordered.at(to).hidden);
    if (to < 0 || to >= ordered.size()) return false;
    ordered.swapItemsAt(from, to);
    renumberFavourites(ordered, id);
    tx.commit();
    return true;
}

void StrategyStore::renumberFavourites(const QList<CopingStrategy>& ordered, const QString& updatedId) {
    Statement write(m_db, "UPDATE strategies SET favourite_order = ? WHERE id = ?");
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        write.bind(1, int(i)).bind(2, ordered.at(i).id).run();
        write.reset();
    }
    Statement touch(m_db, "UPDATE strategies SET updated_at = ? WHERE id = ?");
    touch.bind(1, timeText(now())).bind(2, updatedId).run();
}

void StrategyStore::setHidden(const QString& id, bool hidden) {
    Transaction tx(m_db);
    const CopingStrategy s = require(id);
    if (s.hidden == hidden) return;
    Statement write(m_db, "UPDATE strategies SET archived = ?, updated_at = ? WHERE id = ?");
    write.bind(1, hidden ? 1 : 0).bind(2, timeText(now())).bind(3, id).run();
    tx.commit();
}

void StrategyStore::remove(const QString& id) {
    Transaction tx(m_db);
    const CopingStrategy s = require(id);
    if (s.builtin)
        throw Error(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("mooring", "Ideas that come with Mooring can be hidden, but not deleted."));
    // The media table refuses it too (RESTRICT); this says why, in words, before trying.
    if (Statement media(m_db, "SELECT 1 FROM media WHERE strategy_id = ? LIMIT 1"); media.bind(1, id).step())
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("mooring",
                                                "This idea still has photos or sounds kept with it. Please remove "
                                                "them first, so that none is lost by accident."));
    Statement erase(m_db, "DELETE FROM strategies WHERE id = ?");
    erase.bind(1, id).run();
    tx.commit();
}

void StrategyStore::restore(const CopingStrategy& strategy) {
    Transaction tx(m_db);
    if (find(strategy.id)) return;  // already there: nothing to put back
    insertRow(m_db, strategy);
    tx.commit();
}

void StrategyStore::put(const CopingStrategy& strategy) {
    Transaction tx(m_db);
    if (!updateRow(m_db, strategy)) insertRow(m_db, strategy);
    if (!strategy.builtinKey.isEmpty()) {
        Statement seed(m_db, "INSERT OR IGNORE INTO strategy_seeds(builtin_key, seeded_at) VALUES (?, ?)");
        seed.bind(1, strategy.builtinKey).bind(2, timeText(strategy.createdAt)).run();
    }
    tx.commit();
}

int StrategyStore::seedBuiltins(Database& db, const QList<CopingIdea>& ideas, const QDateTime& now) {
    Statement seen(db, "SELECT 1 FROM strategy_seeds WHERE builtin_key = ?");
    Statement remember(db, "INSERT INTO strategy_seeds(builtin_key, seeded_at) VALUES (?, ?)");
    int added = 0;
    for (qsizetype i = 0; i < ideas.size(); ++i) {
        const CopingIdea& idea = ideas.at(i);
        seen.reset();
        seen.bind(1, idea.id);
        if (seen.step()) continue;  // seeded once already: whatever became of it is the person's choice
        CopingStrategy s;
        s.id = builtinUuid(idea.id);
        s.category = idea.category;
        s.title = idea.title;
        s.details = idea.details;
        s.builtin = true;
        s.builtinKey = idea.id;
        s.position = int(i);
        s.createdAt = s.updatedAt = now;
        {
            // An import may have brought this very idea already (same UUID): keep that one.
            Statement exists(db, "SELECT 1 FROM strategies WHERE id = ? OR builtin_key = ?");
            exists.bind(1, s.id).bind(2, idea.id);
            if (!exists.step()) {
                insertRow(db, s);
                ++added;
            }
        }
        remember.reset();
        remember.bind(1, idea.id).bind(2, timeText(now)).run();
    }
    return added;
}

const QList<StrategyStore::Rewording>& StrategyStore::rewordings() {
    // Schema step 9: two ideas held cold in the bare hand (an ice cube left to melt,
    // something frozen passed from hand to hand), too close to what they stand in for and
    // found useless or short-lived by many; two asked for as much force as possible.
    static const QList<Rewording> list = {
        {u"sensory-ice-cube"_s, u"Hold an ice cube"_s,
         u"Hold it in your hand and let it melt. Notice the cold, then the water running between your fingers."_s,
         u"Cool your hands under running water"_s,
         u"Let cool water run over your hands for a minute. Notice the cool, then dry them slowly on a soft towel."_s},
        {u"sensory-squeeze-ball"_s, u"Squeeze a stress ball"_s,
         u"Squeeze it as hard as you can while you count to five, then let go. Repeat until your hands feel tired."_s,
         u"Squeeze a stress ball"_s,
         u"Squeeze it firmly while you count to five, then let go and feel your hands relax. Do it a few times. "
         u"Stop if it hurts."_s},
        {u"sensory-frozen-pack"_s, u"Hold something frozen"_s,
         u"A frozen orange, a bag of peas or a cold pack wrapped in a tea towel. Move it from hand to hand."_s,
         u"Rest a wrapped cold pack on your neck"_s,
         u"Wrap a cold pack in a tea towel and rest it on the back of your neck for a minute or two. Notice the "
         u"cool, and take it away whenever you like."_s},
        {u"sensory-clap-hands"_s, u"Clap your hands hard"_s,
         u"Clap fast and loud for thirty seconds, then hold your hands still and notice the tingle."_s,
         u"Clap along to a song"_s,
         u"Clap along to a fast song for thirty seconds, then rest your hands and notice how they feel. Stop if it "
         u"hurts."_s},
    };
    return list;
}

CopingStrategy StrategyStore::withCurrentWords(CopingStrategy strategy) {
    if (!strategy.builtin) return strategy;
    for (const Rewording& r : rewordings()) {
        if (r.builtinKey == strategy.builtinKey && r.oldTitle == strategy.title && r.oldDetails == strategy.details) {
            strategy.title = r.newTitle;
            strategy.details = r.newDetails;
        }
    }
    return strategy;
}

int StrategyStore::rewordBuiltins(Database& db, const QList<Rewording>& changes, const QDateTime& now) {
    Statement update(db,
                     "UPDATE strategies SET title = ?, details = ?, updated_at = ?"
                     " WHERE builtin_key = ? AND title = ? AND details = ?");
    int changed = 0;
    for (const Rewording& r : changes) {
        update.reset();
        update.bind(1, r.newTitle).bind(2, r.newDetails).bind(3, timeText(now));
        update.bind(4, r.builtinKey).bind(5, r.oldTitle).bind(6, r.oldDetails).run();
        changed += db.changes();
    }
    return changed;
}

QList<CopingIdea> StrategyStore::bundledIdeas() {
    initStrategySeedResource();
    QFile file(u":/storage/coping-ideas.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Damaged,
                    QCoreApplication::translate("mooring",
                                                "The built-in coping ideas are missing from this copy of "
                                                "Mooring."));
    return CopingIdea::listFromJson(file.readAll());
}

QString StrategyStore::builtinUuid(const QString& builtinKey) {
    return QUuid::createUuidV5(kBuiltinNamespace, builtinKey).toString(QUuid::WithoutBraces);
}

}  // namespace mooring
