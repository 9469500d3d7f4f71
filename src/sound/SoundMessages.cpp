#include "sound/SoundMessages.h"

#include <QCoreApplication>

namespace mooring::sound::messages {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring::sound::messages", text); }

}  // namespace

QString otherFormat() {
    return tr(
        "Mooring can play sound files in Opus (.opus, .ogg) or WAV (.wav). A music program can save a copy "
        "of this one in one of those, and then it can come in here.");
}

QString unreadableWav() {
    return tr(
        "This WAV file is saved in a way Mooring cannot play. A music program can save a copy as Opus or "
        "as an ordinary WAV file.");
}

QString damaged() { return tr("This sound file seems to be damaged, so Mooring cannot play it."); }

QString tooLarge() {
    return tr(
        "This sound file is larger than 25 MB, more than Mooring keeps. A music program can save a shorter "
        "copy, or one in Opus, which is much smaller.");
}

QString empty() { return tr("This sound file has no sound in it."); }

QString noOutput() { return tr("No sound output was found on this computer."); }

QString outputStopped() {
    return tr("The sound output stopped answering, so the sound stopped. Playing it again may work.");
}

QString noSoundSystem() {
    return tr("No sound system was found on this computer, so nothing can be recorded right now.");
}

QString noMicrophone() {
    return tr(
        "No microphone was found. If one is plugged in, the computer's sound settings can show whether it "
        "is switched on.");
}

QString inputStopped() {
    return tr(
        "The microphone stopped answering, so the recording ended there. What was recorded until then is "
        "kept.");
}

QString reachedLimit(const QString& limit) {
    return tr("The recording stopped by itself at %1, the longest a recording can be.").arg(limit);
}

}  // namespace mooring::sound::messages
