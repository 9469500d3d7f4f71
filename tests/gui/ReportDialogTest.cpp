// "Report for my next session" from My week, by keyboard: the days, the ticks, a preview,
// and a PDF through the save dialog; a backwards range is told kindly and writes nothing.
#include "JournalGuiSupport.h"
#include "ReviewGuiSupport.h"

#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/review/ReportDialog.h"
#include "gui/review/ReviewScreen.h"
#include "storage/StrategyStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
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
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct ReportProfile : JournalProfile {
    Week week;
    ReportProfile() {
        clock = QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::OffsetFromUTC, 3600);
        week = Week::containing(clock.date(), QLocale().firstDayOfWeek());
        JournalStore(db()).putAll(busyMonth(week, StrategyStore(db()).all()));
    }
};

void press(QWidget* widget, Qt::Key key) {
    widget->setFocus();
    QTest::keyClick(widget, key);
}

}  // namespace

TEST_CASE("Report dialog: chosen by keyboard, saved as a PDF, a backwards range writes nothing", "[report][gui]") {
    ReportProfile p;
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    ReviewScreen screen(*p.session);
    screen.resize(1100, 800);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));

    press(find<QPushButton>(&screen, u"reviewReport"_s), Qt::Key_Space);
    ReportDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = screen.findChild<ReportDialog*>();
        return dialog && dialog->isVisible();
    }));
    // Four whole weeks ending today; the person's own words not ticked.
    CHECK(dialog->range().from == QDate(2026, 10, 24));
    CHECK(dialog->range().to == QDate(2026, 11, 20));
    CHECK_FALSE(find<QCheckBox>(dialog, u"reportEntries"_s)->isChecked());
    CHECK(find<QCheckBox>(dialog, u"reportAtAGlance"_s)->isChecked());
    REQUIRE(QTest::qWaitFor([&] { return dialog->previewPages() > 0; }));
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || w->objectName().isEmpty() || !w->objectName().startsWith(u"report"_s))
            continue;
        INFO(w->objectName().toStdString());
        CHECK_FALSE((w->accessibleName().isEmpty() && !qobject_cast<QAbstractButton*>(w)));
    }

    QTemporaryDir dir;
    // The last day a year back: before the first day. Told kindly, nothing written.
    auto* to = find<QDateEdit>(dialog, u"reportTo"_s);
    to->setFocus();
    to->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(to, Qt::Key_Down);
    REQUIRE(to->date() == QDate(2025, 11, 20));
    REQUIRE(QTest::qWaitFor([&] { return !dialog->message().isEmpty(); }));
    CHECK(
        dialog->message() ==
        ReportDialog::tr("The first day is after the last day. Please choose a first day on or before the last one."));
    CHECK_FALSE(find<QPushButton>(dialog, u"reportSavePdf"_s)->isEnabled());
    const QString refused = dir.filePath(u"refused.pdf"_s);
    DialogHooks::queueFileName(refused);
    CHECK_FALSE(dialog->savePdf());
    CHECK_FALSE(QFile::exists(refused));
    DialogHooks::reset();
    DialogHooks::setTestMode(true);

    // Back to this year, and the first day a month earlier: eight weeks.
    to->setFocus();
    to->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(to, Qt::Key_Up);
    REQUIRE(to->date() == QDate(2026, 11, 20));
    auto* from = find<QDateEdit>(dialog, u"reportFrom"_s);
    from->setFocus();
    from->setCurrentSection(QDateTimeEdit::MonthSection);
    QTest::keyClick(from, Qt::Key_Down);
    CHECK(dialog->range().from == QDate(2026, 9, 24));
    INFO(dialog->message().toStdString() << " " << dialog->range().to.toString(Qt::ISODate).toStdString());
    REQUIRE(QTest::qWaitFor([&] { return dialog->message().isEmpty(); }));

    // Saved without the entries' words, through the save dialog.
    const QString plain = dir.filePath(u"report.pdf"_s);
    DialogHooks::queueFileName(plain);
    press(find<QPushButton>(dialog, u"reportSavePdf"_s), Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return QFile::exists(plain); }));
    const QString text = pdfText(plain);
    CHECK(text.contains(u"Report for my next session"_s));
    CHECK(text.contains(u"24 September – 20 November 2026"_s));
    CHECK(text.contains(u"late night"_s));
    CHECK_FALSE(text.contains(kSituationMarker));
    CHECK_FALSE(text.contains(kNoteMarker));
    CHECK(dialog->message() == ReportDialog::tr("The report was saved as a PDF."));

    // Ticked by keyboard: now they are in.
    auto* entries = find<QCheckBox>(dialog, u"reportEntries"_s);
    press(entries, Qt::Key_Space);
    REQUIRE(entries->isChecked());
    const QString withWords = dir.filePath(u"with-words.pdf"_s);
    DialogHooks::queueFileName(withWords);
    press(find<QPushButton>(dialog, u"reportSavePdf"_s), Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return QFile::exists(withWords); }));
    const QString second = pdfText(withWords);
    CHECK(second.contains(kSituationMarker));
    CHECK(second.contains(kNoteMarker));
    CHECK(second.contains(u"This report includes what you wrote"_s));

    press(find<QPushButton>(dialog, u"reportClose"_s), Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return screen.findChild<ReportDialog*>() == nullptr; }));
}
