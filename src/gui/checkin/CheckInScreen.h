#pragma once

#include "domain/CheckIn.h"

#include <QDate>
#include <QMap>
#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace mooring {

class FeelingsField;
class HelpedField;
class MessageBanner;
class ProfileSession;
class SelfCareFields;
class UrgeField;

// "Check in": a short page about today. Only "how is today, overall?" is needed; the urge,
// feelings, what helped, looking after myself and a line of words may all be left out. A
// day that has a check-in opens it for changing. A strong urge brings an offer of the
// journal and of help now, which happen only when the person chooses them.
//
// Answers not yet saved stay on the page while Mooring is unlocked (a change saved
// elsewhere never replaces them). They are kept on Back and when the session closes, if
// they can be (how today is has been chosen); otherwise they go with the lock.
class CheckInScreen : public QWidget {
    Q_OBJECT
public:
    // Strong enough that the journal and help now are offered after saving.
    static constexpr int kOfferAtUrge = 7;

    explicit CheckInScreen(ProfileSession& session, QWidget* parent = nullptr);
    ~CheckInScreen() override;

    // The page as it opens from home or Ctrl+K: today's check-in, unless answers not yet
    // saved are on it (those stay, for the day they were for).
    void openToday();
    // Changes the day: its check-in, or an empty page; answers not yet saved stay and will
    // be saved for `day`.
    void openDay(const QDate& day);
    void focusFirstQuestion();

    QDate day() const noexcept { return m_day; }
    CheckIn current() const;  // what is on the page, for day()
    bool isDirty() const;
    bool save();  // false with the problems shown beside their fields

Q_SIGNALS:
    void backRequested();
    void journalRequested();
    void helpRequested();

private:
    void reload();  // after a change saved anywhere: shown unless answers are being given
    void fill(const CheckIn& checkIn);
    void loadChoices();
    void showProblems(const QList<CheckIn::Problem>& problems);
    void clearProblems();
    QWidget* fieldFor(CheckIn::Field field) const;
    MessageBanner* addProblemBanner(CheckIn::Field field);
    void leave();

    ProfileSession& m_session;
    bool m_open = true;  // false once the session has closed
    QDate m_day;
    CheckIn m_loaded;  // as saved for m_day, or empty
    QWidget* m_content;
    // Made in the order they are shown, which is the order Tab visits them.
    QPushButton* m_back;
    QDateEdit* m_dayEdit;
    UrgeField* m_overall;
    UrgeField* m_urge;
    QPushButton* m_urgeUnanswered;
    FeelingsField* m_feelings;
    HelpedField* m_helped;
    SelfCareFields* m_selfCare;
    QWidget* m_selfCareHeading = nullptr;  // hidden with the questions when none is asked
    QLineEdit* m_note;
    MessageBanner* m_status;
    QWidget* m_offer;
    QMap<CheckIn::Field, MessageBanner*> m_problems;
};

}  // namespace mooring
