#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QWidget>

namespace mooring {

// One photo of the hope box, as large as the room it is given allows, its shape kept and
// scaled smoothly. Only this one photo is decoded, and only as large as it is shown: a
// kept photo is up to 2560 px, and decoding it whole would cost more than the moment it
// opens allows (bench/README-hopebox.md). The decoding waits for the first paint, when
// the size is known, and is done again only when the view grows past what was decoded.
// On a screen reader it is a picture named by its caption, and it takes the focus so
// that the caption can be heard.
class PhotoView : public QWidget {
    Q_OBJECT
public:
    explicit PhotoView(QWidget* parent = nullptr);

    // JPEG or PNG bytes (MediaStore::bytes) and the caption that names the photo. Bytes
    // that are no picture (or none) show a calm line instead.
    void setPhoto(const QByteArray& bytes, const QString& caption);
    // Frees the bytes and the pixels (locking, or a recording shown instead).
    void clear();
    bool hasPhoto() const { return !m_bytes.isEmpty() || m_unreadable; }
    // The pixels decoded last (empty before the first paint or when they could not be read).
    const QImage& decoded() const { return m_image; }
    bool unreadable() const { return m_unreadable; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void decodeFor(const QSize& devicePixels);
    QRect placed(const QSize& picture) const;  // centred in the view, its shape kept

    QByteArray m_bytes;
    QImage m_image;    // decoded, at most a little larger than shown
    QImage m_scaled;   // exactly as painted, made once per size
    QSize m_fullSize;  // of the photo as kept, upright
    bool m_decoded = false;
    bool m_unreadable = false;
};

}  // namespace mooring
