#include "gui/recovery/RecoveryScreen.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "session/ProfileSession.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr int kNoPlace = -1;  // "not sure, or I'd rather not say"
}

RecoveryScreen::RecoveryScreen(ProfileSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_content(new QWidget), m_places(new QButtonGroup(this)) {
    setObjectName(u"recoveryScreen"_s);
    auto* back = new QPushButton(tr("Back"), m_content);
    back->setObjectName(u"recoveryBack"_s);
    auto* heading = new QLabel(tr("Where I am in recovery"), m_content);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* intro = new QLabel(tr("Recovery is not a race or a ladder. Many people move between these three, and back "
                                "again, and that is normal. If you like, choose the one that feels closest right now. "
                                "You can change it at any time, or leave it."),
                             m_content);
    intro->setWordWrap(true);
    m_banner = new MessageBanner(m_content);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    QWidget* noticing = addPlace(RecoveryPlace::Noticing, tr("Noticing and deciding"),
                                 tr("Getting to know what comes before an urge, and deciding what you would like to "
                                    "change."));
    // Every step leads away from here: what was chosen and written is kept first.
    const auto leaveBy = [this](QPushButton* step, void (RecoveryScreen::*signal)()) {
        connect(step, &QPushButton::clicked, this,
                [this, signal] { leaveThen([this, signal] { (this->*signal)(); }); });
    };
    const auto read = [this](QPushButton* step, const QString& page) {
        connect(step, &QPushButton::clicked, this,
                [this, page] { leaveThen([this, page] { Q_EMIT libraryPageRequested(page); }); });
    };
    leaveBy(addStep(noticing, tr("Write about a hard moment in my journal"), u"stepJournal"_s),
            &RecoveryScreen::journalRequested);
    leaveBy(addStep(noticing, tr("Add my warning signs to my plan"), u"stepPlanSigns"_s),
            &RecoveryScreen::planRequested);
    read(addStep(noticing, tr("Read: why urges rise, and why they pass"), u"stepReadUrges"_s), u"urges"_s);

    QWidget* learning = addPlace(RecoveryPlace::Learning, tr("Learning skills"),
                                 tr("Trying other ways to cope and practising them, a little at a time."));
    leaveBy(addStep(learning, tr("Find ideas for my coping toolbox"), u"stepToolbox"_s),
            &RecoveryScreen::toolboxRequested);
    leaveBy(addStep(learning, tr("Practise riding out an urge with the timer"), u"stepUrgeTimer"_s),
            &RecoveryScreen::urgeTimerRequested);
    leaveBy(addStep(learning, tr("Put what helps into my plan"), u"stepPlanCoping"_s), &RecoveryScreen::planRequested);

    QWidget* keeping = addPlace(RecoveryPlace::KeepingGoing, tr("Keeping it going"),
                                tr("Making the new ways your own, growing your support, and looking after yourself "
                                   "on good days too."));
    QPushButton* review = addStep(keeping, tr("Look back at my week"), u"stepReview"_s);
    leaveBy(review, &RecoveryScreen::reviewRequested);
    m_reviewSteps.append(review);
    leaveBy(addStep(keeping, tr("Add people I can ask to my plan"), u"stepPlanPeople"_s),
            &RecoveryScreen::planRequested);
    read(addStep(keeping, tr("Read: talking to someone you trust"), u"stepReadTalking"_s), u"talking"_s);

    auto* none = new QRadioButton(tr("Not sure, or I would rather not say"), m_content);
    none->setObjectName(u"recoveryPlaceNone"_s);
    m_places->addButton(none, kNoPlace);
    layout->addWidget(none);

    auto* wordsLabel = new QLabel(tr("In my own &words (only if you want to)"), m_content);
    wordsLabel->setWordWrap(true);
    Appearance::setRelativeFontSize(wordsLabel, 1.1, true);
    m_words = new QPlainTextEdit(m_content);
    m_words->setObjectName(u"recoveryWords"_s);
    m_words->setAccessibleName(tr("Where I am, in my own words"));
    m_words->setTabChangesFocus(true);
    m_words->setMinimumHeight(m_words->fontMetrics().lineSpacing() * 4 + 16);
    wordsLabel->setBuddy(m_words);
    auto* keep = new QPushButton(tr("&Keep this"), m_content);
    keep->setObjectName(u"recoverySave"_s);
    layout->addSpacing(8);
    layout->addWidget(wordsLabel);
    layout->addWidget(m_words);
    layout->addWidget(keep, 0, Qt::AlignRight);
    Appearance::makeLargeTargets(m_content);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new ReadingColumn(m_content));
    FocusLanding::install(
        this, [back] { return back; }, FocusLanding::When::Shown);

    leaveBy(back, &RecoveryScreen::backRequested);
    connect(keep, &QPushButton::clicked, this, [this] {
        if (save())
            m_banner->showMessage(tr("Kept. You can change this whenever you like."), MessageBanner::Tone::Info);
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] { leaveThen([this] { Q_EMIT backRequested(); }); });
    load();

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] { save(); });
    const auto paused = [this] {
        if (isDirty()) m_pause->start();
    };
    connect(m_words, &QPlainTextEdit::textChanged, this, paused);
    connect(m_places, &QButtonGroup::idToggled, this, paused);
    connect(&m_session, &ProfileSession::reflectionsChanged, this, &RecoveryScreen::load);
    connect(&m_session, &ProfileSession::importDone, this, &RecoveryScreen::load);
    // Locking or the window closing: kept while the database is still open.
    connect(&m_session, &ProfileSession::aboutToClose, this, [this] {
        save();
        m_pause->stop();
        m_open = false;
    });
}

RecoveryScreen::~RecoveryScreen() = default;

QWidget* RecoveryScreen::addPlace(RecoveryPlace place, const QString& title, const QString& description) {
    auto* box = new QFrame(m_content);
    box->setObjectName(u"recoveryPlace-"_s + RecoveryPlaceNote::placeKey(place));
    box->setFrameShape(QFrame::StyledPanel);
    auto* choice = new QRadioButton(title, box);
    choice->setObjectName(u"recoveryChoice-"_s + RecoveryPlaceNote::placeKey(place));
    choice->setAccessibleName(tr("This feels like where I am: %1").arg(title));
    Appearance::setRelativeFontSize(choice, 1.15, true);
    m_places->addButton(choice, int(place));
    auto* text = new QLabel(description, box);
    text->setWordWrap(true);
    auto* stepsTitle = new QLabel(tr("Some next steps:"), box);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(choice);
    layout->addWidget(text);
    layout->addWidget(stepsTitle);
    static_cast<QVBoxLayout*>(m_content->layout())->addWidget(box);
    return box;
}

QPushButton* RecoveryScreen::addStep(QWidget* box, const QString& text, const QString& objectName) {
    auto* step = new QPushButton(text, box);
    step->setObjectName(objectName);
    box->layout()->addWidget(step);
    static_cast<QVBoxLayout*>(box->layout())->setAlignment(step, Qt::AlignLeft);
    return step;
}

void RecoveryScreen::setReviewAvailable(bool available) {
    for (QPushButton* step : std::as_const(m_reviewSteps)) step->setVisible(available);
}

std::optional<RecoveryPlace> RecoveryScreen::chosenPlace() const {
    const int id = m_places->checkedId();
    if (id < 0) return std::nullopt;
    return RecoveryPlace(id);
}

void RecoveryScreen::choosePlace(std::optional<RecoveryPlace> place) {
    if (QAbstractButton* button = m_places->button(place ? int(*place) : kNoPlace)) button->setChecked(true);
}

RecoveryPlaceNote RecoveryScreen::current() const {
    RecoveryPlaceNote note;
    note.place = chosenPlace();
    note.words = m_words->toPlainText().trimmed();
    return note;
}

bool RecoveryScreen::isDirty() const {
    const RecoveryPlaceNote now = current();
    return now.place != m_saved.place || now.words != m_saved.words;
}

void RecoveryScreen::load() {
    if (!m_open) return;
    const bool typing = isDirty();
    try {
        m_saved = m_session.recoveryPlace().load();
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return;
    }
    // Words being typed stay (they are kept on leaving or after the pause), and what is on
    // screen already is not set again: the cursor stays where the person left it.
    if (typing || (!isDirty() && m_places->checkedButton())) return;
    choosePlace(m_saved.place);
    m_words->setPlainText(m_saved.words);
}

void RecoveryScreen::leaveThen(const std::function<void()>& go) {
    if (save()) go();
}

bool RecoveryScreen::save() {
    if (!m_open || !isDirty()) return true;
    if (m_pause) m_pause->stop();
    try {
        const RecoveryPlaceNote note = current();
        // Nothing chosen and nothing written: nothing is kept at all.
        RecoveryPlaceStore store = m_session.recoveryPlace();
        if (!note.place && note.words.isEmpty()) {
            store.clear();
            m_saved = {};
        } else {
            m_saved = store.save(note);
        }
        return true;
    } catch (const Error& e) {
        m_banner->showMessage(tr("This could not be kept. %1 What you wrote is still here.").arg(e.message()));
        return false;
    }
}

}  // namespace mooring
