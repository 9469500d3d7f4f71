// At 200 % text in German (the longest words at the largest size) the plan editor and the
// toolbox still fit a laptop-wide window (1280 px): no sideways scrolling, no button or tick
// box whose words are cut off. Built-in coping ideas speak German too.
#include "FoundationDriver.h"
#include "ScreenshotLooks.h"

#include "domain/CopingIdeaTexts.h"
#include "exchange/Exporter.h"
#include "gui/review/ReviewScreen.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/ProfileSettings.h"
#include "storage/StrategyStore.h"
#include "storage/Translations.h"
#include "storage/UnlockedProfile.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;
using mooring::test::TempProfile;

namespace {

const QString kPassphrase = u"harbour lights at dusk"_s;
constexpr int kLaptopWidth = 1280;
constexpr int kNarrowWidth = 960;

void settle(QWidget* window) {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    window->update();
}

// Buttons and tick boxes that show fewer pixels than their words need.
QStringList cutOffTexts(const QWidget* screen) {
    QStringList cut;
    for (const QAbstractButton* button : screen->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(screen) || button->text().isEmpty()) continue;
        const QString text = QString(button->text()).remove(u'&');
        const int words = button->fontMetrics().horizontalAdvance(text);
        if (button->width() < words || button->width() < button->minimumSizeHint().width()) cut << text;
    }
    return cut;
}

// No sideways scrolling in any scroll area of the screen.
bool scrollsSideways(const QWidget* screen) {
    for (const QScrollArea* area : screen->findChildren<QScrollArea*>())
        if (area->isVisibleTo(screen) && area->horizontalScrollBar()->maximum() > 0) return true;
    return false;
}

// Wrapped words given less height than they need, so that lines overlap or are cut.
QStringList squeezedLabels(const QWidget* screen) {
    QStringList squeezed;
    for (const QLabel* label : screen->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(screen) || !label->wordWrap() || label->text().isEmpty()) continue;
        if (label->height() < label->heightForWidth(label->width())) squeezed << label->text();
    }
    return squeezed;
}

void useLook(const ProfilePaths& paths, int percent, ProfileSettings::Theme theme) {
    ProfileSettings settings(paths);
    settings.setTextScalePercent(percent);
    settings.setTheme(theme);
    settings.save();
}

}  // namespace

TEST_CASE("German at 200 %: the plan editor and the toolbox fit a 1280 px window", "[german][layout]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    mooring::test::forEachLook([&](const mooring::test::Look& look) {
        useLook(tmp.paths(), 200, look.theme);  // always 200 %: this test is about the largest text
        auto window = openWindow(tmp.paths(), QSize(kLaptopWidth, 800));
        typePassphraseAndUnlock(*window, kPassphrase);
        REQUIRE(window->profile() != nullptr);
        const QString suffix = u"-200"_s + (look.theme == ProfileSettings::Theme::Dark ? u"-dark"_s : u"-light"_s);

        // Fits at 1280 px, and also in the 960 px the German screenshots use, so a laptop
        // with its own scaling on top (1280 px at 125 % is 1024) still has room.
        const auto fits = [&](QWidget* screen, const QString& name) {
            for (const int width : {kLaptopWidth, kNarrowWidth}) {
                INFO(name.toStdString() << " at " << width << " px");
                window->resize(width, 800);
                settle(window.get());
                CHECK(window->minimumSizeHint().width() <= width);
                CHECK(window->width() == width);
                CHECK(cutOffTexts(screen) == QStringList());
                CHECK_FALSE(scrollsSideways(screen));
                mooring::test::saveScreenshot(window.get(), u"german-layout-%1-%2"_s.arg(name).arg(width) + suffix);
            }
        };

        window->showPlan();
        auto* plan = child<QWidget>(window.get(), "planEditor");
        CHECK(plan->minimumSizeHint().width() <= kNarrowWidth);
        fits(plan, u"plan"_s);
        // A short laptop screen: the section scrolls rather than squeezing its words, and
        // the last of its buttons comes into view when Tab reaches it.
        window->resize(kLaptopWidth, 600);
        settle(window.get());
        CHECK(window->height() == 600);
        CHECK(squeezedLabels(plan) == QStringList());
        auto* moveUp = child<QPushButton>(plan, "itemMoveUp");
        auto* moveDown = child<QPushButton>(plan, "itemMoveDown");
        auto* scroll = child<QScrollArea>(plan, "planSectionScroll");
        CHECK(scroll->verticalScrollBar()->maximum() > 0);
        moveUp->setEnabled(true);  // as with an item chosen
        moveDown->setEnabled(true);
        moveUp->setFocus(Qt::TabFocusReason);
        QTest::keyClick(moveUp, Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == moveDown);
        settle(window.get());
        CHECK(scroll->viewport()->rect().contains(moveDown->mapTo(scroll->viewport(), moveDown->rect().bottomRight())));

        window->showToolbox();
        auto* toolbox = child<ToolboxScreen>(window.get(), "toolboxScreen");
        CHECK(child<QWidget>(toolbox, "toolboxBrowse")->minimumSizeHint().width() <= kNarrowWidth);
        fits(toolbox, u"toolbox"_s);
        // The built-in ideas are listed in German.
        auto* list = child<QListView>(toolbox, "ideaList");
        REQUIRE(list->model()->rowCount() > 0);
        QStringList titles;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            titles << list->model()->index(row, 0).data().toString();
        CHECK(titles.contains(u"Kühl deine Hände unter fließendem Wasser"_s));
        CHECK_FALSE(titles.contains(u"Cool your hands under running water"_s));
        window->lockNow();
    });
    Appearance::apply(100, ProfileSettings::Theme::System);
}

TEST_CASE("Tick boxes and round buttons grow with the text size everywhere", "[layout]") {
    QCheckBox box(u"Tick"_s);
    QRadioButton radio(u"Round"_s);
    Appearance::apply(100, ProfileSettings::Theme::Light);
    const int smallBox = box.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &box);
    const int smallRadio = radio.style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, &radio);
    Appearance::apply(200, ProfileSettings::Theme::Dark);
    box.setFont(QApplication::font());
    radio.setFont(QApplication::font());
    const int largeBox = box.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &box);
    const int largeRadio = radio.style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, &radio);
    Appearance::apply(100, ProfileSettings::Theme::System);
    CHECK(largeBox >= smallBox * 3 / 2);
    CHECK(largeRadio >= smallRadio * 3 / 2);
    // About the height of a capital letter and a bit: easy to see, not shouting.
    CHECK(largeBox <= QFontMetrics(QApplication::font()).height() * 2);
}

TEST_CASE("A built-in idea the person edited keeps their words in the German toolbox", "[german][toolbox]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths(), QSize(kLaptopWidth, 800));
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    {
        StrategyStore store(window->profile()->database());
        for (CopingStrategy s : store.all()) {
            if (s.builtinKey != u"sensory-cold-drink"_s) continue;
            s.title = u"Ice-cold lemonade"_s;
            store.update(s);
        }
    }
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    window->showToolbox();
    auto* toolbox = child<ToolboxScreen>(window.get(), "toolboxScreen");
    auto* list = child<QListView>(toolbox, "ideaList");
    QStringList titles;
    for (int row = 0; row < list->model()->rowCount(); ++row) titles << list->model()->index(row, 0).data().toString();
    CHECK(titles.contains(u"Ice-cold lemonade"_s));                         // their words
    CHECK(titles.contains(u"Kühl deine Hände unter fließendem Wasser"_s));  // the others in German
    CHECK_FALSE(titles.contains(u"Trink etwas Eiskaltes"_s));
}

TEST_CASE("In German the export carries the ideas as stored, not as shown", "[german][toolbox]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths(), QSize(kLaptopWidth, 800));
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    Database& db = window->profile()->database();
    {
        StrategyStore store(db);
        for (CopingStrategy s : store.all()) {
            if (s.builtinKey != u"sensory-cold-drink"_s) continue;
            s.details = u"Lemonade from the fridge."_s;  // the person's own words
            store.update(s);
        }
    }
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    ProfileSettings settings(tmp.paths());
    const QJsonObject root = QJsonDocument::fromJson(Exporter(db, settings).readable(ExportContent::Full)).object();
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue& v : root.value(u"strategies"_s).toArray())
        byKey.insert(v.toObject().value(u"builtin_key"_s).toString(), v.toObject());
    REQUIRE(byKey.contains(u"sensory-ice-cube"_s));
    CHECK(byKey.value(u"sensory-ice-cube"_s).value(u"title"_s).toString() == u"Cool your hands under running water"_s);
    CHECK(byKey.value(u"sensory-cold-drink"_s).value(u"title"_s).toString() == u"Sip an ice-cold drink"_s);
    CHECK(byKey.value(u"sensory-cold-drink"_s).value(u"details"_s).toString() == u"Lemonade from the fridge."_s);
}

TEST_CASE("In German the weekly review names a built-in idea tried in German", "[german][review]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths(), QSize(kLaptopWidth, 800));
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    Database& db = window->profile()->database();
    QString iceCube;
    for (const CopingStrategy& s : StrategyStore(db).all())
        if (s.builtinKey == u"sensory-ice-cube"_s) iceCube = s.id;
    REQUIRE_FALSE(iceCube.isEmpty());
    for (int i = 0; i < 3; ++i) {  // three tries: also in "what helps me"
        JournalEntry e;
        e.occurredAt = QDateTime::currentDateTime().addSecs(-60 * (i + 1));
        e.urge = 5;
        TriedItem tried;
        tried.strategyId = iceCube;
        tried.helped = 8;
        e.tried << tried;
        JournalStore(db).add(e);
    }
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    window->showReview();
    auto* review = child<ReviewScreen>(window.get(), "reviewScreen");
    REQUIRE(review->data().summary.tried.size() == 1);
    CHECK(review->data().summary.tried.first().label() == u"Kühl deine Hände unter fließendem Wasser"_s);
    REQUIRE(review->whatHelps().size() == 1);
    CHECK(review->whatHelps().first().label() == u"Kühl deine Hände unter fließendem Wasser"_s);
}
