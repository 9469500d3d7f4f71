#pragma once

#include <QString>

#include <stdexcept>

namespace mooring {

// The one error type of the project (CONTRIBUTING.md, "Errors"). Its message is
// already fit to show a person; the kind decides how a screen or the CLI reacts to it.
class Error : public std::runtime_error {
public:
    enum class Kind {
        WrongSecret,   // a passphrase or recovery code that does not open the key file
        Damaged,       // a file that is missing, truncated, altered or unreadable
        CannotWrite,   // read-only folder, disk full, permission refused
        Busy,          // the profile is open in another Mooring
        InvalidInput,  // input the person can correct
        NewerVersion,  // made by a newer Mooring than this one
    };

    Error(Kind kind, const QString& message);

    Kind kind() const noexcept { return m_kind; }
    const QString& message() const noexcept { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

}  // namespace mooring
