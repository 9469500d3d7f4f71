#include "gui/crisis/QrCodeWidget.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace mooring {

namespace {
constexpr int kQuietZone = 4;  // modules of light margin the QR standard asks for
constexpr int kMinModulePixels = 5;
}  // namespace

QrCodeWidget::Matrix QrCodeWidget::encode(const QString& text) {
    Matrix matrix;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty()) return matrix;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) return matrix;
    matrix.width = code->width;
    matrix.modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < matrix.modules.size(); ++i)
        matrix.modules[i] = (code->data[i] & 1) != 0;  // bit 0: dark module
    return matrix;
}

QrCodeWidget::QrCodeWidget(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void QrCodeWidget::setUri(const QString& uri, const QString& spoken) {
    m_uri = uri;
    m_matrix = encode(uri);
    setAccessibleName(tr("Code for your phone"));
    setAccessibleDescription(tr("Point a phone's camera at this code to %1.").arg(spoken));
    setToolTip(spoken);
    updateGeometry();
    update();
}

QSize QrCodeWidget::minimumSizeHint() const {
    const int side = (std::max(m_matrix.width, 21) + 2 * kQuietZone) * kMinModulePixels;
    return {side, side};
}

QSize QrCodeWidget::sizeHint() const { return minimumSizeHint(); }

void QrCodeWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const int side = std::min(width(), height());
    p.fillRect(QRect(0, 0, side, side), Qt::white);
    if (m_matrix.isNull()) return;
    const int cells = m_matrix.width + 2 * kQuietZone;
    const int module = std::max(1, side / cells);
    const int offset = (side - module * m_matrix.width) / 2;
    for (int y = 0; y < m_matrix.width; ++y)
        for (int x = 0; x < m_matrix.width; ++x)
            if (m_matrix.at(x, y)) p.fillRect(offset + x * module, offset + y * module, module, module, Qt::black);
}

}  // namespace mooring
