#include "gui/toolbox/ToolboxCommands.h"

#include "domain/CopingIdeaTexts.h"
#include "domain/Error.h"
#include "gui/toolbox/StrategyModel.h"

#include <QCoreApplication>

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
    setText(QCoreApplication::translate("mooring", "delete \u201c%1\u201d")
                .arg(CopingIdeaTexts::title(strategy.builtinKey, strategy.title)));
}

void DeleteIdeaCommand::redo() {
    guarded(m_context, [&] { m_context.model->remove(m_strategy.id); });
}

void DeleteIdeaCommand::undo() {
    guarded(m_context, [&] {
        m_context.model->restore(m_strategy);
        m_context.select(m_strategy.id);
    });
}

}  // namespace mooring
