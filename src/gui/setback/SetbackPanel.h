#pragma once

#include "domain/SetbackReflection.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace mooring {

class ProfileSession;
class ProfileSettings;
class ReflectionEditor;
class ReflectionList;

// After a setback (a journal entry that says the person acted on the urge, or "I had a
// setback" on the home screen). First, right now: a kind word, "if you are hurt, get
// medical help" with the region's numbers, and their plan and people one click away.
// Later, never forced: "learning from a setback" (ReflectionEditor), kept encrypted and
// linked to the entry. Nothing here changes the safety plan by itself. What is written is
// kept on leaving the reflection, after a pause in typing and when the session closes;
// the plan, the people and the earlier reflections show changes made elsewhere at once.
class SetbackPanel : public QWidget {
    Q_OBJECT
public:
    // How long typing pauses before the reflection is kept by itself.
    static constexpr int kPauseMs = 1500;

    // entryId: the journal entry, or empty. A reflection already written about that entry
    // is loaded so the person can go on with it.
    SetbackPanel(ProfileSession& session, ProfileSettings& settings, const QString& entryId, QWidget* parent = nullptr);
    ~SetbackPanel() override;

    QString entryId() const noexcept { return m_entryId; }
    void showFirstPage();
    void showReflection();
    bool isShowingReflection() const;
    // "Reflections I wrote before": every earlier one, to read again or add to.
    void showEarlierReflections();
    void openReflection(const QString& reflectionId);
    ReflectionList* earlierList() const noexcept { return m_list; }
    ReflectionEditor* reflectionEditor() const noexcept { return m_editor; }
    QString careText() const;  // the "if you are hurt" words as shown

    // Saves what is in the reflection now (nothing when it is blank). False with a message
    // shown when it could not be saved.
    bool saveReflection();

Q_SIGNALS:
    void planStepsRequested();  // the crisis screen's "My plan, step by step"
    void planRequested();       // the plan editor (no plan saved yet)
    void talkRequested();       // the crisis screen's helplines
    // The plan editor with these suggestions added, unsaved, to keep or remove.
    void addToPlanRequested(const QStringList& warningSigns, const QStringList& coping);
    void backRequested();

private:
    QWidget* buildFirstPage();
    QWidget* landing() const;  // where the focus goes when the panel is given it
    QWidget* buildCareFrame(QWidget* parent);
    void addToPlan();
    void refreshEarlier();
    void reloadReflections();  // after a change elsewhere; words being typed stay

    ProfileSession& m_session;
    bool m_open = true;  // false once the session has closed
    ProfileSettings& m_settings;
    QString m_entryId;
    QTimer* m_pause = nullptr;
    QStackedWidget* m_pages;
    QWidget* m_first = nullptr;
    QWidget* m_firstFocus = nullptr;  // the first page's first button
    ReflectionEditor* m_editor = nullptr;
    ReflectionList* m_list = nullptr;
    SetbackReflection m_own;   // the reflection about this setback, as last saved or loaded
    bool m_editingOwn = true;  // false while an earlier reflection is open in the editor
    QLabel* m_care = nullptr;
    QPushButton* m_reflect = nullptr;
    QPushButton* m_earlier = nullptr;
};

}  // namespace mooring
