#include "gui/settings/RemindersSection.h"

#include "domain/Error.h"
#include "domain/ReminderSchedule.h"
#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/TrayIcon.h"
#include "storage/AutostartEntry.h"
#include "storage/ProfilePaths.h"
#include "storage/ProfileSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <utility>

namespace mooring {

using namespace Qt::StringLiterals;

RemindersSection::RemindersSection(ProfileSettings& settings, Store store, const ProfilePaths& paths, QWidget* parent)
    : QWidget(parent),
      m_settings(settings),
      m_store(std::move(store)),
      m_profileDir(paths.dir() == ProfilePaths(ProfilePaths::defaultDir()).dir() ? QString() : paths.dir()),
      m_trayAvailable(TrayIcon::available()),
      m_noTray(new QLabel(tr("Reminders need a tray on your desktop (the row of small icons by the clock), and "
                             "this desktop has none. Mooring works fully without them."),
                          this)),
      m_checkIn(new QCheckBox(tr("Remin&d me to check in"), this)),
      m_checkInTime(new QTimeEdit(this)),
      m_review(new QCheckBox(tr("Remind me to look back at my week"), this)),
      m_reviewDay(new QComboBox(this)),
      m_reviewTime(new QTimeEdit(this)),
      m_pausedNote(new QLabel(this)),
      m_pause(new QPushButton(this)),
      m_startInTray(new QCheckBox(tr("Start Mooring in the tray when I log in"), this)),
      m_banner(new MessageBanner(this)) {
    setObjectName(u"remindersSection"_s);
    auto* heading = new QLabel(tr("Reminders"), this);
    heading->setObjectName(u"remindersHeading"_s);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading, 2);
    auto* intro = new QLabel(tr("Off until you turn them on. A reminder only says it is a moment for Mooring, "
                                "nothing about you, and an unanswered one simply goes away."),
                             this);
    intro->setWordWrap(true);
    m_noTray->setObjectName(u"remindersNoTray"_s);
    m_noTray->setWordWrap(true);
    m_noTray->setVisible(!m_trayAvailable);

    const ReminderPlan plan = settings.reminderPlan();
    m_checkIn->setObjectName(u"checkInReminderCheck"_s);
    m_checkIn->setChecked(plan.checkIn);
    auto* days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(u"reminderDay%1"_s.arg(day));
        box->setAccessibleName(QLocale().dayName(day, QLocale::LongFormat));
        box->setChecked(plan.checkInDays[std::size_t(day - 1)]);
        days->addWidget(box);
        m_days[std::size_t(day - 1)] = box;
        connect(box, &QCheckBox::toggled, this, &RemindersSection::keepPlan);
    }
    days->addStretch(1);
    // The days and times sit under the choice they belong to.
    days->setContentsMargins(24, 0, 0, 0);
    const auto timeRow = [this](QTimeEdit* edit, const char* name, const QTime& time, const QString& label,
                                QWidget* before) {
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(u"HH:mm"_s);
        edit->setTime(time);
        edit->setAccessibleName(label);
        // The field inside takes the focus: it says the same, not nothing.
        if (auto* field = edit->findChild<QLineEdit*>()) field->setAccessibleName(label);
        auto* row = new QHBoxLayout;
        row->setContentsMargins(24, 0, 0, 0);
        if (before) row->addWidget(before);
        auto* at = new QLabel(tr("at"), this);
        at->setBuddy(edit);
        row->addWidget(at);
        row->addWidget(edit);
        row->addStretch(1);
        connect(edit, &QTimeEdit::editingFinished, this, &RemindersSection::keepPlan);
        return row;
    };
    m_reviewDay->setObjectName(u"reviewReminderDay"_s);
    m_reviewDay->setAccessibleName(tr("Day for looking back at the week"));
    for (int day = 1; day <= 7; ++day) m_reviewDay->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    m_reviewDay->setCurrentIndex(m_reviewDay->findData(plan.reviewDay));
    m_pausedNote->setObjectName(u"remindersPausedNote"_s);
    m_pausedNote->setWordWrap(true);
    m_pause->setObjectName(u"remindersPauseButton"_s);
    m_startInTray->setObjectName(u"startInTrayCheck"_s);
    m_startInTray->setChecked(AutostartEntry::exists());
    m_banner->setObjectName(u"remindersBanner"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_noTray);
    layout->addWidget(m_checkIn);
    layout->addLayout(days);
    layout->addLayout(
        timeRow(m_checkInTime, "checkInReminderTime", plan.checkInTime, tr("Time for the check-in reminder"), nullptr));
    layout->addWidget(m_review);
    layout->addLayout(timeRow(m_reviewTime, "reviewReminderTime", plan.reviewTime,
                              tr("Time for the reminder about your week"), m_reviewDay));
    layout->addSpacing(8);
    layout->addWidget(m_pausedNote);
    layout->addWidget(m_pause, 0, Qt::AlignLeft);
    layout->addWidget(m_startInTray);
    layout->addWidget(m_banner);
    for (QWidget* w : tabOrder()) Appearance::makeLargeTarget(w);
    updateControls();

    connect(m_checkIn, &QCheckBox::toggled, this, [this](bool on) {
        // Turned on with no day chosen: every day, which the person can narrow.
        bool anyDay = false;
        for (QCheckBox* box : m_days) anyDay = anyDay || box->isChecked();
        if (on && !anyDay) {
            for (QCheckBox* box : m_days) {
                const QSignalBlocker quiet(box);
                box->setChecked(true);
            }
        }
        keepPlan();
    });
    connect(m_review, &QCheckBox::toggled, this, &RemindersSection::keepPlan);
    connect(m_reviewDay, &QComboBox::activated, this, &RemindersSection::keepPlan);
    connect(m_pause, &QPushButton::clicked, this, &RemindersSection::togglePause);
    connect(m_startInTray, &QCheckBox::toggled, this, &RemindersSection::setStartInTray);
}

QList<QWidget*> RemindersSection::tabOrder() const {
    QList<QWidget*> order{m_checkIn};
    for (QCheckBox* box : m_days) order << box;
    order << m_checkInTime << m_review << m_reviewDay << m_reviewTime << m_pause << m_startInTray;
    return order;
}

ReminderPlan RemindersSection::planShown() const {
    ReminderPlan plan = m_settings.reminderPlan();  // the pause is kept as it is
    plan.checkIn = m_checkIn->isChecked();
    for (std::size_t i = 0; i < m_days.size(); ++i) plan.checkInDays[i] = m_days[i]->isChecked();
    plan.checkInTime = m_checkInTime->time();
    plan.weeklyReview = m_review->isChecked();
    plan.reviewDay = m_reviewDay->currentData().toInt();
    plan.reviewTime = m_reviewTime->time();
    return plan;
}

void RemindersSection::keepPlan() {
    const ReminderPlan plan = planShown();
    m_store([&plan](ProfileSettings& s) { s.setReminderPlan(plan); });
    updateControls();
}

void RemindersSection::togglePause() {
    ReminderPlan plan = m_settings.reminderPlan();
    const QDate today = QDate::currentDate();
    plan.quietUntil = plan.quietUntil > today ? QDate() : today.addDays(7);
    m_store([&plan](ProfileSettings& s) { s.setReminderPlan(plan); });
    updateControls();
}

void RemindersSection::setStartInTray(bool on) {
    m_banner->clearMessage();
    try {
        if (on)
            AutostartEntry(QCoreApplication::applicationFilePath(), m_profileDir).write();
        else
            AutostartEntry::remove();
    } catch (const Error& error) {
        // The switch shows what is true: as it was before.
        const QSignalBlocker quiet(m_startInTray);
        m_startInTray->setChecked(AutostartEntry::exists());
        m_banner->showMessage(error.message());
        return;
    }
    // Nothing in settings.ini changes; the window hears of it to show or take away the icon.
    m_store([](ProfileSettings&) {});
}

void RemindersSection::updateControls() {
    const ReminderPlan plan = m_settings.reminderPlan();
    for (QWidget* w : tabOrder()) w->setEnabled(m_trayAvailable);
    for (QCheckBox* box : m_days) box->setEnabled(m_trayAvailable && m_checkIn->isChecked());
    m_checkInTime->setEnabled(m_trayAvailable && m_checkIn->isChecked());
    m_reviewDay->setEnabled(m_trayAvailable && m_review->isChecked());
    m_reviewTime->setEnabled(m_trayAvailable && m_review->isChecked());
    const bool paused = plan.quietUntil.isValid() && plan.quietUntil > QDate::currentDate();
    m_pause->setText(paused ? tr("Start reminders again now") : tr("Pause reminders for a week"));
    m_pause->setEnabled(m_trayAvailable && (paused || m_checkIn->isChecked() || m_review->isChecked()));
    m_pausedNote->setText(
        tr("Reminders are resting until %1.").arg(QLocale().toString(plan.quietUntil, QLocale::LongFormat)));
    m_pausedNote->setVisible(paused);
}

}  // namespace mooring
