#include "gui/checkin/CheckInScreen.h"

#include "domain/CopingIdeaTexts.h"
#include "domain/Error.h"
#include "domain/JournalEntry.h"
#include "gui/checkin/HelpedField.h"
#include "gui/checkin/SelfCareFields.h"
#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/journal/FeelingsField.h"
#include "gui/journal/UrgeField.h"
#include "session/ProfileSession.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QLabel* question(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    Appearance::setRelativeFontSize(label, 1.1, true);
    return label;
}

// The answers alone (not the day, id or times), as they would be saved.
bool sameAnswers(const CheckIn& a, const CheckIn& b) {
    const CheckIn x = a.trimmed();
    const CheckIn y = b.trimmed();
    return x.overall == y.overall && x.urge == y.urge && x.feelings == y.feelings && x.helped == y.helped &&
           x.selfCare == y.selfCare && x.note == y.note;
}

}  // namespace

CheckInScreen::CheckInScreen(ProfileSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_content(new QWidget),
      m_back(new QPushButton(tr("Back"), m_content)),
      m_dayEdit(new QDateEdit(m_content)),
      m_overall(new UrgeField(m_content)),
      m_urge(new UrgeField(m_content)),
      m_urgeUnanswered(new QPushButton(tr("Leave the urge unanswered"), m_content)),
      m_feelings(new FeelingsField(m_content)),
      m_helped(new HelpedField(m_content)),
      m_selfCare(new SelfCareFields(m_content)),
      m_note(new QLineEdit(m_content)),
      m_status(new MessageBanner(m_content)),
      m_offer(new QFrame(m_content)) {
    setObjectName(u"checkInScreen"_s);
    QPushButton* back = m_back;
    back->setObjectName(u"checkInBack"_s);
    auto* heading = new QLabel(tr("Check in"), m_content);
    Appearance::makeHeading(heading);
    auto* intro = new QLabel(tr("A few moments for how today is going. Only the first question is needed; "
                                "leave out anything you like."),
                             m_content);
    intro->setWordWrap(true);

    auto* dayLabel = new QLabel(tr("&Day"), m_content);
    m_dayEdit->setObjectName(u"checkInDay"_s);
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_dayEdit->setAccessibleName(tr("The day this check-in is for"));
    m_dayEdit->setAccessibleDescription(tr("Today, or an earlier day."));
    dayLabel->setBuddy(m_dayEdit);
    auto* dayRow = new QHBoxLayout;
    dayRow->addWidget(dayLabel);
    dayRow->addWidget(m_dayEdit);
    dayRow->addStretch(1);

    m_overall->setObjectName(u"checkInOverall"_s);
    m_overall->slider()->setObjectName(u"overallSlider"_s);
    m_overall->spinBox()->setObjectName(u"overallSpin"_s);
    m_overall->setWords(tr("How is today, overall, from 0 to 10"), tr("How today is, a number from 0 to 10"),
                        tr("0 very hard"), tr("10 very good"));
    m_urge->setObjectName(u"checkInUrge"_s);
    m_urge->slider()->setObjectName(u"checkInUrgeSlider"_s);
    m_urge->spinBox()->setObjectName(u"checkInUrgeSpin"_s);
    m_urge->setWords(tr("Urges today, from 0 to 10"), tr("Urges today, a number from 0 to 10"), tr("0 none"),
                     tr("10 strongest"));
    m_urgeUnanswered->setObjectName(u"urgeUnanswered"_s);
    m_feelings->setObjectName(u"checkInFeelings"_s);
    m_feelings->input()->setAccessibleName(tr("Another feeling, in my own words"));
    m_note->setObjectName(u"checkInNote"_s);
    m_note->setAccessibleName(tr("A line about today"));
    auto* saveButton = new QPushButton(tr("&Save check-in"), m_content);
    saveButton->setObjectName(u"checkInSave"_s);
    m_status->setObjectName(u"checkInStatus"_s);

    m_offer->setObjectName(u"checkInOffer"_s);
    auto* offerText = new QLabel(tr("Strong urges are hard, and they do pass. If it would help, you could:"), m_offer);
    offerText->setWordWrap(true);
    auto* journal = new QPushButton(tr("Write about it in my journal"), m_offer);
    journal->setObjectName(u"checkInOfferJournal"_s);
    auto* help = new QPushButton(tr("Open help now"), m_offer);
    help->setObjectName(u"checkInOfferHelp"_s);
    auto* offerLayout = new QVBoxLayout(m_offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(offerText);
    auto* offerButtons = new QHBoxLayout;
    offerButtons->addWidget(journal);
    offerButtons->addWidget(help);
    offerButtons->addStretch(1);
    offerLayout->addLayout(offerButtons);
    m_offer->hide();

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(dayRow);
    layout->addWidget(addProblemBanner(CheckIn::Field::Day));
    layout->addWidget(question(tr("How is today, overall?"), m_content));
    layout->addWidget(m_overall);
    layout->addWidget(addProblemBanner(CheckIn::Field::Overall));
    layout->addWidget(question(tr("Urges today"), m_content));
    auto* urgeHint = new QLabel(tr("0 means none, and that is fine to say too. You can also leave it out."), m_content);
    urgeHint->setWordWrap(true);
    layout->addWidget(urgeHint);
    layout->addWidget(m_urge);
    layout->addWidget(m_urgeUnanswered, 0, Qt::AlignLeft);
    layout->addWidget(addProblemBanner(CheckIn::Field::Urge));
    layout->addWidget(question(tr("Feelings today"), m_content));
    layout->addWidget(m_feelings);
    layout->addWidget(addProblemBanner(CheckIn::Field::Feelings));
    layout->addWidget(question(tr("What I did that helped"), m_content));
    layout->addWidget(m_helped);
    layout->addWidget(addProblemBanner(CheckIn::Field::Helped));
    m_selfCareHeading = question(tr("Looking after myself"), m_content);
    layout->addWidget(m_selfCareHeading);
    layout->addWidget(m_selfCare);
    layout->addWidget(addProblemBanner(CheckIn::Field::SleepHours));
    auto* noteLabel = question(tr("A line about today"), m_content);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(addProblemBanner(CheckIn::Field::Note));
    layout->addWidget(saveButton, 0, Qt::AlignRight);
    layout->addWidget(m_status);
    layout->addWidget(m_offer);
    layout->addStretch(1);
    Appearance::makeLargeTargets(m_content);
    // Not found by the call above (it looks for whole-number boxes), yet as easy to hit.
    Appearance::makeLargeTarget(m_dayEdit);
    Appearance::makeLargeTarget(m_selfCare->sleepBox());

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new ReadingColumn(m_content));

    connect(back, &QPushButton::clicked, this, &CheckInScreen::leave);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CheckInScreen::leave);
    connect(saveButton, &QPushButton::clicked, this, &CheckInScreen::save);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);  // Ctrl+S, as in the journal and the plan
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &CheckInScreen::save);
    connect(m_urgeUnanswered, &QPushButton::clicked, this, [this] {
        m_urge->setValue(std::nullopt);
        m_urge->setFocus(Qt::OtherFocusReason);  // the button it was on is no longer there to press
    });
    // Offered only once there is an answer to take back.
    connect(m_urge, &UrgeField::changed, this, [this] { m_urgeUnanswered->setEnabled(m_urge->value().has_value()); });
    connect(journal, &QPushButton::clicked, this, &CheckInScreen::journalRequested);
    connect(help, &QPushButton::clicked, this, &CheckInScreen::helpRequested);
    connect(m_dayEdit, &QDateEdit::userDateChanged, this, &CheckInScreen::openDay);
    connect(&m_session, &ProfileSession::checkInsChanged, this, &CheckInScreen::reload);
    connect(&m_session, &ProfileSession::importDone, this, &CheckInScreen::reload);
    connect(&m_session, &ProfileSession::toolboxChanged, this, &CheckInScreen::loadChoices);
    // Locking or the window closing: kept while the database is still open, if it can be.
    connect(&m_session, &ProfileSession::aboutToClose, this, [this] {
        if (isDirty() && current().problems(m_session.now().date()).isEmpty()) save();
        m_open = false;
    });
    openToday();
}

CheckInScreen::~CheckInScreen() = default;

MessageBanner* CheckInScreen::addProblemBanner(CheckIn::Field field) {
    auto* banner = new MessageBanner(m_content);
    banner->setObjectName(u"checkInProblem%1"_s.arg(int(field)));
    m_problems.insert(field, banner);
    return banner;
}

void CheckInScreen::openToday() {
    if (isDirty()) return;
    openDay(m_session.now().date());
}

void CheckInScreen::openDay(const QDate& day) {
    if (!m_open) return;
    const bool answering = isDirty();
    m_day = day;
    {
        const QSignalBlocker quiet(m_dayEdit);
        m_dayEdit->setMaximumDate(m_session.now().date());
        m_dayEdit->setDate(day);
    }
    clearProblems();
    m_status->clearMessage();
    m_offer->hide();
    loadChoices();
    std::optional<CheckIn> saved;
    try {
        saved = m_session.checkIns().forDay(day);
    } catch (const Error& e) {
        m_status->showMessage(e.message());
    }
    m_loaded = saved.value_or(CheckIn{});
    if (answering) {
        // The answers on the page stay, now for this day.
        if (saved)
            m_status->showMessage(tr("This day has a check-in already. Saving puts the answers on this page in its "
                                     "place."),
                                  MessageBanner::Tone::Info);
        return;
    }
    fill(m_loaded);
}

void CheckInScreen::reload() {
    if (!m_open || isDirty()) return;  // answers being given stay; they are saved over it
    std::optional<CheckIn> saved;
    try {
        saved = m_session.checkIns().forDay(m_day);
    } catch (const Error& e) {
        m_status->showMessage(e.message());
        return;
    }
    const CheckIn now = saved.value_or(CheckIn{});
    if (now == m_loaded) return;  // this page's own save: nothing moves under the focus
    m_loaded = now;
    fill(m_loaded);
}

void CheckInScreen::loadChoices() {
    try {
        QList<IdeaChoice> ideas;
        for (const CopingStrategy& s : m_session.strategies().all())
            ideas.append({s.id, CopingIdeaTexts::title(s.builtinKey, s.title), s.hidden});
        m_helped->setIdeas(ideas);
        const QStringList feelings = m_feelings->feelings();
        m_feelings->setChoices(JournalEntry::suggestedFeelings(), m_session.journal().knownFeelings());
        m_feelings->setFeelings(feelings);
        // The questions the person asked for in the settings; answers saved before stay saved.
        m_selfCare->setQuestions(m_session.checkInPreferences().selfCareQuestions());
        m_selfCareHeading->setVisible(m_selfCare->asksAny());
    } catch (const Error& e) {
        m_status->showMessage(e.message());
    }
}

void CheckInScreen::fill(const CheckIn& checkIn) {
    m_overall->setValue(checkIn.overall);
    m_urge->setValue(checkIn.urge);
    m_urgeUnanswered->setEnabled(checkIn.urge.has_value());
    m_feelings->setFeelings(checkIn.feelings);
    m_helped->setItems(checkIn.helped);
    m_selfCare->setValue(checkIn.selfCare);
    m_note->setText(checkIn.note);
}

void CheckInScreen::focusFirstQuestion() { m_overall->slider()->setFocus(Qt::OtherFocusReason); }

CheckIn CheckInScreen::current() const {
    CheckIn c = m_loaded;
    c.day = m_day;
    c.overall = m_overall->value();
    c.urge = m_urge->value();
    c.feelings = m_feelings->feelings();
    c.helped = m_helped->items();
    c.selfCare = m_selfCare->value();
    c.note = m_note->text();
    return c;
}

bool CheckInScreen::isDirty() const { return !sameAnswers(current(), m_loaded); }

bool CheckInScreen::save() {
    if (!m_open) return false;
    clearProblems();
    m_status->clearMessage();
    const CheckIn checkIn = current();
    const QList<CheckIn::Problem> problems = checkIn.problems(m_session.now().date());
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    try {
        m_loaded = m_session.checkIns().save(checkIn);
    } catch (const Error& e) {
        m_status->showMessage(tr("This could not be saved. %1 Your answers are still here.").arg(e.message()));
        return false;
    }
    fill(m_loaded);  // as kept: trimmed, the same feeling once
    const QString day = QLocale().toString(m_day, QLocale::LongFormat);
    m_status->showMessage(m_day == m_session.now().date()
                              ? tr("Your check-in for today is saved. Thank you for taking this moment.")
                              : tr("Your check-in for %1 is saved. Thank you for taking this moment.").arg(day),
                          MessageBanner::Tone::Info);
    m_offer->setVisible(m_loaded.urge && *m_loaded.urge >= kOfferAtUrge);
    return true;
}

void CheckInScreen::showProblems(const QList<CheckIn::Problem>& problems) {
    QList<CheckIn::Field> told;
    for (const CheckIn::Problem& problem : problems) {
        // One message per field (the first); the field of the first problem takes the focus.
        if (told.contains(problem.field)) continue;
        told.append(problem.field);
        if (MessageBanner* banner = m_problems.value(problem.field)) banner->showMessage(problem.message);
    }
    if (QWidget* field = fieldFor(problems.first().field)) field->setFocus(Qt::OtherFocusReason);
}

void CheckInScreen::clearProblems() {
    for (MessageBanner* banner : std::as_const(m_problems)) banner->clearMessage();
}

QWidget* CheckInScreen::fieldFor(CheckIn::Field field) const {
    switch (field) {
        case CheckIn::Field::Day:
            return m_dayEdit;
        case CheckIn::Field::Overall:
            return m_overall->slider();
        case CheckIn::Field::Urge:
            return m_urge->slider();
        case CheckIn::Field::Feelings:
            return m_feelings->input();
        case CheckIn::Field::Helped:
            return m_helped->input();
        case CheckIn::Field::SleepHours:
            return m_selfCare->sleepBox();
        case CheckIn::Field::Note:
            return m_note;
    }
    return nullptr;
}

void CheckInScreen::leave() {
    // Answers that can be kept are kept; ones that cannot yet (how today is not chosen)
    // stay on the page until the lock.
    if (isDirty() && m_overall->value() && !save()) return;
    Q_EMIT backRequested();
}

}  // namespace mooring
