#pragma once

class QAccessibleEvent;

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
// install() once, after the QApplication exists; uninstall() is for tests.
class SecretsOffTheBus {
public:
    static void install();
    static void uninstall();

    // What install() puts in front of the bridge; public so a test can see what passes.
    static void filter(QAccessibleEvent* event);
};

}  // namespace mooring
