#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace mooring {

class MessageBanner;

// "One quick check": the person types one group of the recovery code back, from what
// they wrote down. Case, spaces and dashes do not matter.
class ConfirmGroupPage : public QWidget {
    Q_OBJECT
public:
    explicit ConfirmGroupPage(QWidget* parent = nullptr);

    using Matcher = std::function<bool(const QString& typed)>;
    // index is 0-based; count is how many groups the code has; matches() decides.
    void ask(int index, int count, Matcher matches);
    int askedIndex() const noexcept { return m_index; }
    void forget();

Q_SIGNALS:
    void confirmed();
    void showCodeAgain();

private:
    void check();

    int m_index = -1;
    Matcher m_matches;
    QLabel* m_question;
    QLineEdit* m_field;
    MessageBanner* m_problem;
};

}  // namespace mooring
