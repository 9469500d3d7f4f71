#include "gui/journal/EntryEditor.h"

#include "gui/common/Appearance.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/journal/FeelingsField.h"
#include "gui/journal/JournalText.h"
#include "gui/journal/TagField.h"
#include "gui/journal/UrgeField.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

constexpr int kNoOutcome = 99;  // "I'd rather not say" in the button group (ids -1 and below are Qt's)

QPlainTextEdit* textBox(const QString& name, const QString& accessibleName, QWidget* parent) {
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setTabChangesFocus(true);  // keyboard people move on with Tab, as in any field
    // Room for a few lines without making the form a wall of boxes; longer text scrolls.
    box->setMinimumHeight(box->fontMetrics().height() * 4);
    box->setMaximumHeight(box->fontMetrics().height() * 7);
    return box;
}

QLabel* wrapped(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

}  // namespace

EntryEditor::EntryEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(u"entryEditor"_s);
    m_content = new QWidget;
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    m_heading = wrapped(tr("New entry"), m_content);
    m_heading->setObjectName(u"entryHeading"_s);
    Appearance::makeHeading(m_heading);
    layout->addWidget(m_heading);
    layout->addWidget(wrapped(tr("Only the urge is needed. Everything else is up to you, and it stays private and "
                                 "encrypted on this computer."),
                              m_content));
    m_saveProblem = new MessageBanner(m_content);
    m_saveProblem->setObjectName(u"entrySaveProblem"_s);
    layout->addWidget(m_saveProblem);

    m_when = new QDateTimeEdit(m_content);
    m_when->setObjectName(u"entryWhen"_s);
    m_when->setAccessibleName(tr("When it happened"));
    m_when->setCalendarPopup(true);
    m_when->setTimeSpec(Qt::UTC);  // the wall-clock time as typed; the offset is kept apart
    const bool twelveHours = QLocale().timeFormat(QLocale::ShortFormat).contains(u"ap"_s, Qt::CaseInsensitive);
    m_when->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) +
                             (twelveHours ? u"  h:mm ap"_s : u"  HH:mm"_s));
    layout->addWidget(section(tr("When"), m_when, JournalEntry::Field::OccurredAt));

    m_urge = new UrgeField(m_content);
    m_urge->setObjectName(u"entryUrge"_s);
    layout->addWidget(section(tr("How strong was the urge?"), m_urge, JournalEntry::Field::Urge,
                              tr("0 is no urge at all, 10 the strongest you know.")));

    m_situation = textBox(u"entrySituation"_s, tr("What was happening"), m_content);
    layout->addWidget(section(tr("What was happening?"), m_situation, JournalEntry::Field::Situation,
                              tr("Where you were, who was there, what had just happened.")));
    m_thoughts = textBox(u"entryThoughts"_s, tr("What went through my mind"), m_content);
    layout->addWidget(section(tr("What went through my mind?"), m_thoughts, JournalEntry::Field::Thoughts));

    m_feelings = new FeelingsField(m_content);
    m_feelings->setObjectName(u"entryFeelings"_s);
    m_feelings->setChoices(JournalEntry::suggestedFeelings(), {});
    layout->addWidget(section(tr("What did I feel?"), m_feelings, JournalEntry::Field::Feelings,
                              tr("Tick any that fit, or add your own.")));

    m_triggers = new TagField(u"triggerInput"_s, m_content);
    m_triggers->setObjectName(u"entryTriggers"_s);
    m_triggers->input()->setAccessibleName(tr("Something that set it off"));
    layout->addWidget(section(tr("What set it off?"), m_triggers, JournalEntry::Field::Triggers,
                              tr("A few words each, like \u201c"
                                 "argument\u201d or \u201clate at night\u201d.")));

    m_tried = new TriedField(m_content);
    m_tried->setObjectName(u"entryTried"_s);
    layout->addWidget(
        section(tr("What did I try?"), m_tried, JournalEntry::Field::Tried, tr("Anything counts, even for a minute.")));

    layout->addWidget(section(tr("How did it end? (if you like)"), buildOutcome(), JournalEntry::Field::Id));

    m_notes = textBox(u"entryNotes"_s, tr("Notes"), m_content);
    layout->addWidget(section(tr("Notes"), m_notes, JournalEntry::Field::Notes,
                              tr("Anything else, like what might help next time.")));

    m_save = new QPushButton(tr("&Save entry"), m_content);
    m_save->setObjectName(u"entrySave"_s);
    m_save->setToolTip(tr("Save entry (Ctrl+S)"));
    m_cancel = new QPushButton(tr("&Back without saving"), m_content);
    m_cancel->setObjectName(u"entryCancel"_s);
    m_delete = new QPushButton(tr("&Delete entry"), m_content);
    m_delete->setObjectName(u"entryDelete"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    Appearance::makeLargeTargets(m_content);
    Appearance::makeLargeTarget(m_when);
    // Tick boxes and round buttons grow with the text, so they stay easy to see at 200 %.
    m_content->setStyleSheet(u"QCheckBox::indicator, QRadioButton::indicator { width: 1.1em; height: 1.1em; }"_s);

    m_scroll = new ReadingColumn(m_content, this, 52);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    FocusLanding::install(this, [this] { return m_urge; });

    connect(m_save, &QPushButton::clicked, this, &EntryEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &EntryEditor::cancelRequested);
    connect(m_delete, &QPushButton::clicked, this, &EntryEditor::deleteRequested);
    auto* saveKey =
        new QShortcut(QKeySequence::Save, this, this, &EntryEditor::saveRequested, Qt::WidgetWithChildrenShortcut);
    saveKey->setObjectName(u"entrySaveShortcut"_s);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &EntryEditor::cancelRequested,
                  Qt::WidgetWithChildrenShortcut);
    // Keep the field with the focus in view while moving through the form by keyboard.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_content->isAncestorOf(now)) m_scroll->ensureWidgetVisible(now, 20, 40);
    });
}

QWidget* EntryEditor::section(const QString& title, QWidget* field, JournalEntry::Field problemField,
                              const QString& hint) {
    auto* box = new QWidget(m_content);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    auto* label = wrapped(title, box);
    Appearance::makeHeading(label, 2);
    label->setBuddy(field);
    column->addWidget(label);
    if (!hint.isEmpty()) {
        QLabel* hintLabel = wrapped(hint, box);
        hintLabel->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(hintLabel);
    }
    field->setParent(box);
    column->addWidget(field);
    if (problemField != JournalEntry::Field::Id) {
        auto* problem = new MessageBanner(box);
        problem->setObjectName(field->objectName() + u"Problem"_s);
        column->addWidget(problem);
        m_problems.insert(static_cast<int>(problemField), problem);
    }
    return box;
}

QWidget* EntryEditor::buildOutcome() {
    auto* box = new QWidget(m_content);
    box->setObjectName(u"entryOutcome"_s);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_outcomes = new QButtonGroup(box);
    auto add = [&](const QString& text, int id, const QString& name) {
        auto* radio = new QRadioButton(text, box);
        radio->setObjectName(name);
        m_outcomes->addButton(radio, id);
        column->addWidget(radio);
    };
    add(journaltext::outcomeLabel(JournalOutcome::Passed), static_cast<int>(JournalOutcome::Passed),
        u"outcomePassed"_s);
    add(journaltext::outcomeLabel(JournalOutcome::Coped), static_cast<int>(JournalOutcome::Coped), u"outcomeCoped"_s);
    add(journaltext::outcomeLabel(JournalOutcome::Acted), static_cast<int>(JournalOutcome::Acted), u"outcomeActed"_s);
    add(tr("I'd rather not say"), kNoOutcome, u"outcomeNone"_s);
    m_outcomeNote = wrapped(tr("Thank you for writing it down. A hard moment does not undo the progress you have "
                               "made, and noticing what led up to it can help next time. If you are hurt or have "
                               "swallowed something, please get medical help now, even if you feel okay. If you need "
                               "care now, \u201cI need help now\u201d at the top has helplines."),
                            box);
    m_outcomeNote->setObjectName(u"outcomeNote"_s);
    column->addWidget(m_outcomeNote);
    connect(m_outcomes, &QButtonGroup::idToggled, this, [this] { updateOutcomeNote(); });
    return box;
}

void EntryEditor::setIdeas(const QList<IdeaChoice>& ideas) { m_tried->setIdeas(ideas); }

void EntryEditor::setEarlier(const QStringList& triggers, const QStringList& feelings) {
    m_triggers->setSuggestions(triggers);
    m_feelings->setChoices(JournalEntry::suggestedFeelings(), feelings);
}

void EntryEditor::load(const JournalEntry& value, bool unsaved) {
    m_loaded = value.trimmed();
    m_unsaved = unsaved;
    clearProblems();
    m_heading->setText(isNew() ? tr("New entry") : tr("Your entry"));
    m_delete->setVisible(!isNew());
    const QDateTime local = m_loaded.occurredAt.isValid() ? m_loaded.occurredAt : QDateTime::currentDateTime();
    m_when->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC));
    m_urge->setValue(m_loaded.urge);
    m_situation->setPlainText(m_loaded.situation);
    m_thoughts->setPlainText(m_loaded.thoughts);
    m_feelings->setFeelings(m_loaded.feelings);
    m_triggers->setTags(m_loaded.triggers);
    m_tried->setItems(m_loaded.tried);
    setOutcome(m_loaded.outcome);
    m_notes->setPlainText(m_loaded.notes);
    // What was loaded is what the form shows now (tags one-line, say), so "dirty" starts false.
    m_loaded = entry();
    m_scroll->ensureVisible(0, 0);
}

JournalEntry EntryEditor::entry() const {
    JournalEntry e = m_loaded;
    const QDateTime wall = m_when->dateTime();
    const QDateTime& was = m_loaded.occurredAt;
    const bool sameMinute = was.isValid() && wall.date() == was.date() && wall.time().hour() == was.time().hour() &&
                            wall.time().minute() == was.time().minute();
    if (!sameMinute) {
        // An entry keeps the offset it was written in; a new one takes this computer's.
        const int offset = was.isValid() && !isNew()
                               ? was.offsetFromUtc()
                               : QDateTime(wall.date(), wall.time(), Qt::LocalTime).offsetFromUtc();
        e.occurredAt = QDateTime(wall.date(), wall.time(), Qt::OffsetFromUTC, offset);
    }
    e.urge = m_urge->value();
    e.situation = m_situation->toPlainText();
    e.thoughts = m_thoughts->toPlainText();
    e.feelings = m_feelings->feelings();
    e.triggers = m_triggers->tagsWithTyped();
    e.tried = m_tried->items();
    e.outcome = outcome();
    e.notes = m_notes->toPlainText();
    return e;
}

bool EntryEditor::isDirty() const { return m_unsaved || !(entry().trimmed() == m_loaded.trimmed()); }

std::optional<JournalOutcome> EntryEditor::outcome() const {
    const int id = m_outcomes->checkedId();
    return id < 0 || id == kNoOutcome ? std::nullopt : std::optional<JournalOutcome>(static_cast<JournalOutcome>(id));
}

void EntryEditor::setOutcome(std::optional<JournalOutcome> outcome) {
    m_outcomes->button(outcome ? static_cast<int>(*outcome) : kNoOutcome)->setChecked(true);
    updateOutcomeNote();
}

void EntryEditor::updateOutcomeNote() { m_outcomeNote->setVisible(outcome() == JournalOutcome::Acted); }

void EntryEditor::showProblems(const QList<JournalEntry::Problem>& problems) {
    clearProblems();
    QWidget* first = nullptr;
    for (const JournalEntry::Problem& p : problems) {
        MessageBanner* banner = m_problems.value(static_cast<int>(p.field));
        if (!banner) {
            m_saveProblem->showMessage(p.message);
            continue;
        }
        // Several problems in one field (two long tags, say) are shown together.
        const QString before = banner->isVisible() ? banner->text() + u'\n' : QString();
        banner->showMessage(before + p.message);
        if (!first) first = focusTargetFor(p.field);
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(first, 20, 80);
    }
}

void EntryEditor::showSaveProblem(const QString& message) {
    m_saveProblem->showMessage(message);
    m_scroll->ensureVisible(0, 0);
}

void EntryEditor::clearProblems() {
    m_saveProblem->clearMessage();
    for (MessageBanner* banner : std::as_const(m_problems)) banner->clearMessage();
}

QWidget* EntryEditor::focusTargetFor(JournalEntry::Field field) const {
    switch (field) {
        case JournalEntry::Field::OccurredAt:
            return m_when;
        case JournalEntry::Field::Urge:
            return m_urge->spinBox();
        case JournalEntry::Field::Situation:
            return m_situation;
        case JournalEntry::Field::Thoughts:
            return m_thoughts;
        case JournalEntry::Field::Feelings:
            return m_feelings->input();
        case JournalEntry::Field::Triggers:
            return m_triggers->input();
        case JournalEntry::Field::Tried:
            return m_tried->input();
        case JournalEntry::Field::Notes:
            return m_notes;
        case JournalEntry::Field::Id:
            break;
    }
    return m_save;
}

}  // namespace mooring
