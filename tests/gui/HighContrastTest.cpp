// "High contrast" in settings: chosen by keyboard, kept in settings.ini, in force
// at once; and every palette Mooring offers has readable text (WCAG contrast ratios).
#include "FoundationDriver.h"

#include "gui/common/Appearance.h"
#include "storage/ProfileSettings.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include <QComboBox>
#include <QFile>

#include <cmath>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a kettle on a quiet morning"_s;

double luminance(const QColor& c) {
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("Colours: every palette's text is readable; high contrast reaches 7:1 everywhere", "[settings][a11y]") {
    const auto check = [](const QPalette& p, double body, double other) {
        CHECK(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= body);
        CHECK(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= body);
        CHECK(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= body);
        CHECK(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= other);
        CHECK(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= other);
    };
    check(Appearance::lightPalette(), 7.0, 4.5);
    check(Appearance::darkPalette(), 7.0, 4.5);
    check(Appearance::highContrastPalette(), 15.0, 7.0);
    // Edges of fields and buttons stand out from the window, not a shade of it.
    const QPalette hc = Appearance::highContrastPalette();
    CHECK(contrast(hc.color(QPalette::Mid), hc.color(QPalette::Window)) >= 7.0);
}

TEST_CASE("Colours: high contrast chosen by keyboard is kept in settings.ini and in force at once",
          "[settings][a11y]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    window->showSettings();
    auto* theme = child<QComboBox>(window.get(), "themeBox");
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_End);  // the last choice: high contrast
    REQUIRE(theme->currentData().toInt() == int(ProfileSettings::Theme::HighContrast));
    CHECK(theme->currentText() == u"High contrast: white on black"_s);
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(0, 0, 0));
    CHECK(window->palette().color(QPalette::WindowText) == QColor(0xff, 0xff, 0xff));
    CHECK(ProfileSettings(folder.paths()).theme() == ProfileSettings::Theme::HighContrast);
    QFile ini(folder.paths().settings());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK(ini.readAll().contains("theme=high-contrast"));
    // Pictures to look at (when MOORING_SCREENSHOTS is set).
    const auto shoot = [&](const QString& name) {
        QCoreApplication::processEvents();
        test::saveScreenshot(window.get(), u"high-contrast-"_s + name);
    };
    shoot(u"settings"_s);
    window->showHome();
    shoot(u"home"_s);
    window->newJournalEntry();
    shoot(u"journal-entry"_s);
    window->showToolbox();
    shoot(u"toolbox"_s);
    window->showHelpNow();
    shoot(u"crisis"_s);

    // And it comes back with the next start.
    window.reset();
    Appearance::apply(100, ProfileSettings::Theme::Light);
    window = openWindow(folder.paths());
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(0, 0, 0));
    window.reset();
    Appearance::apply(100, ProfileSettings::Theme::Light);
}
