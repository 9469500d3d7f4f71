#include "gui/common/SecretsOffTheBus.h"

#include "gui/common/SecretFieldAccessible.h"

#include <QAccessible>
#include <QLineEdit>
#include <QStyle>

#include <memory>

namespace mooring {

namespace {

QAccessible::UpdateHandler g_next = nullptr;
bool g_installed = false;
bool g_factoryInstalled = false;
constexpr char kSecretProperty[] = "mooringSecretOnTheBus";

// The character the field itself draws for each hidden one, so a screen reader hears what
// a sighted person sees.
QString bullets(const QLineEdit& field, qsizetype count) {
    QChar bullet(field.style()->styleHint(QStyle::SH_LineEdit_PasswordCharacter, nullptr, &field));
    if (bullet.isNull()) bullet = QChar(0x2022);
    return QString(count, bullet);
}

const QLineEdit* hidingField(QAccessibleEvent* event) {
    const auto* field = qobject_cast<const QLineEdit*>(event->object());
    return field && (field->echoMode() != QLineEdit::Normal || SecretsOffTheBus::isMarkedSecret(*field)) ? field
                                                                                                         : nullptr;
}

// A copy of a text event with bullets for characters; nullptr when nothing may be said.
std::unique_ptr<QAccessibleEvent> masked(QAccessibleEvent* event, const QLineEdit& field) {
    if (field.echoMode() == QLineEdit::NoEcho) return nullptr;
    QObject* object = event->object();
    std::unique_ptr<QAccessibleTextCursorEvent> copy;
    switch (event->type()) {
        case QAccessible::TextInserted: {
            auto* inserted = static_cast<QAccessibleTextInsertEvent*>(event);
            copy = std::make_unique<QAccessibleTextInsertEvent>(object, inserted->changePosition(),
                                                                bullets(field, inserted->textInserted().size()));
            break;
        }
        case QAccessible::TextRemoved: {
            auto* removed = static_cast<QAccessibleTextRemoveEvent*>(event);
            copy = std::make_unique<QAccessibleTextRemoveEvent>(object, removed->changePosition(),
                                                                bullets(field, removed->textRemoved().size()));
            break;
        }
        case QAccessible::TextUpdated: {
            auto* updated = static_cast<QAccessibleTextUpdateEvent*>(event);
            copy = std::make_unique<QAccessibleTextUpdateEvent>(object, updated->changePosition(),
                                                                bullets(field, updated->textRemoved().size()),
                                                                bullets(field, updated->textInserted().size()));
            break;
        }
        default:
            return nullptr;
    }
    copy->setCursorPosition(static_cast<QAccessibleTextCursorEvent*>(event)->cursorPosition());
    return copy;
}

bool carriesText(QAccessible::Event type) {
    return type == QAccessible::TextInserted || type == QAccessible::TextRemoved || type == QAccessible::TextUpdated;
}

void passOn(QAccessibleEvent* event) {
    if (g_next) {
        g_next(event);
        return;
    }
    // Without a handler, updateAccessibility() gives the event to the platform's bridge; that
    // is the only public way there. It also tells a table about a model change a second time,
    // and the Linux bridge of Qt 6.4 ignores those events anyway, so they stop here.
    if (event->type() == QAccessible::TableModelChanged) return;
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(&SecretsOffTheBus::filter);
}

}  // namespace

void SecretsOffTheBus::markSecret(QLineEdit& field) {
    field.setProperty(kSecretProperty, true);
    // Asked before the built-in interfaces; answers only for marked fields. Installed here,
    // not in install(), so a field is kept safe also where the filter is not in place.
    if (!g_factoryInstalled) QAccessible::installFactory(&SecretFieldAccessible::factory);
    g_factoryInstalled = true;
    // Setting a name or text already made Qt's own interface, which would be kept; made anew.
    QAccessibleInterface* made = QAccessible::queryAccessibleInterface(&field);
    if (made && !dynamic_cast<SecretFieldAccessible*>(made))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}

bool SecretsOffTheBus::isMarkedSecret(const QLineEdit& field) { return field.property(kSecretProperty).toBool(); }

void SecretsOffTheBus::install() {
    if (g_installed) return;
    g_next = QAccessible::installUpdateHandler(&SecretsOffTheBus::filter);
    g_installed = true;
}

void SecretsOffTheBus::uninstall() {
    if (!g_installed) return;
    QAccessible::installUpdateHandler(g_next);
    g_next = nullptr;
    g_installed = false;
}

void SecretsOffTheBus::filter(QAccessibleEvent* event) {
    if (carriesText(event->type())) {
        if (const QLineEdit* field = hidingField(event)) {
            if (auto copy = masked(event, *field)) passOn(copy.get());
            return;
        }
    }
    passOn(event);
}

}  // namespace mooring
