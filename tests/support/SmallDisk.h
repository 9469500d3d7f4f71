#pragma once

#include <QString>
#include <QTemporaryDir>

namespace mooring::test {

// A tmpfs of its own, a few MiB large, for "the disk is nearly full" as a person meets it
// (ENOSPC at any write, not a per-file limit). Mounting needs root, as CI runs; mounted()
// says whether it worked and why not.
class SmallDisk {
public:
    explicit SmallDisk(int mebibytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const noexcept { return m_mounted; }
    const QString& whyNot() const noexcept { return m_whyNot; }
    QString path() const { return m_dir.path(); }

    // Fills the disk with one file until about `kibibytes` KiB are free, or empties it again.
    void leaveFree(qint64 kibibytes);
    void unfill();
    qint64 freeKibibytes() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

}  // namespace mooring::test
