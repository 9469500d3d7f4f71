#pragma once

#include "domain/Helpline.h"

#include <QFrame>

class QPushButton;

namespace mooring {

class NumberActions;

// One helpline (or an opted-in contact) on the "Talk to someone" panel: the number large,
// "copy", and a code a phone can scan to dial or text it. A "Change" button appears only
// while the person is changing the list, never beside the number in an ordinary moment.
class HelplineCard : public QFrame {
    Q_OBJECT
public:
    HelplineCard(const Helpline& helpline, bool editable, QWidget* parent = nullptr);

    const Helpline& helpline() const noexcept { return m_helpline; }
    QString copyText() const;  // the number "copy" puts on the clipboard
    void setCodesVisible(bool on);
    bool codesVisible() const;
    // While changing the list: "Change" instead of the number's buttons (editable cards only).
    void setEditing(bool on);

Q_SIGNALS:
    void copied(const QString& number);
    void editRequested(const QString& id);

private:
    Helpline m_helpline;
    NumberActions* m_actions = nullptr;
    QPushButton* m_edit = nullptr;
};

}  // namespace mooring
