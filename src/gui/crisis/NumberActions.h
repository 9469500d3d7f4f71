#pragma once

#include <QWidget>

class QPushButton;

namespace mooring::crisis {
class FlowLayout;
}

namespace mooring {

// What a person can do with a phone number on the help screen, the same wherever a number
// is shown (helplines, the people in their plan): "Copy number", and a code their phone
// can scan to call or text it. Only one code is open in a window at a time: opening one
// closes the others, so codes never pile up.
class NumberActions : public QWidget {
    Q_OBJECT
public:
    // `copyText` goes on the clipboard; `whose` names the line or person for screen readers.
    NumberActions(const QString& copyText, const QString& whose, QWidget* parent = nullptr);

    // Shown first on the row, before the buttons (the number itself), so a short card keeps
    // the number and what to do with it on one line when there is room.
    void setLead(QWidget* lead);
    // A code to scan, e.g. "tel:116123" with the caption "Scan to call". Without any code,
    // and without anything to copy, the buttons are there but cannot be pressed.
    void addCode(const QString& uri, const QString& caption, const QString& spoken);

    // Said after the copy button's name, e.g. "Call 116 123. Any time, day or night."
    void setSpokenDetails(const QString& details);
    QString copyText() const { return m_copyText; }
    void setCodesVisible(bool on);
    bool codesVisible() const;
    // Hides the buttons (and any open code), leaving the lead: the number stays readable.
    void setButtonsShown(bool on);

Q_SIGNALS:
    void copied(const QString& number);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void copy();
    void updateEnabled();
    void placeLead();

    class LeadBox;
    LeadBox* m_lead = nullptr;

    QString m_copyText;
    QString m_details;
    crisis::FlowLayout* m_row = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_codeButton = nullptr;
    QWidget* m_codes = nullptr;
    int m_codeCount = 0;
};

}  // namespace mooring
