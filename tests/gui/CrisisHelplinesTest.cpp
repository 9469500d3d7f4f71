#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/HelplineCard.h"
#include "gui/crisis/HelplineEditDialog.h"
#include "gui/crisis/HelplinesPanel.h"
#include "gui/crisis/QrCodeWidget.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include "CrisisTestHelpers.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>

#include <qrencode.h>

#include <catch2/catch.hpp>

#include <memory>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QStringList cardNames(HelplinesPanel* panel) {
    QStringList names;
    for (HelplineCard* card : panel->cards()) names << card->helpline().name;
    return names;
}

HelplineCard* cardFor(HelplinesPanel* panel, const QString& id) {
    for (HelplineCard* card : panel->cards())
        if (card->helpline().id == id) return card;
    return nullptr;
}

// Chooses a country in the picker's list, as a person would with the keyboard.
void pickRegion(QWidget* root, const QString& code) {
    auto* box = child<QComboBox>(root, u"regionPickBox"_s);
    box->setFocus();
    const int index = box->findData(code);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

}  // namespace

TEST_CASE("Without a region, Talk to someone asks where you are and keeps the answer", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    CrisisScreen screen(settings);
    REQUIRE(showActive(&screen));
    screen.showPanel(CrisisScreen::Panel::Talk);
    auto* panel = child<HelplinesPanel>(&screen, u"helplinesPanel"_s);
    CHECK(child<QWidget>(&screen, u"regionPicker"_s)->isVisible());
    // Never an empty list while the question is open: at least an emergency number is there.
    CHECK_FALSE(panel->cards().isEmpty());
    CHECK(visibleText(&screen).contains(u"Call 112"_s));
    CHECK(child<QPushButton>(&screen, u"regionPick_OTHER"_s)->isVisible());

    pickRegion(&screen, u"UK"_s);
    CHECK_FALSE(child<QWidget>(&screen, u"regionPicker"_s)->isVisible());
    CHECK(cardNames(panel).contains(u"Samaritans"_s));
    CHECK(cardNames(panel).contains(u"Childline"_s));
    CHECK(visibleText(&screen).contains(u"Call 116 123"_s));
    // Youth lines are marked and come after the general ones.
    CHECK(cardNames(panel).indexOf(u"Childline"_s) > cardNames(panel).indexOf(u"Samaritans"_s));
    CHECK(visibleText(&screen).contains(u"For children and young people"_s));
    CHECK(child<QLabel>(&screen, u"crisisCareLine"_s)->text().contains(u"call 999"_s));

    ProfileSettings reread(profile.paths());
    CHECK(reread.region() == u"UK"_s);
}

TEST_CASE("Switching region changes the helplines shown, not the saved choice", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"US"_s);
    settings.save();
    HelplinesPanel panel(settings);
    REQUIRE(showActive(&panel));
    CHECK_FALSE(child<QWidget>(&panel, u"regionPicker"_s)->isVisible());
    CHECK(visibleText(&panel).contains(u"Call 988"_s));
    CHECK(visibleText(&panel).contains(u"Text 988"_s));
    CHECK(panel.emergencyNumber() == u"911"_s);

    // With the keyboard: focus the region box and choose Australia.
    auto* box = child<QComboBox>(&panel, u"regionBox"_s);
    box->setFocus();
    QTest::keyClicks(box, u"Aus"_s);  // type-ahead finds a country by its first letters
    CHECK(panel.shownRegion() == u"AU"_s);
    CHECK(visibleText(&panel).contains(u"Call 13 11 14"_s));
    CHECK_FALSE(visibleText(&panel).contains(u"988"_s));
    CHECK(panel.emergencyNumber() == u"000"_s);
    CHECK(settings.region() == u"US"_s);

    panel.showRegion(Helpline::otherRegion());
    CHECK(panel.cards().size() == 1);
    CHECK(child<QLabel>(&panel, u"helplinesOtherHint"_s)->isVisible());
    CHECK(child<QLabel>(&panel, u"helplinesOtherHint"_s)->text().contains(u"findahelpline.com"_s));
    CHECK(visibleText(&panel).contains(u"Call 112"_s));
    CHECK(panel.emergencyNumber().isEmpty());  // named on its card only, with where it works
}

TEST_CASE("An edited helpline survives a restart, and the built-in list can be restored", "[crisis]") {
    TempProfile profile;
    {
        ProfileSettings settings(profile.paths());
        settings.setRegion(u"UK"_s);
        CrisisScreen screen(settings);
        REQUIRE(showActive(&screen));
        screen.showPanel(CrisisScreen::Panel::Talk);
        auto* panel = child<HelplinesPanel>(&screen, u"helplinesPanel"_s);
        HelplineCard* card = cardFor(panel, u"uk-samaritans"_s);
        REQUIRE(card);
        card->findChild<QPushButton*>(u"helplineEdit"_s)->click();
        auto* dialog = panel->findChild<HelplineEditDialog*>();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        auto* name = dialog->findChild<QLineEdit*>(u"helplineName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Samaritans (free)"_s);
        // A number with letters is refused next to its field, kindly.
        auto* call = dialog->findChild<QLineEdit*>(u"helplineCall"_s);
        call->setText(u"one one six"_s);
        dialog->findChild<QPushButton*>(u"helplineSave"_s)->click();
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QLabel*>(u"helplineCallError"_s)->isVisible());
        CHECK(dialog->findChild<QLabel*>(u"helplineCallError"_s)->text().contains(u"digits"_s));
        call->setText(u"116 123"_s);
        dialog->findChild<QPushButton*>(u"helplineSave"_s)->click();
        QCoreApplication::processEvents();
        CHECK(cardNames(panel).contains(u"Samaritans (free)"_s));
        CHECK(child<QPushButton>(&screen, u"helplineRestore"_s)->isVisible());
    }
    {
        ProfileSettings settings(profile.paths());
        CrisisScreen screen(settings);
        screen.show();
        screen.showPanel(CrisisScreen::Panel::Talk);
        auto* panel = child<HelplinesPanel>(&screen, u"helplinesPanel"_s);
        REQUIRE(cardFor(panel, u"uk-samaritans"_s));
        CHECK(cardFor(panel, u"uk-samaritans"_s)->helpline().name == u"Samaritans (free)"_s);
        CHECK(cardNames(panel).indexOf(u"Samaritans (free)"_s) == 0);  // same place as before

        child<QPushButton>(&screen, u"helplineRestore"_s)->click();
        CHECK(cardFor(panel, u"uk-samaritans"_s)->helpline().name == u"Samaritans"_s);
        CHECK_FALSE(child<QPushButton>(&screen, u"helplineRestore"_s)->isVisible());
    }
    ProfileSettings settings(profile.paths());
    CHECK(HelplineSettings(settings).helplines(u"UK"_s) == Helpline::builtins(u"UK"_s));
}

TEST_CASE("\"Add your own\" works for somewhere with no built-in list", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"OTHER"_s);
    HelplinesPanel panel(settings);
    REQUIRE(showActive(&panel));
    child<QPushButton>(&panel, u"helplineAdd"_s)->click();
    auto* dialog = panel.findChild<HelplineEditDialog*>();
    REQUIRE(dialog);
    dialog->findChild<QPushButton*>(u"helplineSave"_s)->click();  // empty: two kind messages
    CHECK(dialog->findChild<QLabel*>(u"helplineNameError"_s)->isVisible());
    CHECK(dialog->findChild<QLabel*>(u"helplineCallError"_s)->text().contains(u"a number"_s));
    dialog->findChild<QLineEdit*>(u"helplineName"_s)->setText(u"Telefonseelsorge"_s);
    dialog->findChild<QLineEdit*>(u"helplineCall"_s)->setText(u"0800 111 0 111"_s);
    dialog->findChild<QPushButton*>(u"helplineSave"_s)->click();
    QCoreApplication::processEvents();
    REQUIRE(panel.cards().size() == 2);  // the person's own line first, then the shared emergency number
    CHECK(panel.cards().at(0)->helpline().region == u"OTHER"_s);
    CHECK_FALSE(panel.cards().at(0)->helpline().builtin);
    CHECK(panel.cards().at(1)->helpline().emergency);
    CHECK(visibleText(&panel).contains(u"Call 0800 111 0 111"_s));
    CHECK_FALSE(child<QLabel>(&panel, u"helplinesOtherHint"_s)->isVisible());

    // Removing one's own from its dialog takes it away for good.
    panel.cards().at(0)->findChild<QPushButton*>(u"helplineEdit"_s)->click();
    dialog = panel.findChild<HelplineEditDialog*>();
    REQUIRE(dialog);
    dialog->findChild<QPushButton*>(u"helplineRemove"_s)->click();
    QCoreApplication::processEvents();
    CHECK(panel.cards().size() == 1);
    CHECK(child<QLabel>(&panel, u"helplinesOtherHint"_s)->isVisible());
}

TEST_CASE("Lock-screen contacts the person opted into appear with the helplines", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"IE"_s);
    HelplineSettings(settings).setLockScreenContacts({{u"Aoife"_s, u"087 555 0199"_s}});
    HelplinesPanel panel(settings);
    panel.show();
    CHECK(visibleText(&panel).contains(u"People you chose to show here"_s));
    CHECK(visibleText(&panel).contains(u"Aoife"_s));
    CHECK(visibleText(&panel).contains(u"Call 087 555 0199"_s));
    auto* contact = panel.findChild<HelplineCard*>(u"contactCard"_s);
    REQUIRE(contact);
    CHECK(contact->findChild<QPushButton*>(u"helplineEdit"_s) == nullptr);  // changed in settings, not here

    // Where Mooring knows only the emergency number, the person's own people come first.
    panel.showRegion(u"FR"_s);
    const QList<HelplineCard*> cards = panel.cards();
    REQUIRE(cards.size() == 2);
    CHECK(cards.at(0)->objectName() == u"contactCard"_s);
    CHECK(cards.at(1)->helpline().call == u"112"_s);
}

TEST_CASE("Copy puts the number on the clipboard; the code encodes a tel: or sms: link", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"UK"_s);
    HelplinesPanel panel(settings);
    panel.show();
    HelplineCard* samaritans = cardFor(&panel, u"uk-samaritans"_s);
    REQUIRE(samaritans);
    samaritans->findChild<QPushButton*>(u"helplineCopy"_s)->click();
    CHECK(QGuiApplication::clipboard()->text() == u"116 123"_s);
    CHECK(child<QLabel>(&panel, u"helplinesStatus"_s)->text().contains(u"Copied 116 123"_s));

    CHECK_FALSE(samaritans->codesVisible());
    samaritans->findChild<QPushButton*>(u"helplineShowQr"_s)->click();
    CHECK(samaritans->codesVisible());
    auto* code = samaritans->findChild<QrCodeWidget*>();
    REQUIRE(code);
    CHECK(code->uri() == u"tel:116123"_s);
    CHECK_FALSE(code->matrix().isNull());
    CHECK(code->accessibleDescription().contains(u"116 123"_s));
    CHECK(code->width() >= code->matrix().width * 5);

    panel.showRegion(u"CA"_s);
    HelplineCard* kids = cardFor(&panel, u"ca-kids-help-phone"_s);
    REQUIRE(kids);
    const auto codes = kids->findChildren<QrCodeWidget*>();
    REQUIRE(codes.size() == 1);
    CHECK(codes.at(0)->uri() == u"sms:686868?body=CONNECT"_s);
    CHECK(codes.at(0)->accessibleDescription().contains(u"686868"_s));
}

TEST_CASE("The QR matrix is what libqrencode makes of the URI", "[crisis]") {
    const QString uri = u"tel:116123"_s;
    const QrCodeWidget::Matrix matrix = QrCodeWidget::encode(uri);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> direct(
        QRcode_encodeString("tel:116123", 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    REQUIRE(direct);
    REQUIRE(matrix.width == direct->width);
    int differences = 0;
    for (int i = 0; i < matrix.width * matrix.width; ++i)
        differences += matrix.modules.at(i) != bool(direct->data[i] & 1);
    CHECK(differences == 0);
    // Finder pattern: the top-left corner of every QR code is dark.
    CHECK(matrix.at(0, 0));
    CHECK(QrCodeWidget::encode(QString()).isNull());
    CHECK(QrCodeWidget::encode(u"tel:999"_s).modules != matrix.modules);
}

TEST_CASE("Every region's help screen lists at least its emergency number", "[crisis][regions]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    HelplinesPanel panel(settings);
    REQUIRE(showActive(&panel));
    const QList<Region> regions = Helpline::regions();
    REQUIRE(regions.size() >= 34);
    for (const Region& region : regions) {
        INFO(region.code.toStdString());
        panel.showRegion(region.code);
        const QString emergency = Helpline::emergencyNumber(Helpline::builtins(region.code));
        CHECK_FALSE(emergency.isEmpty());
        if (region.code != Helpline::otherRegion()) CHECK(panel.emergencyNumber() == emergency);
        CHECK(visibleText(&panel).contains(u"Call "_s + emergency));
        // Where there is no curated list, one plain line says how to find a local one.
        CHECK(child<QLabel>(&panel, u"helplinesOtherHint"_s)->isVisible() == !Helpline::hasCuratedList(region.code));
    }
}
