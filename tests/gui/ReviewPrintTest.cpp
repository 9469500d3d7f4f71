// The weekly review on paper: the person chooses; their own words stay out unless ticked.
#include "JournalGuiSupport.h"
#include "ReviewGuiSupport.h"
#include "ScreenshotLooks.h"

#include "gui/common/DialogHooks.h"
#include "gui/review/ReviewScreen.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "support/Screenshot.h"

#include <QCheckBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
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

// Lines break where the page ends; compare words without the spaces between them.
QString squashed(QString text) {
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

std::unique_ptr<ReviewScreen> openReview(JournalProfile& p, QSize size) {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    auto screen = std::make_unique<ReviewScreen>(*p.session);
    screen->resize(size);
    screen->show();
    QApplication::setActiveWindow(screen.get());
    REQUIRE(QTest::qWaitForWindowActive(screen.get()));
    screen->setFocus();
    return screen;
}

struct BusyProfile : JournalProfile {
    Week week;
    BusyProfile() {
        clock = QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::OffsetFromUTC, 3600);
        week = Week::containing(clock.date(), QLocale().firstDayOfWeek());
        JournalStore(db()).putAll(busyMonth(week, StrategyStore(db()).all()));
    }
};

}  // namespace

TEST_CASE("Weekly review PDF: figures in, situations and notes out unless the person ticks them", "[review][gui]") {
    BusyProfile p;
    auto screen = openReview(p, QSize(900, 760));
    REQUIRE(screen->week() == p.week);
    REQUIRE(screen->data().summary.entries == 9);
    auto* note = find<QPlainTextEdit>(screen.get(), u"reviewReflection"_s);
    note->setFocus();
    keys(u"Ask about the evenings"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"week.pdf"_s);
    PrintChoicesDialog* dialog = screen->openPrintChoices();
    REQUIRE(dialog->isVisible());
    CHECK(find<QCheckBox>(dialog, u"printFigures"_s)->isChecked());
    CHECK_FALSE(find<QCheckBox>(dialog, u"printEntries"_s)->isChecked());  // off unless chosen
    DialogHooks::queueFileName(path);
    find<QPushButton>(dialog, u"printSavePdf"_s)->click();
    QCoreApplication::processEvents();

    const QString text = pdfText(path);
    REQUIRE_FALSE(text.isEmpty());
    const WeekSentences& words = screen->data().sentences;
    CHECK(squashed(text).contains(squashed(words.entries)));
    CHECK(squashed(text).contains(squashed(words.urges)));
    CHECK(squashed(text).contains(squashed(words.outcomes)));
    CHECK(text.contains(u"late night"_s));
    CHECK(text.contains(u"Ask about the evenings"_s));
    CHECK_FALSE(text.contains(kSituationMarker));
    CHECK_FALSE(text.contains(kNoteMarker));
    CHECK(screen->bannerText() == ReviewScreen::tr("This week was saved as a PDF."));

    // Ticked by keyboard: now they are in (so the check above can tell the difference).
    const QString withWords = dir.filePath(u"week-with-words.pdf"_s);
    dialog = screen->openPrintChoices();
    auto* entries = find<QCheckBox>(dialog, u"printEntries"_s);
    entries->setFocus();
    QTest::keyClick(entries, Qt::Key_Space);
    REQUIRE(entries->isChecked());
    auto* figures = find<QCheckBox>(dialog, u"printFigures"_s);
    figures->setFocus();
    QTest::keyClick(figures, Qt::Key_Space);
    DialogHooks::queueFileName(withWords);
    find<QPushButton>(dialog, u"printSavePdf"_s)->click();
    QCoreApplication::processEvents();
    const QString second = pdfText(withWords);
    CHECK(second.contains(kSituationMarker));
    CHECK(second.contains(kNoteMarker));
    CHECK_FALSE(squashed(second).contains(squashed(words.urges)));  // figures left out this time

    // Cancelled save dialog: nothing written, nothing said.
    dialog = screen->openPrintChoices();
    DialogHooks::queueFileName(QString());
    find<QPushButton>(dialog, u"printSavePdf"_s)->click();
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("Weekly review PDF: a setback reflection goes on paper only when ticked", "[review][gui][setback]") {
    BusyProfile p;
    // One reflection about an entry of the week, one about an entry long before it.
    QList<JournalEntry> all;
    for (const JournalEntry& e : JournalStore(p.db()).entriesBetween(p.week.fetchFrom(), p.week.fetchTo()))
        if (p.week.contains(localDate(e.occurredAt))) all.append(e);
    REQUIRE_FALSE(all.isEmpty());
    SetbackReflectionStore store(p.db(), p.clockFunction());
    SetbackReflection thisWeek;
    thisWeek.entryId = all.constLast().id;
    thisWeek.nextTime = u"Ring Ollie before it gets late"_s;
    store.save(thisWeek);
    SetbackReflection longAgo;
    longAgo.entryId = u"an-entry-from-another-year"_s;
    longAgo.before = u"Springtime exams"_s;
    store.save(longAgo);

    auto screen = openReview(p, QSize(900, 760));
    QTemporaryDir dir;
    PrintChoicesDialog* dialog = screen->openPrintChoices();
    auto* setbacks = find<QCheckBox>(dialog, u"printSetbacks"_s);
    CHECK_FALSE(setbacks->isChecked());  // off unless chosen
    const QString without = dir.filePath(u"without.pdf"_s);
    DialogHooks::queueFileName(without);
    find<QPushButton>(dialog, u"printSavePdf"_s)->click();
    QCoreApplication::processEvents();
    CHECK_FALSE(pdfText(without).contains(u"Ollie"_s));

    dialog = screen->openPrintChoices();
    setbacks = find<QCheckBox>(dialog, u"printSetbacks"_s);
    setbacks->setFocus();
    QTest::keyClick(setbacks, Qt::Key_Space);
    REQUIRE(setbacks->isChecked());
    const QString with = dir.filePath(u"with.pdf"_s);
    DialogHooks::queueFileName(with);
    find<QPushButton>(dialog, u"printSavePdf"_s)->click();
    QCoreApplication::processEvents();
    const QString text = pdfText(with);
    CHECK(text.contains(u"Learning from a setback"_s));
    CHECK(squashed(text).contains(u"RingOlliebeforeitgetslate"_s));
    CHECK_FALSE(text.contains(u"Springtime"_s));   // another week's reflection stays out
    CHECK_FALSE(text.contains(kSituationMarker));  // ticking this does not bring the entries' words
}

TEST_CASE("Weekly review screenshots: a busy week, an empty week, the PDF pages", "[review][gui][screenshots]") {
    forEachLook([](const Look& look) {
        BusyProfile p;
        const QSize size = look.percent > 150 ? QSize(1300, 1000) : QSize(1000, 820);
        auto screen = openReview(p, size);
        auto* column = find<QScrollArea>(screen.get(), u"reviewColumn"_s);
        const auto shoot = [&](const QString& name) {
            QCoreApplication::processEvents();
            saveScreenshot(screen.get(), u"review-"_s + name + look.suffix);
        };
        shoot(u"busy-1"_s);
        const int page = column->viewport()->height() - 60;
        for (int i = 2; i <= 6 && column->verticalScrollBar()->value() < column->verticalScrollBar()->maximum(); ++i) {
            column->verticalScrollBar()->setValue(column->verticalScrollBar()->value() + page);
            shoot(u"busy-"_s + QString::number(i));
        }
        REQUIRE(screen->showWeek(p.week.shifted(-8)));
        shoot(u"empty"_s);

        const QString dir = qEnvironmentVariable("MOORING_SCREENSHOTS");
        if (dir.isEmpty() || look.percent != 100 || look.theme != ProfileSettings::Theme::Light) return;
        REQUIRE(screen->showWeek(p.week));
        ReviewPrintChoices choices;
        choices.entryTexts = true;
        const QString pdf = QDir(dir).filePath(u"review-print.pdf"_s);
        REQUIRE(screen->savePdf(pdf, choices));
        QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"70"_s, pdf, QDir(dir).filePath(u"review-pdf-page"_s)});
    });
}
