#include "RetentionDialog.h"

#include "ErrorText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Traedesten::Ui {

RetentionDialog::RetentionDialog(Loader load, QWidget *parent)
    : QDialog(parent)
    , m_load(std::move(load))
    , m_intro(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    m_list->setObjectName(QStringLiteral("retentionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_intro->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("retentionEmpty"));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    m_erase = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("eraseSelected"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RetentionDialog::updateButton);
    connect(m_erase, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT eraseRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT eraseRequested(item->data(0, Qt::UserRole).toString()); });
    resize(640, 420);
    retranslate();
    refresh();
}

void RetentionDialog::refresh()
{
    m_list->clear();
    const auto loaded = m_load();
    m_error = loaded ? QString() : ErrorText::forCaseFile(loaded.error());
    if (!loaded) {
        m_empty->setText(m_error);
        m_stack->setCurrentWidget(m_empty);
        updateButton();
        return;
    }
    m_years = loaded->second;
    for (const Storage::RetentionCase &c : loaded->first) {
        auto *item = new QTreeWidgetItem(
            m_list, { c.name, QLocale().toString(c.closedOn, QLocale::ShortFormat), c.supportPerson });
        item->setData(0, Qt::UserRole, c.citizenId);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_stack->setCurrentWidget(m_list->topLevelItemCount() > 0 ? static_cast<QWidget *>(m_list) : m_empty);
    retranslate();
    updateButton();
}

void RetentionDialog::updateButton()
{
    m_erase->setEnabled(m_stack->currentWidget() == m_list && m_list->currentItem());
}

void RetentionDialog::retranslate()
{
    setWindowTitle(tr("Closed cases past the retention period"));
    m_intro->setText(tr("Closed cases whose closing date is more than %n year(s) ago, the period set for this "
                        "case file. Review each, and erase what need not be kept.",
        "", m_years));
    m_list->setHeaderLabels({ tr("Citizen"), tr("Closed on"), tr("Support person") });
    if (m_error.isEmpty())
        m_empty->setText(tr("No closed case is older than the retention period of %n year(s).", "", m_years));
    m_erase->setText(tr("&Erase…"));
}

void RetentionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
