#include "domain/CopingIdeaTexts.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace mooring {

namespace {

constexpr const char* kContext = "CopingIdeas";

struct BuiltinText {
    const char* id;
    const char* title;
    const char* details;
};

// Generated from resources/coping/ideas.json; keep in step (tests/storage checks it).
// clang-format off
constexpr BuiltinText kTexts[] = {
    {"sensory-ice-cube",
     QT_TRANSLATE_NOOP("CopingIdeas", "Cool your hands under running water"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Let cool water run over your hands for a minute. Notice the cool, then dry them slowly on a soft towel.")},
    {"sensory-cold-water-face",
     QT_TRANSLATE_NOOP("CopingIdeas", "Splash cold water on your face"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Do it a few times, then breathe out slowly. Cold water on the face helps the body slow down.")},
    {"sensory-cool-shower",
     QT_TRANSLATE_NOOP("CopingIdeas", "Finish a shower cool"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Start warm, then turn the water cooler for the last minute. Feel it on your shoulders and back.")},
    {"sensory-sour-taste",
     QT_TRANSLATE_NOOP("CopingIdeas", "Taste something very sour"),
     QT_TRANSLATE_NOOP("CopingIdeas", "A sour sweet or a slice of lemon or lime. Let the taste fill your mouth and notice every part of it.")},
    {"sensory-spicy-taste",
     QT_TRANSLATE_NOOP("CopingIdeas", "Try a strong, spicy taste"),
     QT_TRANSLATE_NOOP("CopingIdeas", "A little hot sauce, a spicy crisp or a strong ginger sweet. Follow the taste as it slowly fades.")},
    {"sensory-strong-mint",
     QT_TRANSLATE_NOOP("CopingIdeas", "Chew strong mint gum"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Peppermint or a strong mint sweet. Breathe in through your mouth and feel the cool air.")},
    {"sensory-loud-music",
     QT_TRANSLATE_NOOP("CopingIdeas", "Play music loud in headphones"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Choose something with a strong beat and let it fill your head for one whole song.")},
    {"sensory-squeeze-ball",
     QT_TRANSLATE_NOOP("CopingIdeas", "Squeeze a stress ball"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Squeeze it firmly while you count to five, then let go and feel your hands relax. Do it a few times. Stop if it hurts.")},
    {"sensory-frozen-pack",
     QT_TRANSLATE_NOOP("CopingIdeas", "Rest a wrapped cold pack on your neck"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Wrap a cold pack in a tea towel and rest it on the back of your neck for a minute or two. Notice the cool, and take it away whenever you like.")},
    {"sensory-stamp-feet",
     QT_TRANSLATE_NOOP("CopingIdeas", "Stamp your feet"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Stand up and stamp hard on the floor, left then right. Feel the ground push back against you.")},
    {"sensory-strong-smell",
     QT_TRANSLATE_NOOP("CopingIdeas", "Smell something strong"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Coffee beans, lemon peel, vinegar or a strong soap. Take a few slow breaths of it.")},
    {"sensory-textures",
     QT_TRANSLATE_NOOP("CopingIdeas", "Feel different textures"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Run your hands over something rough, then something smooth: a towel, a hairbrush, a cool stone.")},
    {"sensory-cold-drink",
     QT_TRANSLATE_NOOP("CopingIdeas", "Sip an ice-cold drink"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Drink it slowly and follow the cold all the way down.")},
    {"sensory-clap-hands",
     QT_TRANSLATE_NOOP("CopingIdeas", "Clap along to a song"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Clap along to a fast song for thirty seconds, then rest your hands and notice how they feel. Stop if it hurts.")},
    {"distraction-puzzle",
     QT_TRANSLATE_NOOP("CopingIdeas", "Do a puzzle"),
     QT_TRANSLATE_NOOP("CopingIdeas", "A crossword, a sudoku or a jigsaw: something that needs all of your attention for a while.")},
    {"distraction-count-backwards",
     QT_TRANSLATE_NOOP("CopingIdeas", "Count backwards in sevens"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Start at 200 and count down in sevens. If you lose your place, just start again.")},
    {"distraction-familiar-show",
     QT_TRANSLATE_NOOP("CopingIdeas", "Watch something familiar"),
     QT_TRANSLATE_NOOP("CopingIdeas", "A favourite episode or film you know well. Familiar stories ask little of you and fill the time.")},
    {"distraction-walk",
     QT_TRANSLATE_NOOP("CopingIdeas", "Go for a walk"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Around the block, or up and down the stairs. Name the colours of the things you pass.")},
    {"distraction-tidy-one-thing",
     QT_TRANSLATE_NOOP("CopingIdeas", "Tidy one small space"),
     QT_TRANSLATE_NOOP("CopingIdeas", "One drawer, one shelf or your desk. A small task you can finish can steady you.")},
    {"distraction-play-game",
     QT_TRANSLATE_NOOP("CopingIdeas", "Play a game"),
     QT_TRANSLATE_NOOP("CopingIdeas", "A video game, a card game like patience, or a phone game that needs quick thinking.")},
    {"distraction-cook",
     QT_TRANSLATE_NOOP("CopingIdeas", "Cook or bake something simple"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Follow a recipe step by step. Measuring and stirring keep your hands and mind busy.")},
    {"distraction-message-friend",
     QT_TRANSLATE_NOOP("CopingIdeas", "Message a friend about anything"),
     QT_TRANSLATE_NOOP("CopingIdeas", "You don't have to talk about how you feel. Ask about their day or send something funny.")},
    {"distraction-alphabet-game",
     QT_TRANSLATE_NOOP("CopingIdeas", "Play the alphabet game"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Name an animal, a food or a city for every letter from A to Z.")},
    {"distraction-podcast",
     QT_TRANSLATE_NOOP("CopingIdeas", "Listen to a podcast or an audiobook"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Pick something light and let another voice keep you company for a while.")},
    {"distraction-be-around-people",
     QT_TRANSLATE_NOOP("CopingIdeas", "Go where other people are"),
     QT_TRANSLATE_NOOP("CopingIdeas", "A café, a library or a park. Being near others, even quietly, can help the urge pass.")},
    {"distraction-sort-things",
     QT_TRANSLATE_NOOP("CopingIdeas", "Sort something"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Coins, buttons, books or photos. Steady, simple sorting calms a busy mind.")},
    {"distraction-new-words",
     QT_TRANSLATE_NOOP("CopingIdeas", "Learn five words in a new language"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Pick any language and say each word out loud until it sticks.")},
    {"emotional-release-write-it-out",
     QT_TRANSLATE_NOOP("CopingIdeas", "Write it all down"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Write what you feel without stopping or correcting anything. You can tear the page up afterwards.")},
    {"emotional-release-shout-into-pillow",
     QT_TRANSLATE_NOOP("CopingIdeas", "Shout into a pillow"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Hold a pillow in front of you and shout into it as loudly as you need. Nobody has to hear.")},
    {"emotional-release-let-yourself-cry",
     QT_TRANSLATE_NOOP("CopingIdeas", "Let yourself cry"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Tears are a release too. A sad film or song can help them come.")},
    {"emotional-release-move-hard",
     QT_TRANSLATE_NOOP("CopingIdeas", "Move hard for ten minutes"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Run, dance, do star jumps or push-ups until you are out of breath.")},
    {"emotional-release-punch-cushion",
     QT_TRANSLATE_NOOP("CopingIdeas", "Punch a cushion"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Put a cushion on the bed or sofa and hit it with your fists until some of the feeling has gone.")},
    {"emotional-release-rip-paper",
     QT_TRANSLATE_NOOP("CopingIdeas", "Rip up old paper"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Tear newspaper or scrap paper into the smallest pieces you can, then sweep them into the bin.")},
    {"emotional-release-draw-the-feeling",
     QT_TRANSLATE_NOOP("CopingIdeas", "Draw how you feel"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Use colours and shapes instead of words. It doesn't need to look like anything.")},
    {"emotional-release-sing-loudly",
     QT_TRANSLATE_NOOP("CopingIdeas", "Sing along loudly"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Pick a song that matches your mood and sing with everything you've got.")},
    {"emotional-release-unsent-letter",
     QT_TRANSLATE_NOOP("CopingIdeas", "Write a letter you won't send"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Say everything to the person or the situation that hurt you. Keep it, or throw it away.")},
    {"emotional-release-dance-it-out",
     QT_TRANSLATE_NOOP("CopingIdeas", "Dance it out"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Put on a fast song, close the door and move however your body wants to.")},
    {"emotional-release-tell-someone",
     QT_TRANSLATE_NOOP("CopingIdeas", "Tell someone how you feel"),
     QT_TRANSLATE_NOOP("CopingIdeas", "A friend, someone in your family or a helpline. Saying it out loud can take some of its weight.")},
    {"emotional-release-voice-note",
     QT_TRANSLATE_NOOP("CopingIdeas", "Record a voice note to yourself"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Talk about what is happening as if to a friend. You can listen back later, or delete it.")},
    {"emotional-release-knead-dough",
     QT_TRANSLATE_NOOP("CopingIdeas", "Squash and shape clay or dough"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Pound it, squeeze it and roll it out. Make something, or just keep kneading.")},
    {"emotional-release-write-a-poem",
     QT_TRANSLATE_NOOP("CopingIdeas", "Write a poem or a song"),
     QT_TRANSLATE_NOOP("CopingIdeas", "It doesn't need to rhyme or be good. Put the feeling into a few lines.")},
    {"self-soothing-warm-bath",
     QT_TRANSLATE_NOOP("CopingIdeas", "Have a warm bath or shower"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Add something that smells nice, and let the warmth loosen your shoulders.")},
    {"self-soothing-blanket",
     QT_TRANSLATE_NOOP("CopingIdeas", "Wrap up in a blanket"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Something soft and heavy. Sit somewhere cosy and let it hold you for a while.")},
    {"self-soothing-calm-music",
     QT_TRANSLATE_NOOP("CopingIdeas", "Listen to calming music"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Slow songs, the sound of rain, or anything that feels gentle right now.")},
    {"self-soothing-warm-drink",
     QT_TRANSLATE_NOOP("CopingIdeas", "Make a warm drink"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Tea, hot chocolate or warm milk. Hold the mug in both hands and sip slowly.")},
    {"self-soothing-hand-cream",
     QT_TRANSLATE_NOOP("CopingIdeas", "Rub in a hand cream you like"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Massage it slowly into each finger. Notice the scent and the touch.")},
    {"self-soothing-stroke-a-pet",
     QT_TRANSLATE_NOOP("CopingIdeas", "Spend time with an animal"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Stroke a pet, yours or a friend's. Feel the warm fur and listen to them breathe.")},
    {"self-soothing-kind-words",
     QT_TRANSLATE_NOOP("CopingIdeas", "Talk to yourself like a friend"),
     QT_TRANSLATE_NOOP("CopingIdeas", "What would you say to a friend who felt like this? Say it to yourself, out loud or on paper.")},
    {"self-soothing-calming-scent",
     QT_TRANSLATE_NOOP("CopingIdeas", "Breathe in a calming scent"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Lavender, vanilla or anything that reminds you of a safe place. Breathe it in slowly.")},
    {"self-soothing-photos-you-love",
     QT_TRANSLATE_NOOP("CopingIdeas", "Look at photos you love"),
     QT_TRANSLATE_NOOP("CopingIdeas", "People, places or animals that make you smile. Let the memories come.")},
    {"self-soothing-self-hug",
     QT_TRANSLATE_NOOP("CopingIdeas", "Give yourself a hug"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Cross your arms, hold your shoulders and squeeze gently. Breathe out slowly.")},
    {"self-soothing-watch-the-sky",
     QT_TRANSLATE_NOOP("CopingIdeas", "Watch the sky or the trees"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Go to a window or step outside. Watch the clouds or the leaves move for a few minutes.")},
    {"self-soothing-hold-something-soft",
     QT_TRANSLATE_NOOP("CopingIdeas", "Hold something soft"),
     QT_TRANSLATE_NOOP("CopingIdeas", "A soft toy, a cushion or a favourite jumper. Notice how it feels in your hands.")},
    {"self-soothing-hand-on-heart",
     QT_TRANSLATE_NOOP("CopingIdeas", "Rest a hand on your chest"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Feel it rise and fall with your breath. Tell yourself: this feeling will pass.")},
    {"self-soothing-lie-down",
     QT_TRANSLATE_NOOP("CopingIdeas", "Lie down and rest"),
     QT_TRANSLATE_NOOP("CopingIdeas", "Close your eyes, put on something quiet and let your body be still for a while.")},
};
// clang-format on

const BuiltinText* find(const QString& builtinKey) {
    if (builtinKey.isEmpty()) return nullptr;
    const auto found = std::find_if(std::begin(kTexts), std::end(kTexts),
                                    [&](const BuiltinText& t) { return builtinKey == QLatin1String(t.id); });
    return found == std::end(kTexts) ? nullptr : &*found;
}

// English seed text -> translated text; anything else (the person's words) unchanged.
QString translated(const char* english, const QString& stored) {
    if (stored != QString::fromUtf8(english)) return stored;
    return QCoreApplication::translate(kContext, english);
}

// Translated text -> English seed text, so an unchanged built-in keeps following the language.
QString untranslated(const char* english, const QString& edited) {
    if (edited == QCoreApplication::translate(kContext, english)) return QString::fromUtf8(english);
    return edited;
}

}  // namespace

QList<CopingIdea> CopingIdeaTexts::english() {
    QList<CopingIdea> list;
    for (const BuiltinText& t : kTexts)
        list.append({QString::fromLatin1(t.id), CopingCategory::Sensory, QString::fromUtf8(t.title),
                     QString::fromUtf8(t.details)});
    return list;
}

QString CopingIdeaTexts::title(const QString& builtinKey, const QString& stored) {
    const BuiltinText* t = find(builtinKey);
    return t ? translated(t->title, stored) : stored;
}

QString CopingIdeaTexts::details(const QString& builtinKey, const QString& stored) {
    const BuiltinText* t = find(builtinKey);
    return t ? translated(t->details, stored) : stored;
}

CopingStrategy CopingIdeaTexts::shown(const CopingStrategy& strategy) {
    CopingStrategy s = strategy;
    s.title = title(s.builtinKey, s.title);
    s.details = details(s.builtinKey, s.details);
    return s;
}

CopingIdea CopingIdeaTexts::shown(const CopingIdea& idea) {
    CopingIdea i = idea;
    i.title = title(i.id, i.title);
    i.details = details(i.id, i.details);
    return i;
}

CopingStrategy CopingIdeaTexts::forStoring(const CopingStrategy& edited) {
    const BuiltinText* t = find(edited.builtinKey);
    if (!t) return edited;
    CopingStrategy s = edited;
    s.title = untranslated(t->title, s.title.trimmed());
    s.details = untranslated(t->details, s.details.trimmed());
    return s;
}

}  // namespace mooring
