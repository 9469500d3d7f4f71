#pragma once

#include "domain/SetbackReflection.h"
#include "storage/SetbackReflectionStore.h"

#include <QList>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace mooring {

class MessageBanner;
class ProfileSession;

// "Where I am in recovery": three places a person may feel they are (noticing and
// deciding, learning skills, keeping it going), each with a few next steps into the parts
// of Mooring that help. Saying where is optional and in their own words; there are no
// scores or levels, and any place can be chosen at any time. Kept in the encrypted
// database (RecoveryPlaceStore), never in settings.ini. What is chosen and written is kept
// on leaving (Back, a next step), after a pause, and when the session closes; a change
// made elsewhere shows at once, unless words are being typed here.
class RecoveryScreen : public QWidget {
    Q_OBJECT
public:
    // How long the person pauses before what they chose or wrote is kept by itself.
    static constexpr int kPauseMs = 1500;

    explicit RecoveryScreen(ProfileSession& session, QWidget* parent = nullptr);
    ~RecoveryScreen() override;

    // The weekly review's step is offered only where the window has a review to open.
    void setReviewAvailable(bool available);

    std::optional<RecoveryPlace> chosenPlace() const;
    void choosePlace(std::optional<RecoveryPlace> place);
    QPlainTextEdit* wordsField() const noexcept { return m_words; }
    bool isDirty() const;
    bool save();  // false with a message shown when it could not be kept
    void load();  // what is kept; words being typed here stay

Q_SIGNALS:
    void backRequested();
    void journalRequested();
    void toolboxRequested();
    void urgeTimerRequested();
    void planRequested();
    void reviewRequested();
    void libraryPageRequested(const QString& pageId);

private:
    QWidget* addPlace(RecoveryPlace place, const QString& title, const QString& description);
    QPushButton* addStep(QWidget* box, const QString& text, const QString& objectName);
    RecoveryPlaceNote current() const;
    void leaveThen(const std::function<void()>& go);  // kept first; stays (with a message) if it cannot be

    ProfileSession& m_session;
    bool m_open = true;  // false once the session has closed
    QTimer* m_pause = nullptr;
    RecoveryPlaceNote m_saved;
    QWidget* m_content;
    QButtonGroup* m_places;
    QPlainTextEdit* m_words = nullptr;
    MessageBanner* m_banner = nullptr;
    QList<QPushButton*> m_reviewSteps;
};

}  // namespace mooring
