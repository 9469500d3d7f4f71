// Freed memory is wiped before the C library takes it back, in the window program only.
//
// While Mooring is unlocked the person's words pass through many hands: SQLite's page
// cache and statement buffers, Qt's strings, models and undo stacks, the text layout.
// Each of these frees its copies when the profile is locked and its screens are dropped,
// but free() leaves the bytes where they were, so a memory image taken after the lock (a
// core file, swap, a hibernation image) would still hold them. glibc's own "perturb"
// option (M_PERTURB) fills only chunks that reach its bins, not those kept in its
// per-thread cache (up to seven small chunks per size), and it also fills every new
// allocation, which costs more than it protects. Wrapping free() and realloc() here wipes
// every block, whoever frees it (Qt, SQLCipher, the C++ runtime), because a definition in
// the executable comes before the C library's in symbol lookup.
//
// Under AddressSanitizer its allocator owns malloc and free; there the same wiping is
// asked of it (free_fill_byte, see __asan_default_options below).
#include <malloc.h>

#include <cstddef>
#include <cstring>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOORING_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MOORING_ASAN 1
#endif

#if defined(MOORING_ASAN)

// Defaults for this program only; ASAN_OPTIONS from the environment still come first.
// Every freed block is filled (up to 1 GiB of it) while it sits in the quarantine.
extern "C" const char* __asan_default_options() { return "max_free_fill_size=1073741824:free_fill_byte=0"; }

#else

extern "C" {
// glibc's own entry points, exported for exactly this kind of wrapper.
void* __libc_malloc(std::size_t size);
void __libc_free(void* block);
void* __libc_realloc(void* block, std::size_t size);

void free(void* block) {
    if (block) explicit_bzero(block, malloc_usable_size(block));
    __libc_free(block);
}

void* realloc(void* block, std::size_t size) {
    if (!block) return __libc_malloc(size);
    if (size == 0) {
        free(block);
        return nullptr;
    }
    const std::size_t usable = malloc_usable_size(block);
    if (size <= usable) {
        // Shrinking stays in place; the tail glibc may split off and free is wiped first.
        explicit_bzero(static_cast<char*>(block) + size, usable - size);
        return __libc_realloc(block, size);
    }
    // Growing could move the block and let glibc free the old one unwiped: move it here.
    void* moved = __libc_malloc(size);
    if (!moved) return nullptr;  // as realloc: the old block stays valid
    std::memcpy(moved, block, usable);
    free(block);
    return moved;
}
}

#endif
