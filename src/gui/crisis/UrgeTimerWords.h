#pragma once

#include "gui/crisis/UrgeTimer.h"
#include "speech/HelpText.h"

#include <iterator>

// The words of "Ride out the urge" (UrgeTimerPanel), kept apart from the panel: shown on
// screen, said to a screen reader and, with "Read this to me", read aloud.
namespace mooring::urgeWords {

// No promise of how long: an urge that outlasts a promised time must not feel like failing.
inline const speech::HelpText kIntro = speech::HelpText{
    "mooring::UrgeTimerPanel",
    QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel",
                      "An urge is like a wave: it rises, peaks and eases. Urges often ease within minutes; "
                      "sometimes they take longer, and they can come back. That's okay. You don't have to "
                      "act on it. Let's wait it out together.")};
inline const speech::HelpText kHowLong = speech::HelpText{
    "mooring::UrgeTimerPanel",
    QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "How long would you like to start with? You can add more time.")};
inline const speech::HelpText kCheckInQuestion = speech::HelpText{
    "mooring::UrgeTimerPanel", QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "Has the urge eased a little?")};
inline const speech::HelpText kEasedYes = speech::HelpText{
    "mooring::UrgeTimerPanel", QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "Good. Keep going, you're doing it.")};
inline const speech::HelpText kEasedNotYet =
    speech::HelpText{"mooring::UrgeTimerPanel",
                     QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel",
                                       "That's okay. It takes the time it takes. Five more minutes, together.")};
inline const speech::HelpText kEndQuestion = speech::HelpText{
    "mooring::UrgeTimerPanel",
    QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "The time is up. You stayed with it. How did it go?")};
inline const speech::HelpText kPassedReply =
    speech::HelpText{"mooring::UrgeTimerPanel",
                     QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel",
                                       "It passed. You let the wave go by. Take a moment to notice how that feels.")};
inline const speech::HelpText kCopedReply =
    speech::HelpText{"mooring::UrgeTimerPanel",
                     QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel",
                                       "You got through it. That took strength, even if it didn't feel like it.")};
inline const speech::HelpText kStillHardReply = speech::HelpText{
    "mooring::UrgeTimerPanel", QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel",
                                                 "That's okay. When it is still hard, talking to someone can help. "
                                                 "You don't have to explain everything.")};
inline const speech::HelpText kKindLines[] = {
    speech::HelpText{
        "mooring::UrgeTimerPanel",
        QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "This feeling is strong, and it is already changing.")},
    speech::HelpText{
        "mooring::UrgeTimerPanel",
        QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "You are doing something hard right now, and you are doing it.")},
    speech::HelpText{
        "mooring::UrgeTimerPanel",
        QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel",
                          "Urges rise, peak and ease, like waves. This one can ease too, in its own time.")},
    speech::HelpText{
        "mooring::UrgeTimerPanel",
        QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "Breathe out slowly. You only need to get through this minute.")},
    speech::HelpText{"mooring::UrgeTimerPanel",
                     QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "You have got through hard moments before.")},
    speech::HelpText{
        "mooring::UrgeTimerPanel",
        QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "It's okay to feel this. Feelings pass, even big ones.")},
    speech::HelpText{
        "mooring::UrgeTimerPanel",
        QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel", "Be as kind to yourself as you would be to a friend right now.")},
    speech::HelpText{
        "mooring::UrgeTimerPanel",
        QT_TRANSLATE_NOOP("mooring::UrgeTimerPanel",
                          "Some waves take longer than others. You are getting through this one, minute by minute.")},
};
static_assert(std::size(kKindLines) == UrgeTimer::kMessageCount);

}  // namespace mooring::urgeWords
