#pragma once

#include <thread>

namespace mooring {

// The first text any window measures makes fontconfig read its configuration and caches
// (some fifty small XML files): a fifth of the work before the lock screen's first paint,
// and none of it depends on what Mooring does first. So a thread does that reading as
// soon as the program starts, while the command line, Qt and the profile's lock are dealt
// with; wait() is called before the first window is built. fontconfig keeps one
// configuration per process, whichever thread made it, and Qt's own call finds it there.
class FontsReadAhead {
public:
    FontsReadAhead();
    ~FontsReadAhead();
    FontsReadAhead(const FontsReadAhead&) = delete;
    FontsReadAhead& operator=(const FontsReadAhead&) = delete;

    void wait();

private:
    std::thread m_reader;
};

}  // namespace mooring
