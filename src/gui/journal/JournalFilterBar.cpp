#include "gui/journal/JournalFilterBar.h"

#include "gui/common/Appearance.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPauseMs = 250;

QDateEdit* dateBox(const QString& name, const QString& accessibleName, QDate any, QWidget* parent) {
    auto* box = new QDateEdit(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setCalendarPopup(true);
    box->setMinimumDate(any);
    box->setSpecialValueText(QCoreApplication::translate("mooring", "any day"));
    box->setDate(any);
    return box;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

}  // namespace

JournalFilterBar::JournalFilterBar(QWidget* parent)
    : QWidget(parent),
      m_search(new QLineEdit(this)),
      m_toggle(new QPushButton(tr("&Filters"), this)),
      m_panel(new QWidget(this)),
      m_trigger(new QComboBox(m_panel)),
      m_feeling(new QComboBox(m_panel)),
      m_urgeMin(new QSpinBox(m_panel)),
      m_urgeMax(new QSpinBox(m_panel)),
      m_from(dateBox(u"journalFrom"_s, tr("From this day"), anyDate(), m_panel)),
      m_to(dateBox(u"journalTo"_s, tr("Up to this day"), anyDate(), m_panel)),
      m_pause(new QTimer(this)) {
    m_search->setObjectName(u"journalSearch"_s);
    m_search->setPlaceholderText(tr("Search your journal (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search your journal"));
    m_search->setClearButtonEnabled(true);
    m_toggle->setObjectName(u"journalFiltersToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setAccessibleDescription(tr("Show or hide ways to narrow the list"));
    m_panel->setObjectName(u"journalFilterPanel"_s);

    m_trigger->setObjectName(u"journalTriggerFilter"_s);
    m_trigger->setAccessibleName(tr("Only entries with this trigger"));
    m_feeling->setObjectName(u"journalFeelingFilter"_s);
    m_feeling->setAccessibleName(tr("Only entries with this feeling"));
    for (QSpinBox* box : {m_urgeMin, m_urgeMax}) box->setRange(0, 10);
    m_urgeMin->setObjectName(u"journalUrgeMin"_s);
    m_urgeMin->setAccessibleName(tr("Urge at least"));
    m_urgeMax->setObjectName(u"journalUrgeMax"_s);
    m_urgeMax->setAccessibleName(tr("Urge at most"));
    m_urgeMax->setValue(10);
    auto* clear = new QPushButton(tr("&Clear filters"), m_panel);
    clear->setObjectName(u"journalClearFilters"_s);
    setChoices({}, {});

    auto* grid = new QGridLayout(m_panel);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->addWidget(buddyLabel(tr("Trigger"), m_trigger, m_panel), 0, 0);
    grid->addWidget(m_trigger, 0, 1);
    grid->addWidget(buddyLabel(tr("Feeling"), m_feeling, m_panel), 0, 2);
    grid->addWidget(m_feeling, 0, 3);
    grid->addWidget(buddyLabel(tr("Urge from"), m_urgeMin, m_panel), 1, 0);
    auto* urgeRow = new QHBoxLayout;
    urgeRow->addWidget(m_urgeMin);
    urgeRow->addWidget(buddyLabel(tr("to"), m_urgeMax, m_panel));
    urgeRow->addWidget(m_urgeMax);
    urgeRow->addStretch(1);
    grid->addLayout(urgeRow, 1, 1);
    grid->addWidget(buddyLabel(tr("From"), m_from, m_panel), 2, 0);
    grid->addWidget(m_from, 2, 1);
    grid->addWidget(buddyLabel(tr("Up to"), m_to, m_panel), 2, 2);
    grid->addWidget(m_to, 2, 3);
    grid->addWidget(clear, 3, 0, 1, 2, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_panel->hide();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_toggle);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(top);
    column->addWidget(m_panel);
    Appearance::makeLargeTargets(this);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &JournalFilterBar::changedNow);
    connect(m_search, &QLineEdit::textChanged, this, &JournalFilterBar::changedSoon);
    connect(m_search, &QLineEdit::returnPressed, this, &JournalFilterBar::changedNow);
    connect(m_toggle, &QPushButton::toggled, this, [this](bool open) {
        if (open && !m_choicesLoaded) {
            m_choicesLoaded = true;
            Q_EMIT choicesWanted();
        }
        m_panel->setVisible(open);
        if (open) m_trigger->setFocus();
    });
    for (QComboBox* box : {m_trigger, m_feeling})
        connect(box, &QComboBox::currentIndexChanged, this, &JournalFilterBar::changedNow);
    for (QSpinBox* box : {m_urgeMin, m_urgeMax})
        connect(box, &QSpinBox::valueChanged, this, &JournalFilterBar::changedNow);
    for (QDateEdit* box : {m_from, m_to}) connect(box, &QDateEdit::dateChanged, this, &JournalFilterBar::changedNow);
    connect(clear, &QPushButton::clicked, this, &JournalFilterBar::clearFilters);
}

QDate JournalFilterBar::anyDate() { return QDate(1900, 1, 1); }

void JournalFilterBar::setChoices(const QStringList& triggers, const QStringList& feelings) {
    auto fill = [](QComboBox* box, const QString& any, const QStringList& names) {
        const QSignalBlocker quiet(box);
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(any, QString());
        for (const QString& name : names) box->addItem(name, name);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_trigger, tr("any trigger"), triggers);
    fill(m_feeling, tr("any feeling"), feelings);
}

JournalFilter JournalFilterBar::filter() const {
    JournalFilter f;
    f.text = m_search->text().trimmed();
    f.trigger = m_trigger->currentData().toString();
    f.feeling = m_feeling->currentData().toString();
    f.urgeMin = std::min(m_urgeMin->value(), m_urgeMax->value());
    f.urgeMax = std::max(m_urgeMin->value(), m_urgeMax->value());
    // Days are the computer's days now: from the start of "from" to the end of "up to".
    if (m_from->date() != anyDate()) f.from = QDateTime(m_from->date(), QTime(0, 0));
    if (m_to->date() != anyDate()) f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0));
    return f;
}

bool JournalFilterBar::isFiltering() const { return !(filter() == JournalFilter{}); }

void JournalFilterBar::clearFilters() {
    for (QComboBox* box : {m_trigger, m_feeling}) {
        const QSignalBlocker quiet(box);
        box->setCurrentIndex(0);
    }
    for (QSpinBox* box : {m_urgeMin, m_urgeMax}) {
        const QSignalBlocker quiet(box);
        box->setValue(box == m_urgeMin ? 0 : 10);
    }
    for (QDateEdit* box : {m_from, m_to}) {
        const QSignalBlocker quiet(box);
        box->setDate(anyDate());
    }
    changedNow();
}

void JournalFilterBar::changedSoon() { m_pause->start(); }

void JournalFilterBar::changedNow() {
    m_pause->stop();
    const JournalFilter now = filter();
    if (now == m_applied) return;
    m_applied = now;
    Q_EMIT filterChanged();
}

}  // namespace mooring
