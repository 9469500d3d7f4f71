#pragma once

#include "gui/crisis/UrgeTimer.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAbstractButton;
class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace mooring {

namespace crisis {
class FlowLayout;
class PageStack;
}  // namespace crisis

class BreathingPacer;
class FavouriteIdeasPanel;
class GroundingPanel;
class HelplinesPanel;
class KeepsGoingPanel;
class PlanStepsPanel;
class ProfileSession;
class ProfileSettings;
class ReadAloud;
class TryIdeaPanel;
class UrgeTimerPanel;

// "I need help now" (docs/design.md, "The help screen"). Needs no database, no key
// derivation and no chart to appear; after unlocking it also shows what the person keeps.
class CrisisScreen : public QWidget {
    Q_OBJECT
public:
    // In the order of their choices; KeepsGoing is "What keeps me going" (the hope box).
    enum class Panel { Start, Breathe, Ground, RideOut, Talk, TryIdea, Plan, KeepsGoing };

    explicit CrisisScreen(ProfileSettings& settings, QWidget* parent = nullptr);
    ~CrisisScreen() override;

    // nullptr while locked. When set, the person's own plan, favourites and contacts appear
    // and follow the session's changes; cleared again on lock (and when the session closes)
    // so nothing personal stays in the widgets.
    void setSession(ProfileSession* session);
    ProfileSession* session() const;

    void showPanel(Panel panel);
    Panel currentPanel() const;
    // The answer to the urge timer's last question, for the journal to offer saving.
    std::optional<UrgeTimer::Outcome> lastUrgeOutcome() const noexcept { return m_lastOutcome; }

    // Re-reads settings.ini (region, reduced motion, helplines, read aloud): called on every
    // showing.
    void reloadSettings();

    // The voice "Read this to me" shares with the library and settings; the window owns it
    // and silences it on F12 and on lock. Without one the screen makes its own on first use.
    void setReadAloud(ReadAloud* reader);
    ReadAloud* readAloud();

Q_SIGNALS:
    void leaveRequested();    // "Back": the window returns to where the person was
    void libraryRequested();  // "Understand self-harm and recovery" (needs no passphrase)
    void urgeTimerAnswered(mooring::UrgeTimer::Outcome outcome);
    // "Save this in my journal" after the urge timer (offered only while unlocked).
    void journalEntryRequested(const QDateTime& startedAt, int minutes, mooring::UrgeTimer::Outcome outcome);

protected:
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildStartPage();
    void addChoice(Panel panel, const QString& text, const QString& accessibleName);
    QWidget* page(Panel panel);  // builds the panel on first use
    template <typename PanelWidget>
    PanelWidget* addPage(PanelWidget* panel);
    UrgeTimerPanel* makeUrgePanel();
    QString emergencyNumberOfRegion() const;
    void applyFonts();
    void updateStyle();
    void updateCareLine();
    void updatePlanChoice();
    void updateKeepsChoice();  // offered after unlocking while the hope box holds something
    void dropKeepsPanel();
    void setChoiceOffered(Panel panel, bool offered);
    void placeChoices();  // beside the panel, or above it when the window is narrow for the text

    ProfileSettings& m_settings;
    QPointer<ProfileSession> m_session;
    std::optional<UrgeTimer::Outcome> m_lastOutcome;
    QScrollArea* m_scroll = nullptr;
    crisis::PageStack* m_stack = nullptr;
    // Not a QButtonGroup: that would make Tab skip all but the checked choice.
    QList<QPushButton*> m_choices;  // in Panel order, Breathe first
    QWidget* m_choiceColumn = nullptr;
    crisis::FlowLayout* m_choiceLayout = nullptr;
    QBoxLayout* m_middle = nullptr;
    QWidget* m_startPage = nullptr;
    BreathingPacer* m_breathe = nullptr;
    GroundingPanel* m_ground = nullptr;
    UrgeTimerPanel* m_urge = nullptr;
    HelplinesPanel* m_talk = nullptr;
    TryIdeaPanel* m_idea = nullptr;
    PlanStepsPanel* m_plan = nullptr;             // after unlocking, when a plan has been saved
    KeepsGoingPanel* m_keeps = nullptr;           // built when first opened after unlocking
    FavouriteIdeasPanel* m_favourites = nullptr;  // on the start page, after unlocking
    QLabel* m_careLine = nullptr;
    QAbstractButton* m_back = nullptr;
    bool m_applyingFonts = false;
    QPointer<ReadAloud> m_readAloud;
};

}  // namespace mooring
