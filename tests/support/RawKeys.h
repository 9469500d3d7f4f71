#pragma once

#include <array>
#include <cstddef>

namespace mooring::test {

// A fixed 32-byte data key for storage tests; different seeds give different keys.
inline std::array<std::byte, 32> rawKey(unsigned char seed = 1) {
    std::array<std::byte, 32> key{};
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::byte>(seed * 31 + i * 7);
    return key;
}

}  // namespace mooring::test
