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
QString noSoundSystem();
QString noMicrophone();
QString inputStopped();
// `limit` as the person reads a length ("3:00").
QString reachedLimit(const QString& limit);

}  // namespace messages

}  // namespace mooring::sound
