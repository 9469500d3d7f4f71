#pragma once

#include "storage/ProfilePaths.h"

#include <QTemporaryDir>

namespace mooring::test {

// A fresh, empty profile folder that is removed with the object.
class TempProfile {
public:
    TempProfile();
    const ProfilePaths& paths() const noexcept { return m_paths; }
    QString dir() const { return m_paths.dir(); }

private:
    QTemporaryDir m_tmp;
    ProfilePaths m_paths;
};

// Bytes of a file, or an empty array if it cannot be read.
QByteArray fileBytes(const QString& path);

}  // namespace mooring::test
