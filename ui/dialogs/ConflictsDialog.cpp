#include "ConflictsDialog.h"

#include "CaseEditor.h"
#include "ConflictText.h"
#include "DomainText.h"
#include "ErrorText.h"
#include "commands/ResolveConflictCommand.h"
#include "models/ConflictModel.h"
#include "widgets/ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Traedesten::Ui {

namespace {

QLabel *valueBox(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFrameShape(QFrame::StyledPanel);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMargin(6);
    label->setMinimumHeight(label->fontMetrics().height() * 3);
    return label;
}

} // namespace

ConflictsDialog::ConflictsDialog(CaseEditor *editor, Storage::CaseFile &file, const QString &me, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_file(file)
    , m_me(me)
    , m_model(new ConflictModel(this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTableView(splitter);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    splitter->addWidget(m_list);

    m_detail = new QGroupBox(splitter);
    auto *detail = new QVBoxLayout(m_detail);
    m_heading = new QLabel(m_detail);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    detail->addWidget(m_heading);

    m_pages = new QStackedWidget(m_detail);
    auto *fieldPage = new QWidget(m_pages);
    auto *grid = new QGridLayout(fieldPage);
    grid->setContentsMargins(0, 0, 0, 0);
    m_baseCaption = new QLabel(fieldPage);
    m_mineCaption = new QLabel(fieldPage);
    m_theirsCaption = new QLabel(fieldPage);
    m_theirsCaption->setWordWrap(true);
    m_base = valueBox(fieldPage, "baseValue");
    m_mine = valueBox(fieldPage, "mineValue");
    m_theirs = valueBox(fieldPage, "theirsValue");
    m_keepMine = new QPushButton(fieldPage);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepTheirs = new QPushButton(fieldPage);
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    grid->addWidget(m_baseCaption, 0, 0);
    grid->addWidget(m_mineCaption, 0, 1);
    grid->addWidget(m_theirsCaption, 0, 2);
    grid->addWidget(m_base, 1, 0);
    grid->addWidget(m_mine, 1, 1);
    grid->addWidget(m_theirs, 1, 2);
    grid->addWidget(m_keepMine, 2, 1);
    grid->addWidget(m_keepTheirs, 2, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(1, 1); // the values take the room, their captions sit right above them
    auto *merged = new QHBoxLayout;
    m_mergedCaption = new QLabel(fieldPage);
    m_merged = new QLineEdit(fieldPage);
    m_merged->setObjectName(QStringLiteral("mergedValue"));
    m_mergedCaption->setBuddy(m_merged);
    m_useMerged = new QPushButton(fieldPage);
    m_useMerged->setObjectName(QStringLiteral("useMerged"));
    merged->addWidget(m_mergedCaption);
    merged->addWidget(m_merged, 1);
    merged->addWidget(m_useMerged);
    grid->addLayout(merged, 3, 0, 1, 3);
    m_pages->addWidget(fieldPage);

    auto *capPage = new QWidget(m_pages);
    auto *cap = new QGridLayout(capPage);
    cap->setContentsMargins(0, 0, 0, 0);
    m_capText = new QLabel(capPage);
    m_capText->setObjectName(QStringLiteral("budgetCapExplanation"));
    m_capText->setWordWrap(true);
    m_capText->setTextFormat(Qt::PlainText);
    m_amountCaption = new QLabel(capPage);
    m_amount = new QLineEdit(capPage);
    m_amount->setObjectName(QStringLiteral("newAmount"));
    m_amountCaption->setBuddy(m_amount);
    m_useAmount = new QPushButton(capPage);
    m_useAmount->setObjectName(QStringLiteral("useAmount"));
    m_reasonCaption = new QLabel(capPage);
    m_reason = new QLineEdit(capPage);
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_reasonCaption->setBuddy(m_reason);
    m_void = new QPushButton(capPage);
    m_void->setObjectName(QStringLiteral("voidEntry"));
    cap->addWidget(m_capText, 0, 0, 1, 3);
    cap->addWidget(m_amountCaption, 1, 0);
    cap->addWidget(m_amount, 1, 1);
    cap->addWidget(m_useAmount, 1, 2);
    cap->addWidget(m_reasonCaption, 2, 0);
    cap->addWidget(m_reason, 2, 1);
    cap->addWidget(m_void, 2, 2);
    cap->setColumnStretch(1, 1);
    cap->setRowStretch(3, 1);
    m_pages->addWidget(capPage);
    detail->addWidget(m_pages);

    m_error = new QLabel(m_detail);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    detail->addWidget(m_error);
    m_choice = new QLabel(m_detail);
    m_choice->setObjectName(QStringLiteral("conflictChoice"));
    m_choice->setWordWrap(true);
    detail->addWidget(m_choice);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noConflicts"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_undo = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoChoice"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Ctrl+Z / Ctrl+Shift+Z work here too: the main window's shortcuts do not reach a separate window.
    auto *undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    connect(undo, &QAction::triggered, m_editor, &CaseEditor::undo);
    connect(redo, &QAction::triggered, m_editor, &CaseEditor::redo);
    connect(m_undo, &QPushButton::clicked, m_editor, &CaseEditor::undo);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsDialog::showSelected);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        if (const Storage::SyncConflict *c = selected())
            choose(c->mine, tr("keep mine"));
    });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        if (const Storage::SyncConflict *c = selected())
            choose(c->theirs, tr("keep theirs"));
    });
    connect(m_useMerged, &QPushButton::clicked, this, &ConflictsDialog::useMerged);
    connect(m_merged, &QLineEdit::returnPressed, this, &ConflictsDialog::useMerged);
    connect(m_useAmount, &QPushButton::clicked, this, &ConflictsDialog::useAmount);
    connect(m_amount, &QLineEdit::returnPressed, this, &ConflictsDialog::useAmount);
    connect(m_void, &QPushButton::clicked, this, &ConflictsDialog::voidEntry);
    connect(m_reason, &QLineEdit::returnPressed, this, &ConflictsDialog::voidEntry);

    retranslate();
    ScreenFit::place(this, QSize(1040, 640));
    reload();
}

void ConflictsDialog::reload()
{
    const qint64 current = selected() ? selected()->id : 0;
    QList<Storage::SyncConflict> conflicts
        = Storage::SyncStore::conflicts(m_file).value_or(QList<Storage::SyncConflict> {});
    for (Storage::SyncConflict &c : conflicts) {
        // A colleague's push met this person's value on the server: theirs is the colleague's.
        if (c.who != m_me && c.field != QLatin1String("budget_cap"))
            std::swap(c.mine, c.theirs);
    }
    m_model->setConflicts(conflicts);
    const bool any = m_model->rowCount() > 0;
    m_list->parentWidget()->setVisible(any);
    m_empty->setVisible(!any);
    m_list->resizeColumnsToContents();
    int row = m_model->rowOf(current);
    if (row < 0 && any)
        row = 0;
    if (row >= 0)
        m_list->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
    m_undo->setEnabled(m_editor->caseload() && m_editor->window());
}

const Storage::SyncConflict *ConflictsDialog::selected() const
{
    return m_model->conflictAt(m_list->currentIndex().row());
}

void ConflictsDialog::showSelected()
{
    const Storage::SyncConflict *c = selected();
    m_detail->setEnabled(c != nullptr);
    m_error->hide();
    if (!c) {
        m_heading->clear();
        m_choice->clear();
        return;
    }
    const QString record = c->title.isEmpty()
        ? ConflictText::kindName(c->kind)
        : tr("%1 “%2”", "kind of record, its title").arg(ConflictText::kindName(c->kind), c->title);
    m_heading->setText(c->caseName.isEmpty()
            ? tr("%1 — %2", "record — field").arg(record, ConflictText::fieldName(c->kind, c->field))
            : tr("%1 — %2 — %3", "citizen — record — field")
                  .arg(c->caseName, record, ConflictText::fieldName(c->kind, c->field)));
    const QString when = QLocale().toString(c->at.toLocalTime(), QLocale::ShortFormat);
    if (c->field == QLatin1String("budget_cap")) {
        m_pages->setCurrentIndex(1);
        m_capText->setText(ConflictText::budgetCapExplanation(*c, c->who == m_me));
        const qint64 used = c->theirs.toObject().value(QStringLiteral("used_minor")).toInteger();
        const qint64 capMinor = c->theirs.toObject().value(QStringLiteral("cap_minor")).toInteger();
        m_amount->setText(Domain::Money::fromMinor(std::max<qint64>(0, capMinor - used)).formatPlain(QLocale()));
    } else {
        m_pages->setCurrentIndex(0);
        m_base->setText(ConflictText::valueText(c->kind, c->field, c->base));
        m_mine->setText(ConflictText::valueText(c->kind, c->field, c->mine));
        m_theirs->setText(ConflictText::valueText(c->kind, c->field, c->theirs));
        m_theirsCaption->setText(c->who == m_me
                ? tr("Theirs (on the team server)")
                : tr("Theirs (%1, %2)", "who changed it on the server, when").arg(c->who, when));
        const bool merge = ConflictText::canMerge(c->field, c->mine, c->theirs);
        m_merged->setEnabled(merge);
        m_useMerged->setEnabled(merge);
        m_merged->setToolTip(merge ? QString() : tr("Only text and numbers can be merged: keep mine or theirs."));
        const QJsonValue start = c->resolution.value_or(c->mine);
        m_merged->setText(merge && !start.isNull() ? (ConflictText::isMoney(c->field) && start.isDouble()
                                  ? Domain::Money::fromMinor(start.toInteger()).formatPlain(QLocale())
                                  : start.isDouble() ? QString::number(start.toInteger())
                                                     : start.toString())
                                                   : QString());
    }
    m_choice->setText(c->resolution
            ? tr("Your choice: %1. It is sent to the team server at the next synchronisation; until then you can "
                 "undo it (Ctrl+Z).")
                  .arg(ConflictText::resolutionText(*c))
            : c->who == m_me || c->field == QLatin1String("budget_cap")
            ? tr("Not resolved yet. Until it is, the record shows their value.")
            : tr("Not resolved yet. Until it is, the record shows your value, on the team server too."));
}

void ConflictsDialog::choose(const QJsonValue &value, const QString &what)
{
    const Storage::SyncConflict *c = selected();
    if (!c || !m_editor->caseload())
        return;
    m_error->hide();
    auto command = std::make_unique<ResolveConflictCommand>(
        m_file, c->id, c->resolution, value, tr("resolve conflict: %1").arg(what), m_editor->errorHandler(), [this] {
            reload();
            Q_EMIT choiceChanged();
        });
    if (Status s = m_editor->run(std::move(command)); !s) {
        m_error->setText(ErrorText::forCaseFile(s.error()));
        m_error->show();
    }
}

void ConflictsDialog::useMerged()
{
    const Storage::SyncConflict *c = selected();
    if (!c || !m_merged->isEnabled())
        return;
    const QString text = m_merged->text().trimmed();
    QJsonValue value(text);
    if (ConflictText::isMoney(c->field)) {
        auto money = DomainText::parseMoney(text, Domain::Currency::DKK);
        if (!money) {
            m_error->setText(ErrorText::forField(money.error()));
            m_error->show();
            m_merged->setFocus();
            return;
        }
        value = QJsonValue(money->minor());
    } else if (c->mine.isDouble() || c->theirs.isDouble()) {
        bool ok = false;
        const qint64 number = QLocale().toLongLong(text, &ok);
        if (!ok) {
            m_error->setText(tr("Type a whole number."));
            m_error->show();
            m_merged->setFocus();
            return;
        }
        value = QJsonValue(number);
    }
    choose(value, tr("merged value"));
}

void ConflictsDialog::useAmount()
{
    const Storage::SyncConflict *c = selected();
    if (!c)
        return;
    auto money = DomainText::parseMoney(m_amount->text(), Domain::Currency::DKK);
    const qint64 used = c->theirs.toObject().value(QStringLiteral("used_minor")).toInteger();
    const qint64 capMinor = c->theirs.toObject().value(QStringLiteral("cap_minor")).toInteger();
    QString refusal;
    if (!money)
        refusal = ErrorText::forField(money.error());
    else if (money->minor() <= 0)
        refusal = tr("The amount must be above zero.");
    else if (money->minor() > capMinor - used)
        refusal = tr("That is more than the %1 left of the budget.")
                      .arg(Domain::Money::fromMinor(std::max<qint64>(0, capMinor - used)).format(QLocale()));
    if (!refusal.isEmpty()) {
        m_error->setText(refusal);
        m_error->show();
        m_amount->setFocus();
        return;
    }
    choose(QJsonValue(money->minor()), tr("new amount"));
}

void ConflictsDialog::voidEntry()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Write why the purchase is voided."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    choose(QJsonObject { { QStringLiteral("void_reason"), reason } }, tr("void the purchase"));
}

void ConflictsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        showSelected();
    }
    QDialog::changeEvent(event);
}

void ConflictsDialog::retranslate()
{
    setWindowTitle(tr("Resolve conflicts"));
    m_intro->setText(tr("These details were changed both here and by a colleague on the team server before either "
                        "change reached the other. Choose what each should say. Your choice is sent at the next "
                        "synchronisation, and you can undo it (Ctrl+Z) until then."));
    m_empty->setText(tr("There are no conflicts to resolve."));
    m_detail->setTitle(tr("The selected conflict"));
    m_baseCaption->setText(tr("Before both changes"));
    m_mineCaption->setText(tr("Mine (this computer)"));
    m_keepMine->setText(tr("Keep &mine"));
    m_keepTheirs->setText(tr("Keep &theirs"));
    m_mergedCaption->setText(tr("Mer&ged value:"));
    m_useMerged->setText(tr("&Use merged value"));
    m_amountCaption->setText(tr("New &amount:"));
    m_useAmount->setText(tr("Use this amou&nt"));
    m_reasonCaption->setText(tr("&Reason for voiding:"));
    m_void->setText(tr("&Void with this reason"));
    m_undo->setText(tr("Un&do last choice"));
}

} // namespace Traedesten::Ui
