// The self-care questions the check-in asks: all four until the person turns one off in the
// settings; the choice is kept in the encrypted profile, and answers saved before stay.
#include "JournalGuiSupport.h"

#include "gui/checkin/CheckInScreen.h"
#include "gui/checkin/SelfCareFields.h"
#include "gui/settings/SelfCareSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

template <typename W>
std::unique_ptr<W> shown(std::unique_ptr<W> w) {
    w->resize(900, 760);
    w->show();
    QApplication::setActiveWindow(w.get());
    REQUIRE(QTest::qWaitForWindowActive(w.get()));
    return w;
}

}  // namespace

TEST_CASE("Self-care questions: all asked at first, one turned off in the settings is not asked, its answer kept",
          "[checkin][settings][gui]") {
    JournalProfile p;
    CheckIn saved;
    saved.day = p.clock.date();
    saved.overall = 5;
    saved.selfCare.medication = true;
    saved.selfCare.sleepHours = 7;
    p.session->checkIns().save(saved);

    auto page = shown(std::make_unique<CheckInScreen>(*p.session));
    auto* medication = find<QComboBox>(page.get(), u"tookMedication"_s);
    CHECK(medication->isVisible());
    CHECK(find<QDoubleSpinBox>(page.get(), u"sleepHours"_s)->isVisible());

    auto section = shown(std::make_unique<SelfCareSection>(*p.session));
    auto* ask = find<QCheckBox>(section.get(), u"askMedication"_s);
    CHECK(ask->isChecked());
    ask->setFocus();
    QTest::keyClick(ask, Qt::Key_Space);
    CHECK_FALSE(ask->isChecked());
    SelfCareQuestions expected;
    expected.medication = false;
    CHECK(p.session->checkInPreferences().selfCareQuestions() == expected);

    // The page asks again when it is opened.
    page->openToday();
    CHECK_FALSE(medication->isVisible());
    CHECK(find<QComboBox>(page.get(), u"ateRegularly"_s)->isVisible());
    CHECK(find<QDoubleSpinBox>(page.get(), u"sleepHours"_s)->isVisible());
    // The page still holds the earlier answer, so saving it again keeps it.
    CHECK(find<SelfCareFields>(page.get(), {})->value().medication == true);

    // All four off: the part's heading goes too; on again, all come back.
    for (const char* name : {"askSleep", "askAte", "askMoved"}) {
        auto* box = find<QCheckBox>(section.get(), QString::fromLatin1(name));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    page->openToday();
    CHECK_FALSE(find<SelfCareFields>(page.get(), {})->isVisible());
    CHECK(p.session->checkInPreferences().selfCareQuestions() == SelfCareQuestions{false, false, false, false});
    for (const char* name : {"askSleep", "askAte", "askMedication", "askMoved"}) {
        auto* box = find<QCheckBox>(section.get(), QString::fromLatin1(name));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    page->openToday();
    CHECK(medication->isVisible());
    CHECK(medication->currentData().toBool() == true);  // the answer was there all along
}
