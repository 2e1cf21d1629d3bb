#pragma once

#include "security/KdfParameters.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <ostream>

namespace Traedesten::TestKit {

/// A passphrase in secure memory, as the UI would hand it to the core.
inline Security::SecureBytes passphrase(const char *text)
{
    return Security::SecureBytes::fromUtf8(QString::fromUtf8(text));
}

/// The cheapest parameters the floor allows (64 MiB, one pass): real Argon2id, quick tests.
inline Security::KdfParameters fastKdf()
{
    return Security::KeyDerivation::minimumParameters();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

/// A private temporary folder that disappears with the test.
class TempFolder
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString caseFile(const char *name = "caseload") const
    {
        return path(QString::fromUtf8(name) + QStringLiteral(".traedesten"));
    }

private:
    QTemporaryDir m_dir;
};

} // namespace Traedesten::TestKit

// Readable QString output in GoogleTest failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE
