#include "AccessExportDialog.h"

#include "BackgroundTask.h"
#include "CaseEditor.h"
#include "ErrorText.h"
#include "print/AccessExportPrint.h"
#include "print/DocumentPrinter.h"
#include "reports/AccessExport.h"
#include "storage/Caseload.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <utility>

namespace Traedesten::Ui {

using Reports::AccessExport;

AccessExportDialog::AccessExportDialog(CaseEditor *editor, const QString &citizenId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_citizenId(citizenId)
    , m_language(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_name(new QLineEdit(this))
    , m_languageLabel(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_files(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accessExportDialog"));
    m_language->addItem(QString(), QStringLiteral("da"));
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Danish ? 0 : 1);
    m_folder->setText(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    m_name->setText(defaultName(QDate::currentDate()));
    m_intro->setWordWrap(true);
    m_files->setWordWrap(true);
    m_files->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_nameLabel, m_name);
    m_languageLabel->setBuddy(m_language);
    m_folderLabel->setBuddy(m_folder);
    m_nameLabel->setBuddy(m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_files);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &AccessExportDialog::chooseFolder);
    connect(m_name, &QLineEdit::textChanged, this, &AccessExportDialog::retranslate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccessExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

QString AccessExportDialog::defaultName(const QDate &day)
{
    return QStringLiteral("access-export-") + day.toString(Qt::ISODate);
}

QString AccessExportDialog::errorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::ReadOnly:
        return tr("Trædesten may not write in that folder. Choose another folder; nothing was written.");
    case ErrorCode::DiskFull:
        return tr("The disk is full, so nothing was written. Free some space or choose another folder.");
    case ErrorCode::NotFound:
        return tr("The folder does not exist. Choose another folder.");
    case ErrorCode::AlreadyExists:
        return tr("A file by that name is already in the folder. Choose another name; nothing was overwritten.");
    case ErrorCode::Io:
        return tr("The files could not be written, so nothing was written. Check that the drive is connected and "
                  "try again.");
    default:
        return ErrorText::forCaseFile(error);
    }
}

void AccessExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccessExportDialog::retranslate()
{
    setWindowTitle(tr("Access export (GDPR art. 15)"));
    m_intro->setText(tr("Everything the case file holds about the citizen, as a readable PDF and as a JSON file "
                        "a computer can read. The export is recorded in the citizen's access log."));
    m_languageLabel->setText(tr("&Language of the PDF:"));
    m_language->setItemText(0, tr("Danish"));
    m_language->setItemText(1, tr("English"));
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
    m_nameLabel->setText(tr("File &name:"));
    const QString name = m_name->text().trimmed();
    m_files->setText(tr("Writes %1 and %2. Keep the citizen's name out of the file name: file names show in "
                        "lists of recent files.")
                         .arg(name + QStringLiteral(".pdf"), name + QStringLiteral(".json")));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void AccessExportDialog::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for the access export"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void AccessExportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w :
        { static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_folder), static_cast<QWidget *>(m_browse),
            static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_buttons->button(QDialogButtonBox::Ok)) })
        w->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void AccessExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void AccessExportDialog::start()
{
    if (m_busy)
        return;
    m_error->hide();
    const auto fail = [this](const Error &error) {
        showError(errorText(error));
        Q_EMIT failed(error);
    };
    Storage::Caseload *caseload = m_editor->caseload();
    if (!caseload)
        return fail(Error { ErrorCode::Locked, {} });
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.startsWith(u'.')) {
        showError(tr("Give the files a name (without / or \\)."));
        m_name->setFocus();
        return;
    }
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return fail(Error { ErrorCode::NotFound, {} });
    const QString base = QDir(folder).filePath(name);
    if (QFileInfo::exists(AccessExport::pdfPath(base)) || QFileInfo::exists(AccessExport::jsonPath(base)))
        return fail(Error { ErrorCode::AlreadyExists, {} });

    Storage::CaseFile &file = caseload->file();
    auto document = AccessExport::gather(file, m_citizenId, QDateTime::currentDateTimeUtc());
    if (!document)
        return fail(document.error());
    AccessExportPrint::Data printData { DocumentPrinter::municipality(file), DocumentPrinter::logo(file),
        std::move(document).value(), QDate::currentDate() };
    const QString language = m_language->currentData().toString();
    setBusy(true);
    // The PDF grows with the citizen's records: drawn on a worker, written and logged back here.
    using Files = std::pair<QByteArray, QByteArray>;
    runInBackground(
        this,
        [printData = std::move(printData), language]() -> Result<Files> {
            const QByteArray pdf = AccessExportPrint(printData, language).pdf();
            if (pdf.isEmpty())
                return Error { ErrorCode::Io, QStringLiteral("the PDF could not be drawn") };
            return Files { AccessExport::toJson(printData.document), pdf };
        },
        [this, base, fail](Result<Files> files) {
            setBusy(false);
            if (!files)
                return fail(files.error());
            Storage::Caseload *c = m_editor->caseload();
            if (!c)
                return fail(Error { ErrorCode::Locked, {} });
            if (Status s = AccessExport::write(c->file(), m_citizenId, base, files->first, files->second); !s)
                return fail(s.error());
            Q_EMIT exported(base);
            accept();
        });
}

} // namespace Traedesten::Ui
