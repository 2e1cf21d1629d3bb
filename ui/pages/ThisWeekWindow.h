#pragma once

#include "pages/CitizenView.h"
#include "reports/DueItems.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Traedesten::Ui {

class CaseEditor;
class DueItemsModel;

/**
 * This week: what falls due across the whole caseload within 7, 14 or 30 days (stepping
 * stones, family-plan follow-ups, consents that expire, budget periods that end), overdue
 * items first. A row opens its citizen on the tab where the item is handled. The list
 * follows every change to the case file, and the window closes when the file is locked
 * or closed.
 */
class ThisWeekWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ThisWeekWindow(CaseEditor *editor, QWidget *parent = nullptr);

    DueItemsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Chooses 7, 14 or 30 days as the view's combo box does.
    void setDays(int days);

    /// The citizen tab where an item of @p kind is handled.
    static CitizenView::Page pageFor(Reports::DueKind kind);

Q_SIGNALS:
    /// A row was opened (double-click, Enter or the Open button).
    void openCitizenRequested(const QString &citizenId, Traedesten::Ui::CitizenView::Page page);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateState();
    void openCurrent();
    void openRow(const QModelIndex &index);
    void fitIntoScreen();

    CaseEditor *m_editor;
    DueItemsModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_daysLabel;
    QComboBox *m_days;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QWidget *m_emptyPage;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QLabel *m_hint;
    QPushButton *m_open;
    QPushButton *m_close;
};

} // namespace Traedesten::Ui
