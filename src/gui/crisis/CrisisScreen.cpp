#include "gui/crisis/CrisisScreen.h"

#include "domain/Error.h"
#include "domain/Helpline.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/ReadAloud.h"
#include "gui/common/ReadAloudButton.h"
#include "gui/crisis/BreathingPacer.h"
#include "gui/crisis/ChoiceAccessible.h"
#include "gui/crisis/ChoiceKey.h"
#include "gui/crisis/ChoicePlacement.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/FavouriteIdeasPanel.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/crisis/GroundingPanel.h"
#include "gui/crisis/HelplinesPanel.h"
#include "gui/crisis/HopeSequence.h"
#include "gui/crisis/KeepsGoingPanel.h"
#include "gui/crisis/PageStack.h"
#include "gui/crisis/PlanStepsPanel.h"
#include "gui/crisis/TryIdeaPanel.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "session/ProfileSession.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr double kScreenFontScale = 1.3;  // the screen reads larger than the rest of the program
}  // namespace

CrisisScreen::CrisisScreen(ProfileSettings& settings, QWidget* parent) : QWidget(parent), m_settings(settings) {
    setObjectName(u"crisisScreen"_s);
    setAccessibleName(tr("I need help now"));
    applyFonts();  // before any child exists, so each starts at the screen's size
    updateStyle();
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 16, 24, 16);
    outer->setSpacing(12);

    auto* top = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back  (Esc)"), this);
    back->setObjectName(u"crisisBack"_s);
    crisis::makeLarge(back, tr("Back: leave this screen"));
    connect(back, &QPushButton::clicked, this, &CrisisScreen::leaveRequested);
    m_back = back;
    top->addWidget(back, 0, Qt::AlignTop);
    auto* title =
        crisis::wrappedLabel(tr("You're not alone in this. Let's take it one step at a time."), this, u"crisisTitle"_s);
    crisis::setFontScale(title, 1.25, true);
    top->addWidget(title, 1);
    outer->addLayout(top);

    // The choices sit beside the open panel while there is room for both; with large text in
    // a smaller window they move above it and wrap, so the panel keeps a readable width.
    m_middle = new QBoxLayout(QBoxLayout::LeftToRight);
    m_middle->setSpacing(crisis::ChoicePlacement::kBesideGap);
    m_choiceColumn = new QWidget(this);
    m_choiceColumn->setObjectName(u"crisisChoices"_s);
    m_choiceLayout = new crisis::FlowLayout(m_choiceColumn, 10);
    m_choiceLayout->setOneColumn(true);
    m_middle->addWidget(m_choiceColumn, 0, Qt::AlignTop);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"crisisScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new crisis::PageStack(m_scroll);
    m_stack->setObjectName(u"crisisStack"_s);
    m_scroll->setWidget(m_stack);
    m_middle->addWidget(m_scroll, 1);
    outer->addLayout(m_middle, 1);

    m_startPage = buildStartPage();
    m_stack->addWidget(m_startPage);
    // Each panel is built the first time it is chosen: the screen has to appear fast.
    addChoice(Panel::Breathe, tr("&Breathe"), tr("Breathe"));
    addChoice(Panel::Ground, tr("&Ground"), tr("Ground yourself: five, four, three, two, one"));
    addChoice(Panel::RideOut, tr("&Ride out the urge"), tr("Ride out the urge with a timer"));
    addChoice(Panel::Talk, tr("&Talk to someone"), tr("Talk to someone now: helplines"));
    addChoice(Panel::TryIdea, tr("Try &something"), tr("Try something: coping ideas"));
    addChoice(Panel::Plan, tr("My &plan, step by step"), tr("My safety plan, one step at a time"));
    m_choices.constLast()->setObjectName(u"crisisChoicePlan"_s);
    m_choices.constLast()->hide();  // shown once unlocked with a saved plan
    addChoice(Panel::KeepsGoing, tr("What &keeps me going"), tr("What keeps me going: my photos and sounds"));
    m_choices.constLast()->setObjectName(u"crisisChoiceKeeps"_s);
    m_choices.constLast()->hide();  // shown once unlocked with something in the hope box
    m_plan = new PlanStepsPanel(m_stack);
    m_stack->addWidget(m_plan);
    connect(m_plan, &PlanStepsPanel::reloaded, this, &CrisisScreen::updatePlanChoice);

    m_careLine = crisis::wrappedLabel(QString(), this, u"crisisCareLine"_s);
    // A little smaller than the rest of the screen (still larger than the program's own
    // text), so with large text the panel above keeps room.
    crisis::setFontScale(m_careLine, 0.85);
    outer->addWidget(m_careLine);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CrisisScreen::leaveRequested);

    // Back, then the five choices, then the open panel: the order the eye reads them.
    QWidget* previous = m_back;
    for (QPushButton* choice : std::as_const(m_choices)) {
        setTabOrder(previous, choice);
        previous = choice;
    }
    FocusLanding::install(this, [this] { return m_choices.constFirst(); });
    showPanel(Panel::Start);
    applyFonts();
}

CrisisScreen::~CrisisScreen() = default;

QWidget* CrisisScreen::buildStartPage() {
    auto* page = new QWidget(this);
    page->setObjectName(u"crisisStart"_s);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading =
        crisis::wrappedLabel(tr("Whatever you are feeling right now, it will change."), page, u"crisisStartHeading"_s);
    crisis::setFontScale(heading, crisis::kHeading, true);
    layout->addWidget(heading);
    layout->addWidget(crisis::wrappedLabel(
        tr("Choose one thing to try. You can switch at any time. If you are not sure, start with Breathe."), page));
    m_favourites = new FavouriteIdeasPanel(page);
    layout->addWidget(m_favourites);
    layout->addStretch(1);
    // For later, once the worst has passed: short pages to read, nothing personal in them.
    auto* library = new QPushButton(tr("Understand self-harm and recovery"), page);
    library->setObjectName(u"crisisLibrary"_s);
    library->setFlat(true);
    crisis::makeLarge(library, tr("Understand self-harm and recovery: short pages to read"));
    connect(library, &QPushButton::clicked, this, &CrisisScreen::libraryRequested);
    layout->addWidget(library, 0, Qt::AlignLeft);
    return page;
}

void CrisisScreen::addChoice(Panel panel, const QString& text, const QString& accessibleName) {
    auto* button = new QPushButton(text, m_choiceColumn);
    button->setObjectName(u"crisisChoice"_s);
    button->setCheckable(true);
    crisis::presentAsTab(button);  // heard as a tab that opens its panel, not a check box
    crisis::clickOnKey(button);
    crisis::makeLarge(button, accessibleName);
    button->setMinimumHeight(crisis::ChoicePlacement::kChoiceHeight);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_choices.append(button);
    m_choiceLayout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, panel] {
        showPanel(panel);
        // Straight into the panel, so the keyboard goes on from there.
        m_stack->currentWidget()->setFocus();
    });
}

QWidget* CrisisScreen::page(Panel panel) {
    switch (panel) {
        case Panel::Start:
            return m_startPage;
        case Panel::Plan:
            return m_plan;
        case Panel::Breathe:
            if (!m_breathe) m_breathe = addPage(new BreathingPacer(m_settings.reduceMotion(), m_stack));
            return m_breathe;
        case Panel::Ground:
            if (!m_ground) m_ground = addPage(new GroundingPanel(m_stack));
            return m_ground;
        case Panel::RideOut:
            if (!m_urge) m_urge = addPage(makeUrgePanel());
            return m_urge;
        case Panel::Talk:
            if (!m_talk) {
                m_talk = addPage(new HelplinesPanel(m_settings, m_stack));
                connect(m_talk, &HelplinesPanel::helplinesChanged, this, &CrisisScreen::updateCareLine);
            }
            return m_talk;
        case Panel::TryIdea:
            if (!m_idea) m_idea = addPage(new TryIdeaPanel(m_stack));
            return m_idea;
        case Panel::KeepsGoing:
            if (!m_keeps && m_session) {
                m_keeps = addPage(new KeepsGoingPanel(*m_session, m_stack));
                connect(m_keeps, &KeepsGoingPanel::emptied, this, &CrisisScreen::dropKeepsPanel);
            }
            return m_keeps ? static_cast<QWidget*>(m_keeps) : m_startPage;
    }
    return m_startPage;
}

template <typename PanelWidget>
PanelWidget* CrisisScreen::addPage(PanelWidget* panel) {
    m_stack->addWidget(panel);
    ReadAloudButton::offerIn(panel, m_settings.readAloud() ? readAloud() : m_readAloud.data());
    applyFonts();  // the new panel starts at the screen's size, like the rest
    return panel;
}

UrgeTimerPanel* CrisisScreen::makeUrgePanel() {
    auto* urge = new UrgeTimerPanel(m_stack);
    urge->setJournalOffered(m_session != nullptr);
    connect(urge, &UrgeTimerPanel::talkRequested, this, [this] { showPanel(Panel::Talk); });
    connect(urge, &UrgeTimerPanel::answered, this, [this](UrgeTimer::Outcome outcome) {
        m_lastOutcome = outcome;
        Q_EMIT urgeTimerAnswered(outcome);
    });
    connect(urge, &UrgeTimerPanel::saveToJournalRequested, this, [this] {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_urge->timer().length());
        Q_EMIT journalEntryRequested(m_urge->startedAt(), int(minutes.count()), m_urge->timer().outcome());
    });
    return urge;
}

void CrisisScreen::showPanel(Panel panel) {
    QWidget* next = page(panel);
    // Every panel opens at its top, not where the previous one was scrolled to.
    if (next != m_stack->currentWidget()) m_scroll->verticalScrollBar()->setValue(0);
    m_stack->setCurrentWidget(next);
    updateCareLine();
    // m_choices[i] opens Panel(i + 1); Start has no button.
    for (qsizetype i = 0; i < m_choices.size(); ++i) m_choices.at(i)->setChecked(int(panel) == i + 1);
    placeChoices();
}

CrisisScreen::Panel CrisisScreen::currentPanel() const {
    QWidget* current = m_stack->currentWidget();
    if (current == m_breathe) return Panel::Breathe;
    if (current == m_ground) return Panel::Ground;
    if (current == m_urge) return Panel::RideOut;
    if (current == m_talk) return Panel::Talk;
    if (current == m_idea) return Panel::TryIdea;
    if (current == m_plan) return Panel::Plan;
    if (current && current == m_keeps) return Panel::KeepsGoing;
    return Panel::Start;
}

void CrisisScreen::setSession(ProfileSession* session) {
    // The person's own plan (with their contacts) and favourite ideas; on lock (nullptr)
    // every panel forgets what it showed. The panels follow the session's changes themselves.
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &ProfileSession::closed, this, [this] { setSession(nullptr); });
        // The hope box's media, or the safety-box ideas that hold them, may come or go.
        for (auto changed :
             {&ProfileSession::mediaChanged, &ProfileSession::toolboxChanged, &ProfileSession::importDone})
            connect(session, changed, this, &CrisisScreen::updateKeepsChoice);
    }
    m_favourites->setSession(session);
    m_plan->setSession(session);  // says reloaded(): the plan's choice follows
    if (m_urge) m_urge->setJournalOffered(session != nullptr);
    if (!session) m_lastOutcome.reset();
    if (!session && m_readAloud) m_readAloud->stopReading();  // a lock silences it at once
    updateKeepsChoice();                                      // on lock, the panel goes with its sound
}

ProfileSession* CrisisScreen::session() const { return m_session; }

void CrisisScreen::updatePlanChoice() {
    // No empty panel: the choice appears only when there is a saved plan to walk through.
    const bool offered = m_session && m_plan->hasPlan();
    setChoiceOffered(Panel::Plan, offered);
    if (!offered && currentPanel() == Panel::Plan) showPanel(Panel::Start);
}

void CrisisScreen::setChoiceOffered(Panel panel, bool offered) {
    QPushButton* choice = m_choices.at(int(panel) - 1);
    if (choice->isHidden() == offered) {  // placed again only when the choices change
        choice->setVisible(offered);
        placeChoices();
    }
}

void CrisisScreen::updateKeepsChoice() {
    // Only after unlocking, and no empty panel: while locked nothing personal is on screen.
    bool offered = false;
    try {
        offered = m_session && m_session->isOpen() && hasHope(*m_session);
    } catch (const Error&) {  // as the other panels: then the screen is the one before unlocking
    }
    setChoiceOffered(Panel::KeepsGoing, offered);
    if (!offered) dropKeepsPanel();
    if (offered && m_keeps) m_keeps->reload();
}

void CrisisScreen::dropKeepsPanel() {
    if (!m_keeps) return;
    setChoiceOffered(Panel::KeepsGoing, false);  // also when the panel found itself empty
    if (currentPanel() == Panel::KeepsGoing) showPanel(Panel::Start);
    KeepsGoingPanel* gone = std::exchange(m_keeps, nullptr);
    m_stack->removeWidget(gone);
    gone->hide();
    gone->release();  // silent and without its pixels now; deleted later, as this may come from it
    gone->deleteLater();
}

void CrisisScreen::reloadSettings() {
    if (m_breathe && m_breathe->reduceMotion() != m_settings.reduceMotion())
        m_breathe->setReduceMotion(m_settings.reduceMotion());
    if (m_talk) m_talk->reload();
    // Made only once reading aloud is turned on: a screen for the worst moments opens fast.
    ReadAloudButton::offerIn(this, m_settings.readAloud() ? readAloud() : m_readAloud.data());
    updateCareLine();
}

void CrisisScreen::setReadAloud(ReadAloud* reader) {
    if (m_readAloud && m_readAloud->parent() == this && m_readAloud != reader) delete m_readAloud;
    m_readAloud = reader;
    ReadAloudButton::offerIn(this, reader);
}

ReadAloud* CrisisScreen::readAloud() {
    if (!m_readAloud) m_readAloud = new ReadAloud(m_settings, this);
    return m_readAloud;
}

void CrisisScreen::updateCareLine() {
    const QString emergency = m_talk ? m_talk->emergencyNumber() : emergencyNumberOfRegion();
    // Once and calmly, on every panel: thoughts of ending one's life are named, not implied.
    const QString where =
        emergency.isEmpty()
            ? tr("If you are in danger, thinking about ending your life, or not sure you can keep yourself safe, "
                 "call your local emergency number or a crisis line now.")
            : tr("If you are in danger, thinking about ending your life, or not sure you can keep yourself safe, "
                 "call %1 or a crisis line now.")
                  .arg(emergency);
    QString line = tr("Mooring does not replace care from a doctor, a therapist or a crisis service. %1").arg(where);
    if (currentPanel() != Panel::Talk) line += u' ' + tr("Helplines are under \"Talk to someone\".");
    m_careLine->setText(line);
}

QString CrisisScreen::emergencyNumberOfRegion() const {
    const QString region = m_settings.region();
    if (!Helpline::isKnownRegion(region)) return {};
    return Helpline::emergencyNumber(HelplineSettings(m_settings).helplines(region));
}

void CrisisScreen::showEvent(QShowEvent* event) {
    reloadSettings();
    applyFonts();
    QWidget::showEvent(event);
    // Whoever opened the screen, the keyboard starts on the first choice, not on "Back".
    if (!isAncestorOf(QApplication::focusWidget())) setFocus();
}

bool CrisisScreen::event(QEvent* event) {
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::ApplicationFontChange || event->type() == QEvent::ParentChange) applyFonts();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) updateStyle();
    return handled;
}

void CrisisScreen::updateStyle() {
    const QString sheet = crisis::styleSheet(palette());
    if (sheet != styleSheet()) setStyleSheet(sheet);
}

void CrisisScreen::applyFonts() {
    if (m_applyingFonts) return;
    m_applyingFonts = true;
    QFont screen = parentWidget() ? parentWidget()->font() : QApplication::font();
    screen.setPointSizeF(screen.pointSizeF() * kScreenFontScale);
    if (font() != screen) setFont(screen);
    crisis::applyFonts(this, screen);
    m_applyingFonts = false;
    placeChoices();
}

void CrisisScreen::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placeChoices();
}

void CrisisScreen::placeChoices() {
    // Decided for the size the screen is shown at, so not while it is being built (the
    // first paint comes sooner): showEvent places them once it is visible.
    if (!m_middle || !isVisible()) return;
    crisis::ChoicePlacement{this, m_middle, m_choiceColumn, m_choiceLayout, m_choices}.place(m_stack->currentWidget());
}

void CrisisScreen::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), crisis::calmTint(palette()));
}

}  // namespace mooring
