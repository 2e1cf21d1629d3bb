#pragma once

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Traedesten::Ui {

class CaseloadFilterModel;
class CaseloadModel;

/**
 * The caseload: every citizen with status, the next due stepping stone, the
 * family plan's next follow-up and what is left of the budget (more columns
 * through the column chooser); search as you type and filters. With no
 * citizens yet it says what the file is for and what to do next.
 *
 * The columns are as wide as their texts in the current language; the name
 * column takes what is left, and is cut only when the user narrows the list.
 */
class CaseloadPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseloadPage(QWidget *parent = nullptr);

    /// The municipality shown above the caseload (from the file's settings).
    void setMunicipality(const QString &name);
    /// The caseload to show; its rows decide between the list and the empty state.
    void setModel(CaseloadModel *model);
    CaseloadModel *model() const { return m_model; }
    CaseloadFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

    /// The columns shown when the user has chosen none: name, status, next stepping stone, follow-up, remaining.
    static QStringList defaultColumnKeys();
    /// Keys (CaseloadModel::columnKey) of the visible columns, in the model's order.
    QStringList visibleColumnKeys() const;
    /// Shows the columns named in @p keys (unknown names are ignored; the name column is always shown);
    /// an empty list means the default ones.
    void setVisibleColumnKeys(const QStringList &keys);
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;
    /// The checkable list of columns (the header's context menu and the Columns button).
    QMenu *columnsMenu() const { return m_columnsMenu; }
    QPushButton *columnsButton() const { return m_columnsButton; }

    /// Wide enough for the visible columns' texts.
    QSize sizeHint() const override;

    /// The citizen of the current row, or empty.
    QString currentCitizenId() const;
    /// Makes @p citizenId the current row (clearing filters that hide it).
    void selectCitizen(const QString &citizenId);
    /// Puts the cursor in the search field, its text selected (Ctrl+F from anywhere in the window).
    void focusSearch();
    /// Enables the empty state's buttons that change the file; off while the file is open read-only.
    void setEditable(bool editable);

Q_SIGNALS:
    void fileSettingsRequested();
    void newCitizenRequested();
    void citizenActivated(const QString &citizenId);
    /// The current row changed (empty: none).
    void currentCitizenChanged(const QString &citizenId);
    /// Whether the caseload has any citizen at all (the list or the empty state is shown).
    void hasCitizensChanged(bool hasCitizens);
    /// The user showed or hid a column (to remember: CaseloadModel::columnKey names only).
    void visibleColumnsChanged(const QStringList &keys);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillColumnsMenu();
    void applyColumns();
    /// Fits the visible columns to their texts (soon, once, however many changes come).
    void scheduleFit();
    void fitColumns();
    void fitNameColumn();
    /// One row of filters when they fit the width, two when they do not.
    void arrangeFilters();
    void updateState();
    void fillFilterChoices();
    void applyFilters();

    QString m_municipality;
    QLabel *m_heading = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_municipalityHint = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_addFirst = nullptr;
    QString m_rememberedId; ///< the current citizen across a reload (lock, unlock, demo data)
    QString m_lastEmitted;
    int m_lastHasCitizens = -1;

    CaseloadModel *m_model = nullptr;
    CaseloadFilterModel *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_listPage = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_supportPerson = nullptr;
    QWidget *m_filterRow = nullptr;
    QGridLayout *m_filterGrid = nullptr;
    int m_filterRows = 0; ///< 1 or 2 as arranged; 0 before the first arrangement
    QPushButton *m_columnsButton = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QList<bool> m_visible; ///< per CaseloadModel::Column
    int m_contentWidth = 0; ///< of the visible columns, as last fitted
    int m_nameWidth = 0; ///< the name column's texts, as last measured
    int m_stoneWidth = 0; ///< the next stepping stone column's texts, as last measured
    bool m_fitPending = false;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_noMatch = nullptr;
};

} // namespace Traedesten::Ui
