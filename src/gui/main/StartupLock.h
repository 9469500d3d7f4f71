#pragma once

#include <memory>

class QWidget;

namespace mooring {

class ProfileLock;
class ProfilePaths;

// main()'s first step with a profile: take its lock for as long as the program runs.
// When another Mooring has it open (or the folder cannot hold a lock file), says so
// kindly in a message box (DialogHooks, so tests can answer it) and returns nullptr;
// main then exits without touching anything. (ProfileLock makes a missing folder, 0700.)
std::unique_ptr<ProfileLock> takeProfileLock(const ProfilePaths& paths, QWidget* parent = nullptr);

}  // namespace mooring
