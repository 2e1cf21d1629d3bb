#pragma once

#include "storage/ChangeNotifier.h"
#include "storage/CitizenRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Traedesten::Ui {

/**
 * The caseload as a table: one row per citizen, loaded with a single query
 * and kept up to date row by row from the core's change signals. data()
 * never touches the database.
 */
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The first five are shown by default; the others through the list's column chooser.
    enum Column {
        NameColumn,
        StatusColumn,
        NextStoneColumn, ///< with its due date
        FollowUpColumn, ///< of the family plan
        RemainingColumn, ///< of the personal budget
        HouseholdColumn,
        TargetGroupsColumn,
        SupportPersonColumn,
        LastMeetingColumn,
        ProgressColumn,
        UsedColumn, ///< of the personal budget
        OwnerColumn, ///< on the team server
        SharedColumn, ///< on the team server: with whom
        ColumnCount
    };
    enum Role {
        CitizenIdRole = Qt::UserRole + 1,
        SearchTextRole, ///< lower-case name, household and goal words
        StatusRole, ///< Domain::CitizenStatus as int
        TargetGroupsRole, ///< Domain::TargetGroups as int
        SupportPersonRole,
        SortRole,
    };

    explicit CaseloadModel(QObject *parent = nullptr);

    /// Loads every row from @p citizens and follows @p notifier; nullptr clears the model (on lock or close).
    void setSource(Storage::CitizenRepository *citizens, Storage::ChangeNotifier *notifier);
    /// Reloads everything (after a bulk change such as demo data).
    void reload();
    /// Who owns each citizen on the team server and with whom it is shared, by citizen id (empty: no server).
    struct TeamAccess
    {
        QString owner;
        QString sharedWith;
    };
    void setTeamAccess(const QHash<QString, TeamAccess> &access);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The column's title in the current language.
    static QString columnTitle(int column);
    /// A stable name for @p column, kept in the settings ("name", "status", …); empty if out of range.
    static QString columnKey(int column);
    /// The column named @p key, or -1.
    static int columnForKey(const QString &key);
    /// Tells the views that every header and cell has new text (after a language switch).
    void retranslate();

    int rowOf(const QString &citizenId) const;
    const Storage::CaseloadRow &rowAt(int row) const { return m_rows.at(row).row; }
    /// Names of the support persons in the caseload, sorted.
    QStringList supportPersons() const;

private:
    struct Entry
    {
        Storage::CaseloadRow row;
        /// Name, household and goals lower-cased, made at the first search (null until then): lower-casing
        /// every citizen's goals took a tenth of showing the list after an unlock.
        mutable QString searchText;
    };
    static Entry entryFor(const Storage::CaseloadRow &row);
    static const QString &searchTextOf(const Entry &entry);
    void onChanged(Storage::EntityType type, const QString &id, const QString &citizenId);
    void refreshCitizen(const QString &citizenId);
    void rebuildIndex();

    Storage::CitizenRepository *m_citizens = nullptr;
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_planConnection;
    QList<Entry> m_rows;
    QHash<QString, TeamAccess> m_team;
    QHash<QString, int> m_rowById;
};

} // namespace Traedesten::Ui
