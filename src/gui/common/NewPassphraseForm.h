#pragma once

#include "storage/SecureBuffer.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace mooring {

class MessageBanner;
class StrengthMeter;

// "New passphrase" and "Type it again", with the strength meter and a note for what to
// fix. Used by setup, the recovery-code reset and settings.
class NewPassphraseForm : public QWidget {
    Q_OBJECT
public:
    explicit NewPassphraseForm(QWidget* parent = nullptr);

    void setFirstLabel(const QString& text);  // "Passphrase" or "New passphrase"
    // When both fields agree and are long enough: the passphrase in secure memory, both
    // fields emptied. Otherwise a kind note says what to change, focus goes there, nullopt.
    std::optional<SecureBuffer> take();
    void clear();
    void setBusy(bool busy);
    void showProblem(const QString& text);  // e.g. from the storage layer

    QLineEdit* firstField() const noexcept { return m_first; }
    QLineEdit* confirmField() const noexcept { return m_confirm; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_firstLabel;
    QLineEdit* m_first;
    QLineEdit* m_confirm;
    StrengthMeter* m_meter;
    MessageBanner* m_problem;
};

}  // namespace mooring
