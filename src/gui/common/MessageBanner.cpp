#include "gui/common/MessageBanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace mooring {

namespace {

QColor blend(const QColor& a, const QColor& b, double amountOfB) {
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// A warm amber rather than red: it asks for attention without alarm.
const QColor kAttention(0xc8, 0x8a, 0x2c);

}  // namespace

MessageBanner::MessageBanner(QWidget* parent) : QFrame(parent), m_label(new QLabel(this)) {
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("bannerText"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->addWidget(m_label);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    hide();
}

void MessageBanner::showMessage(const QString& text, Tone tone) {
    m_tone = tone;
    m_label->setText(text);
    setAccessibleName(tone == Tone::Attention ? tr("Please note") : tr("Note"));
    setAccessibleDescription(text);
    show();
    update();
    // Screen readers announce it even though focus stays in the field.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::clearMessage() {
    m_label->clear();
    setAccessibleDescription(QString());
    hide();
}

QString MessageBanner::unexpectedProblem() {
    return tr(
        "Something unexpected got in the way. Please try again; if it keeps happening, "
        "restarting Mooring usually helps.");
}

QString MessageBanner::text() const { return m_label->text(); }

void MessageBanner::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = m_tone == Tone::Attention ? kAttention : palette().color(QPalette::Highlight);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.fillPath(path, blend(base, accent, 0.18));
    painter.setPen(QPen(blend(base, accent, 0.55), 1));
    painter.drawPath(path);
    painter.fillRect(QRectF(0, 6, 4, height() - 12), accent);
}

}  // namespace mooring
