#pragma once

#include <QLibrary>
#include <QString>

namespace mooring::sound {

// A shared library opened when it is first needed instead of linked: the sound and speech
// libraries and the twenty or so they bring with them would cost every start of Mooring
// time, for sound and reading aloud, which wait until someone asks for them (reading
// aloud, speech/, is the first user; sound/ plays and records). Functions are looked up by
// name and typed with the installed header's own declaration (MOORING_RESOLVE), so the
// compiler still checks every call. A missing library or function becomes a sentence for
// the settings screen, never a crash.
class RuntimeLibrary {
public:
    // `soname` as the dynamic loader knows it ("libespeak-ng.so.1"); `package` is the
    // Debian package that installs it, named in the sentence when it is missing.
    RuntimeLibrary(const char* soname, const char* package);
    // The library stays loaded: the functions found in it are used for the whole process.
    ~RuntimeLibrary() = default;

    template <typename Function>
    Function function(const char* name) {
        return reinterpret_cast<Function>(resolve(name));
    }

    // Empty when the library loaded and every function asked for so far was found;
    // otherwise what is missing, in plain words.
    QString why() const;

private:
    QFunctionPointer resolve(const char* name);

    QLibrary m_library;
    QString m_package;
    QString m_missing;  // the library, or the first function it lacked
};

// What a library's functions resolved to, kept for the whole process.
template <typename Api>
struct Resolved {
    Api api{};
    QString why;  // empty when every function was found

    const Api* orWhy(QString* reason) const {
        if (why.isEmpty()) return &api;
        if (reason) *reason = why;
        return nullptr;
    }
};

}  // namespace mooring::sound

// The function `symbol` from `library`, with the type its header declares.
#define MOORING_RESOLVE(library, symbol) (library).function<decltype(&symbol)>(#symbol)
