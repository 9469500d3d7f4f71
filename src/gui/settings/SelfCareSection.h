#pragma once

#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QPointer>
#include <QWidget>

class QCheckBox;

namespace mooring {

class MessageBanner;

// Settings' "Check-in: looking after myself": which of the four self-care questions the
// check-in page asks. All four are asked until the person turns one off; the choice is
// kept in the encrypted profile (it can say that the person takes medication), and answers
// saved earlier stay saved.
class SelfCareSection : public QWidget {
    Q_OBJECT
public:
    explicit SelfCareSection(ProfileSession& session, QWidget* parent = nullptr);

    QList<QWidget*> tabOrder() const;
    SelfCareQuestions questions() const;

private:
    void keep();

    QPointer<ProfileSession> m_session;  // guarded: the lock closes it before this section goes
    QCheckBox* m_sleep;
    QCheckBox* m_ate;
    QCheckBox* m_medication;
    QCheckBox* m_moved;
    MessageBanner* m_banner;
};

}  // namespace mooring
