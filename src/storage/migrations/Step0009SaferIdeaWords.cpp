#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"
#include "storage/StrategyStore.h"

#include <QDateTime>

namespace mooring::migrations {

namespace {

using namespace Qt::StringLiterals;

// Four built-in ideas got safer words. Two were cold held in the bare hand (an ice cube
// left to melt, something frozen passed from hand to hand): too close to what they stand
// in for, and many people find them useless or short-lived. Two asked for as much force as
// possible (squeezing until the hands tire, clapping hard until they tingle). The ids stay
// (exports and journal entries point at them); what the person sees changes only where
// they never edited the idea, so their own words always stay theirs.
//
// The old and the new texts are written out here, not read from ideas.json, so that this
// step does the same on every profile however the bundled texts change later.
const QList<StrategyStore::Rewording>& rewordings() {
    static const QList<StrategyStore::Rewording> list = {
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

void rewordIdeas(Database& db) { StrategyStore::rewordBuiltins(db, rewordings(), QDateTime::currentDateTime()); }

}  // namespace

Migration step0009SaferIdeaWords() { return {9, "safer idea words", rewordIdeas}; }

}  // namespace mooring::migrations
