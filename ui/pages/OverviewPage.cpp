#include "OverviewPage.h"

#include "DomainText.h"
#include "domain/Cpr.h"
#include "storage/Caseload.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace Traedesten::Ui {

using namespace Domain;

namespace {
// Captions of the profile, in display order; translated in retranslate().
constexpr const char *ProfileKeys[] = {
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Name:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "CPR number:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Born:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Phone:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "E-mail:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Address:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Target groups:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Status:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Period:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Support person:"),
    QT_TRANSLATE_NOOP("Traedesten::Ui::OverviewPage", "Household:"),
};
const char *const CprKey = ProfileKeys[1];
} // namespace

OverviewPage::OverviewPage(CaseEditor *editor, QWidget *parent)
    : CitizenPage(editor, parent)
    , m_profileBox(new QGroupBox(this))
    , m_profile(new QFormLayout)
    , m_reveal(new QPushButton(this))
    , m_progressBox(new QGroupBox(this))
    , m_progress(new QVBoxLayout)
    , m_nextBox(new QGroupBox(this))
    , m_next(new QLabel(this))
    , m_meetingBox(new QGroupBox(this))
    , m_meeting(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_reveal->setObjectName(QStringLiteral("revealCpr"));
    m_reveal->setIcon(QIcon(QStringLiteral(":/icons/eye.svg")));
    m_reveal->setCheckable(true);
    m_profileBox->setLayout(m_profile);
    m_profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const char *key : ProfileKeys) {
        QLabel *value = addField(key);
        if (key == CprKey) {
            m_cprValue = value;
            auto *row = new QHBoxLayout;
            row->addWidget(value, 1);
            row->addWidget(m_reveal);
            m_profile->addRow(new QLabel(this), row);
        } else {
            m_profile->addRow(new QLabel(this), value);
        }
    }
    m_progressBox->setLayout(m_progress);
    for (QLabel *l : { m_next, m_meeting }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    (new QVBoxLayout(m_nextBox))->addWidget(m_next);
    (new QVBoxLayout(m_meetingBox))->addWidget(m_meeting);

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(m_profileBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_progressBox);
    right->addWidget(m_nextBox);
    right->addWidget(m_meetingBox);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        m_revealed = on;
        showCpr();
    });
    retranslate();
    reload();
}

QLabel *OverviewPage::addField(const char *key)
{
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields.insert(QString::fromLatin1(key), value);
    return value;
}

QString OverviewPage::shownCpr() const
{
    return m_cprValue->text();
}

void OverviewPage::showCpr()
{
    const Cpr cpr = Cpr::parse(m_cpr);
    m_reveal->setVisible(cpr.isValid());
    if (!cpr.isValid())
        m_cprValue->setText(m_cpr.isEmpty() ? QString() : m_cpr);
    else
        m_cprValue->setText(m_revealed ? cpr.text() : cpr.masked());
    m_reveal->setText(m_revealed ? tr("Hi&de") : tr("Sho&w"));
    m_reveal->setAccessibleName(m_revealed ? tr("Hide the CPR number") : tr("Show the CPR number"));
}

void OverviewPage::clear()
{
    for (QLabel *l : std::as_const(m_fields))
        l->clear();
    m_cpr.clear();
    m_revealed = false;
    m_reveal->setChecked(false);
    showCpr();
    while (QLayoutItem *item = m_progress->takeAt(0)) {
        if (QLayout *row = item->layout()) { // a bar with its count beside it
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_next->clear();
    m_meeting->clear();
}

void OverviewPage::reload()
{
    const bool wasRevealed = m_revealed;
    clear();
    Storage::Caseload *c = caseload();
    if (!c || citizenId().isEmpty()) {
        m_shownId.clear();
        return;
    }
    auto citizen = c->citizens().get(citizenId());
    if (!citizen)
        return;
    // The CPR number stays revealed only while the same citizen is shown.
    if (wasRevealed && m_shownId == citizen->id) {
        const QSignalBlocker blocker(m_reveal);
        m_revealed = true;
        m_reveal->setChecked(true);
    }
    m_shownId = citizen->id;

    const auto field = [this](const char *key) {
        return m_fields.value(QString::fromLatin1(key));
    };
    field(ProfileKeys[0])->setText(citizen->name);
    m_cpr = citizen->cpr;
    showCpr();
    if (citizen->birthDate.isValid()) {
        const QDate today = QDate::currentDate();
        int age = today.year() - citizen->birthDate.year();
        if (today < citizen->birthDate.addYears(age))
            --age;
        field(ProfileKeys[2])
            ->setText(tr("%1 (%n year(s))", nullptr, age).arg(DomainText::longDate(citizen->birthDate)));
    }
    field(ProfileKeys[3])->setText(citizen->phone);
    field(ProfileKeys[4])->setText(citizen->email);
    field(ProfileKeys[5])->setText(citizen->address);
    field(ProfileKeys[6])->setText(DomainText::targetGroups(citizen->targetGroups));
    field(ProfileKeys[7])->setText(DomainText::citizenStatus(citizen->status));
    if (citizen->startDate.isValid() || citizen->endDate.isValid()) {
        field(ProfileKeys[8])
            ->setText(tr("%1 – %2", "period from – to")
                          .arg(DomainText::longDate(citizen->startDate), DomainText::longDate(citizen->endDate)));
    }
    field(ProfileKeys[9])->setText(citizen->supportPerson);
    if (!citizen->householdId.isEmpty()) {
        if (auto household = c->households().get(citizen->householdId))
            field(ProfileKeys[10])->setText(household->name);
    }

    const auto goals = c->goals().goalsOf(citizenId()).value_or({});
    struct Upcoming
    {
        SteppingStone stone;
        QString goal;
    };
    QList<Upcoming> upcoming;
    for (const Storage::GoalWithStones &g : goals) {
        int done = 0;
        int counted = 0;
        for (const SteppingStone &s : g.stones) {
            if (s.status == StoneStatus::Dropped)
                continue;
            ++counted;
            if (s.status == StoneStatus::Done)
                ++done;
            else
                upcoming.append({ s, g.goal.ownWords });
        }
        auto *words = new QLabel(QStringLiteral("“%1”").arg(g.goal.ownWords), m_progressBox);
        words->setWordWrap(true);
        words->setTextFormat(Qt::PlainText);
        QFont bold = words->font();
        bold.setBold(true);
        words->setFont(bold);
        auto *bar = new QProgressBar(m_progressBox);
        bar->setRange(0, qMax(1, counted));
        bar->setValue(done);
        // The count beside the bar, not on it, where the fill would hide it.
        bar->setTextVisible(false);
        bar->setMaximumHeight(14);
        auto *count = new QLabel(tr("%1 of %n stepping stone(s) done", nullptr, counted).arg(done), m_progressBox);
        count->setObjectName(QStringLiteral("progressText"));
        bar->setAccessibleName(tr("Progress toward: %1").arg(g.goal.ownWords));
        bar->setAccessibleDescription(count->text());
        auto *row = new QHBoxLayout;
        row->addWidget(bar, 1);
        row->addWidget(count);
        m_progress->addWidget(words);
        m_progress->addLayout(row);
    }
    if (goals.isEmpty()) {
        auto *empty = new QLabel(tr("No long-term goals yet. Write the first one with the citizen, in their own "
                                    "words, on the Goals & stepping stones tab."),
            m_progressBox);
        empty->setWordWrap(true);
        m_progress->addWidget(empty);
    }

    // Dated stones first, soonest first; undated ones after, in the plan's order.
    std::stable_sort(upcoming.begin(), upcoming.end(), [](const Upcoming &a, const Upcoming &b) {
        if (a.stone.dueDate.isValid() != b.stone.dueDate.isValid())
            return a.stone.dueDate.isValid();
        return a.stone.dueDate < b.stone.dueDate;
    });
    QStringList lines;
    for (int i = 0; i < upcoming.size() && i < 5; ++i) {
        const Upcoming &u = upcoming.at(i);
        QString due = u.stone.dueDate.isValid() ? DomainText::shortDate(u.stone.dueDate) : tr("no date");
        if (u.stone.dueDate.isValid() && u.stone.dueDate < QDate::currentDate())
            due = tr("%1 (overdue)", "due date").arg(due);
        lines << tr("%1  %2 (%3) — toward “%4”", "due date, stepping stone, status, goal")
                     .arg(due, u.stone.title, DomainText::stoneStatus(u.stone.status), u.goal);
    }
    m_next->setText(lines.isEmpty() ? tr("No stepping stones waiting.") : lines.join(QLatin1Char('\n')));

    const auto notes = c->notes().notesOf(citizenId()).value_or({});
    if (notes.isEmpty()) {
        m_meeting->setText(tr("No meetings written down yet: add notes on the Journal tab."));
    } else {
        const Note &n = notes.first();
        QString text = n.place.isEmpty() ? DomainText::longDate(n.date)
                                         : tr("%1, %2", "date, place").arg(DomainText::longDate(n.date), n.place);
        if (!n.agreements.isEmpty())
            text += QLatin1Char('\n') + tr("Agreed: %1").arg(n.agreements);
        m_meeting->setText(text);
    }
}

void OverviewPage::retranslate()
{
    m_profileBox->setTitle(tr("Profile"));
    m_progressBox->setTitle(tr("Progress toward the long-term goals"));
    m_nextBox->setTitle(tr("Next stepping stones"));
    m_meetingBox->setTitle(tr("Last meeting"));
    for (const char *key : ProfileKeys) {
        QLabel *value = m_fields.value(QString::fromLatin1(key));
        QWidget *fieldWidget = value;
        if (key == CprKey) {
            // The CPR row is a layout (value and button): find its caption through the layout.
            for (int row = 0; row < m_profile->rowCount(); ++row) {
                QLayoutItem *item = m_profile->itemAt(row, QFormLayout::FieldRole);
                if (item && item->layout() && item->layout()->indexOf(value) >= 0) {
                    if (auto *label = qobject_cast<QLabel *>(m_profile->itemAt(row, QFormLayout::LabelRole)->widget()))
                        label->setText(tr(key));
                }
            }
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(m_profile->labelForField(fieldWidget)))
            label->setText(tr(key));
    }
    showCpr();
}

} // namespace Traedesten::Ui
