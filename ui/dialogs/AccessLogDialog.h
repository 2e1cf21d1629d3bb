#pragma once

#include "Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Traedesten::Ui {

class AccessLogFilterModel;
class AccessLogModel;
class AccessLogPrint;
class CaseEditor;
class DateField;

/**
 * "Who has seen or changed this?": the citizen's access log (GDPR art. 15, C-579/21) — when, who
 * and what — filterable by kind of event, by who, by text and by days, printable and savable as a
 * PDF in Danish or English. Printing and saving are themselves recorded in the log.
 */
class AccessLogDialog : public QDialog
{
    Q_OBJECT

public:
    AccessLogDialog(CaseEditor *editor, const QString &citizenId, QWidget *parent = nullptr);

    AccessLogModel *model() const { return m_model; }
    AccessLogFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    /// Whether the empty state ("nothing matches") is shown instead of the list.
    bool showsEmptyState() const;
    /// Writes the log as filtered to @p path as a PDF in @p language ("da" or "en") and records it.
    Status writePdf(const QString &path, const QString &language);
    /// Opens the print preview of the log as filtered, and records the print.
    void printLog();
    /// Reads the log again (after a print or export it has a new event).
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void updateState();
    void fillActors();
    void exportPdf();
    AccessLogPrint printout(const QString &language) const;
    QString printLanguage() const;

    CaseEditor *m_editor;
    QString m_citizenId;
    QString m_citizenName;
    AccessLogModel *m_model = nullptr;
    AccessLogFilterModel *m_filter = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_showLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_actorLabel = nullptr;
    QComboBox *m_actor = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_fromLabel = nullptr;
    DateField *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    DateField *m_to = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    bool m_languageChosen = false;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Traedesten::Ui
