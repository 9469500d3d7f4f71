#include "gui/setback/SetbackPanel.h"

#include "domain/Contact.h"
#include "domain/Error.h"
#include "domain/Helpline.h"
#include "gui/common/Appearance.h"
#include "gui/common/ReadingColumn.h"
#include "gui/setback/ReflectionEditor.h"
#include "gui/setback/ReflectionList.h"
#include "storage/ContactStore.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"

#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QLabel* paragraph(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* subheading(const QString& text, QWidget* parent) {
    QLabel* label = paragraph(text, parent);
    Appearance::makeHeading(label, 2);
    return label;
}

}  // namespace

SetbackPanel::SetbackPanel(Database& db, ProfileSettings& settings, const QString& entryId, QWidget* parent,
                           Clock clock)
    : QWidget(parent),
      m_settings(settings),
      m_store(db, std::move(clock)),
      m_entryId(entryId),
      m_pages(new QStackedWidget(this)) {
    setObjectName(u"setbackPanel"_s);
    m_first = buildFirstPage(db);
    m_editor = new ReflectionEditor;
    SetbackReflection existing;
    existing.entryId = entryId;
    try {
        if (const auto found = m_store.forEntry(entryId)) existing = *found;
    } catch (const Error& e) {
        m_editor->showProblem(e.message());
    }
    m_editor->load(existing);
    m_own = existing;
    if (!existing.id.isEmpty()) m_reflect->setText(tr("Go on with my reflection"));
    m_list = new ReflectionList;
    m_pages->addWidget(m_first);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_editor, &ReflectionEditor::saveRequested, this, [this] {
        if (saveReflection() && !m_editor->reflection().isBlank())
            m_editor->showSaved(tr("Saved. You can come back to this whenever you like."));
    });
    connect(m_editor, &ReflectionEditor::addToPlanRequested, this, &SetbackPanel::addToPlan);
    connect(m_editor, &ReflectionEditor::backRequested, this, [this] {
        saveReflection();
        if (m_editingOwn)
            showFirstPage();
        else
            showEarlierReflections();
    });
    connect(m_list, &ReflectionList::openRequested, this, &SetbackPanel::openReflection);
    connect(m_list, &ReflectionList::backRequested, this, &SetbackPanel::showFirstPage);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isShowingReflection()) {
            saveReflection();
            if (m_editingOwn)
                showFirstPage();
            else
                showEarlierReflections();
        } else if (m_pages->currentWidget() == m_list) {
            showFirstPage();
        } else {
            Q_EMIT backRequested();
        }
    });
    showFirstPage();
}

SetbackPanel::~SetbackPanel() = default;

QWidget* SetbackPanel::buildFirstPage(Database& db) {
    auto* content = new QWidget;
    auto* heading = paragraph(tr("Be gentle with yourself right now"), content);
    Appearance::makeHeading(heading);
    auto* kind = paragraph(tr("A setback is part of recovery, not the end of it. Everything you have learned "
                              "still counts, and it is still yours."),
                           content);
    auto* now = paragraph(tr("What matters most right now is that you are safe and looked after."), content);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(kind);
    layout->addWidget(now);
    layout->addWidget(buildCareFrame(content));

    // The plan and the people in it, one click away.
    layout->addSpacing(8);
    layout->addWidget(subheading(tr("Your plan and your people"), content));
    bool hasPlan = false;
    QList<Contact> contacts;
    try {
        hasPlan = SafetyPlanStore(db).latest().has_value();
        contacts = ContactStore(db).all();
    } catch (const Error& e) {
        layout->addWidget(paragraph(e.message(), content));
    }
    auto* plan =
        new QPushButton(hasPlan ? tr("Go through my safety plan, step by step") : tr("Make my safety plan"), content);
    plan->setObjectName(u"setbackPlan"_s);
    connect(plan, &QPushButton::clicked, this,
            hasPlan ? &SetbackPanel::planStepsRequested : &SetbackPanel::planRequested);
    layout->addWidget(plan, 0, Qt::AlignLeft);
    if (contacts.isEmpty()) {
        layout->addWidget(paragraph(tr("You have not saved any contacts yet. You can add people you trust in your "
                                       "safety plan."),
                                    content));
    } else {
        layout->addWidget(paragraph(tr("People you can reach out to:"), content));
        for (const Contact& c : std::as_const(contacts)) {
            QLabel* line = paragraph(c.phone.isEmpty() ? c.name : tr("%1: %2").arg(c.name, c.phone), content);
            line->setObjectName(u"setbackContact"_s);
            line->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            line->setContentsMargins(16, 0, 0, 0);
            layout->addWidget(line);
        }
    }
    auto* talk = new QPushButton(tr("Talk to someone now: helplines"), content);
    talk->setObjectName(u"setbackTalk"_s);
    connect(talk, &QPushButton::clicked, this, &SetbackPanel::talkRequested);
    layout->addWidget(talk, 0, Qt::AlignLeft);

    // Later, never forced.
    layout->addSpacing(8);
    layout->addWidget(subheading(tr("Later, when you feel ready"), content));
    layout->addWidget(paragraph(tr("A few gentle questions can help you learn from this and add to your plan. There "
                                   "is no rush. You can come back to it another day, or not at all."),
                                content));
    m_reflect = new QPushButton(tr("Learning from this setback"), content);
    m_reflect->setObjectName(u"setbackReflect"_s);
    connect(m_reflect, &QPushButton::clicked, this, &SetbackPanel::showReflection);
    auto* notNow = new QPushButton(tr("Not now"), content);
    notNow->setObjectName(u"setbackNotNow"_s);
    connect(notNow, &QPushButton::clicked, this, &SetbackPanel::backRequested);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_reflect);
    bar->addWidget(notNow);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_earlier = new QPushButton(tr("Reflections I wrote before"), content);
    m_earlier->setObjectName(u"setbackEarlier"_s);
    connect(m_earlier, &QPushButton::clicked, this, &SetbackPanel::showEarlierReflections);
    layout->addWidget(m_earlier, 0, Qt::AlignLeft);
    Appearance::makeLargeTargets(content);
    auto* column = new ReadingColumn(content);
    column->setFocusProxy(plan);
    return column;
}

QWidget* SetbackPanel::buildCareFrame(QWidget* parent) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(u"setbackCare"_s);
    // A calm outline, not an alarm: the same words whatever happened.
    frame->setStyleSheet(u"#setbackCare { border: 2px solid palette(highlight); border-radius: 8px; }"_s);
    auto* title = paragraph(tr("If you are hurt, please get medical help"), frame);
    Appearance::makeHeading(title, 2);
    m_care = paragraph(careText(), frame);
    m_care->setObjectName(u"setbackCareText"_s);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_care);
    frame->setAccessibleName(title->text());
    return frame;
}

QString SetbackPanel::careText() const {
    const QString region = m_settings.region();
    QString emergency;
    if (Helpline::isKnownRegion(region))
        emergency = Helpline::emergencyNumber(HelplineSettings(m_settings).helplines(region));
    // Nobody is left to judge "how serious" alone: swallowing something and an injury one
    // is unsure about both mean help now, since either can be worse than it feels.
    const QString now =
        emergency.isEmpty()
            ? tr("If you have swallowed something, or are not sure how serious an injury is, get medical help now, "
                 "even if you feel okay: call your local emergency number or go to an emergency department.")
            : tr("If you have swallowed something, or are not sure how serious an injury is, get medical help now, "
                 "even if you feel okay: call %1 or go to an emergency department.")
                  .arg(emergency);
    const QString life =
        emergency.isEmpty()
            ? tr("If you are thinking about ending your life, or are not sure you can keep yourself safe, call "
                 "your local emergency number or a crisis line now.")
            : tr("If you are thinking about ending your life, or are not sure you can keep yourself safe, call %1 "
                 "or a crisis line now.")
                  .arg(emergency);
    return now + u'\n' + Helpline::nonEmergencyAdvice(region) + u'\n' + life + u'\n' +
           tr("You deserve care, whatever happened.");
}

void SetbackPanel::showFirstPage() {
    refreshEarlier();
    m_pages->setCurrentWidget(m_first);
    m_first->setFocus();
}

void SetbackPanel::showReflection() {
    if (!m_editingOwn) {
        if (!saveReflection()) return;
        m_editor->load(m_own);
        m_editingOwn = true;
    }
    m_pages->setCurrentWidget(m_editor);
    m_editor->setFocus();
}

void SetbackPanel::showEarlierReflections() {
    refreshEarlier();
    m_pages->setCurrentWidget(m_list);
    m_list->setFocus();
}

void SetbackPanel::openReflection(const QString& reflectionId) {
    if (!saveReflection()) return;
    try {
        const auto found = m_store.find(reflectionId);
        if (!found) return;
        m_editingOwn = !m_own.id.isEmpty() && found->id == m_own.id;
        m_editor->load(*found);
    } catch (const Error& e) {
        m_editor->showProblem(e.message());
    }
    m_pages->setCurrentWidget(m_editor);
    m_editor->setFocus();
}

// The button shows only when there is something to go back to.
void SetbackPanel::refreshEarlier() {
    QList<SetbackReflection> earlier;
    try {
        for (const SetbackReflection& r : m_store.all()) {
            if (r.id != m_own.id) earlier.append(r);
        }
    } catch (const Error&) {
        // Reading failed: the list stays as it was; the reflection itself still works.
        return;
    }
    m_list->setReflections(earlier);
    m_earlier->setVisible(!earlier.isEmpty());
}

bool SetbackPanel::isShowingReflection() const { return m_pages->currentWidget() == m_editor; }

bool SetbackPanel::saveReflection() {
    const SetbackReflection reflection = m_editor->reflection();
    // Nothing written, nothing kept: an empty reflection is not a row.
    if (reflection.id.isEmpty() && reflection.isBlank()) return true;
    if (!m_editor->isDirty() && !reflection.id.isEmpty()) return true;
    try {
        const SetbackReflection saved = m_store.save(reflection);
        m_editor->load(saved);
        if (m_editingOwn) {
            m_own = saved;
            m_reflect->setText(tr("Go on with my reflection"));
        }
        return true;
    } catch (const Error& e) {
        m_editor->showProblem(tr("This could not be saved. %1 Everything you wrote is still here.").arg(e.message()));
        return false;
    }
}

void SetbackPanel::addToPlan() {
    const SetbackReflection reflection = m_editor->reflection();
    const QStringList warningSigns = reflection.suggestedWarningSigns();
    const QStringList coping = reflection.suggestedCoping();
    if (warningSigns.isEmpty() && coping.isEmpty()) {
        m_editor->showProblem(
            tr("Write a warning sign or an idea for next time first, one on each line. Then they "
               "will be ready to add to your plan."));
        return;
    }
    if (!saveReflection()) return;
    Q_EMIT addToPlanRequested(warningSigns, coping);
}

void SetbackPanel::focusInEvent(QFocusEvent* event) {
    // The window focuses a screen as it shows it: the keyboard goes on to the page shown.
    QWidget::focusInEvent(event);
    if (QWidget* page = m_pages->currentWidget()) page->setFocus(event->reason());
}

void SetbackPanel::hideEvent(QHideEvent* event) {
    // Leaving (or locking: the window hides this before it closes the database) keeps
    // what was written, encrypted, rather than dropping it.
    saveReflection();
    QWidget::hideEvent(event);
}

}  // namespace mooring
