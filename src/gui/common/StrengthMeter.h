#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace mooring {

// Shows PassphraseStrength for what is being typed: a quiet bar, a word, one kind hint.
class StrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget* parent = nullptr);

    void assess(const QString& passphrase);
    QString label() const;
    QString hint() const;
    int value() const;

private:
    QProgressBar* m_bar;
    QLabel* m_label;
    QLabel* m_hint;
};

}  // namespace mooring
