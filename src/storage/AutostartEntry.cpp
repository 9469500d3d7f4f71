#include "storage/AutostartEntry.h"

#include "domain/Error.h"
#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// One argument of Exec=, as the Desktop Entry Specification asks: quoted when it holds a
// reserved character, then escaped once more as a string value, with % doubled.
QString execArgument(const QString& argument) {
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    bool quote = argument.isEmpty();
    for (const QChar c : argument) quote = quote || reserved.contains(c);
    QString out;
    for (const QChar c : argument) {
        if (quote && (c == u'"' || c == u'`' || c == u'$' || c == u'\\')) out += u'\\';
        out += c;
    }
    if (quote) out = u'"' + out + u'"';
    out.replace(u"\\"_s, u"\\\\"_s);
    out.replace(u"%"_s, u"%%"_s);
    out.replace(u"\n"_s, u"\\n"_s);
    return out;
}

QString cannotMessage() {
    return QCoreApplication::translate("mooring",
                                       "Mooring could not change how it starts when you log in. The folder %1 may "
                                       "be read-only or the disk full. Mooring works as before; you can start it "
                                       "yourself whenever you like.");
}

}  // namespace

AutostartEntry::AutostartEntry(QString program, QString profileDir)
    : m_program(std::move(program)), m_profileDir(std::move(profileDir)) {}

QString AutostartEntry::path() {
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The specification ignores a relative XDG_CONFIG_HOME.
    if (config.isEmpty() || QDir::isRelativePath(config)) config = QDir::homePath() + u"/.config"_s;
    return config + u"/autostart/org.mooring.Mooring.desktop"_s;
}

bool AutostartEntry::exists() { return QFileInfo::exists(path()); }

QByteArray AutostartEntry::contents() const {
    QString exec = execArgument(m_program);
    if (!m_profileDir.isEmpty()) exec += u" --profile "_s + execArgument(m_profileDir);
    exec += u" --tray"_s;
    const QString text =
        u"[Desktop Entry]\n"
        u"Type=Application\n"
        u"Name=Mooring\n"
        u"Comment=Starts Mooring in the tray, for the reminders you chose\n"
        u"Exec="_s +
        exec +
        u"\n"
        u"Icon=mooring\n"
        u"Terminal=false\n"
        u"NoDisplay=true\n"
        u"X-GNOME-Autostart-enabled=true\n"_s;
    return text.toUtf8();
}

void AutostartEntry::write() const {
    const QString folder = QFileInfo(path()).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::CannotWrite, cannotMessage().arg(QDir::toNativeSeparators(folder)));
    try {
        AtomicFile::write(path(), contents());
    } catch (const Error&) {
        throw Error(Error::Kind::CannotWrite, cannotMessage().arg(QDir::toNativeSeparators(folder)));
    }
}

void AutostartEntry::remove() {
    QFile file(path());
    if (!file.exists()) return;
    if (!file.remove())
        throw Error(Error::Kind::CannotWrite,
                    cannotMessage().arg(QDir::toNativeSeparators(QFileInfo(path()).absolutePath())));
}

}  // namespace mooring
