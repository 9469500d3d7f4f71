#pragma once

#include "domain/Contact.h"
#include "domain/SafetyPlan.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mooring {

class LiveNotice;
class ProfileSession;
class ReadAloudButton;

// "My plan, step by step" on the crisis screen: the latest saved version of the person's
// safety plan, one section at a time, as large and calm as the other panels. The people in
// it come with the same "Copy number" and phone code as the helplines. Only after
// unlocking; it reads again whenever the plan or the contacts change, and setSession(nullptr)
// on lock clears everything it showed.
class PlanStepsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PlanStepsPanel(QWidget* parent = nullptr);

    void setSession(ProfileSession* session);  // reads the latest version now; nullptr clears
    void reload();                             // stays on the step shown when it still has one
    bool hasPlan() const noexcept { return m_version.has_value(); }
    int step() const noexcept { return m_index; }
    void next();
    void previous();
    QString shownTitle() const;
    QString shownText() const;  // the step's items and people, one a line

Q_SIGNALS:
    void reloaded();  // a plan may have come or gone

private:
    void showStep(int index);
    void announceStep();
    void clearBody();
    void addItem(const QString& text, bool bullet = true);
    void addContact(const Contact& contact);

    QPointer<ProfileSession> m_session;
    std::optional<PlanVersion> m_version;
    QList<Contact> m_contacts;
    int m_index = 0;
    QStringList m_shown;
    QLabel* m_step;
    QLabel* m_title;
    QWidget* m_body;
    QVBoxLayout* m_bodyLayout;
    QPushButton* m_previous;
    QPushButton* m_next;
    ReadAloudButton* m_readAloud;  // the step shown, from the saved plan only
    LiveNotice* m_announcer;
};

}  // namespace mooring
