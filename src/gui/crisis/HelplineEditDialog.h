#pragma once

#include "domain/Helpline.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mooring {

// Change a helpline or add one's own. Says next to the field what needs fixing; saving is
// left to the caller, which reads helpline() once accepted.
class HelplineEditDialog : public QDialog {
    Q_OBJECT
public:
    // An empty id means "add a new one" for `helpline.region`.
    explicit HelplineEditDialog(const Helpline& helpline, QWidget* parent = nullptr);

    Helpline helpline() const;
    bool removeChosen() const noexcept { return m_remove; }

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit* addField(const QString& label, const QString& value, const QString& objectName,
                        const QString& accessibleName, QLabel** error);

    Helpline m_original;
    bool m_remove = false;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_call = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_textBody = nullptr;
    QLineEdit* m_hours = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_callError = nullptr;
    QLabel* m_textError = nullptr;
    QFormLayout* m_form = nullptr;
};

}  // namespace mooring
