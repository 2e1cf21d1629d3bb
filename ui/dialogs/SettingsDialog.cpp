#include "SettingsDialog.h"

#include "Config.h"
#include "domain/FileSetting.h"
#include "widgets/BackupFolderBox.h"
#include "widgets/TeamServerPage.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Traedesten::Ui {

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_hasCaseFile(values.hasCaseFile)
    , m_tabs(new QTabWidget(this))
    , m_generalPage(new QWidget(this))
    , m_filePage(new QWidget(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_lockGroup(new QGroupBox(this))
    , m_idleLabel(new QLabel(this))
    , m_idleMinutes(new QSpinBox(this))
    , m_screenLock(new QCheckBox(this))
    , m_lockHint(new QLabel(this))
    , m_fileIntro(new QLabel(this))
    , m_municipalityLabel(new QLabel(this))
    , m_municipality(new QLineEdit(this))
    , m_logoLabel(new QLabel(this))
    , m_logo(new QLabel(this))
    , m_chooseLogo(new QPushButton(this))
    , m_removeLogo(new QPushButton(this))
    , m_logoPng(values.logoPng)
    , m_retentionLabel(new QLabel(this))
    , m_retention(new QSpinBox(this))
    , m_retentionHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("language"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_screenLock->setObjectName(QStringLiteral("lockOnScreenLock"));
    m_municipality->setObjectName(QStringLiteral("municipalityName"));

    // Language names are written in their own language, as everywhere.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(values.language)));
    m_languageLabel->setBuddy(m_language);

    m_idleMinutes->setRange(Config::MinimumIdleLockMinutes, Config::MaximumIdleLockMinutes);
    m_idleMinutes->setValue(values.idleLockMinutes);
    m_idleLabel->setBuddy(m_idleMinutes);
    m_screenLock->setChecked(values.lockOnScreenLock);
    m_lockHint->setWordWrap(true);

    m_municipality->setText(values.municipalityName);
    m_municipality->setMaxLength(Domain::fileSettingMaximumLength(Domain::FileSetting::MunicipalityName));
    m_municipalityLabel->setBuddy(m_municipality);
    m_fileIntro->setWordWrap(true);

    auto *general = new QFormLayout(m_generalPage);
    general->addRow(m_languageLabel, m_language);
    auto *lockForm = new QFormLayout(m_lockGroup);
    lockForm->addRow(m_idleLabel, m_idleMinutes);
    lockForm->addRow(m_screenLock);
    lockForm->addRow(m_lockHint);
    general->addRow(m_lockGroup);

    auto *fileForm = new QFormLayout(m_filePage);
    fileForm->addRow(m_fileIntro);
    fileForm->addRow(m_municipalityLabel, m_municipality);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_removeLogo);
    m_logoLabel->setBuddy(m_chooseLogo);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    fileForm->addRow(m_logoLabel, logoRow);
    m_passphraseLabel = new QLabel(this);
    m_changePassphrase = new QPushButton(this);
    m_changePassphrase->setObjectName(QStringLiteral("changePassphrase"));
    m_passphraseLabel->setBuddy(m_changePassphrase);
    auto *passphraseRow = new QHBoxLayout;
    passphraseRow->addWidget(m_changePassphrase);
    passphraseRow->addStretch();
    fileForm->addRow(m_passphraseLabel, passphraseRow);
    connect(m_changePassphrase, &QPushButton::clicked, this, &SettingsDialog::changePassphraseRequested);
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    showLogo();
    m_retention->setObjectName(QStringLiteral("retentionYears"));
    m_retention->setRange(1, 30);
    m_retention->setValue(values.retentionYears);
    m_retentionLabel->setBuddy(m_retention);
    m_retentionHint->setWordWrap(true);
    connect(m_retention, &QSpinBox::valueChanged, this, &SettingsDialog::updateRetentionSuffix);
    fileForm->addRow(m_retentionLabel, m_retention);
    fileForm->addRow(m_retentionHint);
    if (values.hasCaseFile) {
        m_backups = new BackupFolderBox(values.caseFilePath, values.backupFolder, m_filePage);
        fileForm->addRow(m_backups);
    }

    m_teamPage = new TeamServerPage(values.team, values.teamPassword, values.rememberTeamPassword, this);
    m_tabs->addTab(m_generalPage, QString());
    m_tabs->addTab(m_filePage, QString());
    m_tabs->addTab(m_teamPage, QString());
    m_tabs->setTabEnabled(1, values.hasCaseFile);
    m_tabs->setTabEnabled(2, values.hasCaseFile); // the server belongs to a case file

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    setMinimumWidth(520);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.language = m_language->currentData().toString();
    v.idleLockMinutes = m_idleMinutes->value();
    v.lockOnScreenLock = m_screenLock->isChecked();
    v.hasCaseFile = m_hasCaseFile;
    v.municipalityName = m_municipality->text().trimmed();
    v.logoPng = m_logoPng;
    v.retentionYears = m_retention->value();
    v.backupFolder = m_backups ? m_backups->folder() : QString();
    v.team = m_teamPage->settings();
    v.teamPassword = m_teamPage->password();
    v.rememberTeamPassword = m_teamPage->rememberPassword();
    return v;
}

void SettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the municipality's logo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Logo not used"), tr("The file is not an image Trædesten can read."));
        return;
    }
    // Stored inside the case file at the size it is printed.
    image = image.scaled(600, 200, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&m_logoPng);
    m_logoPng.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (m_logoPng.toBase64().size() > Domain::fileSettingMaximumLength(Domain::FileSetting::MunicipalityLogo)) {
        m_logoPng.clear();
        QMessageBox::warning(this, tr("Logo not used"),
            tr("The logo is too detailed to keep in the case file. "
               "Choose a simpler image."));
    }
    showLogo();
}

void SettingsDialog::showLogo()
{
    QImage image;
    image.loadFromData(m_logoPng, "PNG");
    if (image.isNull())
        m_logo->setText(tr("No logo"));
    else
        m_logo->setPixmap(QPixmap::fromImage(image.scaledToHeight(40, Qt::SmoothTransformation)));
    m_removeLogo->setEnabled(!image.isNull());
}

void SettingsDialog::showCaseFilePage()
{
    if (m_hasCaseFile) {
        m_tabs->setCurrentWidget(m_filePage);
        m_municipality->setFocus();
    }
}

void SettingsDialog::showTeamServerPage()
{
    if (m_hasCaseFile)
        m_tabs->setCurrentWidget(m_teamPage);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Case file"));
    m_tabs->setTabText(2, tr("Team server"));
    m_language->setItemText(0, tr("System language"));
    m_languageLabel->setText(tr("&Language:"));
    m_lockGroup->setTitle(tr("Locking"));
    m_idleLabel->setText(tr("Lock &after:"));
    m_idleMinutes->setSuffix(tr(" min without use"));
    m_screenLock->setText(tr("Lock when the &screen locks or the computer sleeps"));
    m_lockHint->setText(tr("You can always lock at once with Ctrl+L. Locking closes the case file and clears "
                           "the screen; the passphrase opens it again where you were."));
    m_fileIntro->setText(tr("These settings are stored inside the encrypted case file and travel with it."));
    m_municipalityLabel->setText(tr("&Municipality:"));
    m_municipality->setPlaceholderText(tr("e.g. Furesø Kommune"));
    m_logoLabel->setText(tr("&Logo:"));
    m_chooseLogo->setText(tr("C&hoose…"));
    m_chooseLogo->setToolTip(tr("Printed at the top of plans and statements"));
    m_removeLogo->setText(tr("R&emove"));
    m_passphraseLabel->setText(tr("Passphrase:"));
    m_changePassphrase->setText(tr("Change &passphrase…"));
    m_changePassphrase->setToolTip(tr("Encrypts the case file again under a new passphrase"));
    showLogo();
    m_retentionLabel->setText(tr("&Keep closed cases:"));
    m_retentionHint->setText(tr("Closed cases whose closing date is older than this are listed under File ▸ Closed "
                                "cases past the retention period, for review and erasure."));
    updateRetentionSuffix();
    m_retention->setAccessibleName(tr("Years to keep a closed case"));
    m_language->setAccessibleName(tr("Language"));
    m_idleMinutes->setAccessibleName(tr("Minutes without use before locking"));
    m_municipality->setAccessibleName(tr("Municipality name"));
}

void SettingsDialog::updateRetentionSuffix()
{
    m_retention->setSuffix(
        tr(" year(s) after closing", "retention period; the number is in front", m_retention->value()));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
