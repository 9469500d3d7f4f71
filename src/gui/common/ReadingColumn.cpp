#include "gui/common/ReadingColumn.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace mooring {

ReadingColumn::ReadingColumn(QWidget* content, QWidget* parent, int widthInCharacters)
    : QScrollArea(parent), m_content(content), m_widthInCharacters(widthInCharacters) {
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);
    auto* canvas = new QWidget;
    canvas->setObjectName(QStringLiteral("readingCanvas"));
    auto* column = new QVBoxLayout(canvas);
    column->setContentsMargins(32, 24, 32, 32);
    // The canvas goes in while it is still empty: setWidget lays out what it is given at
    // once, and with the content in it that means measuring every wrapped label for its
    // height (a tenth of the work before the lock screen first paints), only to measure it
    // all again when the screen is shown.
    setWidget(canvas);
    canvas->installEventFilter(this);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 100);
    row->addStretch(1);
    column->addLayout(row);
    column->addStretch(1);
    // The canvas takes the window colour so the scroll area does not look like a box.
    viewport()->setAutoFillBackground(false);
    canvas->setAutoFillBackground(false);
    updateWidth();
    // The scroll area brings a control into view when Tab moves between its own controls, but
    // not when the focus comes from outside it (Tab from the window's "Lock now" to the
    // screen's first button, say): then the focus sat out of sight. Any focus inside is shown.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_content->isAncestorOf(now)) ensureWidgetVisible(now);
    });
}

void ReadingColumn::changeEvent(QEvent* event) {
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateWidth();
}

bool ReadingColumn::eventFilter(QObject* watched, QEvent* event) {
    const bool handled = QScrollArea::eventFilter(watched, event);  // updates the scroll range first
    // The column grew or shrank under a control in use (the text size changed, the window was
    // resized): the view keeps its offset, so that control could end up far out of sight. It
    // stays in view instead.
    if (watched == widget() && event->type() == QEvent::Resize) {
        if (QWidget* focus = QApplication::focusWidget(); focus && m_content->isAncestorOf(focus))
            ensureWidgetVisible(focus);
    }
    return handled;
}

void ReadingColumn::updateWidth() {
    m_content->setMaximumWidth(fontMetrics().averageCharWidth() * m_widthInCharacters * 3 / 2);
}

}  // namespace mooring
