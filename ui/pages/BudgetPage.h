#pragma once

#include "CitizenPage.h"
#include "domain/Budget.h"
#include "storage/BudgetRepository.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Traedesten::Ui {

class BudgetCharts;
class BudgetStatement;
class LedgerFilterModel;
class LedgerModel;

/**
 * The citizen's personal budget: where it stands against the cap, the ledger
 * with a running balance and filters, charts, receipts, and the statement to
 * print or save as PDF. Every ledger action is an undoable command.
 */
class BudgetPage : public CitizenPage
{
    Q_OBJECT

public:
    explicit BudgetPage(CaseEditor *editor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    LedgerModel *model() const { return m_model; }
    BudgetCharts *charts() const { return m_charts; }
    const std::optional<Domain::Budget> &budget() const { return m_budget; }

    void setUpBudget();
    void editBudget();
    void newEntry(Domain::EntryKind kind);
    void editEntry();
    void markPaid();
    void voidEntry();
    void showReceipts();
    void printStatement();
    void exportStatement();
    /// Writes the statement as a PDF to @p path atomically, in @p language ("da"/"en"); records an audit event.
    Status writeStatementPdf(const QString &path, const QString &language);

protected:
    void reload() override;
    void retranslate() override;
    bool concerns(Storage::EntityType type, const QString &citizenId) const override;

private:
    void updateActions();
    void applyFilters();
    const Domain::LedgerEntry *currentEntry() const;
    BudgetStatement statement(const QString &language);
    QString statementLanguage() const;

    LedgerModel *m_model = nullptr;
    LedgerFilterModel *m_filter = nullptr;
    std::optional<Domain::Budget> m_budget;
    Storage::BudgetSummary m_summary;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_setUp = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_editBudget = nullptr;
    QPushButton *m_categories = nullptr;
    bool m_languageChosen = false;
    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QTableView *m_table = nullptr;
    BudgetCharts *m_charts = nullptr;
    QAction *m_purchase = nullptr;
    QAction *m_refund = nullptr;
    QAction *m_adjustment = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_paid = nullptr;
    QAction *m_void = nullptr;
    QAction *m_receipts = nullptr;
    QList<QPushButton *> m_actionButtons;
};

} // namespace Traedesten::Ui
