#include "ShortcutsDialog.h"

#include "widgets/ScreenFit.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Traedesten::Ui {

ShortcutsDialog::ShortcutsDialog(Source source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_dates(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    m_dates->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_dates);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    ScreenFit::place(this, QSize(620, 640));
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text = actionText;
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QRegularExpression(QStringLiteral("(…|\\.\\.\\.)$")));
    return text.trimmed();
}

void ShortcutsDialog::refresh()
{
    m_list->clear();
    QFont bold = m_list->font();
    bold.setBold(true);
    for (const Group &group : m_source()) {
        if (group.entries.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(m_list, { group.title });
        heading->setFirstColumnSpanned(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const Entry &entry : group.entries) {
            QStringList keys;
            for (const QKeySequence &key : entry.keys)
                keys << key.toString(QKeySequence::NativeText);
            auto *item = new QTreeWidgetItem(heading, { entry.what, keys.join(tr(" or ", "between two keys")) });
            item->setFlags(Qt::ItemIsEnabled);
        }
    }
    m_list->expandAll();
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("Trædesten can be used with the keyboard alone. The shortcuts under the menus work from "
                        "anywhere in the main window; the others work in the list they name."));
    m_list->setHeaderLabels({ tr("What"), tr("Keys") });
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_dates->setText(tr("In a date field: type the date (for example %1), or press Alt+Down or F4 for the calendar; "
                        "Delete empties the field.")
                         .arg(QLocale().toString(QDate(2027, 1, 15),
                             QLocale().language() == QLocale::Danish ? QStringLiteral("dd-MM-yyyy")
                                                                     : QStringLiteral("dd/MM/yyyy"))));
    refresh();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

} // namespace Traedesten::Ui
