#include "JournalGuiSupport.h"
#include "ScreenshotLooks.h"

#include "gui/common/Appearance.h"
#include "gui/journal/EntryEditor.h"
#include "gui/journal/JournalModel.h"
#include "storage/ProfileSettings.h"
#include "storage/StrategyStore.h"
#include "support/JournalSamples.h"
#include "support/Screenshot.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

// A few weeks of a journal as a person might keep it, for looking at.
void fillJournal(JournalProfile& p) {
    JournalStore store(p.db(), p.clockFunction());
    const QList<CopingStrategy> ideas = StrategyStore(p.db()).all();
    const QStringList situations{
        u"At home after a call with my sister. The flat was very quiet and I kept going over what she said."_s,
        u"Exam results came out. I sat in the car park for a long time before driving home."_s,
        u"Couldn't sleep. Scrolling through old messages."_s,
        u""_s,
        u"Work meeting ran late and my manager said my report was not good enough."_s,
    };
    const QList<QStringList> feelings{
        {u"lonely"_s, u"sad"_s}, {u"anxious"_s}, {u"numb"_s, u"empty"_s}, {}, {u"ashamed"_s, u"angry"_s}};
    const QList<QStringList> triggers{
        {u"argument"_s}, {u"exam results"_s}, {u"late night"_s}, {}, {u"work"_s, u"criticism"_s}};
    for (int i = 0; i < 18; ++i) {
        JournalEntry e = quickEntry(p.clock.addSecs(-i * 31 * 3600 - 1800), (i * 7) % 11, situations.at(i % 5));
        e.feelings = feelings.at(i % 5);
        e.triggers = triggers.at(i % 5);
        if (i % 3 == 0) e.tried = {{ideas.at(i % ideas.size()).id, {}, 6}, {{}, u"went for a walk"_s, 4}};
        if (i % 4 != 3) e.outcome = static_cast<JournalOutcome>(i % 3);
        store.add(e);
    }
}

void shootAll(const Look& v) {
    JournalProfile p;
    p.clock = QDateTime(QDate(2026, 11, 20), QTime(21, 40), Qt::OffsetFromUTC, 0);
    fillJournal(p);
    const QSize size = v.percent > 150 ? QSize(1280, 960) : QSize(960, 760);
    auto screen = openJournal(p, size);
    screen->model()->setToday(p.clock.date());
    auto shot = [&](const QString& name) {
        QCoreApplication::processEvents();
        saveScreenshot(screen.get(), u"journal-"_s + name + v.suffix);
    };
    screen->showList();
    shot(u"list"_s);
    key(Qt::Key_Delete);  // the undo bar
    shot(u"list-deleted"_s);
    key(Qt::Key_Z, Qt::ControlModifier);

    find<QPushButton>(screen.get(), u"journalFiltersToggle"_s)->click();
    auto* search = find<QLineEdit>(screen.get(), u"journalSearch"_s);
    search->setFocus();
    search->setText(u"work"_s);
    key(Qt::Key_Return);
    shot(u"list-filtered"_s);
    find<QPushButton>(screen.get(), u"journalFiltersToggle"_s)->click();
    search->setFocus();
    search->clear();
    key(Qt::Key_Return);

    screen->openEntry(screen->model()->entryIdAt(screen->model()->index(1)));
    shot(u"entry-top"_s);
    screen->resize(size.width(), size.height() * 5 / 2);  // the whole form at once
    shot(u"entry-whole"_s);

    screen->newEntry();
    find<QPushButton>(screen.get(), u"entrySave"_s)->click();  // no urge yet: the kind message
    screen->resize(size);
    shot(u"entry-new-problem"_s);

    JournalEntry acted = fullEntry();
    acted.outcome = JournalOutcome::Acted;
    acted.occurredAt = p.clock.addSecs(-600);
    screen->newEntryFrom(acted);
    screen->resize(size.width(), size.height() * 5 / 2);
    shot(u"entry-acted"_s);

    JournalProfile empty;
    auto none = openJournal(empty, size);
    QCoreApplication::processEvents();
    saveScreenshot(none.get(), u"journal-empty"_s + v.suffix);
}

}  // namespace

TEST_CASE("Screenshots of the journal list and form, 100 % and 200 % text, light and dark", "[journal][screenshots]") {
    forEachLook([](const Look& v) { shootAll(v); });
    SUCCEED();
}
