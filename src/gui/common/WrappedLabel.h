#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace mooring {

// A word-wrapped label that remembers its height for the last few widths it was asked about.
// While a screen is first laid out, Qt's layouts ask each wrapped label for its height again
// and again at the same few widths (the lock screen's six message banners 234 times, at six
// widths), and QLabel lays out and shapes its whole text anew for every question. The answers
// are forgotten as soon as anything they depend on changes: the text, the font, the margins
// (the frame's width included), the indent, the alignment, the wrapping or the text format.
class WrappedLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

private:
    struct Shape {
        QString text;
        QFont font;
        QMargins contents;  // the frame's width included
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool wrap = true;
        bool operator==(const Shape&) const = default;
    };
    struct Answer {
        int width = -1;
        int height = 0;
    };

    Shape currentShape() const;

    mutable Shape m_shape;
    mutable std::array<Answer, 8> m_answers{};
    mutable std::size_t m_next = 0;
};

}  // namespace mooring
