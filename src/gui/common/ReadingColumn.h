#pragma once

#include <QScrollArea>

namespace mooring {

// Holds a screen's content in a calm column: centred, a comfortable reading width that
// grows with the text size, generous margins, and scrolling instead of clipping when
// the text is large or the window small.
class ReadingColumn : public QScrollArea {
    Q_OBJECT
public:
    explicit ReadingColumn(QWidget* content, QWidget* parent = nullptr, int widthInCharacters = 56);

    QWidget* content() const noexcept { return m_content; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateWidth();

    QWidget* m_content;
    int m_widthInCharacters;
};

}  // namespace mooring
