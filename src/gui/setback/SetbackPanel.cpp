#include "gui/setback/SetbackPanel.h"

#include "domain/Error.h"
#include "domain/Helpline.h"
#include "gui/common/Appearance.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/ReadingColumn.h"
#include "gui/setback/PlanAndPeople.h"
#include "gui/setback/ReflectionEditor.h"
#include "gui/setback/ReflectionList.h"
#include "session/ProfileSession.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"

#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
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

SetbackPanel::SetbackPanel(ProfileSession& session, ProfileSettings& settings, const QString& entryId, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_entryId(entryId), m_pages(new QStackedWidget(this)) {
    setObjectName(u"setbackPanel"_s);
    // Given the focus (the window shows the screen), the panel hands it straight to the page
    // shown, with no stop on the panel or the page: each stop was named on the bus.
    FocusLanding::install(this, [this] { return landing(); });
    m_first = buildFirstPage();
    m_editor = new ReflectionEditor;
    SetbackReflection existing;
    existing.entryId = entryId;
    try {
        if (const auto found = m_session.setbacks().forEntry(entryId)) existing = *found;
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

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] { saveReflection(); });
    connect(m_editor, &ReflectionEditor::edited, this, [this] {
        if (m_editor->isDirty()) m_pause->start();
    });
    connect(&m_session, &ProfileSession::reflectionsChanged, this, &SetbackPanel::reloadReflections);
    connect(&m_session, &ProfileSession::importDone, this, &SetbackPanel::reloadReflections);
    // Locking or the window closing: kept while the database is still open.
    connect(&m_session, &ProfileSession::aboutToClose, this, [this] {
        saveReflection();
        m_pause->stop();
        m_open = false;
    });
    showFirstPage();
}

SetbackPanel::~SetbackPanel() = default;

QWidget* SetbackPanel::buildFirstPage() {
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
    auto* planAndPeople = new PlanAndPeople(m_session, content);
    connect(planAndPeople, &PlanAndPeople::planStepsRequested, this, &SetbackPanel::planStepsRequested);
    connect(planAndPeople, &PlanAndPeople::planRequested, this, &SetbackPanel::planRequested);
    layout->addWidget(planAndPeople);
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
    m_firstFocus = planAndPeople->planButton();
    FocusLanding::install(column, [planAndPeople] { return planAndPeople->planButton(); });
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
    m_firstFocus->setFocus();
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
        const auto found = m_session.setbacks().find(reflectionId);
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
        for (const SetbackReflection& r : m_session.setbacks().all()) {
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
    if (!m_open) return true;
    if (m_pause) m_pause->stop();
    const SetbackReflection reflection = m_editor->reflection();
    // Nothing written, nothing kept: an empty reflection is not a row.
    if (reflection.id.isEmpty() && reflection.isBlank()) return true;
    if (!m_editor->isDirty() && !reflection.id.isEmpty()) return true;
    try {
        const SetbackReflection saved = m_session.setbacks().save(reflection);
        m_editor->markSaved(saved);  // the fields stay as typed: the cursor stays where it is
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

QWidget* SetbackPanel::landing() const {
    QWidget* page = m_pages->currentWidget();
    return page == m_first ? m_firstFocus : page;
}

void SetbackPanel::reloadReflections() {
    if (!m_open) return;
    refreshEarlier();
    if (m_editor->isDirty()) return;  // words being typed stay; they are kept soon
    const QString id = m_editor->reflection().id;
    try {
        std::optional<SetbackReflection> found =
            id.isEmpty() && m_editingOwn ? m_session.setbacks().forEntry(m_entryId) : m_session.setbacks().find(id);
        if (!found) return;
        if (m_editingOwn) m_own = *found;
        m_editor->load(*found);  // only fields that differ are set again
    } catch (const Error&) {
        // Reading failed: what is shown stays; saving still works.
    }
}

}  // namespace mooring
