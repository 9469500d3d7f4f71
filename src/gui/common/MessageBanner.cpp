#include "gui/common/MessageBanner.h"

#include "gui/common/WrappedLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QTimer>

namespace mooring {

namespace {

QColor blend(const QColor& a, const QColor& b, double amountOfB) {
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// A warm amber rather than red: it asks for attention without alarm.
const QColor kAttention(0xc8, 0x8a, 0x2c);

// To a screen reader a banner is a notification: Orca speaks a notification, by its name,
// as soon as it is shown, even while the focus stays in a field. (Qt's Alert event, sent
// before, never reached the AT-SPI bus.)
QAccessibleInterface* accessibleBanner(const QString&, QObject* object) {
    auto* banner = qobject_cast<MessageBanner*>(object);
    return banner ? new QAccessibleWidget(banner, QAccessible::Notification) : nullptr;
}

void tellShown(QWidget* banner) {
    QAccessibleEvent hidden(banner, QAccessible::ObjectHide);
    QAccessible::updateAccessibility(&hidden);
    QAccessibleEvent shown(banner, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

}  // namespace

MessageBanner::MessageBanner(QWidget* parent) : QFrame(parent), m_label(new WrappedLabel(this)) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&accessibleBanner);
        return true;
    }();
    (void)factoryInstalled;
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
    // The message is the name, so it is what a screen reader says when the banner appears.
    setAccessibleName(text);
    setAccessibleDescription(QString());
    update();
    if (isVisible())
        tellShown(this);  // show() would say nothing: a new message must be heard too
    else
        show();
    // A caller often moves the focus right after (back into the field); a screen reader
    // speaks the focus change over the message, so then the banner appears to it once more.
    QPointer<QWidget> focusBefore = QApplication::focusWidget();
    QTimer::singleShot(0, this, [this, focusBefore] {
        if (isVisible() && QApplication::focusWidget() != focusBefore.data()) tellShown(this);
    });
}

void MessageBanner::clearMessage() {
    m_label->clear();
    setAccessibleName(QString());
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
