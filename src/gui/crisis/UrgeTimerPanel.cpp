#include "gui/crisis/UrgeTimerPanel.h"

#include "gui/common/FocusLanding.h"
#include "gui/common/LiveNotice.h"
#include "gui/common/ReadAloudButton.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/crisis/PageStack.h"
#include "gui/crisis/UrgeTimerWords.h"
#include "speech/Script.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace urgeWords;

UrgeTimerPanel::UrgeTimerPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(u"urgeTimerPanel"_s);
    FocusLanding::install(this, [this] { return focusTarget(); });
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &UrgeTimerPanel::tick);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = crisis::wrappedLabel(tr("Ride out the urge"), this, u"urgeHeading"_s);
    crisis::setFontScale(heading, crisis::kHeading, true);
    layout->addWidget(heading);
    m_readAloud = new ReadAloudButton(
        [this] {
            speech::Script script;
            for (const speech::HelpText& line : m_saying) script.add(line);
            return script;
        },
        this);
    m_readAloud->setFollowsChanges(true);
    layout->addWidget(m_readAloud);
    m_pages = new crisis::PageStack(this);
    layout->addWidget(m_pages, 1);
    m_choosePage = buildChoosePage();
    m_runningPage = buildRunningPage();
    m_endPage = buildEndPage();
    m_answeredPage = buildAnsweredPage();
    for (QWidget* page : {m_choosePage, m_runningPage, m_endPage, m_answeredPage}) m_pages->addWidget(page);
    m_announcer = new LiveNotice(this);
    showPage(m_choosePage);
    say({kIntro, kHowLong});
}

void UrgeTimerPanel::setClock(UrgeTimer::Clock clock) { m_timer = UrgeTimer(std::move(clock)); }

QWidget* UrgeTimerPanel::buildChoosePage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(crisis::wrappedLabel(kIntro.text(), page));
    layout->addWidget(crisis::wrappedLabel(kHowLong.text(), page));
    auto* row = new crisis::FlowLayout;
    for (int minutes : {5, 10, 15}) {
        auto* button = new QPushButton(tr("%n minutes", nullptr, minutes), page);
        button->setObjectName(u"urgeStart%1"_s.arg(minutes));
        crisis::makeLarge(button, tr("Start a timer of %n minutes", nullptr, minutes));
        connect(button, &QPushButton::clicked, this, [this, minutes] { start(minutes); });
        row->addWidget(button);
        if (!m_firstChoice) m_firstChoice = button;
    }
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QWidget* UrgeTimerPanel::buildRunningPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_passed = new QLabel(page);
    m_passed->setObjectName(u"urgePassed"_s);
    m_passed->setAlignment(Qt::AlignCenter);
    crisis::setFontScale(m_passed, crisis::kBig, true);
    layout->addWidget(m_passed);
    m_lengthLine = crisis::wrappedLabel(QString(), page, u"urgeLength"_s);
    m_lengthLine->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_lengthLine);
    m_progress = new QProgressBar(page);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Time passed"));
    m_progress->setMaximumHeight(14);
    layout->addWidget(m_progress);
    m_message = crisis::wrappedLabel(QString(), page, u"urgeMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    crisis::setFontScale(m_message, 1.2);
    layout->addWidget(m_message);

    m_checkIn = new QFrame(page);
    m_checkIn->setObjectName(u"urgeCheckIn"_s);
    auto* checkLayout = new QVBoxLayout(m_checkIn);
    auto* question = crisis::wrappedLabel(kCheckInQuestion.text(), m_checkIn, u"urgeCheckInQuestion"_s);
    crisis::setFontScale(question, 1.1, true);
    checkLayout->addWidget(question);
    auto* checkRow = new crisis::FlowLayout;
    m_checkInYes = new QPushButton(tr("Yes, a little"), m_checkIn);
    m_checkInYes->setObjectName(u"urgeEasedYes"_s);
    crisis::makeLarge(m_checkInYes, tr("Yes, the urge has eased a little"));
    auto* notYet = new QPushButton(tr("Not yet: add 5 minutes"), m_checkIn);
    notYet->setObjectName(u"urgeEasedNotYet"_s);
    crisis::makeLarge(notYet, tr("Not yet. Add 5 more minutes"));
    // The answers carry the question: the focus lands on them, not on the question.
    for (QPushButton* answer : {m_checkInYes, notYet}) answer->setAccessibleDescription(kCheckInQuestion.text());
    checkRow->addWidget(m_checkInYes);
    checkRow->addWidget(notYet);
    checkLayout->addLayout(checkRow);
    layout->addWidget(m_checkIn);
    connect(m_checkInYes, &QPushButton::clicked, this, [this] {
        m_timer.answerCheckIn(true);
        m_message->setText(kEasedYes.text());
        refreshRunning();
        afterCheckIn();
        say({kEasedYes});
    });
    connect(notYet, &QPushButton::clicked, this, [this] {
        m_timer.answerCheckIn(false);
        m_message->setText(kEasedNotYet.text());
        refreshRunning();
        afterCheckIn();
        say({kEasedNotYet});
    });

    auto* row = new crisis::FlowLayout;
    auto* extend = new QPushButton(tr("Add 5 minutes"), page);
    extend->setObjectName(u"urgeExtend"_s);
    crisis::makeLarge(extend, tr("Add 5 minutes to the timer"));
    m_extend = extend;
    auto* stop = new QPushButton(tr("Stop the timer"), page);
    stop->setObjectName(u"urgeStop"_s);
    crisis::makeLarge(stop, tr("Stop the timer"));
    row->addWidget(extend);
    row->addWidget(stop);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(extend, &QPushButton::clicked, this, [this] {
        m_timer.extend();
        refreshRunning();
    });
    connect(stop, &QPushButton::clicked, this, [this] {
        m_timer.stop();
        m_ticker->stop();
        showPage(m_choosePage);
        m_firstChoice->setFocus();
        say({kIntro, kHowLong});
    });
    return page;
}

QWidget* UrgeTimerPanel::buildEndPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* question = crisis::wrappedLabel(kEndQuestion.text(), page, u"urgeEndQuestion"_s);
    crisis::setFontScale(question, 1.2, true);
    layout->addWidget(question);
    const std::pair<UrgeTimer::Outcome, QString> answers[] = {
        {UrgeTimer::Outcome::Passed, tr("It passed")},
        {UrgeTimer::Outcome::Coped, tr("I got through it")},
        {UrgeTimer::Outcome::StillHard, tr("It's still hard")},
    };
    auto* row = new crisis::FlowLayout;
    for (const auto& [outcome, text] : answers) {
        auto* button = new QPushButton(text, page);
        button->setObjectName(u"urgeAnswer%1"_s.arg(int(outcome)));
        crisis::makeLarge(button, text);
        button->setAccessibleDescription(kEndQuestion.text());  // heard with the answer that has the focus
        connect(button, &QPushButton::clicked, this, [this, outcome = outcome] { answerEnd(outcome); });
        row->addWidget(button);
        if (!m_firstEndAnswer) m_firstEndAnswer = button;
    }
    layout->addLayout(row);
    auto* more = new QPushButton(tr("Give me 5 more minutes"), page);
    more->setObjectName(u"urgeEndExtend"_s);
    crisis::makeLarge(more, tr("Give me 5 more minutes"));
    connect(more, &QPushButton::clicked, this, [this] {
        m_timer.extend();
        m_message->setText(kindLine(m_timer.messageIndex()).text());
        showRunning();
        say({kindLine(m_timer.messageIndex())});
    });
    layout->addWidget(more, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

QWidget* UrgeTimerPanel::buildAnsweredPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_reply = crisis::wrappedLabel(QString(), page, u"urgeReply"_s);
    crisis::setFontScale(m_reply, 1.2);
    layout->addWidget(m_reply);
    m_talkButton = new QPushButton(tr("Talk to someone now"), page);
    m_talkButton->setObjectName(u"urgeTalk"_s);
    crisis::makeLarge(m_talkButton, tr("Talk to someone now"));
    connect(m_talkButton, &QPushButton::clicked, this, &UrgeTimerPanel::talkRequested);
    layout->addWidget(m_talkButton, 0, Qt::AlignLeft);
    auto* again = new QPushButton(tr("Start another timer"), page);
    m_again = again;
    again->setObjectName(u"urgeAgain"_s);
    crisis::makeLarge(again, tr("Start another timer"));
    connect(again, &QPushButton::clicked, this, [this] {
        m_timer.stop();
        showPage(m_choosePage);
        m_firstChoice->setFocus();
        say({kIntro, kHowLong});
    });
    layout->addWidget(again, 0, Qt::AlignLeft);
    m_saveToJournal = new QPushButton(tr("Save this in my journal"), page);
    m_saveToJournal->setObjectName(u"urgeSaveToJournal"_s);
    crisis::makeLarge(m_saveToJournal, tr("Save this in my journal"));
    m_saveToJournal->hide();
    connect(m_saveToJournal, &QPushButton::clicked, this, [this] {
        m_saveToJournal->hide();  // once per timer
        Q_EMIT saveToJournalRequested();
    });
    layout->addWidget(m_saveToJournal, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void UrgeTimerPanel::setJournalOffered(bool offered) {
    m_journalOffered = offered;
    if (!offered) m_saveToJournal->hide();
}

void UrgeTimerPanel::start(int minutes) {
    m_timer.start(std::chrono::minutes(minutes));
    m_startedAt = QDateTime::currentDateTime();
    m_message->setText(kindLine(0).text());
    showRunning();
    say({kindLine(0)});
}

void UrgeTimerPanel::showPage(QWidget* page) {
    const bool focusHere = isAncestorOf(QApplication::focusWidget());
    m_pages->setCurrentWidget(page);
    // If the control that had the focus went with its page, the new page's first one takes it.
    QWidget* now = QApplication::focusWidget();
    if (focusHere && (!now || !now->isVisible() || !isAncestorOf(now))) setFocus();
}

QWidget* UrgeTimerPanel::focusTarget() const {
    // The panel passes the focus on (a choice button, Alt+R, Tab) only to a control on the page
    // shown: one on a hidden page would still take Space and, say, restart the timer unseen.
    QWidget* first = m_firstChoice;
    if (m_pages->currentWidget() == m_runningPage)
        first = m_timer.checkInPending() ? m_checkInYes : m_extend;
    else if (m_pages->currentWidget() == m_endPage)
        first = m_firstEndAnswer;
    else if (m_pages->currentWidget() == m_answeredPage)
        first = m_talkButton->isHidden() ? m_again : m_talkButton;
    return first;
}

void UrgeTimerPanel::showRunning() {
    showPage(m_runningPage);
    m_ticker->start();
    refreshRunning();
}

void UrgeTimerPanel::tick() {
    switch (m_timer.tick()) {
        case UrgeTimer::Event::KindMessage:
            m_message->setText(kindLine(m_timer.messageIndex()).text());
            m_announcer->say(m_message->text());
            say({kindLine(m_timer.messageIndex())});
            break;
        case UrgeTimer::Event::CheckIn:
            m_message->setText(kindLine(m_timer.messageIndex()).text());
            say({kindLine(m_timer.messageIndex()), kCheckInQuestion});
            break;
        case UrgeTimer::Event::Finished:
            m_ticker->stop();
            showPage(m_endPage);
            if (isVisible()) m_firstEndAnswer->setFocus();
            say({kEndQuestion});
            return;
        case UrgeTimer::Event::None:
            break;
    }
    refreshRunning();
}

void UrgeTimerPanel::refreshRunning() {
    const auto passed = m_timer.elapsed();
    const auto total = duration_cast<minutes>(m_timer.length());
    const int mins = int(duration_cast<minutes>(passed).count());
    const int secs = int(passed.count() % 60);
    m_passed->setText(tr("%1:%2").arg(mins).arg(secs, 2, 10, QLatin1Char('0')));
    // English has no plural catalogue: one minute has words of its own.
    m_passed->setAccessibleName(mins == 1 ? tr("1 minute passed") : tr("%n minutes passed", nullptr, mins));
    m_lengthLine->setText(tr("passed, of %n minutes", nullptr, int(total.count())));
    m_progress->setRange(0, int(m_timer.length().count()));
    m_progress->setValue(int(std::min(passed, m_timer.length()).count()));
    const bool wasVisible = m_checkIn->isVisible();
    m_checkIn->setVisible(m_timer.checkInPending());
    m_extend->setVisible(!m_timer.checkInPending());  // "Not yet" already offers more time
    if (m_timer.checkInPending() && !wasVisible && isVisible()) m_checkInYes->setFocus();
}

void UrgeTimerPanel::answerEnd(UrgeTimer::Outcome outcome) {
    m_timer.answer(outcome);
    const speech::HelpText reply = outcome == UrgeTimer::Outcome::Passed  ? kPassedReply
                                   : outcome == UrgeTimer::Outcome::Coped ? kCopedReply
                                                                          : kStillHardReply;
    m_reply->setText(reply.text());
    m_talkButton->setVisible(outcome == UrgeTimer::Outcome::StillHard);
    m_saveToJournal->setVisible(m_journalOffered);
    showPage(m_answeredPage);
    if (outcome == UrgeTimer::Outcome::StillHard) m_talkButton->setFocus();
    m_announcer->say(reply.text());
    say({reply});
    Q_EMIT answered(outcome);
}

speech::HelpText UrgeTimerPanel::kindLine(int index) { return kKindLines[index % UrgeTimer::kMessageCount]; }

void UrgeTimerPanel::afterCheckIn() {
    // The answer buttons are gone; the keyboard goes on to "Add 5 minutes", never to "Stop
    // the timer", which one more Space would press. The reply is told where it now stands.
    if (isAncestorOf(QApplication::focusWidget()) || !QApplication::focusWidget()) m_extend->setFocus();
    m_announcer->say(m_message->text());
}

void UrgeTimerPanel::say(std::vector<speech::HelpText> words) {
    m_saying = std::move(words);
    m_readAloud->contentChanged();
}

}  // namespace mooring
