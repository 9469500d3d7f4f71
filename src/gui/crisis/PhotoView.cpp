#include "gui/crisis/PhotoView.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mooring {

namespace {

// Decoded a quarter larger than shown, so a window made a little larger paints at once
// from what is there instead of decoding again.
constexpr double kRoomToGrow = 1.25;
constexpr int kMargin = 4;  // room for the window's focus ring inside the view

QAccessibleInterface* accessiblePhoto(const QString&, QObject* object) {
    auto* view = qobject_cast<PhotoView*>(object);
    return view ? new QAccessibleWidget(view, QAccessible::Graphic) : nullptr;
}

// A reader over the bytes that turns the picture upright as its EXIF says (Mooring keeps
// photos upright already; an older or imported one may still carry the mark).
struct Reader {
    explicit Reader(QByteArray& bytes) : buffer(&bytes), reader(&buffer) {
        buffer.open(QIODevice::ReadOnly);
        reader.setAutoTransform(true);
    }
    bool sideways() { return reader.transformation().testFlag(QImageIOHandler::TransformationRotate90); }
    QSize upright() {
        const QSize stored = reader.size();
        return sideways() ? stored.transposed() : stored;
    }
    QBuffer buffer;
    QImageReader reader;
};

}  // namespace

PhotoView::PhotoView(QWidget* parent) : QWidget(parent) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&accessiblePhoto);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("keepsPhoto"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PhotoView::setPhoto(const QByteArray& bytes, const QString& caption) {
    clear();
    m_bytes = bytes;
    // Only the header is read here; the pixels wait for the first paint (decodeFor).
    if (!m_bytes.isEmpty()) {
        Reader reader(m_bytes);
        m_fullSize = reader.upright();
    }
    m_unreadable = !m_fullSize.isValid() || m_fullSize.isEmpty();
    setAccessibleName(caption.trimmed().isEmpty() ? tr("Photo without a caption") : caption.trimmed());
    updateGeometry();
    update();
}

void PhotoView::clear() {
    // Swapped with empty ones, so the memory really goes now, not when a later photo comes.
    QByteArray().swap(m_bytes);
    QImage().swap(m_image);
    QImage().swap(m_scaled);
    m_fullSize = QSize();
    m_decoded = false;
    m_unreadable = false;
    update();
}

// Small on purpose: the help screen's scrolling area asks for the height its page would like
// at its width, so a large wish here would push the caption below the fold with large text.
// The photo grows into all the room there is anyway (Expanding).
QSize PhotoView::sizeHint() const { return {320, 160}; }

QSize PhotoView::minimumSizeHint() const { return {160, 120}; }

QRect PhotoView::placed(const QSize& picture) const {
    const QRect room = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (picture.isEmpty() || room.isEmpty()) return {};
    QRect target(QPoint(), picture.scaled(room.size(), Qt::KeepAspectRatio));
    target.moveCenter(room.center());
    return target;
}

void PhotoView::decodeFor(const QSize& devicePixels) {
    m_decoded = true;
    Reader reader(m_bytes);
    // Never larger than the photo itself; a quarter more room than asked for, within that.
    QSize wanted = m_fullSize.scaled(devicePixels * kRoomToGrow, Qt::KeepAspectRatio);
    if (wanted.width() > m_fullSize.width()) wanted = m_fullSize;
    // The size the reader is given is the stored picture's, before it is turned.
    if (wanted != m_fullSize) reader.reader.setScaledSize(reader.sideways() ? wanted.transposed() : wanted);
    m_image = reader.reader.read();
    m_unreadable = m_image.isNull();
    QImage().swap(m_scaled);
}

void PhotoView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // No focus mark of its own: the window's FocusRing rings the photo as it rings every control.
    if (m_bytes.isEmpty() && !m_unreadable) return;
    const QRect target = placed(m_fullSize);
    const qreal ratio = devicePixelRatioF();
    const QSize devicePixels = (QSizeF(target.size()) * ratio).toSize();
    const bool tooSmall = m_image.width() < devicePixels.width() && m_image.width() < m_fullSize.width();
    if (!m_unreadable && !target.isEmpty() && (!m_decoded || tooSmall)) decodeFor(devicePixels);
    if (m_unreadable || m_image.isNull()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("This photo cannot be shown."));
        return;
    }
    if (m_scaled.size() != devicePixels) {
        m_scaled = m_image.scaled(devicePixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        m_scaled.setDevicePixelRatio(ratio);
    }
    // Softly rounded corners, like the cards around it.
    QPainterPath corners;
    corners.addRoundedRect(QRectF(target), 8, 8);
    painter.setClipPath(corners);
    painter.drawImage(target.topLeft(), m_scaled);
}

}  // namespace mooring
