#pragma once

#include "storage/Erasure.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Traedesten::Ui {

/**
 * The review of closed cases past the file's retention period: each with its closing date and support
 * person, and Erase… for the selected one (through the same confirmation as everywhere). An empty list
 * says so.
 */
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p load gives the cases and the period in years (or an error); it is called again by refresh().
    using Loader = std::function<Result<std::pair<QList<Storage::RetentionCase>, int>>()>;
    RetentionDialog(Loader load, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *list() const { return m_list; }
    QPushButton *eraseButton() const { return m_erase; }
    QLabel *emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void eraseRequested(const QString &citizenId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    Loader m_load;
    int m_years = 5;
    QString m_error; ///< why the list could not be read, shown instead of it
    QLabel *m_intro = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace Traedesten::Ui
