#pragma once

#include <QFrame>

class QLabel;

namespace mooring {

// A calm, soft-coloured note: next to a field ("that passphrase didn't open it") or at the
// top of a screen for a problem with a file. Hidden while it has nothing to say.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Tone { Info, Attention };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Tone tone = Tone::Attention);
    void clearMessage();
    QString text() const;
    Tone tone() const noexcept { return m_tone; }

    // For the rare error that is not a mooring::Error: still calm, still plain.
    static QString unexpectedProblem();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_label;
    Tone m_tone = Tone::Attention;
};

}  // namespace mooring
