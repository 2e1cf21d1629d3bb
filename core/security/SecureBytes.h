#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <cstddef>

namespace Traedesten::Security {

/**
 * A fixed-size byte buffer in libsodium's guarded memory (sodium_malloc):
 * locked against swapping, fenced by guard pages and wiped when released.
 * Passphrases and keys live only here.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    /// Allocates @p size zeroed bytes; isNull() tells whether allocation failed.
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    /// Copies the UTF-8 encoding of @p text into secure memory. The caller
    /// should clear its own copy as soon as it can.
    static SecureBytes fromUtf8(QStringView text);
    static SecureBytes copyOf(QByteArrayView bytes);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChar() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isNull() const { return m_data == nullptr; }
    bool isEmpty() const { return m_size == 0; }

    /// Wipes (sodium_memzero) and frees the buffer now.
    void clear();

    bool operator==(const SecureBytes &other) const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace Traedesten::Security
