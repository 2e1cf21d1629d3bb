#include "NewCaseFileDialog.h"

#include "BackgroundTask.h"
#include "Config.h"
#include "ErrorText.h"
#include "storage/DemoCaseload.h"
#include "storage/PrivateFile.h"
#include "widgets/PassphraseField.h"
#include "widgets/PassphraseStrengthMeter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

namespace {
QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->setVisible(false);
    return label;
}
} // namespace

NewCaseFileDialog::NewCaseFileDialog(
    const QString &suggestedPath, KdfChooser chooseKdf, QWidget *parent, Contents contents)
    : QDialog(parent)
    , m_chooseKdf(std::move(chooseKdf))
    , m_suggestedFolder(QFileInfo(suggestedPath).absolutePath())
    , m_contents(contents)
    , m_intro(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_pathError(errorLabel(this, "pathError"))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new PassphraseField(this))
    , m_meter(new PassphraseStrengthMeter(this))
    , m_passphraseError(errorLabel(this, "passphraseError"))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new PassphraseField(this))
    , m_repeatError(errorLabel(this, "repeatError"))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_createError(errorLabel(this, "createError"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newCaseFileDialog"));
    m_path->setObjectName(QStringLiteral("path"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    m_intro->setWordWrap(true);
    m_pathLabel->setBuddy(m_path);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel->setBuddy(m_repeat);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);
    m_progressLabel->setWordWrap(true);
    m_create = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_pathLabel, 0, 0);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    grid->addLayout(pathRow, 0, 1);
    grid->addWidget(m_pathError, 1, 1);
    grid->addWidget(m_passphraseLabel, 2, 0);
    grid->addWidget(m_passphrase, 2, 1);
    grid->addWidget(m_meter, 3, 1);
    grid->addWidget(m_passphraseError, 4, 1);
    grid->addWidget(m_repeatLabel, 5, 0);
    grid->addWidget(m_repeat, 5, 1);
    grid->addWidget(m_repeatError, 6, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_createError);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &NewCaseFileDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCaseFileDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCaseFileDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, m_meter, &PassphraseStrengthMeter::setPassphrase);
    connect(m_passphrase, &QLineEdit::textChanged, this, &NewCaseFileDialog::fitHeight);
    connect(m_passphrase, &QLineEdit::textEdited, this, [this] { m_passphraseError->setVisible(false); });
    connect(m_repeat, &QLineEdit::textEdited, this, [this] { m_repeatError->setVisible(false); });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathError->setVisible(false); });

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_passphrase);
    setTabOrder(m_passphrase, m_repeat);
    setTabOrder(m_repeat, m_buttons);
    retranslate();
    setMinimumWidth(600);
    resize(600, sizeHint().height());
    m_passphrase->setFocus();
}

QString NewCaseFileDialog::withExtension(const QString &path)
{
    const QString suffix = QStringLiteral(".") + QString::fromLatin1(Storage::CaseFile::Extension);
    if (path.isEmpty() || path.endsWith(suffix, Qt::CaseInsensitive))
        return path;
    return path + suffix;
}

void NewCaseFileDialog::retranslate()
{
    if (m_contents == Contents::DemoCaseload) {
        setWindowTitle(tr("Try with demo data"));
        m_intro->setText(tr("Trædesten creates a new case file with %n made-up citizens, their households, goals, "
                            "stepping stones and meetings, so you can try everything without real data. It is "
                            "encrypted like any other case file.",
            nullptr, DemoCitizens));
    } else {
        setWindowTitle(tr("New case file"));
        m_intro->setText(tr("A case file holds a whole caseload, encrypted with a passphrase only you know. "
                            "Without the passphrase nobody can read it — not even IT support, and not you."));
    }
    m_pathLabel->setText(tr("&Save as:"));
    m_browse->setText(tr("&Browse…"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_repeatLabel->setText(tr("&Repeat passphrase:"));
    m_create->setText(tr("&Create case file"));
    m_progressLabel->setText(tr("Measuring this computer and encrypting the case file… this takes a few seconds."));
    m_path->setAccessibleName(tr("Location of the new case file"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat->setAccessibleName(tr("Repeat passphrase"));
    m_browse->setAccessibleName(tr("Browse for a location"));
}

void NewCaseFileDialog::browse()
{
    const QString filter = tr("Trædesten case files (*.traedesten)");
    // A folder that does not exist (yet) would be offered as a file name: start in one that does.
    const QFileInfo typed(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QString start = QDir(Config::existingFolder(typed.absolutePath())).filePath(typed.fileName());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New case file"), start, filter);
    if (!chosen.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(withExtension(chosen)));
        m_pathError->setVisible(false);
    }
}

void NewCaseFileDialog::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(true);
    fitHeight();
}

void NewCaseFileDialog::fitHeight()
{
    // Word-wrapped labels report their height only for a given width, so the
    // dialog's minimum size does not follow them: grow it ourselves rather
    // than let the fields be squeezed when an error line appears.
    QLayout *l = layout();
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

bool NewCaseFileDialog::mayCreateFolder(const QString &folder) const
{
    const QString clean = QDir::cleanPath(folder);
    return clean == QDir::cleanPath(m_suggestedFolder) || clean == QDir::cleanPath(Config::defaultFolder());
}

bool NewCaseFileDialog::validate()
{
    bool ok = true;
    const QString path = withExtension(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QFileInfo info(path);
    if (path.isEmpty()) {
        showFieldError(m_pathError, tr("Choose where to save the case file."));
        ok = false;
    } else if (info.exists()) {
        showFieldError(m_pathError, tr("A file with that name already exists. Choose another name."));
        ok = false;
    } else if (!info.dir().exists() && !mayCreateFolder(info.absolutePath())) {
        showFieldError(m_pathError, tr("The folder does not exist. Choose another place for the case file."));
        ok = false;
    }
    const auto &strength = m_meter->strength();
    if (!strength.isAcceptable()) {
        // The meter right above says why; this says what it means.
        showFieldError(m_passphraseError, tr("This passphrase cannot be used: choose a stronger one."));
        ok = false;
    } else if (m_repeat->text() != m_passphrase->text()) {
        showFieldError(m_repeatError, tr("The two passphrases are not the same."));
        ok = false;
    }
    return ok;
}

void NewCaseFileDialog::create()
{
    if (m_busy)
        return;
    m_createError->setVisible(false);
    m_meter->setPassphrase(m_passphrase->text());
    if (!validate())
        return;
    const QString path = withExtension(QDir::fromNativeSeparators(m_path->text().trimmed()));
    m_path->setText(QDir::toNativeSeparators(path));
    // In a fresh home folder the suggested documents folder may not exist yet: make it, for its owner only.
    if (Status made = Storage::PrivateFile::makeFolder(QFileInfo(path).absolutePath()); !made) {
        showFieldError(m_pathError, tr("The folder could not be created. Choose another place for the case file."));
        return;
    }
    auto passphrase = std::make_shared<Security::SecureBytes>(m_passphrase->takePassphrase());
    m_repeat->clear();
    m_meter->setPassphrase(QString());
    setBusy(true);
    const bool demo = m_contents == Contents::DemoCaseload;
    runInBackground(
        this,
        [path, passphrase, demo, choose = m_chooseKdf]() -> Result<std::unique_ptr<Storage::CaseFile>> {
            auto file = Storage::CaseFile::create(path, *passphrase, choose());
            if (!file || !demo)
                return file;
            Status filled = Storage::DemoCaseload::generate(**file, { DemoCitizens, 2026, {} });
            if (!filled) {
                // Nothing half-made is left: close and remove the new file.
                file->reset();
                QFile::remove(path);
                return filled.error();
            }
            return file;
        },
        [this](Result<std::unique_ptr<Storage::CaseFile>> result) {
            setBusy(false);
            if (!result) {
                showFieldError(m_createError, ErrorText::forCreate(result.error()));
                m_passphrase->setFocus();
                return;
            }
            m_file = std::move(result).value();
            accept();
        });
}

void NewCaseFileDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w :
        { static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_passphrase),
            static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_buttons) })
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    fitHeight();
}

void NewCaseFileDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void NewCaseFileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
