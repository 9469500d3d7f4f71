#pragma once

#include "domain/SafetyPlan.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace mooring {

class MessageBanner;
class PlanDiffView;
class ProfileSession;
class ProfileSettings;
class SectionEditor;

// The guided safety-plan editor, made to be filled in with a therapist on a shared
// screen: the sections in order on the left, one section at a time on the right. Saving
// (Ctrl+S) asks for an optional note and keeps a new version; the plan can be shown large
// (F5), compared with earlier versions, printed or saved as a PDF (Ctrl+P). A version saved
// elsewhere (an import) shows at once, unless the plan here has changes not saved yet: those
// are never overwritten.
class PlanEditor : public QWidget {
    Q_OBJECT
public:
    // Asks for the note of a save; empty optional = the person went back.
    using NoteAsker = std::function<std::optional<QString>()>;

    // settings: for the region's helplines on the printed plan (may be null).
    PlanEditor(ProfileSession& session, ProfileSettings* settings, QWidget* parent = nullptr);

    SafetyPlan plan() const;  // what is in the editor now
    bool isDirty() const;
    void setNoteAsker(NoteAsker asker) { m_askNote = std::move(asker); }

    void showSection(PlanSection section);
    SectionEditor* sectionEditor() const noexcept { return m_editor; }
    QString bannerText() const;

    // Each returns false when nothing was done (cancelled, or a problem shown in the banner).
    bool save();                             // asks for a note
    bool saveWithNote(const QString& note);  // one transaction; keeps the content on failure
    bool maybeLeave();                       // unsaved changes: save, discard or go back
    bool savePdf(const QString& path);
    bool printPlan();  // the print dialog (or a PDF in tests)
    void showHistory();
    PlanDiffView* openWhatChanged(const QString& fromId = {});  // shown, not modal
    void present();
    // Suggestions from elsewhere (a setback reflection, ...): added below the section's
    // items, skipping any already there, and not saved: the person keeps or removes each,
    // then saves. The section is shown with a note saying so. Returns how many were added.
    int suggestItems(PlanSection section, const QStringList& items);

Q_SIGNALS:
    void leaveRequested();  // the person chose "Back" and nothing is left unsaved
    void saved();

private:
    void loadLatest();
    void catchUp();   // with a version saved elsewhere
    void showPlan();  // m_plan in the section editor
    void sectionChosen(int row);
    void syncFromEditor();
    void updateStatus();
    PlanVersion printable() const;

    ProfileSession& m_session;
    ProfileSettings* m_settings;
    NoteAsker m_askNote;
    SafetyPlan m_plan;
    SafetyPlan m_saved;
    std::optional<PlanVersion> m_latest;
    int m_current = 0;

    QListWidget* m_sections;
    SectionEditor* m_editor;
    MessageBanner* m_banner;
    QLabel* m_status;
};

}  // namespace mooring
