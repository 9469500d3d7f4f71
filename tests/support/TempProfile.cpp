#include "support/TempProfile.h"

#include <QFile>

namespace mooring::test {

TempProfile::TempProfile() : m_paths(m_tmp.path() + QStringLiteral("/profile")) {}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

}  // namespace mooring::test
