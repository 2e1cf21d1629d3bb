#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Traedesten::Ui {

/**
 * The team server password in the system keyring (QtKeychain: the Secret Service on Linux, the Keychain,
 * the Windows credential store), one entry per case file and user. Never in settings or the case file. When
 * there is no keyring, reading answers "not there" and the program asks for the password once per unlock.
 */
class TeamPasswordStore : public QObject
{
    Q_OBJECT

public:
    explicit TeamPasswordStore(QObject *parent = nullptr);

    /// The keyring entry's name: no citizen data, only the file's id and the user name.
    static QString entryKey(const QString &fileId, const QString &user);

    /// Reads the password; @p done gets it, or an empty string when there is none or no keyring.
    void read(const QString &fileId, const QString &user, std::function<void(const QString &)> done);
    /// Stores the password; @p done gets true when the keyring took it.
    void write(const QString &fileId, const QString &user, const QString &password, std::function<void(bool)> done);
    /// Forgets the password (the person unticked "Remember").
    void remove(const QString &fileId, const QString &user);

    static const QString Service;
};

} // namespace Traedesten::Ui
