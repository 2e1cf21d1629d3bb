#include "ShareDialog.h"

#include "DomainText.h"
#include "widgets/ScreenFit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

ShareDialog::ShareDialog(Subject citizen, Subject household, const QList<Sync::Colleague> &colleagues,
    const QList<Domain::Department> &departments, QWidget *parent)
    : QDialog(parent)
    , m_citizen(std::move(citizen))
    , m_household(std::move(household))
    , m_departments(departments)
{
    setObjectName(QStringLiteral("shareDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_whatCaption = new QLabel(this);
    auto *what = new QVBoxLayout;
    m_course = new QRadioButton(this);
    m_course->setObjectName(QStringLiteral("shareCourse"));
    m_plan = new QRadioButton(this);
    m_plan->setObjectName(QStringLiteral("sharePlan"));
    m_plan->setVisible(!m_household.caseId.isEmpty());
    m_course->setChecked(true);
    // Two separate choices: radio buttons of one parent are otherwise exclusive all together.
    auto *whatGroup = new QButtonGroup(this);
    whatGroup->addButton(m_course);
    whatGroup->addButton(m_plan);
    what->addWidget(m_course);
    what->addWidget(m_plan);
    form->addRow(m_whatCaption, what);

    m_withCaption = new QLabel(this);
    m_with = new QComboBox(this);
    m_with->setObjectName(QStringLiteral("shareWith"));
    m_withCaption->setBuddy(m_with);
    m_with->addItem(QString());
    for (const Sync::Colleague &c : colleagues)
        m_with->addItem(c.isTeam ? tr("Team: %1").arg(c.name) : c.name, c.role);
    form->addRow(m_withCaption, m_with);

    m_departmentCaption = new QLabel(this);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("shareDepartment"));
    m_departmentCaption->setBuddy(m_department);
    m_department->addItem(QString());
    for (const Domain::Department &d : departments)
        m_department->addItem(DomainText::department(d), d.id);
    form->addRow(m_departmentCaption, m_department);

    m_accessCaption = new QLabel(this);
    auto *access = new QHBoxLayout;
    m_read = new QRadioButton(this);
    m_read->setObjectName(QStringLiteral("shareRead"));
    m_write = new QRadioButton(this);
    m_write->setObjectName(QStringLiteral("shareWrite"));
    m_write->setChecked(true);
    auto *accessGroup = new QButtonGroup(this);
    accessGroup->addButton(m_read);
    accessGroup->addButton(m_write);
    access->addWidget(m_read);
    access->addWidget(m_write);
    access->addStretch(1);
    form->addRow(m_accessCaption, access);
    layout->addLayout(form);

    m_consequences = new QLabel(this);
    m_consequences->setObjectName(QStringLiteral("shareConsequences"));
    m_consequences->setWordWrap(true);
    m_consequences->setTextFormat(Qt::PlainText);
    m_consequences->setFrameShape(QFrame::StyledPanel);
    m_consequences->setMargin(8);
    layout->addWidget(m_consequences);

    m_sharesCaption = new QLabel(this);
    layout->addWidget(m_sharesCaption);
    auto *shares = new QHBoxLayout;
    m_shares = new QListWidget(this);
    m_shares->setObjectName(QStringLiteral("currentShares"));
    m_shares->setMaximumHeight(fontMetrics().height() * 6);
    m_sharesCaption->setBuddy(m_shares);
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(QStringLiteral("withdrawShare"));
    shares->addWidget(m_shares, 1);
    shares->addWidget(m_withdraw, 0, Qt::AlignTop);
    layout->addLayout(shares);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("shareStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_share = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_share->setObjectName(QStringLiteral("shareButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!grantee().isEmpty())
            Q_EMIT shareRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_shares->currentItem())
            Q_EMIT withdrawRequested(item->data(Qt::UserRole).toString());
    });
    for (QRadioButton *b : { m_course, m_plan, m_read, m_write })
        connect(b, &QRadioButton::toggled, this, &ShareDialog::update);
    connect(m_with, &QComboBox::currentIndexChanged, this, &ShareDialog::update);
    connect(m_department, &QComboBox::currentIndexChanged, this, &ShareDialog::update);
    connect(m_shares, &QListWidget::currentRowChanged, this, &ShareDialog::update);
    retranslate();
    resize(std::max(sizeHint().width(), 660), sizeHint().height());
    ScreenFit::fitHeight(this);
}

ShareDialog::Subject ShareDialog::subject() const
{
    return m_plan->isChecked() && !m_household.caseId.isEmpty() ? m_household : m_citizen;
}

QString ShareDialog::grantee() const
{
    return m_with->currentData().toString();
}

bool ShareDialog::canWrite() const
{
    return m_write->isChecked();
}

QString ShareDialog::department() const
{
    return subject().household ? m_department->currentData().toString() : QString();
}

void ShareDialog::restrictToPlan()
{
    m_plan->setChecked(true);
    m_course->setEnabled(false);
}

void ShareDialog::setShares(const QList<Sync::CaseAccessInfo> &cases)
{
    m_cases = cases;
    fillShares();
}

QString ShareDialog::departmentName(const QString &id) const
{
    for (const Domain::Department &d : m_departments) {
        if (d.id == id)
            return DomainText::department(d);
    }
    return tr("another department");
}

void ShareDialog::fillShares()
{
    const QString current
        = m_shares->currentItem() ? m_shares->currentItem()->data(Qt::UserRole).toString() : QString();
    m_shares->clear();
    for (const Sync::CaseAccessInfo &c : std::as_const(m_cases)) {
        if (c.caseId != subject().caseId)
            continue;
        for (const Sync::CaseShare &s : c.shares) {
            QString text = s.isTeam ? tr("Team: %1").arg(s.name) : s.name;
            text += QStringLiteral(" — ") + (s.canWrite ? tr("read and write") : tr("read only"));
            if (!s.department.isEmpty())
                text += QStringLiteral(" — ") + tr("only %1's part").arg(departmentName(s.department));
            auto *item = new QListWidgetItem(text, m_shares);
            item->setData(Qt::UserRole, s.grantee);
            if (s.grantee == current)
                m_shares->setCurrentItem(item);
        }
    }
    if (m_shares->count() == 0) {
        auto *item = new QListWidgetItem(tr("Not shared with anyone."), m_shares);
        item->setFlags(Qt::NoItemFlags);
    }
    m_withdraw->setEnabled(m_shares->currentItem() && !m_shares->currentItem()->data(Qt::UserRole).isNull());
}

void ShareDialog::setBusy(bool busy, const QString &text)
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_course, m_plan, m_with, m_department, m_read, m_write, m_shares, m_withdraw, m_share })
        w->setEnabled(!busy);
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(text);
        m_status->show();
    } else {
        update();
    }
}

void ShareDialog::showError(const QString &text)
{
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(text);
    m_status->show();
}

void ShareDialog::showDone(const QString &text)
{
    setBusy(false);
    m_status->setStyleSheet(QString());
    m_status->setText(text);
    m_status->show();
}

void ShareDialog::update()
{
    const Subject s = subject();
    const bool plan = s.household;
    m_department->setVisible(plan);
    m_departmentCaption->setVisible(plan);
    m_share->setEnabled(!grantee().isEmpty());
    m_withdraw->setEnabled(m_shares->currentItem() && !m_shares->currentItem()->data(Qt::UserRole).isNull());
    fillShares();
    const QString who = m_with->currentText();
    if (grantee().isEmpty()) {
        m_consequences->setText(m_with->count() > 1
                ? tr("Choose the colleague or team to share with.")
                : tr("The team server has not named any colleagues yet. Synchronise (Ctrl+Shift+S) and try again, "
                     "or ask the server's administrator to add your colleagues."));
        return;
    }
    QString text;
    if (!plan) {
        text = canWrite()
            ? tr("%1 sees %2's whole course (goals, stepping stones, budget and ledger, notes, "
                 "receipts, indicators) and the family plan of the citizen's household, and can change them. "
                 "Changes made on both sides meet at synchronisation; where the same detail was "
                 "changed, you both choose in Resolve conflicts.")
                  .arg(who, s.name)
            : tr("%1 sees %2's whole course (goals, stepping stones, budget and ledger, notes, "
                 "receipts, indicators) and the family plan of the citizen's household, but cannot change "
                 "them.")
                  .arg(who, s.name);
    } else if (department().isEmpty()) {
        text = canWrite() ? tr("%1 sees the household %2, its members and its whole family plan, and can change "
                               "them.")
                                .arg(who, s.name)
                          : tr("%1 sees the household %2, its members and its whole family plan, but cannot change "
                               "them.")
                                .arg(who, s.name);
    } else {
        const QString dept = m_department->currentText();
        text = tr("%1 takes part for %3: they see the household %2, its members, the family plan and its goals, "
                  "and only the interventions, consents and benefits of %3 — and only while the family's consent "
                  "for %3 is in force.")
                   .arg(who, s.name, dept);
        text += QLatin1Char(' ')
            + (canWrite() ? tr("They can add and update %1's interventions and follow-ups, nothing else.").arg(dept)
                          : tr("They cannot change anything."));
    }
    text += QLatin1Char(' ') + tr("You can withdraw the share at any time; it then leaves their program.");
    m_consequences->setText(text);
    ScreenFit::fitHeight(this);
}

void ShareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShareDialog::retranslate()
{
    setWindowTitle(tr("Share with colleague or team"));
    m_whatCaption->setText(tr("Share:"));
    m_course->setText(tr("The citizen's &course (%1)").arg(m_citizen.name));
    m_plan->setText(tr("The &family plan of the household %1").arg(m_household.name));
    m_withCaption->setText(tr("&With:"));
    m_with->setItemText(0, tr("(choose)"));
    m_departmentCaption->setText(tr("&Department:"));
    m_department->setItemText(0, tr("The whole family plan"));
    for (int i = 1; i < m_department->count() && i <= m_departments.size(); ++i)
        m_department->setItemText(i, DomainText::department(m_departments.at(i - 1))); // built-in ones translate
    m_accessCaption->setText(tr("Access:"));
    m_read->setText(tr("&Read only"));
    m_write->setText(tr("Read and &write"));
    m_sharesCaption->setText(tr("Shared &now with:"));
    m_withdraw->setText(tr("Wit&hdraw share"));
    m_share->setText(tr("&Share"));
    update();
}

} // namespace Traedesten::Ui
