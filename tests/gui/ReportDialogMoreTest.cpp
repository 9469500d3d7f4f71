// "Report for my next session" beyond the basics: from the File menu, starting the day
// after the last report made, and the check-ins and the plan's changes read from the
// profile itself into the PDF.
#include "FoundationDriver.h"
#include "JournalGuiSupport.h"

#include "gui/common/DialogHooks.h"
#include "gui/review/ReportDialog.h"
#include "storage/CheckInStore.h"
#include "storage/ReportPreferences.h"
#include "storage/SafetyPlanStore.h"
#include "support/ExchangeSamples.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString& path) {
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(p.waitForFinished(20000));
    // The PDF's fonts join "fi" and "fl" into one glyph; read them as letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(u'\uFB01', u"fi"_s)
        .replace(u'\uFB02', u"fl"_s)
        .remove(QRegularExpression(u"\\s+"_s));
}

QString squashed(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

struct TodayProfile : JournalProfile {
    TodayProfile() {
        clock = QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::OffsetFromUTC, 3600);
        DialogHooks::reset();
        DialogHooks::setTestMode(true);
    }
};

std::unique_ptr<ReportDialog> openDialog(TodayProfile& p) {
    auto dialog = std::make_unique<ReportDialog>(*p.session);
    dialog->resize(1100, 800);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    return dialog;
}

void press(QWidget* widget, Qt::Key key) {
    widget->setFocus();
    QTest::keyClick(widget, key);
}

bool saveBySpace(ReportDialog& dialog, const QString& path) {
    DialogHooks::queueFileName(path);
    press(find<QPushButton>(&dialog, u"reportSavePdf"_s), Qt::Key_Space);
    return QTest::qWaitFor([&] { return QFile::exists(path); });
}

CheckIn checkIn(const QDate& day, int overall, int urge) {
    CheckIn c;
    c.day = day;
    c.overall = overall;
    c.urge = urge;
    c.feelings = {u"restless"_s};
    return c;
}

void savePlan(Database& db, const QDateTime& at, const QStringList& warningSigns, const QStringList& people) {
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = warningSigns;
    plan.items(PlanSection::PeopleToAsk) = people;
    SafetyPlanStore(db, [at] { return at; }).save(plan, {});
}

}  // namespace

TEST_CASE("Report dialog: starts the day after the last report made, and remembers a saved one", "[report][gui]") {
    TodayProfile p;
    ReportPreferences(p.db()).setLastReportEnd(QDate(2026, 11, 6));
    QTemporaryDir dir;
    {
        auto dialog = openDialog(p);
        CHECK(dialog->range().from == QDate(2026, 11, 7));
        CHECK(dialog->range().to == QDate(2026, 11, 20));
        REQUIRE(QTest::qWaitFor([&] { return dialog->previewPages() > 0; }));
        // Only a PDF actually saved counts as a report made.
        CHECK(ReportPreferences(p.db()).lastReportEnd() == QDate(2026, 11, 6));
        REQUIRE(saveBySpace(*dialog, dir.filePath(u"report.pdf"_s)));
        CHECK(ReportPreferences(p.db()).lastReportEnd() == QDate(2026, 11, 20));
    }
    // Made today: the next one cannot start tomorrow, so it offers the last four weeks.
    auto again = openDialog(p);
    CHECK(again->range().from == QDate(2026, 10, 24));
    CHECK(again->range().to == QDate(2026, 11, 20));
}

TEST_CASE("Report dialog: check-ins and the plan's changes from the profile into the PDF", "[report][gui]") {
    TodayProfile p;
    for (const CheckIn& c : {checkIn(QDate(2026, 11, 16), 6, 2), checkIn(QDate(2026, 11, 17), 8, 4)})
        CheckInStore(p.db(), p.clockFunction()).save(c);
    // Before the range, during it, and after its last day (which must not count).
    savePlan(p.db(), QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::OffsetFromUTC, 3600), {u"Skipping meals"_s},
             {u"Ollie"_s});
    savePlan(p.db(), QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::OffsetFromUTC, 3600), {},
             {u"Ollie"_s, u"Aunt Ruth"_s});
    QTemporaryDir dir;
    auto dialog = openDialog(p);
    auto* checkIns = find<QCheckBox>(dialog.get(), u"reportCheckIns"_s);
    auto* planChanges = find<QCheckBox>(dialog.get(), u"reportPlanChanges"_s);
    CHECK(checkIns->isEnabled());
    CHECK(checkIns->isChecked());
    CHECK_FALSE(planChanges->isChecked());  // the plan is sensitive: only when ticked

    REQUIRE(saveBySpace(*dialog, dir.filePath(u"plain.pdf"_s)));
    const QString plain = pdfText(dir.filePath(u"plain.pdf"_s));
    CHECK(plain.contains(squashed(u"You checked in on 2 days in this time."_s)));
    CHECK(
        plain.contains(squashed(u"Week of 16 Nov: checked in on 2 days. How the day was, on average: 7.0 out of "
                                u"10. Urges, on average: 3.0 out of 10."_s)));
    CHECK(plain.contains(u"restless"_s));
    CHECK_FALSE(plain.contains(u"AuntRuth"_s));

    press(planChanges, Qt::Key_Space);
    REQUIRE(planChanges->isChecked());
    press(checkIns, Qt::Key_Space);
    REQUIRE_FALSE(checkIns->isChecked());
    REQUIRE(saveBySpace(*dialog, dir.filePath(u"plan.pdf"_s)));
    const QString plan = pdfText(dir.filePath(u"plan.pdf"_s));
    CHECK(plan.contains(squashed(u"Changes to my safety plan"_s)));
    CHECK(plan.contains(squashed(u"Taken out: Skipping meals"_s)));
    CHECK(plan.contains(squashed(u"Added: Aunt Ruth"_s)));
    CHECK_FALSE(plan.contains(squashed(u"Added: Ollie"_s)));
    CHECK_FALSE(plan.contains(squashed(u"My check-ins"_s)));

    // Days without a check-in: the tick is greyed, as it could add nothing.
    dialog->setRange({QDate(2026, 11, 1), QDate(2026, 11, 8)});
    dialog->refreshNow();
    CHECK_FALSE(checkIns->isEnabled());
}

TEST_CASE("Report dialog: File > Report for my next session opens it, only while unlocked", "[report][gui]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    OpenProfile source;
    source.profile.reset();
    source.settings.reset();
    auto window = foundation::openWindow(source.dir.paths());
    CHECK_FALSE(window->menuBar()->isVisible());
    foundation::typePassphraseAndUnlock(*window, u"sample passphrase"_s);
    REQUIRE(QTest::qWaitFor([&] { return window->menuBar()->isVisible(); }));

    // Alt+F opens the File menu, R chooses the report.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::AltModifier);
    QMenu* menu = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        return menu != nullptr;
    }));
    CHECK(menu->objectName() == u"fileMenu"_s);
    QTest::keyClick(menu, Qt::Key_R);
    ReportDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = window->findChild<ReportDialog*>();
        return dialog && dialog->isVisible();
    }));
    CHECK(dialog->windowTitle() == ReportDialog::tr("Report for my next session"));
    press(find<QPushButton>(dialog, u"reportClose"_s), Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return window->findChild<ReportDialog*>() == nullptr; }));
}
