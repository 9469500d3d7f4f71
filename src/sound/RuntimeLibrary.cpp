#include "sound/RuntimeLibrary.h"

#include <QCoreApplication>

namespace mooring::sound {

RuntimeLibrary::RuntimeLibrary(const char* soname, const char* package)
    : m_library(QString::fromLatin1(soname)), m_package(QString::fromLatin1(package)) {
    if (!m_library.load()) m_missing = QString::fromLatin1(soname);
}

QFunctionPointer RuntimeLibrary::resolve(const char* name) {
    if (!m_missing.isEmpty()) return nullptr;  // one missing part is enough to say
    QFunctionPointer function = m_library.resolve(name);
    if (!function) m_missing = QString::fromLatin1(name);
    return function;
}

QString RuntimeLibrary::why() const {
    if (m_missing.isEmpty()) return {};
    return QCoreApplication::translate("mooring::sound::RuntimeLibrary",
                                       "A part Mooring needs for sound and reading aloud (%1) could not be "
                                       "loaded. Installing the package %2 should bring it back.")
        .arg(m_missing, m_package);
}

}  // namespace mooring::sound
