#pragma once

#include "domain/Helpline.h"

#include <QFrame>

class QPushButton;

namespace mooring {

class QrCodeWidget;

// One helpline (or an opted-in contact) on the "Talk to someone" panel: the number large,
// "copy", and a code a phone can scan to dial or text it.
class HelplineCard : public QFrame {
    Q_OBJECT
public:
    HelplineCard(const Helpline& helpline, bool editable, QWidget* parent = nullptr);

    const Helpline& helpline() const noexcept { return m_helpline; }
    QString copyText() const;  // the number "copy" puts on the clipboard
    void setCodesVisible(bool on);
    bool codesVisible() const;

Q_SIGNALS:
    void copied(const QString& number);
    void editRequested(const QString& id);

private:
    Helpline m_helpline;
    QWidget* m_codes = nullptr;
    QPushButton* m_codeButton = nullptr;
};

}  // namespace mooring
