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
    QSpinBox* spinBox() const noexcept { return m_spin; }
    QSlider* slider() const noexcept { return m_slider; }

Q_SIGNALS:
    void changed();

private:
    void updateWords();

    QSlider* m_slider;
    QSpinBox* m_spin;
    QLabel* m_words;
    bool m_syncing = false;
};

}  // namespace mooring
