#include "storage/MemoryLock.h"

#include <linux/capability.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOORING_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MOORING_ASAN 1
#endif

namespace mooring {

namespace {

// CAP_IPC_LOCK lifts the limit on locked memory altogether. (Not asked under ASan.)
[[maybe_unused]] bool mayLockWithoutLimit() {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3]{};
    if (syscall(SYS_capget, &header, data) != 0) return false;
    return (data[CAP_TO_INDEX(CAP_IPC_LOCK)].effective & CAP_TO_MASK(CAP_IPC_LOCK)) != 0;
}

}  // namespace

MemoryLock keepMemoryOutOfSwap() {
#if defined(MOORING_ASAN)
    return MemoryLock::Skipped;
#else
    rlimit limit{};
    if (getrlimit(RLIMIT_MEMLOCK, &limit) != 0) return MemoryLock::NotAllowed;
    // Debian's default is 8 MiB, far less than a Qt program maps: locking then would make
    // mlockall fail now or, with MCL_FUTURE, make allocations fail later. Only an
    // unlimited hard limit (or the capability) is safe for a program that must keep working.
    if (limit.rlim_max != RLIM_INFINITY && !mayLockWithoutLimit()) return MemoryLock::NotAllowed;
    if (limit.rlim_cur != limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_MEMLOCK, &limit);
    }
    // MCL_ONFAULT: pages are locked as they are first touched, so address space reserved
    // but never used (thread stacks, Qt's caches) costs no RAM.
    return mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) == 0 ? MemoryLock::Everything : MemoryLock::Refused;
#endif
}

}  // namespace mooring
