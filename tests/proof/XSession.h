#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace mooring::test {

// A real X session of the test's own: Xvfb on a display it picks itself (-displayfd, so
// no other session is ever touched) and openbox, so windows get the focus as on a desktop.
// Keys are pressed with xdotool. Everything it starts ends with it.
class XSession {
public:
    XSession();
    ~XSession();
    XSession(const XSession&) = delete;
    XSession& operator=(const XSession&) = delete;

    // Empty when the session is up; otherwise what is missing or went wrong.
    const QString& problem() const noexcept { return m_problem; }
    // The environment with DISPLAY set, for programs shown in this session.
    QProcessEnvironment environment(QProcessEnvironment base) const;

    // Runs xdotool with these arguments in the session; its standard output, trimmed.
    QString xdotool(const QStringList& arguments, int timeoutMs = 15000) const;
    // The first visible window of the process, brought to the front with the focus;
    // empty if none appears within the time.
    QString activateWindowOf(qint64 pid, int timeoutMs = 20000) const;

private:
    QProcess m_server;
    QProcess m_windowManager;
    QString m_display;
    QString m_problem;
};

}  // namespace mooring::test
