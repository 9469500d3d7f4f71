#pragma once

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

#include <catch2/catch.hpp>

namespace mooring::test {

// Points XDG_RUNTIME_DIR (where the come-back pipe lives) at a folder of the test's own,
// owner only, while it lives.
class RuntimeFolder {
public:
    RuntimeFolder() : m_before(qgetenv("XDG_RUNTIME_DIR")), m_had(qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        REQUIRE(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
    }
    ~RuntimeFolder() {
        if (m_had)
            qputenv("XDG_RUNTIME_DIR", m_before);
        else
            qunsetenv("XDG_RUNTIME_DIR");
    }
    RuntimeFolder(const RuntimeFolder&) = delete;
    RuntimeFolder& operator=(const RuntimeFolder&) = delete;
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_before;
    bool m_had;
};

}  // namespace mooring::test
