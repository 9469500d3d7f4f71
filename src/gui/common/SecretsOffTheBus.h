#pragma once

class QAccessibleEvent;
class QLineEdit;

namespace mooring {

// Keeps what is typed into a password field off the accessibility bus.
//
// Qt 6.4 hands every change of a QLineEdit to the screen-reader bridge as a text event that
// carries the characters themselves, whatever the echo mode: typing a passphrase sent it
// letter by letter, and emptying the field sent all of it at once. (The field's accessible
// text itself is safe: Qt gives nothing for a password field.) install() puts a filter in
// front of the bridge that replaces, for every line edit whose echo mode is not Normal, the
// characters in those events with bullets of the same number, or drops the event when the
// field shows nothing at all (NoEcho). Every other event passes unchanged.
//
// A field that shows its text on screen and still holds a secret (the recovery code: seeing
// it while typing helps to get it right) is marked with markSecret(): its text events get
// bullets too, and the bus asks it for its text through SecretFieldAccessible, which answers
// with bullets.
//
// install() once, after the QApplication exists; uninstall() is for tests.
class SecretsOffTheBus {
public:
    static void install();
    static void uninstall();

    // Best before the field is first shown, while no screen reader knows it yet.
    static void markSecret(QLineEdit& field);
    static bool isMarkedSecret(const QLineEdit& field);

    // What install() puts in front of the bridge; public so a test can see what passes.
    static void filter(QAccessibleEvent* event);
};

}  // namespace mooring
