#pragma once

#include "gui/common/SoundPlayback.h"

namespace mooring {

// The shelf's player (MediumActions, VoiceNoteDialog): the shared SoundPlayback, so the
// shelf and "What keeps me going" say the same words and find the sound server the same way.
class ShelfPlayback : public SoundPlayback {
    Q_OBJECT
public:
    using SoundPlayback::SoundPlayback;
};

}  // namespace mooring
