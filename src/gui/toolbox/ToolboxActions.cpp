#include "gui/toolbox/ToolboxActions.h"

#include "gui/common/Appearance.h"

#include <QCheckBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ToolboxActions::ToolboxActions(QWidget* parent) : QWidget(parent) {
    setObjectName(u"toolboxActions"_s);
    m_buttons.resize(int(Action::Pick) + 1);
    make(Action::Add, tr("Add idea"), tr("Add an idea"), QKeySequence::New, u"addIdea"_s);
    make(Action::Edit, tr("Edit"), tr("Edit the idea"), QKeySequence(Qt::Key_F2), u"editIdea"_s);
    make(Action::Favourite, tr("Favourite"), tr("Add to favourites"), QKeySequence(Qt::CTRL | Qt::Key_D),
         u"favouriteIdea"_s);
    make(Action::Hide, tr("Hide"), tr("Hide the idea"), QKeySequence(Qt::CTRL | Qt::Key_H), u"hideIdea"_s);
    make(Action::MoveUp, tr("Move up"), tr("Move up among favourites"), QKeySequence(Qt::CTRL | Qt::Key_Up),
         u"moveUp"_s);
    make(Action::MoveDown, tr("Move down"), tr("Move down among favourites"), QKeySequence(Qt::CTRL | Qt::Key_Down),
         u"moveDown"_s);
    make(Action::Delete, tr("Delete"), tr("Delete the idea"), QKeySequence::Delete, u"deleteIdea"_s);
    make(Action::Undo, tr("Undo"), tr("Undo"), QKeySequence::Undo, u"undoIdea"_s);
    make(Action::Pick, tr("&Pick one for me"), tr("Pick one for me"), QKeySequence(), u"pickOne"_s);
    button(Action::Pick)->setToolTip(tr("Suggests one idea at random; favourites come up more often (Alt+P)"));
    m_fromAll = new QCheckBox(tr("From &every family"), this);
    m_fromAll->setObjectName(u"pickFromAll"_s);
    m_fromAll->setAccessibleName(tr("Pick from every family"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (Action action : {Action::Add, Action::Edit, Action::Favourite, Action::Hide, Action::MoveUp, Action::MoveDown,
                          Action::Delete, Action::Undo})
        layout->addWidget(button(action));
    layout->addSpacing(12);
    layout->addStretch(1);
    layout->addWidget(button(Action::Pick));
    layout->addWidget(m_fromAll);
    Appearance::makeLargeTargets(this);
}

QPushButton* ToolboxActions::make(Action action, const QString& text, const QString& name, const QKeySequence& key,
                                  const QString& objectName) {
    auto* b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setProperty("keyText", key.toString(QKeySequence::NativeText));
    rename(b, name);
    connect(b, &QPushButton::clicked, this, [this, action] { Q_EMIT triggered(action); });
    m_buttons[int(action)] = b;
    return b;
}

void ToolboxActions::rename(QPushButton* b, const QString& name) {
    b->setAccessibleName(name);
    // The tool tip is also what a screen reader says after the name: it must say the same.
    const QString key = b->property("keyText").toString();
    if (!key.isEmpty()) b->setToolTip(u"%1 (%2)"_s.arg(name, key));
}

QPushButton* ToolboxActions::button(Action action) const { return m_buttons.at(int(action)); }

bool ToolboxActions::pickFromEveryFamily() const { return m_fromAll->isChecked(); }

QList<QWidget*> ToolboxActions::focusChain() const {
    QList<QWidget*> chain;
    for (Action action : {Action::Add, Action::Edit, Action::Favourite, Action::Hide, Action::MoveUp, Action::MoveDown,
                          Action::Delete, Action::Undo, Action::Pick})
        chain << button(action);
    chain << m_fromAll;
    return chain;
}

void ToolboxActions::update(const std::optional<CopingStrategy>& current, bool canMoveUp, bool canMoveDown,
                            bool inFavourites, const QUndoStack& undo) {
    const bool chosen = current.has_value();
    const bool favourite = chosen && current->favourite;
    const bool hidden = chosen && current->hidden;
    button(Action::Edit)->setEnabled(chosen);
    button(Action::Favourite)->setEnabled(chosen);
    button(Action::Favourite)->setText(favourite ? tr("Remove favourite") : tr("Favourite"));
    rename(button(Action::Favourite), favourite ? tr("Remove from favourites") : tr("Add to favourites"));
    button(Action::MoveUp)->setEnabled(canMoveUp);
    button(Action::MoveDown)->setEnabled(canMoveDown);
    const QString moveHint = inFavourites ? QString() : tr("Open Favourites (Ctrl+1) to put them in order.");
    button(Action::MoveUp)->setAccessibleDescription(moveHint);
    button(Action::MoveDown)->setAccessibleDescription(moveHint);
    button(Action::Hide)->setEnabled(chosen);
    button(Action::Hide)->setText(hidden ? tr("Show again") : tr("Hide"));
    rename(button(Action::Hide), hidden ? tr("Show the idea again") : tr("Hide the idea"));
    button(Action::Delete)->setEnabled(chosen && !current->builtin);
    button(Action::Delete)
        ->setAccessibleDescription(
            chosen && current->builtin ? tr("Ideas that come with Mooring can be hidden instead.") : QString());
    button(Action::Undo)->setEnabled(undo.canUndo());
    rename(button(Action::Undo), undo.canUndo() ? tr("Undo %1").arg(undo.undoText()) : tr("Undo"));
}

}  // namespace mooring
