#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace mooring {

class LiveNotice;

// Shows PassphraseStrength for what is being typed: a quiet bar, a word, one kind hint.
// A screen reader is told the word when it changes (not at every key), since the focus stays
// in the field and the bar beside it changes silently.
class StrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget* parent = nullptr);

    void assess(const QString& passphrase);
    QString label() const;
    QString hint() const;
    int value() const;
    QString lastSaid() const;

private:
    QProgressBar* m_bar;
    QLabel* m_label;
    QLabel* m_hint;
    LiveNotice* m_said;
    int m_level = 0;  // PassphraseStrength::Level, as last assessed
};

}  // namespace mooring
