#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace mooring {

class MessageBanner;
class RecoveryCode;

// "One quick check": the person types one group of the recovery code back, from what
// they wrote down. Case, spaces and dashes do not matter.
class ConfirmGroupPage : public QWidget {
    Q_OBJECT
public:
    explicit ConfirmGroupPage(QWidget* parent = nullptr);

    // Asks for one group of `code`, picked at random. The page only points at the code:
    // call forget() before the code goes.
    void askAnyGroupOf(const RecoveryCode& code);
    int askedIndex() const noexcept { return m_index; }
    void forget();

Q_SIGNALS:
    void confirmed();
    void showCodeAgain();

private:
    void check();

    int m_index = -1;
    const RecoveryCode* m_code = nullptr;
    QLabel* m_question;
    QLineEdit* m_field;
    MessageBanner* m_problem;
};

}  // namespace mooring
