#pragma once

#include <cstddef>
#include <span>
#include <string_view>

class QString;

namespace mooring {

// Bytes for secrets (keys, passphrases, recovery codes): allocated with sodium_malloc
// (guarded, locked, never swapped) and wiped when released. Move-only.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    static SecureBuffer random(std::size_t size);
    static SecureBuffer fromBytes(std::span<const std::byte> bytes);
    // Copies the UTF-8 of a string typed by the person; the caller clears the widget.
    static SecureBuffer fromUtf8(const QString& text);
    static SecureBuffer fromUtf8(std::string_view text);

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    ~SecureBuffer();

    std::byte* data() noexcept { return m_data; }
    const std::byte* data() const noexcept { return m_data; }
    unsigned char* uchars() noexcept { return reinterpret_cast<unsigned char*>(m_data); }
    const unsigned char* uchars() const noexcept { return reinterpret_cast<const unsigned char*>(m_data); }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    std::span<std::byte> bytes() noexcept { return {m_data, m_size}; }
    std::span<const std::byte> bytes() const noexcept { return {m_data, m_size}; }
    std::string_view view() const noexcept { return {reinterpret_cast<const char*>(m_data), m_size}; }

    bool equals(const SecureBuffer& other) const noexcept;  // constant time
    void clear() noexcept;

private:
    std::byte* m_data = nullptr;
    std::size_t m_size = 0;
};

}  // namespace mooring
