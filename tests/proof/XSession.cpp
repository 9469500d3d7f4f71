#include "XSession.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QThread>

namespace mooring::test {

namespace {

void stop(QProcess& process) {
    if (process.state() == QProcess::NotRunning) return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

}  // namespace

XSession::XSession() {
    for (const char* tool : {"Xvfb", "openbox", "xdotool"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            m_problem = QStringLiteral("%1 is needed (scripts/deps.sh installs it)").arg(QString::fromLatin1(tool));
            return;
        }
    }
    // -displayfd 1: the server takes the first free display and writes its number to
    // standard output once it accepts connections.
    m_server.start(QStringLiteral("Xvfb"),
                   {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                    QStringLiteral("1366x900x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    QElapsedTimer clock;
    clock.start();
    while (!m_server.canReadLine() && clock.elapsed() < 20000 && m_server.state() != QProcess::NotRunning)
        m_server.waitForReadyRead(200);
    const QString number = QString::fromLatin1(m_server.readLine()).trimmed();
    if (number.isEmpty()) {
        m_problem = QStringLiteral("Xvfb did not start: ") + QString::fromLocal8Bit(m_server.readAllStandardError());
        return;
    }
    m_display = u':' + number;
    m_windowManager.setProcessEnvironment(environment(QProcessEnvironment::systemEnvironment()));
    m_windowManager.start(QStringLiteral("openbox"), {});
    if (!m_windowManager.waitForStarted(10000)) {
        m_problem = QStringLiteral("openbox did not start");
        return;
    }
    QThread::msleep(1000);  // openbox takes over the screen
}

XSession::~XSession() {
    stop(m_windowManager);
    stop(m_server);
}

QProcessEnvironment XSession::environment(QProcessEnvironment base) const {
    base.insert(QStringLiteral("DISPLAY"), m_display);
    base.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    base.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return base;
}

QString XSession::xdotool(const QStringList& arguments, int timeoutMs) const {
    QProcess tool;
    tool.setProcessEnvironment(environment(QProcessEnvironment::systemEnvironment()));
    tool.start(QStringLiteral("xdotool"), arguments);
    if (!tool.waitForFinished(timeoutMs)) {
        tool.kill();
        tool.waitForFinished(5000);
    }
    return QString::fromLocal8Bit(tool.readAllStandardOutput()).trimmed();
}

QString XSession::activateWindowOf(qint64 pid, int timeoutMs) const {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const QStringList windows = xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                             QStringLiteral("--pid"), QString::number(pid)})
                                        .split(u'\n', Qt::SkipEmptyParts);
        if (!windows.isEmpty()) {
            xdotool({QStringLiteral("windowactivate"), QStringLiteral("--sync"), windows.first()});
            return windows.first();
        }
        QThread::msleep(250);
    }
    return {};
}

}  // namespace mooring::test
