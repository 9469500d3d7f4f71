#pragma once

#include "domain/JournalEntry.h"
#include "gui/journal/TriedField.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace mooring {

class FeelingsField;
class MessageBanner;
class TagField;
class UrgeField;

// One calm form for a journal entry. Only the urge is needed; everything else can stay
// empty. The editor holds no data of its own on disk: the screen saves through the store.
class EntryEditor : public QWidget {
    Q_OBJECT
public:
    explicit EntryEditor(QWidget* parent = nullptr);

    void setIdeas(const QList<IdeaChoice>& ideas);
    void setEarlier(const QStringList& triggers, const QStringList& feelings);

    // An entry to edit, or a new one (empty id; its time, and anything else, filled in).
    // `unsaved`: what is loaded has not been saved yet (a prefilled or held draft).
    void load(const JournalEntry& value, bool unsaved = false);
    // What the form says now, including words typed in a tag or idea line but not added.
    JournalEntry entry() const;
    bool isNew() const { return m_loaded.id.isEmpty(); }
    // Something differs from what was loaded.
    bool isDirty() const;

    // Each message next to its field; the first problem's field gets the focus.
    void showProblems(const QList<JournalEntry::Problem>& problems);
    void showSaveProblem(const QString& message);
    void clearProblems();

Q_SIGNALS:
    void saveRequested();
    void cancelRequested();
    void deleteRequested();

private:
    QWidget* section(const QString& title, QWidget* field, JournalEntry::Field problemField, const QString& hint = {});
    QWidget* buildOutcome();
    QWidget* focusTargetFor(JournalEntry::Field field) const;
    std::optional<JournalOutcome> outcome() const;
    void setOutcome(std::optional<JournalOutcome> outcome);
    void updateOutcomeNote();

    JournalEntry m_loaded;
    bool m_unsaved = false;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_heading = nullptr;
    MessageBanner* m_saveProblem = nullptr;
    QDateTimeEdit* m_when = nullptr;
    UrgeField* m_urge = nullptr;
    QPlainTextEdit* m_situation = nullptr;
    QPlainTextEdit* m_thoughts = nullptr;
    FeelingsField* m_feelings = nullptr;
    TagField* m_triggers = nullptr;
    TriedField* m_tried = nullptr;
    QButtonGroup* m_outcomes = nullptr;
    QLabel* m_outcomeNote = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_delete = nullptr;
    QHash<int, MessageBanner*> m_problems;  // by JournalEntry::Field
};

}  // namespace mooring
