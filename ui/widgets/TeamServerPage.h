#pragma once

#include "Result.h"
#include "sync/TeamServerSettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Traedesten::Ui {

/**
 * Settings ▸ Team server: where the case file's team server is (host, port, database, user), its TLS (the
 * server's certificate checked against the municipality's CA, an optional client certificate), the password
 * (kept in the system keyring when wished, never in settings), and Test connection, which says in words what
 * is wrong: the server cannot be reached, its certificate is not trusted, the user name or password is wrong,
 * or the server is of another version.
 */
class TeamServerPage : public QWidget
{
    Q_OBJECT

public:
    explicit TeamServerPage(const Sync::TeamServerSettings &settings, const QString &password, bool rememberPassword,
        QWidget *parent = nullptr);

    Sync::TeamServerSettings settings() const;
    QString password() const;
    bool rememberPassword() const;

    /// Connects in the background with what the fields say; the answer is shown under the button and
    /// emitted as tested().
    void testConnection();
    /// What the last test said (the text shown).
    QString resultText() const;

Q_SIGNALS:
    void tested(const Traedesten::Status &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile(QLineEdit *field, const QString &title);
    void showResult(const Status &result);
    void updateEnabled();

    QLabel *m_intro = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_verify = nullptr;
    QLabel *m_caLabel = nullptr;
    QLineEdit *m_ca = nullptr;
    QPushButton *m_chooseCa = nullptr;
    QLabel *m_certLabel = nullptr;
    QLineEdit *m_cert = nullptr;
    QPushButton *m_chooseCert = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_chooseKey = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    bool m_testing = false;
    bool m_hasResult = false;
    Status m_lastResult;
    QString m_testedUser;
};

} // namespace Traedesten::Ui
