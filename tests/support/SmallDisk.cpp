#include "support/SmallDisk.h"

#include <QFile>
#include <QProcess>

#include <sys/statvfs.h>
#include <unistd.h>

namespace mooring::test {

namespace {

QString fillerIn(const QString& dir) { return dir + QStringLiteral("/filler"); }

}  // namespace

SmallDisk::SmallDisk(int mebibytes) {
    if (::geteuid() != 0) {
        m_whyNot = QStringLiteral("mounting a tmpfs needs root");
        return;
    }
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1m,mode=0700").arg(mebibytes), QStringLiteral("tmpfs"), m_dir.path()});
    mount.waitForFinished(20000);
    m_mounted = mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    if (!m_mounted) m_whyNot = QString::fromLocal8Bit(mount.readAllStandardError());
}

SmallDisk::~SmallDisk() {
    if (!m_mounted) return;
    QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
}

qint64 SmallDisk::freeKibibytes() const {
    struct statvfs info {};
    if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &info) != 0) return 0;
    return static_cast<qint64>(info.f_bavail) * static_cast<qint64>(info.f_frsize) / 1024;
}

void SmallDisk::leaveFree(qint64 kibibytes) {
    unfill();
    QFile filler(fillerIn(m_dir.path()));
    if (!filler.open(QIODevice::WriteOnly)) return;
    const QByteArray block(4096, '\0');
    while (freeKibibytes() > kibibytes + 4) {
        if (filler.write(block) != block.size() || !filler.flush()) break;
    }
}

void SmallDisk::unfill() { QFile::remove(fillerIn(m_dir.path())); }

}  // namespace mooring::test
