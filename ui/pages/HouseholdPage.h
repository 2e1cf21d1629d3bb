#pragma once

#include "CitizenPage.h"
#include "domain/Household.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Traedesten::Ui {

class MemberModel;

/// The citizen's household: its name, family coordinator, and the adults and children in it.
class HouseholdPage : public CitizenPage
{
    Q_OBJECT

public:
    explicit HouseholdPage(CaseEditor *editor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    MemberModel *model() const { return m_model; }

    void newHousehold();
    void editHousehold();
    void addMember();
    void editMember();
    void removeMember();

protected:
    void reload() override;
    void retranslate() override;
    bool concerns(Storage::EntityType type, const QString &citizenId) const override;

private:
    void updateActions();
    QList<QPair<QString, QString>> citizenChoices() const;

    MemberModel *m_model = nullptr;
    Domain::Household m_household;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_coordinator = nullptr;
    QPushButton *m_edit = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_editMember = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Traedesten::Ui
