#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QSlider;
class QSpinBox;

namespace mooring {

// "How strong was the urge?" 0-10, as a slider and a number that follow each other. It
// starts unchosen (the number box says so) until the person moves either one.
class UrgeField : public QWidget {
    Q_OBJECT
public:
    explicit UrgeField(QWidget* parent = nullptr);

    std::optional<int> value() const;
    void setValue(std::optional<int> urge);
    // Other 0-10 questions use the same control with their own words (the daily check-in):
    // what a screen reader calls the slider and the number, and the words at both ends.
    void setWords(const QString& sliderName, const QString& spinName, const QString& low, const QString& high);
    QSpinBox* spinBox() const noexcept { return m_spin; }
    QSlider* slider() const noexcept { return m_slider; }

Q_SIGNALS:
    void changed();

private:
    void updateWords();

    QSlider* m_slider;
    QSpinBox* m_spin;
    QLabel* m_words;
    QLabel* m_low;
    QLabel* m_high;
    bool m_syncing = false;
};

}  // namespace mooring
