#include "gui/common/FocusRing.h"

#include <QApplication>
#include <QFocusFrame>
#include <QPainter>
#include <QPen>
#include <QStyle>

#include <algorithm>

namespace mooring {

namespace {

FocusRing* g_ring = nullptr;

// Draws the ring itself rather than asking the style (most styles draw no focus frame).
class RingFrame : public QFocusFrame {
public:
    using QFocusFrame::QFocusFrame;

protected:
    void paintEvent(QPaintEvent*) override {
        const int margin = std::max(1, style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this));
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(palette().color(QPalette::Highlight));
        pen.setWidthF(margin);
        painter.setPen(pen);
        const double inset = margin / 2.0;
        painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 3, 3);
    }
};

}  // namespace

FocusRing::FocusRing() : QObject(qApp) {
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { follow(now); });
}

void FocusRing::install() {
    if (!g_ring) g_ring = new FocusRing;
    g_ring->follow(QApplication::focusWidget());
}

QWidget* FocusRing::ringedWidget() { return g_ring && g_ring->m_frame ? g_ring->m_frame->widget() : nullptr; }

void FocusRing::follow(QWidget* now) {
    // Only what the keyboard can land on; the frame itself must never be the target.
    if (!now || !(now->focusPolicy() & Qt::TabFocus) || now->window() == now) {
        if (m_frame) m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame) m_frame = new RingFrame;
    m_frame->setWidget(now);
}

}  // namespace mooring
