#pragma once

#include "domain/Medium.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QUndoStack;

namespace mooring {

class LiveNotice;
class MediaIntake;
class MediaShelfModel;
class MessageBanner;
class ProfileSession;
class MediumActions;
class ThumbnailMender;

// The photos, voice notes and sounds of one place of the hope box (a safety-box idea, or
// the plan's "what matters to me"), as a row of thumbnails and tiles with their captions.
// Adds them (file chooser, drag and drop, a recorded voice note), and for each: caption,
// turn, play or stop, remove (Ctrl+Z puts it back). Keyboard: Tab to the shelf, arrows
// between items, Enter / Menu / Shift+F10 for what can be done with one, F2 the caption,
// Delete removes. Saved at once: the media are not part of the form around the shelf.
class MediaShelf : public QWidget {
    Q_OBJECT
public:
    explicit MediaShelf(ProfileSession& session, QWidget* parent = nullptr);
    ~MediaShelf() override;

    void setPlace(const MediaPlace& place);
    MediaPlace place() const { return m_place; }

    // The same paths the buttons and a drop take.
    bool addFile(const QString& path);  // a photo or a sound, told by its bytes
    bool addPhotoBytes(const QByteArray& bytes);
    bool addSoundBytes(const QByteArray& bytes, const QString& caption = {});
    void choosePhoto();
    void chooseSound();
    void recordVoiceNote();
    // With the chosen medium.
    void editCaption();
    void turnPhoto();
    void togglePlay();
    void removeCurrent();
    void undo();
    QMenu* openMenu();  // what can be done with the chosen one, at it

    QString currentId() const;
    void selectId(const QString& id);
    bool isBusy() const;
    QListView* view() const noexcept { return m_view; }
    MediaShelfModel* model() const noexcept { return m_model; }
    QUndoStack* undoStack() const;
    QString lastSaid() const;
    QString bannerText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildButtons();
    void reload();
    void updateButtons();
    void updateSizes();
    void say(const QString& words, bool problem = false);
    void added(const Medium& medium, bool askCaption);
    const Medium* current() const;
    void focusShelf();  // the list, or "Add a photo" while there is nothing in it

    ProfileSession& m_session;
    MediaPlace m_place;
    MediaShelfModel* m_model;
    MediaIntake* m_intake;
    MediumActions* m_actions;
    ThumbnailMender* m_mender;  // photos imported without a thumbnail
    QLabel* m_intro;
    QLabel* m_privacyNote;
    QPushButton* m_addPhoto;
    QPushButton* m_addSound;
    QPushButton* m_record;
    QProgressBar* m_busyBar;
    QLabel* m_busyText;
    MessageBanner* m_banner;
    QListView* m_view;
    QLabel* m_emptyNote;
    QPushButton* m_caption;
    QPushButton* m_turn;
    QPushButton* m_play;
    QPushButton* m_remove;
    QPushButton* m_undoButton;
    LiveNotice* m_notice;
    QPointer<QMenu> m_menu;  // the one open, so the Menu key and its context menu event open one
};

}  // namespace mooring
