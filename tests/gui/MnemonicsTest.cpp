// Alt+letter keys on the settings screen: each letter leads to one place. When two labels
// share a letter, Qt moves between them in turn, so "Alt+T for text size" first lands in a
// passphrase field; checked in English and in German, with the window's own bar included.
#include "FoundationDriver.h"

#include "gui/settings/SettingsScreen.h"
#include "storage/Translations.h"
#include "support/TempProfile.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenuBar>

#include <map>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;
using mooring::test::TempProfile;

namespace {

// The letter after a single '&', lower case; none for "&&" or no '&'.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&') continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Each letter with the texts that use it, for what shows in the window now.
std::map<QChar, QStringList> lettersInUse(const QMainWindow& window) {
    std::map<QChar, QStringList> used;
    auto note = [&](const QString& text) {
        if (const QChar letter = mnemonic(text); !letter.isNull()) used[letter] << text;
    };
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (label->buddy() && label->isVisibleTo(&window)) note(label->text());
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
        if (button->isVisibleTo(&window)) note(button->text());
    if (window.menuBar()->isVisibleTo(&window))
        for (const QAction* action : window.menuBar()->actions()) note(action->text());
    return used;
}

void checkEachLetterOnce(const QMainWindow& window) {
    const auto used = lettersInUse(window);
    CHECK(used.size() > 10);  // the screen was really read
    for (const auto& [letter, texts] : used) {
        INFO("Alt+" << QString(letter).toStdString() << ": " << texts.join(u" | "_s).toStdString());
        CHECK(texts.size() == 1);
    }
}

}  // namespace

TEST_CASE("Settings: every Alt+letter leads to one place, in English and in German", "[settings][keyboard]") {
    const QString passphrase = u"harbour lights at dusk"_s;
    TempProfile tmp;
    makeProfile(tmp.paths(), passphrase);
    for (const bool german : {false, true}) {
        INFO((german ? "German" : "English"));
        std::optional<Translations> translations;
        if (german) translations.emplace(u"de"_s);
        auto window = openWindow(tmp.paths());
        typePassphraseAndUnlock(*window, passphrase);
        REQUIRE(window->profile() != nullptr);
        window->showSettings();
        REQUIRE(child<SettingsScreen>(window.get(), "settingsScreen")->isVisible());
        checkEachLetterOnce(*window);
    }
}
