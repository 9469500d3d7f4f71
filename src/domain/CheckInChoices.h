#pragma once

namespace mooring {

// Which rows the diary card shows (on screen and on paper). Private, since a row can say
// that the person takes medication: kept in the encrypted database, never in settings.ini
// (storage/CheckInPreferences). Every row is shown until the person turns it off.
struct DiaryRows {
    bool overall = true;  // "How today was"
    bool urge = true;
    bool feelings = true;
    bool helped = true;
    bool sleep = true;
    bool ate = true;
    bool medication = true;
    bool moved = true;

    bool operator==(const DiaryRows&) const = default;
};

// Which "looking after myself" questions the check-in page asks. All four are asked until
// the person turns one off; answers saved earlier stay saved either way.
struct SelfCareQuestions {
    bool sleep = true;
    bool ate = true;
    bool medication = true;
    bool moved = true;

    bool operator==(const SelfCareQuestions&) const = default;
};

}  // namespace mooring
