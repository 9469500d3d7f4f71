#pragma once

#include <QList>
#include <QWidget>

namespace mooring {

// A QR code a phone's camera can read to dial or text a number ("tel:116123",
// "sms:686868?body=CONNECT"), so nobody has to copy digits while upset. Drawn dark on light
// whatever the theme: readers need that contrast.
class QrCodeWidget : public QWidget {
    Q_OBJECT
public:
    // Modules row by row, true = dark; empty if the text could not be encoded.
    struct Matrix {
        int width = 0;
        QList<bool> modules;
        bool isNull() const { return width == 0; }
        bool at(int x, int y) const { return modules.at(qsizetype(y) * width + x); }
    };
    static Matrix encode(const QString& text);

    explicit QrCodeWidget(QWidget* parent = nullptr);

    // `spoken` says in words what the code does, for screen readers ("Call 116 123").
    void setUri(const QString& uri, const QString& spoken);
    QString uri() const { return m_uri; }
    const Matrix& matrix() const noexcept { return m_matrix; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_uri;
    Matrix m_matrix;
};

}  // namespace mooring
