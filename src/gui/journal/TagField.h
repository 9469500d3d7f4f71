#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLayout;
class QLineEdit;
class QScrollArea;
class QStringListModel;
class QToolButton;

namespace mooring {

class FocusLeaveWatch;

// Tags typed one at a time (Enter adds one), with completion from the ones used before;
// each tag shows as a small button that removes it.
//
// The tags wrap under the input in an area that always keeps room for one row, so the first
// tags appear without pushing the next field down. While the person works in the field its
// height stays put (more rows scroll inside it); it grows to show every row once the focus
// has moved on and no mouse button is held, so a click below never lands on moved ground.
class TagField : public QWidget {
    Q_OBJECT
public:
    explicit TagField(const QString& inputName, QWidget* parent = nullptr);

    QStringList tags() const noexcept { return m_tags; }
    void setTags(const QStringList& tags);
    void setSuggestions(const QStringList& earlier);
    QLineEdit* input() const noexcept { return m_input; }
    // Words typed but not yet added count too: nothing typed is lost on saving.
    QStringList tagsWithTyped() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addTyped();
    void rebuildChips();
    // Gives the tag area the height its rows need (at least one row), unless the person is
    // working in the field right now.
    void fitChips();
    int chipRowHeight() const;

    QLineEdit* m_input;
    QCompleter* m_completer;
    QStringListModel* m_suggestions;
    QScrollArea* m_chipArea;
    QWidget* m_chips;
    QLayout* m_chipFlow;
    QList<QToolButton*> m_chipButtons;
    QStringList m_tags;
    FocusLeaveWatch* m_focus;  // while it holds, the height does not change
    int m_fittedWidth = -1;
};

}  // namespace mooring
