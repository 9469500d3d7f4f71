#pragma once

#include <QAccessibleWidget>

class QLineEdit;

namespace mooring {

// What the accessibility bus may know of a line edit that shows its text on screen but holds a
// secret all the same (the recovery code): a password field with one bullet for each character,
// the caret and the length, never the characters. Qt's own interface for a line edit in Normal
// echo mode hands out the whole text to anyone who asks for it.
class SecretFieldAccessible : public QAccessibleWidget, public QAccessibleTextInterface {
public:
    explicit SecretFieldAccessible(QLineEdit* field);

    // The interface for `object` when it is a field marked secret (SecretsOffTheBus::markSecret),
    // else nullptr; for QAccessible::installFactory.
    static QAccessibleInterface* factory(const QString& className, QObject* object);

    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text t) const override;
    void* interface_cast(QAccessible::InterfaceType t) override;

    void selection(int selectionIndex, int* startOffset, int* endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint& point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int* startOffset, int* endOffset) const override;

private:
    QLineEdit* field() const;
    QString bullets(int count) const;
};

}  // namespace mooring
