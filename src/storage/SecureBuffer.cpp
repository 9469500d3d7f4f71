#include "storage/SecureBuffer.h"

#include "storage/Sodium.h"

#include <QString>

#include <cstring>
#include <new>
#include <utility>

namespace mooring {

SecureBuffer::SecureBuffer(std::size_t size) : m_size(size) {
    ensureSodium();
    if (size == 0) return;
    m_data = static_cast<std::byte*>(sodium_malloc(size));
    if (!m_data) throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBuffer SecureBuffer::random(std::size_t size) {
    SecureBuffer buffer(size);
    randombytes_buf(buffer.m_data, size);
    return buffer;
}

SecureBuffer SecureBuffer::fromBytes(std::span<const std::byte> bytes) {
    SecureBuffer buffer(bytes.size());
    if (!bytes.empty()) std::memcpy(buffer.m_data, bytes.data(), bytes.size());
    return buffer;
}

SecureBuffer SecureBuffer::fromUtf8(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    SecureBuffer buffer = fromUtf8(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    // The temporary copy held the secret too.
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return buffer;
}

SecureBuffer SecureBuffer::fromUtf8(std::string_view text) {
    return fromBytes(std::as_bytes(std::span<const char>(text.data(), text.size())));
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer::~SecureBuffer() { clear(); }

bool SecureBuffer::equals(const SecureBuffer& other) const noexcept {
    if (m_size != other.m_size) return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::clear() noexcept {
    if (m_data) sodium_free(m_data);  // wipes before it frees
    m_data = nullptr;
    m_size = 0;
}

}  // namespace mooring
