#pragma once

#include "storage/CaseFile.h"

#include <QDialog>

#include <memory>

namespace Traedesten::Ui {

class UnlockWidget;

/// Opens an existing case file: asks for its passphrase and opens it off the GUI thread.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(const QString &path, QWidget *parent = nullptr);

    /// The opened file after accept(); empty otherwise.
    std::unique_ptr<Storage::CaseFile> takeCaseFile() { return std::move(m_file); }
    UnlockWidget *unlockWidget() const { return m_widget; }

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void openFile();
    void showOpenError(const Error &error);
    void breakLock();

    QString m_path;
    UnlockWidget *m_widget = nullptr;
    std::unique_ptr<Storage::CaseFile> m_file;
};

} // namespace Traedesten::Ui
