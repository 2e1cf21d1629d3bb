#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

#include <functional>

class QLabel;
class QTreeWidget;

namespace Traedesten::Ui {

/**
 * Help ▸ Keyboard shortcuts: every shortcut of the main window, read from the
 * actions themselves each time the list is shown or the language changes,
 * so the list cannot go stale.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString what;
        QList<QKeySequence> keys;
    };
    struct Group
    {
        QString title;
        QList<Entry> entries;
    };
    using Source = std::function<QList<Group>()>;

    explicit ShortcutsDialog(Source source, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// Reads the shortcuts again.
    void refresh();

    /// An action's text as a person reads it: no mnemonic ampersands, no trailing ellipsis.
    static QString plainText(const QString &actionText);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Source m_source;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_dates = nullptr;
};

} // namespace Traedesten::Ui
