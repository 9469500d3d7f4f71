#include "gui/toolbox/ToolboxCommands.h"

#include "domain/CopingIdeaTexts.h"
#include "domain/Error.h"
#include "gui/toolbox/DeleteIdeaQuestion.h"
#include "gui/toolbox/StrategyModel.h"

#include <QCoreApplication>
#include <QWidget>

namespace mooring {

namespace {

template <typename Work>
void guarded(const ToolboxUndoContext& context, Work work) {
    try {
        work();
    } catch (const Error& e) {
        context.report(e.message());
    }
}

}  // namespace

HideIdeaCommand::HideIdeaCommand(ToolboxUndoContext context, const CopingStrategy& strategy, bool hide)
    : m_context(std::move(context)), m_id(strategy.id), m_hide(hide) {
    setText(hide ? QCoreApplication::translate("mooring", "hide \u201c%1\u201d")
                       .arg(CopingIdeaTexts::title(strategy.builtinKey, strategy.title))
                 : QCoreApplication::translate("mooring", "show \u201c%1\u201d again")
                       .arg(CopingIdeaTexts::title(strategy.builtinKey, strategy.title)));
}

void HideIdeaCommand::apply(bool hide) {
    guarded(m_context, [&] {
        m_context.model->setHidden(m_id, hide);
        m_context.select(m_id);
    });
}

void HideIdeaCommand::redo() { apply(m_hide); }
void HideIdeaCommand::undo() { apply(!m_hide); }

DeleteIdeaCommand::DeleteIdeaCommand(ToolboxUndoContext context, const CopingStrategy& strategy)
    : m_context(std::move(context)), m_strategy(strategy) {
    const QString title = CopingIdeaTexts::title(strategy.builtinKey, strategy.title);
    setText(QCoreApplication::translate("mooring", "delete \u201c%1\u201d").arg(title));
    try {
        const IdeaRemoval::Kept kept = m_context.model->keptMedia(strategy.id);
        // The model belongs to the screen the person pressed Delete on: the question sits over it.
        if (kept.total() > 0 &&
            !DeleteIdeaQuestion::ask(qobject_cast<QWidget*>(m_context.model->parent()), title, kept))
            setObsolete(true);
    } catch (const Error& e) {
        m_context.report(e.message());
        setObsolete(true);
    }
}

void DeleteIdeaCommand::redo() {
    if (isObsolete()) return;
    guarded(m_context, [&] { m_removed = m_context.model->removeWithMedia(m_strategy.id); });
}

void DeleteIdeaCommand::undo() {
    if (m_removed.strategy.id.isEmpty()) return;  // the delete failed: the idea is still there
    guarded(m_context, [&] {
        m_context.model->restoreWithMedia(m_removed);
        m_removed = {};
        m_context.select(m_strategy.id);
    });
}

}  // namespace mooring
