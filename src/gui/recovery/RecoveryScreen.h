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

namespace mooring {

class Database;
class MessageBanner;

// "Where I am in recovery": three places a person may feel they are (noticing and
// deciding, learning skills, keeping it going), each with a few next steps into the parts
// of Mooring that help. Saying where is optional and in their own words; there are no
// scores or levels, and any place can be chosen at any time. Kept in the encrypted
// database (RecoveryPlaceStore), never in settings.ini.
class RecoveryScreen : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit RecoveryScreen(Database& db, QWidget* parent = nullptr, Clock clock = {});
    ~RecoveryScreen() override;

    // The weekly review's step is offered only where the window has a review to open.
    void setReviewAvailable(bool available);

    std::optional<RecoveryPlace> chosenPlace() const;
    void choosePlace(std::optional<RecoveryPlace> place);
    QPlainTextEdit* wordsField() const noexcept { return m_words; }
    bool isDirty() const;
    bool save();  // false with a message shown when it could not be kept

Q_SIGNALS:
    void backRequested();
    void journalRequested();
    void toolboxRequested();
    void urgeTimerRequested();
    void planRequested();
    void reviewRequested();
    void libraryPageRequested(const QString& pageId);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* addPlace(RecoveryPlace place, const QString& title, const QString& description);
    QPushButton* addStep(QWidget* box, const QString& text, const QString& objectName);
    RecoveryPlaceNote current() const;
    void load();

    RecoveryPlaceStore m_store;
    RecoveryPlaceNote m_saved;
    QWidget* m_content;
    QButtonGroup* m_places;
    QPlainTextEdit* m_words = nullptr;
    MessageBanner* m_banner = nullptr;
    QList<QPushButton*> m_reviewSteps;
};

}  // namespace mooring
