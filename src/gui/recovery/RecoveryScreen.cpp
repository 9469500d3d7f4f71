#include "gui/recovery/RecoveryScreen.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr int kNoPlace = -1;  // "not sure, or I'd rather not say"
}

RecoveryScreen::RecoveryScreen(Database& db, QWidget* parent, Clock clock)
    : QWidget(parent), m_store(db, std::move(clock)), m_content(new QWidget), m_places(new QButtonGroup(this)) {
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
    connect(addStep(noticing, tr("Write about a hard moment in my journal"), u"stepJournal"_s), &QPushButton::clicked,
            this, &RecoveryScreen::journalRequested);
    connect(addStep(noticing, tr("Add my warning signs to my plan"), u"stepPlanSigns"_s), &QPushButton::clicked, this,
            &RecoveryScreen::planRequested);
    connect(addStep(noticing, tr("Read: why urges rise, and why they pass"), u"stepReadUrges"_s), &QPushButton::clicked,
            this, [this] { Q_EMIT libraryPageRequested(u"urges"_s); });

    QWidget* learning = addPlace(RecoveryPlace::Learning, tr("Learning skills"),
                                 tr("Trying other ways to cope and practising them, a little at a time."));
    connect(addStep(learning, tr("Find ideas for my coping toolbox"), u"stepToolbox"_s), &QPushButton::clicked, this,
            &RecoveryScreen::toolboxRequested);
    connect(addStep(learning, tr("Practise riding out an urge with the timer"), u"stepUrgeTimer"_s),
            &QPushButton::clicked, this, &RecoveryScreen::urgeTimerRequested);
    connect(addStep(learning, tr("Put what helps into my plan"), u"stepPlanCoping"_s), &QPushButton::clicked, this,
            &RecoveryScreen::planRequested);

    QWidget* keeping = addPlace(RecoveryPlace::KeepingGoing, tr("Keeping it going"),
                                tr("Making the new ways your own, growing your support, and looking after yourself "
                                   "on good days too."));
    QPushButton* review = addStep(keeping, tr("Look back at my week"), u"stepReview"_s);
    connect(review, &QPushButton::clicked, this, &RecoveryScreen::reviewRequested);
    m_reviewSteps.append(review);
    connect(addStep(keeping, tr("Add people I can ask to my plan"), u"stepPlanPeople"_s), &QPushButton::clicked, this,
            &RecoveryScreen::planRequested);
    connect(addStep(keeping, tr("Read: talking to someone you trust"), u"stepReadTalking"_s), &QPushButton::clicked,
            this, [this] { Q_EMIT libraryPageRequested(u"talking"_s); });

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
    setFocusProxy(back);

    connect(back, &QPushButton::clicked, this, &RecoveryScreen::backRequested);
    connect(keep, &QPushButton::clicked, this, [this] {
        if (save())
            m_banner->showMessage(tr("Kept. You can change this whenever you like."), MessageBanner::Tone::Info);
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &RecoveryScreen::backRequested);
    load();
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
    try {
        m_saved = m_store.load();
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
    }
    choosePlace(m_saved.place);
    m_words->setPlainText(m_saved.words);
}

bool RecoveryScreen::save() {
    if (!isDirty()) return true;
    try {
        const RecoveryPlaceNote note = current();
        // Nothing chosen and nothing written: nothing is kept at all.
        if (!note.place && note.words.isEmpty()) {
            m_store.clear();
            m_saved = {};
        } else {
            m_saved = m_store.save(note);
        }
        return true;
    } catch (const Error& e) {
        m_banner->showMessage(tr("This could not be kept. %1 What you wrote is still here.").arg(e.message()));
        return false;
    }
}

void RecoveryScreen::hideEvent(QHideEvent* event) {
    // Leaving or locking keeps the person's words (encrypted) instead of dropping them.
    save();
    QWidget::hideEvent(event);
}

}  // namespace mooring
