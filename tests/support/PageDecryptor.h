#pragma once

// Test-only: decrypts the pages of an SQLCipher 4 file (or of its rollback journal) with the raw key, so a
// test can look for what must no longer be there. SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes
// at the end of each (a 16-byte IV, then a 64-byte HMAC-SHA512), AES-256-CBC over the rest; page 1 begins
// with the 16-byte salt, which is not encrypted. The HMAC is not checked: a page that decrypts to garbage
// simply contains nothing a test looks for, and the test proves the decryptor on text that is present.

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <openssl/evp.h>

namespace Traedesten::TestKit {

class PageDecryptor
{
public:
    static constexpr int PageSize = 4096;
    static constexpr int Reserve = 80;
    static constexpr int IvSize = 16;
    static constexpr int SaltSize = 16;

    /// @p key: the 32-byte raw key (not the literal, not the passphrase).
    explicit PageDecryptor(QByteArray key)
        : m_key(std::move(key))
    { }

    /// One page as stored (encrypted); @p first: page 1 of the database (salt instead of the first 16 bytes).
    QByteArray decryptPage(const QByteArray &page, bool first) const
    {
        if (page.size() != PageSize || m_key.size() != 32)
            return {};
        const int offset = first ? SaltSize : 0;
        const int length = PageSize - Reserve - offset;
        const auto *iv = reinterpret_cast<const unsigned char *>(page.constData() + PageSize - Reserve);
        QByteArray plain(PageSize, '\0');
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int outLength = 0;
        int finalLength = 0;
        const bool ok = EVP_DecryptInit_ex(
                            ctx, EVP_aes_256_cbc(), nullptr, reinterpret_cast<const unsigned char *>(m_key.constData()), iv)
            && EVP_CIPHER_CTX_set_padding(ctx, 0)
            && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()) + offset, &outLength,
                reinterpret_cast<const unsigned char *>(page.constData()) + offset, length)
            && EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(plain.data()) + offset + outLength,
                &finalLength);
        EVP_CIPHER_CTX_free(ctx);
        if (!ok)
            return {};
        if (first)
            plain.replace(0, SaltSize, QByteArray("SQLite format 3\0", SaltSize));
        return plain;
    }

    /// Every page of a database file, decrypted.
    QList<QByteArray> decryptDatabase(const QByteArray &file) const
    {
        QList<QByteArray> pages;
        for (qsizetype at = 0; at + PageSize <= file.size(); at += PageSize)
            pages.append(decryptPage(file.mid(at, PageSize), at == 0));
        return pages;
    }

    /// Every page image in a rollback journal, decrypted: after the header (one sector, its size at offset
    /// 20), records of a 4-byte page number, the page as stored and a 4-byte checksum.
    QList<QByteArray> decryptJournal(const QByteArray &journal) const
    {
        QList<QByteArray> pages;
        if (journal.size() < 28)
            return pages;
        const qsizetype sector = qFromBigEndian<quint32>(journal.constData() + 20);
        for (qsizetype at = std::max<qsizetype>(sector, 28); at + 4 + PageSize + 4 <= journal.size();
             at += 4 + PageSize + 4) {
            const quint32 number = qFromBigEndian<quint32>(journal.constData() + at);
            pages.append(decryptPage(journal.mid(at + 4, PageSize), number == 1));
        }
        return pages;
    }

    static bool anyContains(const QList<QByteArray> &pages, const QByteArray &needle)
    {
        for (const QByteArray &p : pages) {
            if (p.contains(needle))
                return true;
        }
        return false;
    }

private:
    QByteArray m_key;
};

} // namespace Traedesten::TestKit
