#include "gui/common/WrappedLabel.h"

namespace mooring {

WrappedLabel::WrappedLabel(QWidget* parent) : WrappedLabel(QString(), parent) {}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent) { setWordWrap(true); }

WrappedLabel::Shape WrappedLabel::currentShape() const {
    return {text(), font(), contentsMargins(), margin(), indent(), alignment(), textFormat(), wordWrap()};
}

int WrappedLabel::heightForWidth(int width) const {
    Shape now = currentShape();
    if (!(now == m_shape)) {
        m_shape = std::move(now);
        m_answers.fill(Answer{});
    }
    for (const Answer& known : m_answers)
        if (known.width == width) return known.height;
    const int height = QLabel::heightForWidth(width);
    m_answers[m_next] = {width, height};
    m_next = (m_next + 1) % m_answers.size();
    return height;
}

}  // namespace mooring
