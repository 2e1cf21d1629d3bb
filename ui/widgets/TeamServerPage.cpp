#include "TeamServerPage.h"

#include "BackgroundTask.h"
#include "ErrorText.h"
#include "sync/PgConnection.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Traedesten::Ui {

TeamServerPage::TeamServerPage(
    const Sync::TeamServerSettings &settings, const QString &password, bool rememberPassword, QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(settings.host, this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLineEdit(settings.database, this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(settings.user, this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(password, this))
    , m_remember(new QCheckBox(this))
    , m_verify(new QCheckBox(this))
    , m_caLabel(new QLabel(this))
    , m_ca(new QLineEdit(settings.caFile, this))
    , m_chooseCa(new QPushButton(this))
    , m_certLabel(new QLabel(this))
    , m_cert(new QLineEdit(settings.certFile, this))
    , m_chooseCert(new QPushButton(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(settings.keyFile, this))
    , m_chooseKey(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
{
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_remember->setObjectName(QStringLiteral("teamRememberPassword"));
    m_verify->setObjectName(QStringLiteral("teamVerifyCertificate"));
    m_ca->setObjectName(QStringLiteral("teamCaFile"));
    m_cert->setObjectName(QStringLiteral("teamCertFile"));
    m_key->setObjectName(QStringLiteral("teamKeyFile"));
    m_test->setObjectName(QStringLiteral("teamTestConnection"));
    m_result->setObjectName(QStringLiteral("teamTestResult"));

    m_intro->setWordWrap(true);
    m_port->setRange(1, 65535);
    m_port->setValue(settings.port);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(rememberPassword);
    m_verify->setChecked(settings.verifyCertificate);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLineEdit *field : { m_host, m_database, m_user, m_ca, m_cert, m_key })
        field->setClearButtonEnabled(true);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_caLabel->setBuddy(m_ca);
    m_certLabel->setBuddy(m_cert);
    m_keyLabel->setBuddy(m_key);

    const auto withButton = [](QLineEdit *field, QPushButton *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(button);
        return row;
    };
    auto *form = new QFormLayout(this);
    form->addRow(m_intro);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_portLabel);
    hostRow->addWidget(m_port);
    form->addRow(m_hostLabel, hostRow);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_verify);
    form->addRow(m_caLabel, withButton(m_ca, m_chooseCa));
    form->addRow(m_certLabel, withButton(m_cert, m_chooseCert));
    form->addRow(m_keyLabel, withButton(m_key, m_chooseKey));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    form->addRow(QString(), testRow);
    form->addRow(m_result);

    connect(
        m_chooseCa, &QPushButton::clicked, this, [this] { chooseFile(m_ca, tr("The municipality's CA certificate")); });
    connect(m_chooseCert, &QPushButton::clicked, this, [this] { chooseFile(m_cert, tr("Your client certificate")); });
    connect(
        m_chooseKey, &QPushButton::clicked, this, [this] { chooseFile(m_key, tr("Your client certificate's key")); });
    connect(m_test, &QPushButton::clicked, this, &TeamServerPage::testConnection);
    connect(m_verify, &QCheckBox::toggled, this, &TeamServerPage::updateEnabled);
    connect(m_host, &QLineEdit::textChanged, this, &TeamServerPage::updateEnabled);
    connect(m_user, &QLineEdit::textChanged, this, &TeamServerPage::updateEnabled);
    retranslate();
    updateEnabled();
}

Sync::TeamServerSettings TeamServerPage::settings() const
{
    Sync::TeamServerSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.verifyCertificate = m_verify->isChecked();
    s.caFile = m_ca->text().trimmed();
    s.certFile = m_cert->text().trimmed();
    s.keyFile = m_key->text().trimmed();
    return s;
}

QString TeamServerPage::password() const
{
    return m_password->text();
}

bool TeamServerPage::rememberPassword() const
{
    return m_remember->isChecked();
}

QString TeamServerPage::resultText() const
{
    return m_result->text();
}

void TeamServerPage::testConnection()
{
    if (m_testing)
        return;
    m_testing = true;
    m_testedUser = settings().user;
    m_result->setText(tr("Connecting to the team server…"));
    updateEnabled();
    runInBackground(
        this,
        [settings = settings(), password = password()]() -> Status {
            auto connection = Sync::connectToTeamServer(settings, password);
            return connection ? Status {} : Status { connection.error() };
        },
        [this](Status result) {
            m_testing = false;
            showResult(result);
            updateEnabled();
            Q_EMIT tested(result);
        });
}

void TeamServerPage::showResult(const Status &result)
{
    m_hasResult = true;
    m_lastResult = result;
    if (result)
        m_result->setText(
            tr("Connected to the team server as %1. It is set up for this version of Trædesten.").arg(m_testedUser));
    else
        m_result->setText(ErrorText::forCaseFile(result.error()));
}

void TeamServerPage::updateEnabled()
{
    const bool verify = m_verify->isChecked();
    for (QWidget *w : { static_cast<QWidget *>(m_ca), static_cast<QWidget *>(m_chooseCa) })
        w->setEnabled(verify);
    m_test->setEnabled(!m_testing && !m_host->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty());
}

void TeamServerPage::chooseFile(QLineEdit *field, const QString &title)
{
    const QString start = field->text().isEmpty() ? QDir::homePath() : field->text();
    const QString path = QFileDialog::getOpenFileName(
        this, title, start, tr("Certificates and keys (*.crt *.pem *.key);;All files (*)"));
    if (!path.isEmpty())
        field->setText(path);
}

void TeamServerPage::retranslate()
{
    m_intro->setText(tr("Share caseloads with your team through the municipality's PostgreSQL server. Ask its "
                        "administrator for these details. The case file stays your working copy and works "
                        "without the server."));
    m_hostLabel->setText(tr("&Server:"));
    m_host->setPlaceholderText(tr("e.g. db.kommune.dk"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setPlaceholderText(tr("Not needed with a client certificate"));
    m_remember->setText(tr("&Remember the password in the system keyring"));
    m_remember->setToolTip(tr("Without it, the password is asked for once each time the case file is unlocked"));
    m_verify->setText(tr("Check the server's &certificate (always, except for a test server)"));
    m_caLabel->setText(tr("C&A certificate:"));
    m_ca->setPlaceholderText(tr("The municipality's CA (.crt)"));
    m_chooseCa->setText(tr("Choose…", "a CA certificate file"));
    m_certLabel->setText(tr("Client certif&icate:"));
    m_cert->setPlaceholderText(tr("Optional"));
    m_chooseCert->setText(tr("Choose…", "a client certificate file"));
    m_keyLabel->setText(tr("Certificate &key:"));
    m_key->setPlaceholderText(tr("Optional"));
    m_chooseKey->setText(tr("Choose…", "a key file"));
    m_test->setText(tr("&Test connection"));
    m_host->setAccessibleName(tr("Team server host name"));
    m_port->setAccessibleName(tr("Team server port"));
    m_password->setAccessibleName(tr("Team server password"));
    if (m_testing)
        m_result->setText(tr("Connecting to the team server…"));
    else if (m_hasResult)
        showResult(m_lastResult);
}

void TeamServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
