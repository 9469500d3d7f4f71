#include "gui/common/SecretFieldAccessible.h"

#include "gui/common/SecretsOffTheBus.h"

#include <QLineEdit>
#include <QStyle>

#include <algorithm>

namespace mooring {

SecretFieldAccessible::SecretFieldAccessible(QLineEdit* field) : QAccessibleWidget(field, QAccessible::EditableText) {}

QAccessibleInterface* SecretFieldAccessible::factory(const QString& className, QObject* object) {
    Q_UNUSED(className);
    auto* field = qobject_cast<QLineEdit*>(object);
    if (!field || !SecretsOffTheBus::isMarkedSecret(*field)) return nullptr;
    return new SecretFieldAccessible(field);
}

QLineEdit* SecretFieldAccessible::field() const { return static_cast<QLineEdit*>(widget()); }

QString SecretFieldAccessible::bullets(int count) const {
    QChar bullet(field()->style()->styleHint(QStyle::SH_LineEdit_PasswordCharacter, nullptr, field()));
    if (bullet.isNull()) bullet = QChar(0x2022);
    return QString(std::max(count, 0), bullet);
}

QAccessible::Role SecretFieldAccessible::role() const { return QAccessible::EditableText; }

QAccessible::State SecretFieldAccessible::state() const {
    QAccessible::State s = QAccessibleWidget::state();
    s.editable = !field()->isReadOnly();
    s.readOnly = field()->isReadOnly();
    s.passwordEdit = true;  // said as a password field, so nobody expects to hear it read
    s.selectableText = true;
    return s;
}

QString SecretFieldAccessible::text(QAccessible::Text t) const {
    if (t == QAccessible::Value) return bullets(characterCount());
    if (t == QAccessible::Name) {
        QString name = field()->accessibleName();
        return name.isEmpty() ? field()->placeholderText() : name;
    }
    return QAccessibleWidget::text(t);
}

void* SecretFieldAccessible::interface_cast(QAccessible::InterfaceType t) {
    if (t == QAccessible::TextInterface) return static_cast<QAccessibleTextInterface*>(this);
    return QAccessibleWidget::interface_cast(t);
}

void SecretFieldAccessible::selection(int selectionIndex, int* startOffset, int* endOffset) const {
    *startOffset = *endOffset = 0;
    if (selectionIndex != 0 || !field()->hasSelectedText()) return;
    *startOffset = field()->selectionStart();
    *endOffset = field()->selectionEnd();
}

int SecretFieldAccessible::selectionCount() const { return field()->hasSelectedText() ? 1 : 0; }

void SecretFieldAccessible::addSelection(int startOffset, int endOffset) { setSelection(0, startOffset, endOffset); }

void SecretFieldAccessible::removeSelection(int selectionIndex) {
    if (selectionIndex == 0) field()->deselect();
}

void SecretFieldAccessible::setSelection(int selectionIndex, int startOffset, int endOffset) {
    if (selectionIndex == 0) field()->setSelection(startOffset, endOffset - startOffset);
}

int SecretFieldAccessible::cursorPosition() const { return field()->cursorPosition(); }

void SecretFieldAccessible::setCursorPosition(int position) { field()->setCursorPosition(position); }

QString SecretFieldAccessible::text(int startOffset, int endOffset) const {
    const int count = characterCount();
    if (endOffset < 0 || endOffset > count) endOffset = count;
    startOffset = std::clamp(startOffset, 0, endOffset);
    return bullets(endOffset - startOffset);
}

int SecretFieldAccessible::characterCount() const { return static_cast<int>(field()->text().size()); }

QRect SecretFieldAccessible::characterRect(int offset) const {
    Q_UNUSED(offset);
    return {};
}

int SecretFieldAccessible::offsetAtPoint(const QPoint& point) const {
    Q_UNUSED(point);
    return -1;
}

void SecretFieldAccessible::scrollToSubstring(int startIndex, int endIndex) {
    Q_UNUSED(startIndex);
    Q_UNUSED(endIndex);
}

QString SecretFieldAccessible::attributes(int offset, int* startOffset, int* endOffset) const {
    *startOffset = *endOffset = offset;
    return {};
}

}  // namespace mooring
