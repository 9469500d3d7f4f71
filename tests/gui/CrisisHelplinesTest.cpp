#include "gui/common/Appearance.h"
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
#include <QScrollArea>
#include <QScrollBar>

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

// A crisis screen of the main window's default size, showing the UK helplines and the
// lock-screen contact Sam: a common first look at "Talk to someone".
struct TalkScreen {
    TempProfile profile;
    ProfileSettings settings{profile.paths()};
    std::unique_ptr<CrisisScreen> screen;
    HelplinesPanel* panel = nullptr;

    explicit TalkScreen(QSize size = QSize(960, 760)) {
        settings.setRegion(u"UK"_s);
        HelplineSettings(settings).setLockScreenContacts({{u"Sam"_s, u"07700 900123"_s}});
        screen = std::make_unique<CrisisScreen>(settings);
        screen->resize(size);
        REQUIRE(showActive(screen.get()));
        screen->showPanel(CrisisScreen::Panel::Talk);
        panel = child<HelplinesPanel>(screen.get(), u"helplinesPanel"_s);
        REQUIRE(panel);
        settle();
    }
    void settle() {
        for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    }
    QWidget* viewport() const { return child<QScrollArea>(screen.get(), u"crisisScroll"_s)->viewport(); }
    // Where a widget is in the window, to see whether it moved.
    QRect placeOf(QWidget* w) const { return {w->mapTo(screen.get(), QPoint(0, 0)), w->size()}; }
    bool whollyInView(QWidget* w) const {
        return viewport()->rect().contains(QRect(w->mapTo(viewport(), QPoint(0, 0)), w->size()));
    }
};

// Widgets under root that are cut off: past their parent's right edge, or with less room
// than their words need. Empty when everything can be read.
QStringList cutOff(QWidget* root) {
    QStringList found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || w->isWindow()) continue;
        const QString name = w->objectName() + u' ' + QString::fromLatin1(w->metaObject()->className());
        if (w->geometry().right() > w->parentWidget()->rect().right()) found << name + u" sticks out on the right"_s;
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->text().isEmpty()) {
            if (label->wordWrap()
                    ? label->height() < label->heightForWidth(label->width())
                    : label->contentsRect().width() < label->fontMetrics().horizontalAdvance(label->text()))
                found << name + u" \""_s + label->text() + u"\" has too little room"_s;
        } else if (auto* button = qobject_cast<QPushButton*>(w)) {
            if (button->width() < button->fontMetrics().horizontalAdvance(button->text()))
                found << name + u" \""_s + button->text() + u"\" is cut short"_s;
        }
    }
    return found;
}

QPushButton* buttonOf(QWidget* card, const QString& name) {
    auto* button = card->findChild<QPushButton*>(name);
    REQUIRE(button);
    return button;
}

}  // namespace

TEST_CASE("Talk to someone: one scroll area, and at least three lines in view at once", "[crisis][talk]") {
    TalkScreen talk;
    // The screen's own scroll area is the only one: none inside the panel.
    CHECK(talk.panel->findChildren<QScrollArea*>().isEmpty());
    CHECK(talk.screen->findChildren<QScrollArea*>().size() == 1);
    int whole = 0;
    for (HelplineCard* card : talk.panel->cards()) whole += talk.whollyInView(card) ? 1 : 0;
    CHECK(whole >= 3);
    CHECK(cutOff(talk.panel).isEmpty());
}

TEST_CASE("Talk to someone: \"Copy number\" says so on the button, and nothing moves", "[crisis][talk]") {
    TalkScreen talk;
    const QList<HelplineCard*> cards = talk.panel->cards();
    REQUIRE(cards.size() >= 2);
    QPushButton* copy = buttonOf(cards.at(0), u"numberCopy"_s);
    QPushButton* nextCopy = buttonOf(cards.at(1), u"numberCopy"_s);
    QPushButton* code = buttonOf(cards.at(0), u"numberShowCode"_s);
    const QRect nextBefore = talk.placeOf(nextCopy);
    const QRect codeBefore = talk.placeOf(code);
    const QRect copyBefore = talk.placeOf(copy);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    talk.settle();
    INFO("copy " << copyBefore.x() << "," << copyBefore.y() << " " << copyBefore.width() << " -> "
                 << talk.placeOf(copy).x() << "," << talk.placeOf(copy).y() << " " << talk.placeOf(copy).width());
    INFO("code " << codeBefore.x() << "," << codeBefore.y() << " -> " << talk.placeOf(code).x() << ","
                 << talk.placeOf(code).y());
    CHECK(QGuiApplication::clipboard()->text() == cards.at(0)->copyText());
    CHECK(copy->text() == u"Copied"_s);
    CHECK(copy->accessibleDescription().contains(u"Copied "_s + cards.at(0)->copyText()));
    // What the person may press next is where it was.
    CHECK(talk.placeOf(nextCopy) == nextBefore);
    CHECK(talk.placeOf(code) == codeBefore);
    CHECK(talk.placeOf(copy) == copyBefore);
    // After a while the button reads as before, again without moving anything.
    CHECK(QTest::qWaitFor([&] { return copy->text() == u"Copy number"_s; }, 6000));
    CHECK(talk.placeOf(code) == codeBefore);
}

TEST_CASE("Talk to someone: one phone code open at a time", "[crisis][talk]") {
    TalkScreen talk;
    const QList<HelplineCard*> cards = talk.panel->cards();
    REQUIRE(cards.size() >= 3);
    QTest::mouseClick(buttonOf(cards.at(0), u"numberShowCode"_s), Qt::LeftButton);
    talk.settle();
    CHECK(cards.at(0)->codesVisible());
    QPushButton* second = buttonOf(cards.at(1), u"numberShowCode"_s);
    // The second code's button may have scrolled out of sight below the first code.
    talk.screen->findChild<QScrollArea*>(u"crisisScroll"_s)->ensureWidgetVisible(second);
    talk.settle();
    QTest::mouseClick(second, Qt::LeftButton);
    talk.settle();
    CHECK(cards.at(1)->codesVisible());
    CHECK_FALSE(cards.at(0)->codesVisible());
    // The first code closing above does not pull the button out of sight, and the new code
    // is in view with it.
    CHECK(talk.whollyInView(second));
    CHECK(talk.whollyInView(cards.at(1)->findChild<QrCodeWidget*>()));
    int open = 0;
    for (HelplineCard* card : cards) open += card->codesVisible() ? 1 : 0;
    CHECK(open == 1);
    // And a contact's code closes the helpline's.
    auto* sam = talk.panel->findChild<HelplineCard*>(u"contactCard"_s);
    REQUIRE(sam);
    QPushButton* samCode = buttonOf(sam, u"numberShowCode"_s);
    talk.screen->findChild<QScrollArea*>(u"crisisScroll"_s)->ensureWidgetVisible(samCode);
    QTest::mouseClick(samCode, Qt::LeftButton);
    CHECK(sam->codesVisible());
    CHECK_FALSE(cards.at(1)->codesVisible());
}

TEST_CASE("Talk to someone: \"Change\" appears only after choosing to change the list", "[crisis][talk]") {
    TalkScreen talk;
    HelplineCard* first = talk.panel->cards().at(0);
    QPushButton* change = buttonOf(first, u"helplineEdit"_s);
    CHECK_FALSE(change->isVisible());
    CHECK(buttonOf(first, u"numberCopy"_s)->isVisible());
    auto* toggle = child<QPushButton>(talk.screen.get(), u"helplinesEditToggle"_s);
    REQUIRE(toggle);
    // At the end of the list, after every number.
    for (HelplineCard* card : talk.panel->cards()) CHECK(talk.placeOf(toggle).top() > talk.placeOf(card).bottom());
    talk.screen->findChild<QScrollArea*>(u"crisisScroll"_s)->ensureWidgetVisible(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(change->isVisible());
    CHECK_FALSE(buttonOf(first, u"numberCopy"_s)->isVisible());
    CHECK(visibleText(first).contains(u"Call 116 123"_s));  // the number stays readable
    auto* sam = talk.panel->findChild<HelplineCard*>(u"contactCard"_s);
    CHECK(sam->findChild<QPushButton*>(u"helplineEdit"_s) == nullptr);  // changed in settings, not here
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK_FALSE(change->isVisible());
    CHECK(buttonOf(first, u"numberCopy"_s)->isVisible());
}

TEST_CASE("Talk to someone fits at 200 % text in the default window and a short laptop window", "[crisis][talk]") {
    struct Large {
        Large() { Appearance::apply(200, ProfileSettings::Theme::Light); }
        ~Large() { Appearance::apply(100, ProfileSettings::Theme::System); }
    } large;
    for (const QSize size : {QSize(960, 760), QSize(1024, 700)}) {
        INFO(size.width() << "x" << size.height());
        TalkScreen talk(size);
        CHECK(cutOff(talk.panel).join(u'\n').toStdString() == "");
        talk.panel->cards().at(0)->setCodesVisible(true);
        talk.settle();
        CHECK(cutOff(talk.panel).join(u'\n').toStdString() == "");
        auto* area = talk.screen->findChild<QScrollArea*>(u"crisisScroll"_s);
        CHECK(talk.panel->width() <= area->viewport()->width());
    }
}

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
        child<QPushButton>(&screen, u"helplinesEditToggle"_s)->click();
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
    child<QPushButton>(&panel, u"helplinesEditToggle"_s)->click();
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
    samaritans->findChild<QPushButton*>(u"numberCopy"_s)->click();
    CHECK(QGuiApplication::clipboard()->text() == u"116 123"_s);
    CHECK(samaritans->findChild<QPushButton*>(u"numberCopy"_s)->text() == u"Copied"_s);

    CHECK_FALSE(samaritans->codesVisible());
    samaritans->findChild<QPushButton*>(u"numberShowCode"_s)->click();
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

TEST_CASE("A panel opens at its top, not where the one before was scrolled to", "[crisis][talk]") {
    // A short window, so both panels scroll.
    TalkScreen talk(QSize(960, 360));
    QScrollBar* bar = child<QScrollArea>(talk.screen.get(), u"crisisScroll"_s)->verticalScrollBar();
    for (const auto& [from, to] : {std::pair{CrisisScreen::Panel::Talk, CrisisScreen::Panel::Ground},
                                   std::pair{CrisisScreen::Panel::Ground, CrisisScreen::Panel::Talk}}) {
        talk.screen->showPanel(from);
        talk.settle();
        REQUIRE(bar->maximum() > 40);
        bar->setValue(bar->maximum());
        talk.screen->showPanel(to);
        talk.settle();
        REQUIRE(bar->maximum() > 40);
        CHECK(bar->value() == 0);
    }
}
