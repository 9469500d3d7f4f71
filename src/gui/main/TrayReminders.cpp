#include "gui/main/TrayReminders.h"

#include "domain/Error.h"
#include "gui/common/TrayIcon.h"
#include "gui/main/MainWindow.h"
#include "storage/AutostartEntry.h"
#include "storage/ProfileSettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QIcon>
#include <QMenu>

#include <algorithm>
#include <utility>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// A timer may wake late after the computer slept (it counts time awake), so the clock is
// looked at again at least once a minute.
constexpr qint64 kLongestWaitMs = 60 * 1000;

}  // namespace

TrayReminders::TrayReminders(MainWindow& window, ProfileSettings& settings, bool startedInTray, Clock clock)
    : m_window(window),
      m_settings(settings),
      m_startedInTray(startedInTray),
      m_clock(std::move(clock)),
      m_menu(std::make_unique<QMenu>()) {
    m_menu->setObjectName(u"trayMenu"_s);
    QAction* checkIn = m_menu->addAction(tr("Check in"));
    checkIn->setObjectName(u"trayCheckIn"_s);
    QAction* help = m_menu->addAction(tr("I need help now"));
    help->setObjectName(u"trayHelpNow"_s);
    m_openAction = m_menu->addAction(QString());
    m_openAction->setObjectName(u"trayOpen"_s);
    m_menu->addSeparator();
    m_pauseAction = m_menu->addAction(tr("Pause reminders for a week"));
    m_pauseAction->setObjectName(u"trayPause"_s);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(u"trayQuit"_s);
    connect(checkIn, &QAction::triggered, this, [this] { open(ReminderKind::CheckIn); });
    // As everywhere in Mooring, help needs no passphrase.
    connect(help, &QAction::triggered, this, [this] {
        m_afterUnlock.reset();
        m_window.comeBack(true);
    });
    connect(m_openAction, &QAction::triggered, this, &TrayReminders::openWindow);
    connect(m_pauseAction, &QAction::triggered, this, &TrayReminders::pauseForAWeek);
    connect(quit, &QAction::triggered, this, &TrayReminders::quit);
    connect(&m_window, &MainWindow::homeShown, this, [this] {
        // Unlocked after a reminder was clicked: on to where it leads, once.
        if (const std::optional<ReminderKind> kind = std::exchange(m_afterUnlock, std::nullopt)) open(*kind);
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TrayReminders::check);
    m_window.installEventFilter(this);
    m_plan = m_settings.reminderPlan();
    updateIcon();
    // At start (at log-in, say) a reminder of the last two hours still shows.
    check();
}

TrayReminders::~TrayReminders() = default;

bool TrayReminders::iconShown() const { return m_icon && m_icon->isVisible(); }

void TrayReminders::settingsChanged() {
    if (const ReminderPlan plan = m_settings.reminderPlan(); plan != m_plan) {
        m_plan = plan;
        m_changedAt = timeNow(m_clock);
    }
    updateIcon();
    scheduleNext();
}

void TrayReminders::updateIcon() {
    const bool wanted =
        m_startedInTray || ReminderSchedule(m_settings.reminderPlan(), m_clock).anyOn() || AutostartEntry::exists();
    if (!wanted) {
        m_icon.reset();
        return;
    }
    if (!m_icon) {
        m_icon = TrayIcon::create();
        if (!m_icon) return;  // no tray: Mooring works as a window alone
        QIcon icon = QApplication::windowIcon();
        // Started in the tray, the window has not painted yet, so its icon is not set yet.
        if (icon.isNull() && QFile::exists(u":/app/mooring-32.png"_s)) icon = QIcon(u":/app/mooring-32.png"_s);
        m_icon->setIcon(icon);
        m_icon->setContextMenu(m_menu.get());
        connect(m_icon.get(), &TrayIcon::clicked, this, &TrayReminders::openWindow);
        connect(m_icon.get(), &TrayIcon::messageClicked, this, [this] { open(m_lastShown); });
    }
    m_icon->setToolTip(name());
    m_openAction->setText(tr("Open %1").arg(name()));
    const ReminderPlan plan = m_settings.reminderPlan();
    m_pauseAction->setEnabled(ReminderSchedule(plan, m_clock).anyOn() &&
                              !(plan.quietUntil.isValid() && plan.quietUntil > timeNow(m_clock).date()));
    m_icon->setVisible(true);
}

QString TrayReminders::name() const {
    // As the window's title says it: a chosen neutral title holds here too.
    return m_settings.neutralWindowTitle() ? tr("Notes") : tr("Mooring");
}

void TrayReminders::scheduleNext() {
    m_timer.stop();
    if (!iconShown()) return;
    const ReminderSchedule schedule(m_settings.reminderPlan(), m_clock);
    const QDateTime next = schedule.next();
    if (!next.isValid()) return;
    m_timer.start(int(std::clamp<qint64>(schedule.now().msecsTo(next) + 20, 20, kLongestWaitMs)));
}

void TrayReminders::check() {
    if (iconShown()) {
        const ReminderSchedule schedule(m_settings.reminderPlan(), m_clock);
        const QDateTime lastShown = m_settings.lastReminderShown();
        const QDateTime floor = lastShown.isValid() && lastShown > m_changedAt ? lastShown : m_changedAt;
        if (const std::optional<DueReminder> due = schedule.due(floor)) {
            m_settings.setLastReminderShown(schedule.now());
            try {
                m_settings.save();
            } catch (const Error&) {
                // Kept in memory for this run; a reminder is never worth a message of its own.
            }
            m_lastShown = due->kind;
            m_icon->showMessage(name(), due->kind == ReminderKind::CheckIn
                                            ? tr("A moment to check in, if you would like to.")
                                            : tr("A moment to look back at your week, if you would like to."));
            Q_EMIT reminderShown(due->kind);
        }
    }
    scheduleNext();
}

void TrayReminders::open(ReminderKind kind) {
    m_window.comeBack(false);
    if (!m_window.session()) {
        // The unlock screen first; the page follows once home is reached.
        m_afterUnlock = kind;
        return;
    }
    m_afterUnlock.reset();
    if (kind == ReminderKind::CheckIn)
        m_window.showCheckIn();
    else
        m_window.showReview();
}

void TrayReminders::openWindow() {
    m_afterUnlock.reset();
    m_window.comeBack(false);
}

void TrayReminders::pauseForAWeek() {
    ReminderPlan plan = m_settings.reminderPlan();
    plan.quietUntil = timeNow(m_clock).date().addDays(7);
    m_settings.setReminderPlan(plan);
    try {
        m_settings.save();
    } catch (const Error&) {
        // Paused for this run still; settings says so when the file cannot be written.
    }
    settingsChanged();
}

void TrayReminders::quit() {
    m_quitting = true;
    QApplication::quit();
}

bool TrayReminders::eventFilter(QObject* watched, QEvent* event) {
    // With the icon there, closing the window keeps Mooring in the tray, locked, as F12
    // does; Quit in the tray's menu ends it.
    if (watched == &m_window && event->type() == QEvent::Close && iconShown() && !m_quitting && event->spontaneous()) {
        event->ignore();
        m_window.quickHide();
        m_window.hide();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace mooring
