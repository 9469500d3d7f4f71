#pragma once

#include <thread>

namespace mooring {

// What the first window needs and nothing in Mooring's start depends on, read on a thread
// of its own while the main thread runs the crypto self-test and starts Qt (the profile's
// lock is taken beside it):
// - fontconfig's configuration and caches (some fifty small XML files), which the first
//   text measured anywhere would otherwise read: a fifth of the work before the lock
//   screen's first paint. fontconfig keeps one configuration per process, whichever
//   thread made it, and Qt's own call finds it there;
// - the helpline catalogue, which "I need help now" parses for the emergency number.
// wait() is called before the first window is built.
class StartupReadAhead {
public:
    StartupReadAhead();
    ~StartupReadAhead();
    StartupReadAhead(const StartupReadAhead&) = delete;
    StartupReadAhead& operator=(const StartupReadAhead&) = delete;

    void wait();

private:
    std::thread m_reader;
};

}  // namespace mooring
