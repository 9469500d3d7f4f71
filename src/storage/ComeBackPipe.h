#pragma once

#include <QString>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace mooring {

class ProfilePaths;

// Only one Mooring opens a profile (ProfileLock). When the person starts Mooring again
// while that one is minimised or hidden (F12), the new start asks it to come back to the
// front instead of saying "already open". The request travels through a named pipe
// (FIFO) in the account's runtime folder: no socket, no network, nothing another account
// can reach. One byte passes, which screen to show; nothing of the person's.
//
// The pipe is not in the profile folder: people copy that folder, and copying a pipe
// blocks; a USB stick's file system may not hold one either.
class ComeBackPipe {
public:
    enum class Request : char { Show = 's', HelpNow = 'h' };

    // The Mooring that holds the profile's lock: listens as long as it lives, and calls
    // `onRequest` from the event loop. Whatever is left at the pipe's place (a pipe of a
    // program that was killed, a file, a link) is replaced. If the pipe cannot be made,
    // nothing listens, and a second start says "already open" as before.
    ComeBackPipe(const ProfilePaths& paths, std::function<void(Request)> onRequest);
    ~ComeBackPipe();
    ComeBackPipe(const ComeBackPipe&) = delete;
    ComeBackPipe& operator=(const ComeBackPipe&) = delete;

    bool listening() const noexcept { return m_readFd >= 0; }

    // A second start: true when a listening Mooring got the request. False, and nothing
    // written, when nobody listens (also a pipe left by a killed program) or when what is
    // there is not this account's pipe (a file, a link). Never blocks.
    static bool ask(const ProfilePaths& paths, Request request);

    // Where the pipe for this profile lives: the runtime folder ($XDG_RUNTIME_DIR, else a
    // folder of this account's own under the temporary folder), named after a hash of the
    // profile folder's real path. The folder must be this account's alone (0700), or
    // neither side uses it.
    static QString pipePath(const ProfilePaths& paths);

private:
    void readRequests();

    QString m_path;
    std::function<void(Request)> m_onRequest;
    int m_readFd = -1;
    int m_writeFd = -1;  // held so the pipe never reads as closed between two requests
    std::unique_ptr<QSocketNotifier> m_notifier;
};

}  // namespace mooring
