#pragma once

#include "CitizenPage.h"

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace Traedesten::Ui {

class NoteModel;

/// Notes from the meetings with the citizen, newest first, with the whole note of the selected one below.
class JournalPage : public CitizenPage
{
    Q_OBJECT

public:
    explicit JournalPage(CaseEditor *editor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    NoteModel *model() const { return m_model; }

    void newNote();
    void editNote();
    void removeNote();

protected:
    void reload() override;
    void retranslate() override;

private:
    void showCurrent();
    void updateActions();

    NoteModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Traedesten::Ui
