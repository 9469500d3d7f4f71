#pragma once

#include "domain/Medium.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace mooring {

class ProfileSession;
class SoundPlayback;

// What can be done with one medium of the shelf: its caption, turning a photo (off the GUI
// thread), playing or stopping a sound, removing it and putting it back. Saved at once;
// says what happened in words for the shelf to show and a screen reader to hear.
class MediumActions : public QObject {
    Q_OBJECT
public:
    // dialogs: the window the caption dialog belongs to.
    MediumActions(ProfileSession& session, QWidget* dialogs);
    ~MediumActions() override;

    void askCaption(const QString& id, bool justAdded);  // a dialog, opened without a nested loop
    void turn(const QString& id);
    void togglePlay(Medium medium);
    void remove(Medium medium);  // a copy: the shelf lists again while it is removed
    void undo();
    void forget();  // another place is shown: stop playing, nothing left to put back

    QString playingId() const;
    QUndoStack* undoStack() const noexcept { return m_undo; }

Q_SIGNALS:
    void said(const QString& words, bool problem);
    void changed(const QString& id);  // written: show it again, with `id` chosen
    void captionClosed();

private:
    ProfileSession& m_session;
    QWidget* m_dialogs;
    SoundPlayback* m_playback;
    QUndoStack* m_undo;
};

}  // namespace mooring
