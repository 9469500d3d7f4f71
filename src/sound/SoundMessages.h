#pragma once

#include <QString>

namespace mooring::sound {

// The sentences a person reads when a sound cannot be kept or played, in one place so the
// format check, the readers and the player say the same thing the same way.
namespace messages {

QString otherFormat();
QString unreadableWav();
QString damaged();
QString tooLarge();
QString empty();
QString noOutput();
QString outputStopped();

}  // namespace messages

}  // namespace mooring::sound
