#pragma once

#include "domain/Medium.h"
#include "sound/PcmSink.h"
#include "sound/SoundPlayer.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mooring {

class LiveNotice;
class PhotoView;
class ProfileSession;
class SoundPlayback;
class SoundTile;

// "What keeps me going" on the help screen, after unlocking: the hope box's photos,
// recordings and sounds one at a time, in hopeSequence()'s order. A photo fills the panel
// with its caption under it; a recording or sound is a tile with a Play button.
//
// Keys, anywhere in the panel: Left and Right arrows (and Previous, Next) move; P plays or
// stops the recording shown (as does its button). Nothing ever plays by itself: not when
// the panel opens, not when another item comes; moving on stops what was playing.
//
// Only the photo shown is read (MediaStore::bytes) and decoded; a recording's bytes are
// read when Play is pressed. The crisis screen deletes the panel on lock, which stops the
// sound and frees every byte and pixel it held.
class KeepsGoingPanel : public QWidget {
    Q_OBJECT
public:
    explicit KeepsGoingPanel(ProfileSession& session, QWidget* parent = nullptr);
    ~KeepsGoingPanel() override;

    // Where sounds are heard; the desktop's local sound server unless set (tests give their
    // own). Takes effect at the next Play.
    void setSinkFactory(sound::PcmSinkFactory sinks);
    // Reads the order again and stays on the item shown while it is still there. Says
    // emptied() when nothing is left to show.
    void reload();
    // Stops any sound and lets go of the items, the bytes and the pixels, at once (locking).
    void release();

    int count() const { return int(m_items.size()); }
    int index() const { return m_index; }
    QString positionText() const;  // "3 of 12"
    QString shownCaption() const;  // the caption, or its kind fallback
    bool showsPhoto() const;
    PhotoView* photo() const { return m_photo; }
    sound::SoundPlayer* player() const;  // nullptr until Play is first pressed
    QString lastSaid() const;

    void next();
    void previous();
    void togglePlay();

Q_SIGNALS:
    void emptied();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showItem(int index);
    void announcePosition();
    void playbackChanged(const QString& said);

    QPointer<ProfileSession> m_session;
    QList<Medium> m_items;
    int m_index = 0;
    QPushButton* m_previous;
    QLabel* m_position;
    QPushButton* m_next;
    PhotoView* m_photo;
    QLabel* m_photoCaption;
    SoundTile* m_tile;
    LiveNotice* m_announcer;
    SoundPlayback* m_playback;
};

}  // namespace mooring
