#pragma once

#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mooring {

// "What I want to change": this week's note, with last week's note beside it to look
// back on. The screen saves it (button, leaving the week or the screen, a pause in typing).
class ReflectionBox : public QWidget {
    Q_OBJECT
public:
    explicit ReflectionBox(QWidget* parent = nullptr);

    // Shows a week's note (empty when none) and the note of the week before it. Words being
    // typed (isModified) stay in the box: a change made elsewhere must not wipe them.
    void setNotes(const QString& thisWeek, const std::optional<QString>& lastWeek);
    QString text() const;
    bool isModified() const;  // different from what was last shown or saved
    void markSaved();         // what is in the box now is what is kept
    void showStatus(const QString& status);
    QPlainTextEdit* editor() const noexcept { return m_editor; }

Q_SIGNALS:
    void saveRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QString m_kept;
    QBoxLayout* m_row;
    QPlainTextEdit* m_editor;
    QLabel* m_lastWeek;
    QLabel* m_status;
    QPushButton* m_save;
};

}  // namespace mooring
