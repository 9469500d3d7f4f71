// Renders the foundation screens at 100 % and 200 % text, light and dark, into
// $MOORING_SCREENSHOTS (scripts/screenshots), for a person to look at. Without that
// variable the same walk still runs, as a check that every screen works at each size.
#include "FoundationDriver.h"

#include "gui/common/Appearance.h"
#include "gui/setup/SetupScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/ProfileSettings.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;

namespace {

// Lets pending layout requests run first, as the event loop would before painting.
void shoot(QWidget* window, const QString& name) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    mooring::test::saveScreenshot(window, name);
}

}  // namespace

TEST_CASE("Screenshots of setup, unlock, home and settings", "[foundation][screenshots]") {
    const int percent = GENERATE(100, 200);
    const auto theme = GENERATE(ProfileSettings::Theme::Light, ProfileSettings::Theme::Dark);
    const QString suffix =
        QStringLiteral("-%1-%2").arg(percent).arg(theme == ProfileSettings::Theme::Dark ? u"dark" : u"light");
    const QString passphrase = QStringLiteral("harbour lights at dusk");

    TempProfile tmp;
    {
        ProfileSettings settings(tmp.paths());
        settings.setTextScalePercent(percent);
        settings.setTheme(theme);
        settings.save();
    }
    auto window = openWindow(tmp.paths(), QSize(960, 760));
    CHECK(Appearance::textScalePercent() == percent);

    auto* setup = child<SetupScreen>(window.get(), "setupScreen");
    shoot(window.get(), QStringLiteral("foundation-welcome") + suffix);

    pressEnter();
    type(QStringLiteral("sunshine1"));  // a guessable one, to show the kind hint
    shoot(window.get(), QStringLiteral("foundation-passphrase") + suffix);
    child<QLineEdit>(setup, "newPassphraseEdit")->selectAll();
    type(passphrase);
    pressEnter();
    type(passphrase);
    pressEnter();
    REQUIRE(waitUntil([&] { return setup->step() == SetupScreen::Step::RecoveryCode; }));
    shoot(window.get(), QStringLiteral("foundation-recovery-code") + suffix);
    pressEnter();
    type(QStringLiteral("abcd"));
    pressEnter();
    shoot(window.get(), QStringLiteral("foundation-confirm-group") + suffix);
    window.reset();

    window = openWindow(tmp.paths(), QSize(960, 760));
    typePassphraseAndUnlock(*window, QStringLiteral("not quite it"));
    shoot(window.get(), QStringLiteral("foundation-unlock-error") + suffix);
    typePassphraseAndUnlock(*window, passphrase);
    REQUIRE(window->profile() != nullptr);
    shoot(window.get(), QStringLiteral("foundation-home") + suffix);
    window->showSettings();
    shoot(window.get(), QStringLiteral("foundation-settings") + suffix);
    window->lockNow();
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    QTest::mouseClick(child<QPushButton>(unlock, "useRecoveryButton"), Qt::LeftButton);
    shoot(window.get(), QStringLiteral("foundation-recovery-reset") + suffix);
    window.reset();
    Appearance::apply(100, ProfileSettings::Theme::Light);
}
