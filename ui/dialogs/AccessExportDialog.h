#pragma once

#include "Result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Traedesten::Ui {

class CaseEditor;

/**
 * The citizen's access export (GDPR art. 15): the language of the readable PDF, a folder and a file name
 * (a neutral default, "access-export-<date>", so no citizen's name ends up in a list of recent files), then
 * <name>.pdf and <name>.json are written, both or neither, and the export is logged. The PDF is drawn off
 * the GUI thread; the dialog closes when both files are written and stays open with the reason when not.
 */
class AccessExportDialog : public QDialog
{
    Q_OBJECT

public:
    AccessExportDialog(CaseEditor *editor, const QString &citizenId, QWidget *parent = nullptr);

    QComboBox *language() const { return m_language; }
    QLineEdit *folder() const { return m_folder; }
    QLineEdit *name() const { return m_name; }
    QLabel *error() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// The neutral default name for @p day: "access-export-2026-03-15".
    static QString defaultName(const QDate &day);
    /// What to tell the user for a failed export.
    static QString errorText(const Error &error);

    /// Starts the export (what the Export button does).
    void start();

Q_SIGNALS:
    /// Both files were written at @p basePath (".pdf", ".json") and the export logged.
    void exported(const QString &basePath);
    /// The export failed; the dialog shows why.
    void failed(const Traedesten::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFolder();
    void setBusy(bool busy);
    void showError(const QString &text);

    CaseEditor *m_editor;
    QString m_citizenId;
    QComboBox *m_language = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_files = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace Traedesten::Ui
