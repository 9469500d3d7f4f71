#pragma once

#include "storage/Migrations.h"

#include <vector>

namespace mooring::migrations {

// One function per schema step, each defined in a file of its own (StepNNNNName.cpp).
// A feature that needs new tables (or new words for rows already seeded) adds its file,
// one declaration here and one line below.
Migration step0001Base();
Migration step0002Toolbox();
Migration step0003Journal();
Migration step0004SafetyPlan();
Migration step0005WeekReflections();
Migration step0006Setbacks();
Migration step0007JournalFacts();
Migration step0008JournalTallies();
Migration step0009SaferIdeaWords();
Migration step0010CheckIns();
Migration step0011HopeBox();

// Every step, oldest first; Migrations checks that the versions run 1, 2, 3, ...
inline std::vector<Migration> allSteps() {
    return {
        step0001Base(),         step0002Toolbox(),         step0003Journal(),
        step0004SafetyPlan(),   step0005WeekReflections(), step0006Setbacks(),
        step0007JournalFacts(), step0008JournalTallies(),  step0009SaferIdeaWords(),
        step0010CheckIns(),     step0011HopeBox(),
    };
}

}  // namespace mooring::migrations
