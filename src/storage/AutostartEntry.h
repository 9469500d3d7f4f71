#pragma once

#include <QByteArray>
#include <QString>

namespace mooring {

// "Start Mooring in the tray when I log in": one XDG autostart entry
// ($XDG_CONFIG_HOME/autostart/, ~/.config/autostart/ by default) that starts the program
// with --tray. It names the program and, when the profile is not in the usual folder, that
// folder; nothing else (docs/privacy.md).
class AutostartEntry {
public:
    // `program`: the absolute path to start; `profileDir`: passed as --profile unless empty.
    AutostartEntry(QString program, QString profileDir);

    static QString path();
    static bool exists();

    QByteArray contents() const;
    // Replaces the entry atomically (AtomicFile). Throws Error::Kind::CannotWrite with a
    // message fit to show; an entry that was there stays as it was.
    void write() const;
    // Takes the entry away; nothing to do if there is none. Throws Error::Kind::CannotWrite.
    static void remove();

private:
    QString m_program;
    QString m_profileDir;
};

}  // namespace mooring
