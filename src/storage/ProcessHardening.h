#pragma once

namespace mooring {

// Called first thing in main(): no core dumps (they would hold keys and entries in plain
// form) and no ptrace attach from other processes of the same user.
void hardenProcess();

}  // namespace mooring
