#pragma once

#include "domain/SetbackReflection.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mooring {

class MessageBanner;

// "Learning from a setback": five gentle questions, every one optional. The editor holds
// nothing on disk itself; SetbackPanel saves through SetbackReflectionStore.
class ReflectionEditor : public QWidget {
    Q_OBJECT
public:
    enum class Question { Before, WarningSigns, Tried, NextTime, ForPlan };

    explicit ReflectionEditor(QWidget* parent = nullptr);

    // Shows a reflection; a field already showing its words is left alone (cursor and all).
    void load(const SetbackReflection& reflection);
    // What is in the fields now was saved as `saved` (its id and times); the fields stay.
    void markSaved(const SetbackReflection& saved);
    SetbackReflection reflection() const;  // what is in the fields now (id and entry kept)
    bool isDirty() const;
    QPlainTextEdit* field(Question question) const;

    void showSaved(const QString& text);
    void showProblem(const QString& text);

Q_SIGNALS:
    void saveRequested();
    void edited();  // a field's words changed
    void addToPlanRequested();
    void backRequested();

private:
    QPlainTextEdit* addQuestion(const QString& label, const QString& hint, const QString& objectName);

    SetbackReflection m_loaded;
    QList<QPlainTextEdit*> m_fields;  // in Question order
    MessageBanner* m_banner = nullptr;
    QWidget* m_content = nullptr;
};

}  // namespace mooring
