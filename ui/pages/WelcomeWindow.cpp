#include "WelcomeWindow.h"

#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Traedesten::Ui {

WelcomeWindow::WelcomeWindow(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_tagline(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_recentEmpty(new QLabel(this))
    , m_privacy(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomeWindow"));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_language->setObjectName(QStringLiteral("language"));

    m_logo->setPixmap(QIcon(QStringLiteral(":/icons/traedesten.svg")).pixmap(72, 72));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tagline->setWordWrap(true);
    m_privacy->setWordWrap(true);
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setEnabled(false);
    m_recentEmpty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_recentLabel->setBuddy(m_recent);
    m_languageLabel->setBuddy(m_language);
    for (QPushButton *b : { m_new, m_open })
        b->setMinimumHeight(40);
    m_new->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_open->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_new->setDefault(true);

    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_tagline);
    header->addLayout(titles, 1);

    auto *actions = new QVBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_open);
    actions->addSpacing(8);
    actions->addWidget(m_demo);
    actions->addWidget(m_restore);
    actions->addStretch();
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language, 1);
    actions->addLayout(languageRow);
    actions->addWidget(m_settings);

    auto *recent = new QVBoxLayout;
    recent->addWidget(m_recentLabel);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_recentEmpty, 1);

    auto *body = new QHBoxLayout;
    body->addLayout(actions, 2);
    body->addSpacing(16);
    body->addLayout(recent, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(header);
    layout->addSpacing(16);
    layout->addLayout(body, 1);
    layout->addWidget(m_privacy);

    connect(m_new, &QPushButton::clicked, this, &WelcomeWindow::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeWindow::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeWindow::demoRequested);
    connect(m_settings, &QPushButton::clicked, this, &WelcomeWindow::settingsRequested);
    connect(m_restore, &QPushButton::clicked, this, &WelcomeWindow::restoreRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomeWindow::activateRecent);
    connect(m_language, &QComboBox::activated, this,
        [this](int index) { Q_EMIT languageChosen(m_language->itemData(index).toString()); });
    m_recent->installEventFilter(this);

    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_demo);
    setTabOrder(m_demo, m_restore);
    setTabOrder(m_restore, m_recent);
    setTabOrder(m_recent, m_language);
    setTabOrder(m_language, m_settings);
    retranslate();
    ScreenFit::place(this, QSize(760, 480));
}

void WelcomeWindow::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item
            = new QListWidgetItem(QIcon(QStringLiteral(":/icons/casefile.svg")), QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        // Second line: the folder, so two files with the same name can be told apart.
        item->setText(
            QFileInfo(path).fileName() + QLatin1Char('\n') + QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        if (!QFileInfo::exists(path))
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentEmpty->setVisible(paths.isEmpty());
    // With recent files, Enter opens the latest; otherwise it creates a new one.
    if (!paths.isEmpty()) {
        m_recent->setCurrentRow(0);
        m_recent->setFocus();
    } else {
        m_new->setFocus();
    }
}

void WelcomeWindow::setLanguageChoice(const QString &language)
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

void WelcomeWindow::activateRecent(QListWidgetItem *item)
{
    if (item)
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
}

bool WelcomeWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_recent && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && m_recent->currentItem()) {
            Q_EMIT removeRecentRequested(m_recent->currentItem()->data(Qt::UserRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WelcomeWindow::retranslate()
{
    setWindowTitle(tr("Welcome to Trædesten"));
    m_title->setText(tr("Trædesten"));
    m_tagline->setText(tr("Personal budgets, stepping stones and family plans for the citizens you support — "
                          "kept in one encrypted case file on this computer."));
    m_new->setText(tr("&New case file…"));
    m_open->setText(tr("&Open case file…"));
    m_settings->setText(tr("&Settings…"));
    m_demo->setText(tr("&Try with demo data…"));
    m_restore->setText(tr("Restore from a bac&kup…"));
    m_demo->setToolTip(tr("Creates a new case file with made-up citizens to try Trædesten with"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System language"));
    m_recentLabel->setText(tr("&Recent case files"));
    m_recentEmpty->setText(tr("No case files opened yet. Create a new case file, or open one you have been given."));
    m_privacy->setText(tr("Only file locations are remembered here, never anything about citizens. "
                          "Press Delete to remove a file from the list."));
    m_recent->setAccessibleName(tr("Recent case files"));
    m_language->setAccessibleName(tr("Language"));
}

void WelcomeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
