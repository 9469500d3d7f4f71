// "I need help now" shows every word and control it has, on every panel, at 100, 150 and
// 200 % text, in the light, dark and high-contrast palettes, in the window's default size and
// in a short laptop window: nothing cut off at an edge, no sideways scrolling, no button or
// label whose words are cut short. The breathing guide's controls are never pushed out of sight.
#include "FoundationDriver.h"

#include "gui/common/Appearance.h"
#include "gui/crisis/BreathingPacer.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/HelplineCard.h"
#include "gui/crisis/HelplinesPanel.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "storage/ContactStore.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include "CrisisTestHelpers.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFocusFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"harbour lights at dusk"_s;

struct WindowSize {
    QSize size;
    const char* name;
};

// The size MainWindow opens at, and a short laptop screen.
const WindowSize kSizes[] = {{QSize(960, 760), "default 960x760"}, {QSize(1024, 700), "1024x700"}};

struct Palette {
    ProfileSettings::Theme theme;
    const char* name;
};
const Palette kPalettes[] = {{ProfileSettings::Theme::Light, "light"},
                             {ProfileSettings::Theme::Dark, "dark"},
                             {ProfileSettings::Theme::HighContrast, "high contrast"}};

void settle(QWidget* window) {
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    window->update();
}

// Which widget it is, in words a failure message can be read by: its name or kind, its text,
// and the named widgets around it.
QString describe(const QWidget* widget) {
    QString text;
    if (auto* label = qobject_cast<const QLabel*>(widget))
        text = label->text();
    else if (auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text();
    QString name =
        widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
    if (!text.isEmpty()) name += u" \""_s + text.left(60) + (text.size() > 60 ? u"…\""_s : u"\""_s);
    QStringList path;
    for (const QWidget* p = widget->parentWidget(); p && path.size() < 3; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s)) path << p->objectName();
    if (!path.isEmpty()) name += u" in "_s + path.join(u" < "_s);
    return name;
}

bool isViewport(const QWidget* widget) {
    auto* area = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
    return area && area->viewport() == widget;
}

// Every visible widget under root lies inside its parent: a widget that sticks out is cut off
// there. A scroll area's page may be taller than the scroll area (it scrolls), never wider.
QStringList stickingOut(const QWidget* window, const QWidget* root) {
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(const_cast<QWidget*>(root));
    for (const QWidget* w : std::as_const(widgets)) {
        if (!w->isVisibleTo(window) || w->isWindow() || qobject_cast<const QFocusFrame*>(w)) continue;
        const QWidget* parent = w->parentWidget();
        if (!parent) continue;
        const QRect r = w->geometry();
        const QRect area = parent->rect();
        QStringList how;
        if (r.right() > area.right()) how << u"%1 px past the right"_s.arg(r.right() - area.right());
        if (r.left() < area.left()) how << u"%1 px past the left"_s.arg(area.left() - r.left());
        if (!isViewport(parent)) {
            if (r.bottom() > area.bottom()) how << u"%1 px below the bottom"_s.arg(r.bottom() - area.bottom());
            if (r.top() < area.top()) how << u"%1 px above the top"_s.arg(area.top() - r.top());
        }
        if (!how.isEmpty())
            found << u"%1 (%2x%3) sticks out %4 of %5 (%6 px wide)"_s.arg(describe(w))
                         .arg(r.width())
                         .arg(r.height())
                         .arg(how.join(u", "_s), describe(parent))
                         .arg(area.width());
    }
    return found;
}

QStringList sidewaysScrolling(const QWidget* window, const QWidget* root) {
    QStringList found;
    for (const QAbstractScrollArea* area : root->findChildren<QAbstractScrollArea*>()) {
        if (!area->isVisibleTo(window)) continue;
        const QScrollBar* bar = area->horizontalScrollBar();
        if (bar->maximum() > 0 || bar->isVisibleTo(window))
            found << u"%1 scrolls sideways by %2 px"_s.arg(describe(area)).arg(bar->maximum());
    }
    return found;
}

// Words given less room than they need: a button or box narrower than its words, a one-line
// label narrower than its text, a wrapped label narrower than its longest word or shorter
// than its lines.
QStringList cutWords(const QWidget* window, const QWidget* root) {
    QStringList found;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window)) continue;
        if (auto* label = qobject_cast<const QLabel*>(w)) {
            if (label->text().isEmpty()) continue;
            const QRect room = label->contentsRect();
            if (label->wordWrap()) {
                const int height = label->heightForWidth(label->width());
                if (label->height() < height)
                    found << u"%1 is %2 px high, its lines need %3"_s.arg(describe(w)).arg(label->height()).arg(height);
                if (label->width() < label->minimumSizeHint().width())
                    found << u"%1 is %2 px wide, its longest word needs %3"_s.arg(describe(w))
                                 .arg(label->width())
                                 .arg(label->minimumSizeHint().width());
            } else {
                QString text = label->text();
                if (Qt::mightBeRichText(text) && label->textFormat() != Qt::PlainText) {
                    QTextDocument doc;
                    doc.setHtml(text);
                    text = doc.toPlainText();
                }
                const QSize needed = label->fontMetrics().size(0, text);
                if (room.width() < needed.width() || room.height() < needed.height())
                    found << u"%1 has %2x%3 px, its words need %4x%5"_s.arg(describe(w))
                                 .arg(room.width())
                                 .arg(room.height())
                                 .arg(needed.width())
                                 .arg(needed.height());
            }
        } else if (auto* button = qobject_cast<const QAbstractButton*>(w)) {
            if (button->text().isEmpty()) continue;
            const int words = button->fontMetrics().horizontalAdvance(QString(button->text()).remove(u'&'));
            const int needed = std::max(words, button->minimumSizeHint().width());
            if (button->width() < needed)
                found << u"%1 is %2 px wide, needs %3 (its words %4)"_s.arg(describe(w))
                             .arg(button->width())
                             .arg(needed)
                             .arg(words);
        } else if (qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)) {
            const int needed = w->minimumSizeHint().width();
            if (w->width() < needed)
                found << u"%1 is %2 px wide, needs %3"_s.arg(describe(w)).arg(w->width()).arg(needed);
        }
    }
    return found;
}

// The breathing guide: its circle, words and controls all in sight without scrolling.
QStringList outOfSight(const QWidget* window, const QWidget* panel, const QWidget* viewport) {
    QStringList found;
    const QRect seen(viewport->mapTo(window, QPoint(0, 0)), viewport->size());
    QList<QWidget*> widgets = panel->findChildren<QWidget*>();
    for (const QWidget* w : std::as_const(widgets)) {
        if (!w->isVisibleTo(window) || qobject_cast<const QFocusFrame*>(w)) continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!seen.contains(r))
            found << u"%1 at y %2..%3 is outside the visible y %4..%5"_s.arg(describe(w))
                         .arg(r.top())
                         .arg(r.bottom())
                         .arg(seen.top())
                         .arg(seen.bottom());
    }
    return found;
}

void makePlanAndFavourites(UnlockedProfile& profile) {
    Database& db = profile.database();
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages and stay in my room for most of the day"_s,
                                             u"Everything feels far away"_s};
    plan.items(PlanSection::InternalCoping) = {u"Loud music in headphones"_s, u"A cold shower"_s};
    SafetyPlanStore(db).save(plan, u"for the test"_s);
    Contact friendContact;
    friendContact.name = u"Alexandra from the allotment"_s;
    friendContact.phone = u"07700 900456"_s;
    friendContact.role = ContactRole::Friend;
    ContactStore(db).add(friendContact);
    StrategyStore strategies(db);
    int marked = 0;
    for (const CopingStrategy& s : strategies.all()) {
        if (marked == 2) break;
        strategies.setFavourite(s.id, true);
        ++marked;
    }
}

struct Look {
    int percent;
    const Palette* palette;
    const WindowSize* size;
    QString name() const {
        return u"%1 %, %2, %3"_s.arg(percent).arg(QString::fromLatin1(palette->name), QString::fromLatin1(size->name));
    }
};

// A list of faults as Catch can print it, one a line.
std::string lines(const QStringList& faults) { return faults.join(u'\n').toStdString(); }

// Every check, on the panel as it is now; `where` says which panel in which look.
void checkFits(MainWindow& window, CrisisScreen& crisis, const QString& where) {
    settle(&window);
    INFO(where.toStdString());
    CHECK(window.size() == window.size().expandedTo(window.minimumSizeHint()));
    CHECK(lines(stickingOut(&window, &crisis)) == "");
    CHECK(lines(sidewaysScrolling(&window, &crisis)) == "");
    CHECK(lines(cutWords(&window, &crisis)) == "");
    CHECK(lines(stickingOut(&window, window.centralWidget())) == "");
}

}  // namespace

TEST_CASE("Every panel of the help screen fits at 100-200 % text, in every palette and window size",
          "[crisis][layout]") {
    mooring::test::TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths(), kSizes[0].size);
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    makePlanAndFavourites(*window->profile());
    HelplineSettings(window->settings())
        .setLockScreenContacts({{u"Sam, my sister who lives nearby"_s, u"07700 900123"_s}});

    mooring::test::FakeClock clock;
    for (const WindowSize& size : kSizes) {
        for (const Palette& palette : kPalettes) {
            for (const int percent : {100, 150, 200}) {
                const Look look{percent, &palette, &size};
                Appearance::apply(percent, palette.theme);
                window->showNormal();
                window->resize(size.size);
                window->settings().setRegion(QString());  // the picker first, as on a first visit
                window->showHelpNow();
                auto* crisis = qobject_cast<CrisisScreen*>(window->currentScreen());
                REQUIRE(crisis != nullptr);
                settle(window.get());
                REQUIRE(window->size() == size.size);
                const auto at = [&](const char* panel) {
                    return u"%1 at %2"_s.arg(QString::fromLatin1(panel), look.name());
                };

                crisis->showPanel(CrisisScreen::Panel::Start);
                checkFits(*window, *crisis, at("start page with favourites"));

                crisis->showPanel(CrisisScreen::Panel::Breathe);
                auto* pacer = crisis->findChild<BreathingPacer*>(u"breathingPacer"_s);
                REQUIRE(pacer != nullptr);
                for (const bool counted : {false, true}) {
                    pacer->setReduceMotion(counted);
                    pacer->showMoment(7300);
                    const QString where = at(counted ? "breathe, counted" : "breathe, circle");
                    checkFits(*window, *crisis, where);
                    INFO(where.toStdString());
                    auto* viewport = crisis->findChild<QScrollArea*>(u"crisisScroll"_s)->viewport();
                    CHECK(lines(outOfSight(window.get(), pacer, viewport)) == "");
                    if (!counted) {
                        auto* circle = pacer->findChild<QWidget*>(u"breathingCircle"_s);
                        CHECK(std::min(circle->width(), circle->height()) >= 96);  // still a circle to follow
                    }
                }
                pacer->setReduceMotion(false);

                crisis->showPanel(CrisisScreen::Panel::Ground);
                checkFits(*window, *crisis, at("ground, first step"));
                for (int i = 0; i < 5; ++i)
                    QTest::keyClick(crisis->findChild<QWidget*>(u"groundNotes"_s), Qt::Key_Return);
                checkFits(*window, *crisis, at("ground, done"));
                crisis->findChild<QPushButton*>(u"groundAgain"_s)->click();

                crisis->showPanel(CrisisScreen::Panel::RideOut);
                auto* urge = crisis->findChild<UrgeTimerPanel*>(u"urgeTimerPanel"_s);
                REQUIRE(urge != nullptr);
                checkFits(*window, *crisis, at("ride out, choose a time"));
                urge->setClock(clock.function());
                urge->start(10);
                clock.advance(std::chrono::seconds(5 * 60 + 12));
                urge->tick();
                checkFits(*window, *crisis, at("ride out, running, asked if it eased"));
                clock.advance(std::chrono::minutes(10));
                urge->tick();
                checkFits(*window, *crisis, at("ride out, time is up"));
                crisis->findChild<QPushButton*>(u"urgeAnswer%1"_s.arg(int(UrgeTimer::Outcome::StillHard)))->click();
                checkFits(*window, *crisis, at("ride out, still hard"));
                crisis->findChild<QPushButton*>(u"urgeAgain"_s)->click();

                crisis->showPanel(CrisisScreen::Panel::Talk);
                checkFits(*window, *crisis, at("talk, where are you"));
                {
                    auto* box = crisis->findChild<QComboBox*>(u"regionPickBox"_s);
                    REQUIRE(box != nullptr);
                    const int index = box->findData(u"UK"_s);
                    box->setCurrentIndex(index);
                    Q_EMIT box->activated(index);
                }
                auto* talk = crisis->findChild<HelplinesPanel*>(u"helplinesPanel"_s);
                REQUIRE_FALSE(talk->cards().isEmpty());
                checkFits(*window, *crisis, at("talk, UK helplines"));
                talk->cards().constFirst()->setCodesVisible(true);
                checkFits(*window, *crisis, at("talk, UK helplines with a phone code"));

                crisis->showPanel(CrisisScreen::Panel::TryIdea);
                for (int i = 0; i < 3; ++i) {
                    checkFits(*window, *crisis, at("try something"));
                    crisis->findChild<QPushButton*>(u"ideaAnother"_s)->click();
                }

                auto* planChoice = crisis->findChild<QPushButton*>(u"crisisChoicePlan"_s);
                REQUIRE(planChoice != nullptr);
                REQUIRE(planChoice->isVisibleTo(window.get()));
                planChoice->click();
                REQUIRE(crisis->currentPanel() == CrisisScreen::Panel::Plan);
                for (int step = 1; step <= kPlanSectionCount; ++step) {
                    checkFits(*window, *crisis, at("my plan, step %1").arg(step));
                    for (QPushButton* b : crisis->findChildren<QPushButton*>())
                        if (b->accessibleName() == u"Next step of my plan"_s && b->isEnabled()) {
                            b->click();
                            break;
                        }
                }
            }
        }
    }
    Appearance::apply(100, ProfileSettings::Theme::System);
}
