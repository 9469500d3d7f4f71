#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QPushButton;

namespace mooring {

class MessageBanner;
class ReadAloud;

namespace speech {
class Script;
}

// "Read this to me" / "Stop reading": a toggle on a panel that reads what the panel shows
// through the shared ReadAloud. Shown only when reading aloud is turned on in settings and
// the screen has handed it a ReadAloud (offerIn). While it is on, contentChanged() reads
// the panel's new words at once (the next breath, grounding step or plan step); when the
// panel is hidden, or another control starts reading, it stops. If this computer has no
// voice, it says so in a calm note below it instead of failing silently.
class ReadAloudButton : public QWidget {
    Q_OBJECT
public:
    using ScriptSource = std::function<speech::Script()>;

    ReadAloudButton(ScriptSource script, QWidget* parent = nullptr);

    // Hands `reader` (null: none) to every ReadAloudButton under `root` and shows them
    // only if reading aloud is offered. Screens call it when built and on every showing.
    static void offerIn(QWidget* root, ReadAloud* reader);

    // Off by default: reading once to the end turns the button off again (a library page).
    // On: it stays on and reads each change, until the person stops it.
    void setFollowsChanges(bool follows) { m_followsChanges = follows; }
    bool isOn() const;
    void setOn(bool on);
    QPushButton* button() const noexcept { return m_button; }
    QString unavailableNote() const;

public Q_SLOTS:
    void contentChanged();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void setReader(ReadAloud* reader);
    void toggled(bool on);
    void showState(bool on);

    ScriptSource m_script;
    QPointer<ReadAloud> m_reader;
    QPushButton* m_button;
    MessageBanner* m_note;
    bool m_followsChanges = false;
};

}  // namespace mooring
