#include "gui/common/SecretInput.h"

#include <QLineEdit>
#include <QString>

namespace mooring {

SecureBuffer takeSecret(QLineEdit& field) {
    QString typed = field.text();
    // setText() (unlike clear()) also drops the line edit's undo history.
    field.setText(QString());
    SecureBuffer secret = SecureBuffer::fromUtf8(typed);
    wipeString(typed);
    return secret;
}

void wipeString(QString& text) {
    if (!text.isEmpty() && !text.isDetached())
        text = QString();  // shared: another owner still holds it; only let go of ours
    else if (!text.isEmpty())
        text.fill(QChar(u' '));
    text.clear();
}

}  // namespace mooring
