#include "gui/crisis/PlanStepsPanel.h"

#include "domain/Error.h"
#include "domain/Helpline.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/LiveNotice.h"
#include "gui/common/ReadAloudButton.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/NumberActions.h"
#include "session/ProfileSession.h"
#include "speech/Script.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

constexpr double kItemScale = 1.2;

const speech::HelpText kNothingHere{
    "mooring::PlanStepsPanel",
    QT_TRANSLATE_NOOP("mooring::PlanStepsPanel", "Nothing written here yet. You can go on to the next step.")};

bool isProfessional(const Contact& c) { return c.role == ContactRole::Professional || c.role == ContactRole::Service; }

}  // namespace

PlanStepsPanel::PlanStepsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(u"planStepsPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    // The way through the plan stays at the top, where it is whatever the step holds: "Next
    // step" never moves from under the pointer.
    auto* nav = new QHBoxLayout;
    m_previous = new QPushButton(tr("Previous step"), this);
    m_previous->setObjectName(u"planPrevious"_s);
    crisis::makeLarge(m_previous, tr("Previous step of my plan"));
    m_step = crisis::wrappedLabel(QString(), this, u"planStepCount"_s);
    m_step->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(tr("Next step"), this);
    m_next->setObjectName(u"planNext"_s);
    crisis::makeLarge(m_next, tr("Next step of my plan"));
    nav->addWidget(m_previous);
    nav->addWidget(m_step, 1);
    nav->addWidget(m_next);
    layout->addLayout(nav);

    m_title = crisis::wrappedLabel(QString(), this, u"planStepTitle"_s);
    crisis::setFontScale(m_title, crisis::kHeading, true);
    layout->addWidget(m_title);
    // The step's title and items as they are in the saved plan (Script reads nothing else).
    m_readAloud = new ReadAloudButton(
        [this] {
            speech::Script script;
            if (!m_version) return script;
            const PlanSection section = planSections::all()[m_index];
            script.addPlanSection(m_version->plan, section);
            if (script.utterances().size() <= 1) script.add(kNothingHere);
            return script;
        },
        this);
    m_readAloud->setFollowsChanges(true);
    layout->addWidget(m_readAloud);

    m_body = new QWidget(this);
    m_body->setObjectName(u"planStepBody"_s);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->setSpacing(10);
    layout->addWidget(m_body);
    layout->addStretch(1);

    m_announcer = new LiveNotice(this);
    FocusLanding::install(this, [this] { return m_next; });
    connect(m_previous, &QPushButton::clicked, this, &PlanStepsPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &PlanStepsPanel::next);
    setSession(nullptr);
}

void PlanStepsPanel::setSession(ProfileSession* session) {
    if (m_session) m_session->disconnect(this);
    m_session = session;
    m_index = 0;
    if (!session) m_readAloud->setOn(false);  // locked: nothing of the plan is read any more
    if (session) {
        // A plan saved in the editor, a number changed, an import: shown when it is written.
        for (auto changed :
             {&ProfileSession::planChanged, &ProfileSession::contactsChanged, &ProfileSession::importDone})
            connect(session, changed, this, &PlanStepsPanel::reload);
        connect(session, &ProfileSession::closed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void PlanStepsPanel::reload() {
    m_version.reset();
    m_contacts.clear();
    QString problem;
    if (m_session && m_session->isOpen()) {
        try {
            m_version = m_session->plan().latest();
            m_contacts = m_session->contacts().all();
        } catch (const Error& e) {
            problem = e.message();
        }
    }
    showStep(m_version ? m_index : 0);
    if (!problem.isEmpty()) {
        clearBody();
        addItem(problem, false);
    }
    Q_EMIT reloaded();
}

void PlanStepsPanel::next() {
    showStep(std::min(m_index + 1, kPlanSectionCount - 1));
    // At the last step "Next" is disabled; the keyboard goes back rather than nowhere.
    if (!m_next->isEnabled() && m_next->hasFocus()) m_previous->setFocus();
    announceStep();
}

void PlanStepsPanel::previous() {
    showStep(std::max(m_index - 1, 0));
    if (!m_previous->isEnabled() && m_previous->hasFocus()) m_next->setFocus();
    announceStep();
}

void PlanStepsPanel::announceStep() {
    // The focus stays on the button pressed: a screen reader hears the step it brought.
    m_announcer->say(QStringList{m_step->text(), m_title->text(), m_shown.join(u". "_s)}.join(u". "_s));
}

QString PlanStepsPanel::shownTitle() const { return m_title->text(); }
QString PlanStepsPanel::shownText() const { return m_shown.join(u'\n'); }

void PlanStepsPanel::clearBody() {
    m_shown.clear();
    // Direct deletes are safe: nothing in the body calls back into showStep().
    while (QLayoutItem* item = m_bodyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void PlanStepsPanel::addItem(const QString& text, bool bullet) {
    auto* label = crisis::wrappedLabel(bullet ? u"\u2022 "_s + text : text, m_body, u"planStepItem"_s);
    crisis::setFontScale(label, kItemScale);
    m_bodyLayout->addWidget(label);
    label->show();  // at once, not at the next turn of the event loop
    m_shown.append(label->text());
}

void PlanStepsPanel::addContact(const Contact& contact) {
    auto* card = new QFrame(m_body);
    card->setObjectName(u"contactCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(4);
    auto* name = crisis::wrappedLabel(contact.name.trimmed(), card, u"planContactName"_s);
    crisis::setFontScale(name, 1.3, true);
    layout->addWidget(name);
    if (!contact.note.trimmed().isEmpty())
        layout->addWidget(crisis::wrappedLabel(contact.note.trimmed(), card, u"planContactNote"_s));

    const QString phone = contact.phone.trimmed();
    Helpline asLine;
    if (Helpline::isPlausibleNumber(phone)) {
        asLine.call = phone;
        // Friends and family are reached on their own (mobile) phones, which take texts;
        // a surgery or a service is called.
        if (!isProfessional(contact)) asLine.text = phone;
    }
    if (!asLine.callUri().isEmpty()) {
        auto* actions = new NumberActions(phone, contact.name.trimmed(), card);
        auto* number = new QLabel(phone, actions);
        number->setObjectName(u"planContactNumber"_s);
        number->setTextFormat(Qt::PlainText);
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
        crisis::setFontScale(number, 1.6, true);
        actions->setLead(number);
        actions->addCode(asLine.callUri(), tr("Scan to call"), tr("call %1").arg(phone));
        actions->addCode(asLine.textUri(), tr("Scan to text"), tr("text %1").arg(phone));
        layout->addWidget(actions);
    } else if (!phone.isEmpty()) {
        // Free text such as "ask at reception": shown as written, nothing to dial.
        auto* how = crisis::wrappedLabel(phone, card, u"planContactNumber"_s);
        crisis::setFontScale(how, kItemScale);
        layout->addWidget(how);
    }
    m_bodyLayout->addWidget(card);
    card->show();
    m_shown.append(contact.asPlanItem());
}

void PlanStepsPanel::showStep(int index) {
    m_index = index;
    clearBody();
    const bool any = m_version.has_value();
    m_previous->setVisible(any);
    m_next->setVisible(any);
    m_step->setVisible(any);
    if (!any) {
        m_step->clear();
        m_title->setText(tr("My plan"));
        if (m_session) addItem(tr("There is no saved plan yet. When you make one, its steps will be here."), false);
        return;
    }
    const PlanSection s = planSections::all()[index];
    m_step->setText(tr("Step %1 of %2").arg(index + 1).arg(kPlanSectionCount));
    m_title->setText(planSections::title(s));
    const QStringList& items = m_version->plan.items(s);
    // The people steps show the person's contacts as cards with their numbers, so calling
    // or texting them is one step away: those picked into the plan where they were put,
    // then the others of the kind this step is about.
    const bool people = planSections::picksContacts(s);
    QStringList shownContacts;
    for (const QString& item : items) {
        const auto contact = std::find_if(m_contacts.cbegin(), m_contacts.cend(),
                                          [&](const Contact& c) { return c.asPlanItem() == item.trimmed(); });
        if (people && contact != m_contacts.cend()) {
            addContact(*contact);
            shownContacts.append(contact->id);
        } else {
            addItem(item);
        }
    }
    if (people) {
        const bool professional = s == PlanSection::Professionals;
        for (const Contact& c : std::as_const(m_contacts))
            if (isProfessional(c) == professional && !shownContacts.contains(c.id)) addContact(c);
    }
    if (m_shown.isEmpty()) addItem(kNothingHere.text(), false);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < kPlanSectionCount);
    // New labels and cards take the screen's sizes, like everything else on it.
    crisis::applyFonts(m_body, font());
    m_readAloud->contentChanged();
}

}  // namespace mooring
