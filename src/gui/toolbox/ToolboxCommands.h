#pragma once

#include "domain/CopingStrategy.h"
#include "storage/IdeaRemoval.h"

#include <QUndoCommand>

#include <functional>

namespace mooring {

class StrategyModel;

// What the undoable toolbox changes need from the screen: the model to change, a way to
// show the idea the change was about, and a calm place to say that something went wrong
// (an undo step must not throw into Qt's event loop).
struct ToolboxUndoContext {
    StrategyModel* model = nullptr;
    std::function<void(const QString& id)> select;
    std::function<void(const QString& message)> report;
};

// Hide or show again (undo gives the opposite).
class HideIdeaCommand : public QUndoCommand {
public:
    HideIdeaCommand(ToolboxUndoContext context, const CopingStrategy& strategy, bool hide);
    void redo() override;
    void undo() override;

private:
    void apply(bool hide);
    ToolboxUndoContext m_context;
    QString m_id;
    bool m_hide;
};

// Delete one of the person's own ideas, with the photos and sounds it keeps; undo puts it
// back exactly as it was (same id, favourite and its place among the favourites), and its
// media with it. An idea that keeps media is deleted only after the person says yes, asked
// here as the command is made (DeleteIdeaQuestion); declined, the command is obsolete and
// the stack drops it without changing anything. Redo never asks again.
class DeleteIdeaCommand : public QUndoCommand {
public:
    DeleteIdeaCommand(ToolboxUndoContext context, const CopingStrategy& strategy);
    void redo() override;
    void undo() override;

private:
    ToolboxUndoContext m_context;
    CopingStrategy m_strategy;
    IdeaRemoval::Removed m_removed;  // what the last redo deleted; empty when it deleted nothing
};

}  // namespace mooring
