#pragma once

#include "domain/CopingStrategy.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QPushButton;
class QUndoStack;

namespace mooring {

// The toolbox's buttons in one column beside the list: what can be done with the chosen
// idea, undo, and "Pick one for me". Each says its key in its tooltip; the screen binds
// the keys, so they work wherever the focus is on the list page.
class ToolboxActions : public QWidget {
    Q_OBJECT
public:
    enum class Action { Add, Edit, Favourite, Hide, MoveUp, MoveDown, Delete, Undo, Pick };

    explicit ToolboxActions(QWidget* parent = nullptr);

    // Labels and enabled states for the idea chosen now (nullopt: none).
    void update(const std::optional<CopingStrategy>& current, bool canMoveUp, bool canMoveDown, bool inFavourites,
                const QUndoStack& undo);
    bool pickFromEveryFamily() const;
    QPushButton* button(Action action) const;
    QCheckBox* pickFromAllBox() const noexcept { return m_fromAll; }
    QList<QWidget*> focusChain() const;  // in reading order

Q_SIGNALS:
    void triggered(mooring::ToolboxActions::Action action);

private:
    void rename(QPushButton* b, const QString& name);
    QPushButton* make(Action action, const QString& text, const QString& name, const QKeySequence& key,
                      const QString& objectName);

    QList<QPushButton*> m_buttons;  // indexed by Action
    QCheckBox* m_fromAll;
};

}  // namespace mooring
