#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Traedesten::Ui {

class CaseloadFilterModel;
class CaseloadModel;

/**
 * The caseload: every citizen with household, status, target groups, the next
 * due stepping stone and the last meeting; search as you type and filters.
 * With no citizens yet it says what the file is for and what to do next.
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
    CaseloadFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

    /// The citizen of the current row, or empty.
    QString currentCitizenId() const;
    /// Makes @p citizenId the current row (clearing filters that hide it).
    void selectCitizen(const QString &citizenId);
    /// Puts the cursor in the search field, its text selected (Ctrl+F from anywhere in the window).
    void focusSearch();

Q_SIGNALS:
    void fileSettingsRequested();
    void newCitizenRequested();
    void citizenActivated(const QString &citizenId);
    /// The current row changed (empty: none).
    void currentCitizenChanged(const QString &citizenId);
    /// Whether the caseload has any citizen at all (the list or the empty state is shown).
    void hasCitizensChanged(bool hasCitizens);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
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
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_noMatch = nullptr;
};

} // namespace Traedesten::Ui
