#include "gui/common/Appearance.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/PlanStepsPanel.h"
#include "gui/crisis/QrCodeWidget.h"
#include "storage/ContactStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include "CrisisTestHelpers.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("Crisis 'my plan, step by step': the latest version, one section at a time, cleared on lock", "[plan]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    SafetyPlanStore store = session->plan();
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"old sign"_s};
    store.save(plan, u"first"_s);
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    plan.items(PlanSection::InternalCoping) = {u"Loud music"_s};
    store.save(plan, u"second"_s);

    Contact gp;
    gp.name = u"GP surgery"_s;
    gp.phone = u"ask at reception"_s;
    gp.role = ContactRole::Professional;
    session->contacts().add(gp);

    PlanStepsPanel panel;
    CHECK_FALSE(panel.hasPlan());
    panel.setSession(session.get());
    REQUIRE(panel.hasPlan());
    CHECK(panel.shownTitle() == planSections::title(PlanSection::WarningSigns));
    CHECK(panel.shownText().contains(u"I stop answering messages"_s));
    CHECK_FALSE(panel.shownText().contains(u"old sign"_s));
    panel.next();
    CHECK(panel.shownText().contains(u"Loud music"_s));
    panel.next();
    panel.next();
    panel.next();
    CHECK(panel.shownTitle() == planSections::title(PlanSection::Professionals));
    CHECK(panel.shownText().contains(u"GP surgery, ask at reception"_s));

    // Changed elsewhere while it is open: the step shown stays, with what is new in it.
    Contact surgery = session->contacts().all().constFirst();
    surgery.phone = u"01632 960111"_s;
    session->contacts().update(surgery);
    CHECK(QTest::qWaitFor([&] { return panel.shownText().contains(u"01632 960111"_s); }, 5000));
    CHECK(panel.shownTitle() == planSections::title(PlanSection::Professionals));
    plan.items(PlanSection::Professionals) = {u"The crisis team's evening line"_s};
    store.save(plan, u"third"_s);
    CHECK(QTest::qWaitFor([&] { return panel.shownText().contains(u"evening line"_s); }, 5000));
    CHECK(panel.shownTitle() == planSections::title(PlanSection::Professionals));

    panel.setSession(nullptr);  // lock
    CHECK_FALSE(panel.hasPlan());
    CHECK_FALSE(panel.shownText().contains(u"Loud music"_s));
}

TEST_CASE("The crisis screen offers the plan step by step only once unlocked with a saved plan", "[plan][crisis]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    ProfileSettings settings(folder.paths());
    CrisisScreen screen(settings);
    screen.resize(960, 760);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    auto* choice = screen.findChild<QPushButton*>(u"crisisChoicePlan"_s);
    REQUIRE(choice);
    CHECK_FALSE(choice->isVisible());  // locked: nothing personal, no empty panel

    screen.setSession(session.get());
    CHECK_FALSE(choice->isVisible());  // unlocked, but no plan saved yet

    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    session->plan().save(plan, QString());
    // Saved elsewhere while the screen stays open: the choice appears without reopening it.
    REQUIRE(QTest::qWaitFor([&] { return choice->isVisible(); }, 5000));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    // A mnemonic presses the button visibly before it clicks.
    REQUIRE(QTest::qWaitFor([&] { return screen.currentPanel() == CrisisScreen::Panel::Plan; }, 5000));
    auto* panel = screen.findChild<PlanStepsPanel*>();
    REQUIRE(panel);
    CHECK(panel->shownText().contains(u"I stop answering messages"_s));

    screen.setSession(nullptr);  // lock
    CHECK_FALSE(choice->isVisible());
    CHECK(screen.currentPanel() == CrisisScreen::Panel::Start);
    CHECK_FALSE(panel->shownText().contains(u"I stop answering messages"_s));
}

namespace {

QStringList codesOf(QWidget* card) {
    QStringList uris;
    for (QrCodeWidget* code : card->findChildren<QrCodeWidget*>()) uris << code->uri();
    return uris;
}

QWidget* cardNamed(QWidget* root, const QString& name) {
    for (QWidget* card : root->findChildren<QWidget*>(u"contactCard"_s))
        if (visibleText(card).contains(name)) return card;
    return nullptr;
}

}  // namespace

TEST_CASE("My plan step by step: large like the other panels, people with Copy number and phone codes",
          "[plan][crisis]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    Contact sam;
    sam.name = u"Sam"_s;
    sam.phone = u"07700 900123"_s;
    sam.role = ContactRole::Friend;
    ContactStore contacts = session->contacts();
    contacts.add(sam);
    Contact gp;
    gp.name = u"Dr Okafor"_s;
    gp.phone = u"01632 960000"_s;
    gp.role = ContactRole::Professional;
    contacts.add(gp);
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    plan.items(PlanSection::PeopleToAsk) = {sam.asPlanItem()};
    session->plan().save(plan, QString());

    ProfileSettings settings(folder.paths());
    CrisisScreen screen(settings);
    screen.resize(960, 760);
    screen.setSession(session.get());
    REQUIRE(showActive(&screen));
    QTest::mouseClick(screen.findChild<QPushButton*>(u"crisisChoicePlan"_s), Qt::LeftButton);
    REQUIRE(screen.currentPanel() == CrisisScreen::Panel::Plan);
    auto* panel = screen.findChild<PlanStepsPanel*>();
    REQUIRE(panel);

    // The heading stands out as on the other panels, the items read large.
    auto* title = panel->findChild<QLabel*>(u"planStepTitle"_s);
    REQUIRE(title);
    CHECK(title->font().bold());
    CHECK(title->font().pointSizeF() >= panel->font().pointSizeF() * 1.4);
    auto* item = panel->findChild<QLabel*>(u"planStepItem"_s);
    REQUIRE(item);
    CHECK(item->font().pointSizeF() > panel->font().pointSizeF());
    CHECK(panel->font().pointSizeF() > QApplication::font().pointSizeF());  // the screen's larger text

    // One step at a time, with the mouse; "Next step" stays where it is.
    auto* next = panel->findChild<QPushButton*>(u"planNext"_s);
    REQUIRE(next);
    const QPoint nextAt = next->mapTo(&screen, QPoint(0, 0));
    while (panel->shownTitle() != planSections::title(PlanSection::PeopleToAsk)) {
        REQUIRE(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        CHECK(next->mapTo(&screen, QPoint(0, 0)) == nextAt);
    }
    CHECK_FALSE(panel->shownText().contains(u"I stop answering messages"_s));

    QWidget* samCard = cardNamed(panel, u"Sam"_s);
    REQUIRE(samCard);
    CHECK(visibleText(samCard).contains(u"07700 900123"_s));
    QGuiApplication::clipboard()->clear();
    auto* copy = samCard->findChild<QPushButton*>(u"numberCopy"_s);
    REQUIRE(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == u"07700 900123"_s);
    auto* showCode = samCard->findChild<QPushButton*>(u"numberShowCode"_s);
    REQUIRE(showCode);
    QTest::mouseClick(showCode, Qt::LeftButton);
    // A friend's own phone takes calls and texts.
    CHECK(codesOf(samCard) == QStringList({u"tel:07700900123"_s, u"sms:07700900123"_s}));
    for (QrCodeWidget* code : samCard->findChildren<QrCodeWidget*>()) CHECK(code->isVisible());

    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(panel->shownTitle() == planSections::title(PlanSection::Professionals));
    QWidget* gpCard = cardNamed(panel, u"Dr Okafor"_s);
    REQUIRE(gpCard);
    QTest::mouseClick(gpCard->findChild<QPushButton*>(u"numberCopy"_s), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == u"01632 960000"_s);
    QTest::mouseClick(gpCard->findChild<QPushButton*>(u"numberShowCode"_s), Qt::LeftButton);
    CHECK(codesOf(gpCard) == QStringList({u"tel:01632960000"_s}));  // a surgery is called
}

TEST_CASE("My plan step by step: one phone code open at a time, and nothing cut off at 200 % text", "[plan][crisis]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    ContactStore contacts = session->contacts();
    for (const QString& name : {u"Sam"_s, u"Alexandra from the allotment"_s}) {
        Contact c;
        c.name = name;
        c.phone = u"07700 900456"_s;
        contacts.add(c);
    }
    SafetyPlan plan;
    plan.items(PlanSection::PeopleToAsk) = {u"Someone who listens without judging"_s};
    session->plan().save(plan, QString());

    struct Large {
        Large() { Appearance::apply(200, ProfileSettings::Theme::Dark); }
        ~Large() { Appearance::apply(100, ProfileSettings::Theme::System); }
    } large;
    for (const QSize size : {QSize(960, 760), QSize(1024, 700)}) {
        INFO(size.width() << "x" << size.height());
        ProfileSettings settings(folder.paths());
        CrisisScreen screen(settings);
        screen.resize(size);
        screen.setSession(session.get());
        REQUIRE(showActive(&screen));
        screen.showPanel(CrisisScreen::Panel::Plan);
        auto* panel = screen.findChild<PlanStepsPanel*>();
        while (panel->shownTitle() != planSections::title(PlanSection::PeopleToAsk)) panel->next();
        QWidget* first = cardNamed(panel, u"Sam"_s);
        QWidget* second = cardNamed(panel, u"Alexandra"_s);
        REQUIRE(first);
        REQUIRE(second);
        auto* area = screen.findChild<QScrollArea*>(u"crisisScroll"_s);
        auto* firstCode = first->findChild<QPushButton*>(u"numberShowCode"_s);
        area->ensureWidgetVisible(firstCode);
        QTest::mouseClick(firstCode, Qt::LeftButton);
        auto* secondCode = second->findChild<QPushButton*>(u"numberShowCode"_s);
        area->ensureWidgetVisible(secondCode);
        QTest::mouseClick(secondCode, Qt::LeftButton);
        CHECK(second->findChild<QrCodeWidget*>()->isVisible());
        CHECK_FALSE(first->findChild<QrCodeWidget*>()->isVisible());
        for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
        CHECK(panel->width() <= area->viewport()->width());
        for (QWidget* w : panel->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(panel)) continue;
            INFO(w->objectName().toStdString() << " " << w->metaObject()->className());
            CHECK(w->geometry().right() <= w->parentWidget()->rect().right());
            if (auto* label = qobject_cast<QLabel*>(w); label && label->wordWrap())
                CHECK(label->height() >= label->heightForWidth(label->width()));
            else if (label)
                CHECK(label->contentsRect().width() >= label->fontMetrics().horizontalAdvance(label->text()));
            if (auto* button = qobject_cast<QPushButton*>(w))
                CHECK(button->width() >= button->fontMetrics().horizontalAdvance(button->text()));
        }
    }
}
