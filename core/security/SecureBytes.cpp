#include "SecureBytes.h"

#include "Sodium.h"

#include <QString>

#include <cstring>
#include <sodium.h>
#include <utility>

namespace Traedesten::Security {

SecureBytes::SecureBytes(std::size_t size)
{
    if (!Sodium::initialize())
        return;
    // sodium_malloc(0) is allowed but returns a pointer we must still free.
    m_data = static_cast<unsigned char *>(sodium_malloc(size == 0 ? 1 : size));
    if (m_data) {
        sodium_memzero(m_data, size == 0 ? 1 : size);
        m_size = size;
    }
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    // Encode straight into the secure buffer so no heap copy of the
    // passphrase outlives this call.
    const qsizetype maxBytes = text.size() * 3;
    SecureBytes scratch(static_cast<std::size_t>(maxBytes));
    if (scratch.isNull())
        return scratch;
    std::size_t used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        } else if (QChar::isSurrogate(cp)) {
            cp = 0xFFFD;
        }
        unsigned char *out = scratch.m_data + used;
        if (cp < 0x80) {
            out[0] = static_cast<unsigned char>(cp);
            used += 1;
        } else if (cp < 0x800) {
            out[0] = static_cast<unsigned char>(0xC0 | (cp >> 6));
            out[1] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            used += 2;
        } else if (cp < 0x10000) {
            out[0] = static_cast<unsigned char>(0xE0 | (cp >> 12));
            out[1] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            out[2] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            used += 3;
        } else {
            // A surrogate pair (two UTF-16 units) becomes four bytes: within the 3-per-unit budget.
            out[0] = static_cast<unsigned char>(0xF0 | (cp >> 18));
            out[1] = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
            out[2] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            out[3] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            used += 4;
        }
    }
    SecureBytes result(used);
    if (!result.isNull() && used > 0)
        std::memcpy(result.m_data, scratch.m_data, used);
    return result;
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes result(static_cast<std::size_t>(bytes.size()));
    if (!result.isNull() && !bytes.isEmpty())
        std::memcpy(result.m_data, bytes.data(), static_cast<std::size_t>(bytes.size()));
    return result;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data); // also wipes, and unlocks the pages
        m_data = nullptr;
    }
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace Traedesten::Security
