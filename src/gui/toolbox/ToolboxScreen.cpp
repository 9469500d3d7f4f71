#include "gui/toolbox/ToolboxScreen.h"

#include "domain/CopingIdeaTexts.h"
#include "domain/Error.h"
#include "exchange/ReviewFetch.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/hopebox/MediaShelf.h"
#include "gui/toolbox/FamilyList.h"
#include "gui/toolbox/PickOneCard.h"
#include "gui/toolbox/StrategyEditor.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxActions.h"
#include "gui/toolbox/ToolboxBrowsePage.h"
#include "gui/toolbox/ToolboxCommands.h"
#include "gui/toolbox/ToolboxText.h"
#include "insights/WhatHelps.h"
#include "session/ProfileSession.h"

#include <QListView>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

ToolboxScreen::ToolboxScreen(ProfileSession& session, QWidget* parent)
    : QWidget(parent),
      m_model(new StrategyModel([&session] { return session.strategies(); }, this)),
      m_filter(new StrategyFilterModel(this)),
      m_undo(new QUndoStack(this)),
      m_random(QRandomGenerator::securelySeeded()) {
    setObjectName(u"toolboxScreen"_s);
    setAccessibleName(tr("My coping toolbox"));
    m_filter->setSourceModel(m_model);
    m_filter->setHelpRankingSource([&session] {
        // The same ranking as the weekly review's "what helps me" (src/insights/).
        QStringList ids;
        try {
            for (const HelpfulIdea& idea : fetchWhatHelps(session.database()))
                if (!idea.strategyId.isEmpty()) ids << idea.strategyId;
        } catch (const Error&) {
            // Without the journal the person's own order stays; nothing else depends on it.
        }
        return ids;
    });

    m_pages = new QStackedWidget(this);
    // Scrolls rather than clips when the text is large or the window small.
    m_browsePage = new QScrollArea(m_pages);
    m_browsePage->setObjectName(u"toolboxBrowseScroll"_s);
    m_browsePage->setFrameShape(QFrame::NoFrame);
    m_browsePage->setWidgetResizable(true);
    m_browsePage->setFocusPolicy(Qt::NoFocus);
    m_browse = new ToolboxBrowsePage(*m_model, *m_filter, this);
    m_browsePage->setWidget(m_browse);
    m_browsePage->viewport()->setAutoFillBackground(false);
    m_browse->setAutoFillBackground(false);
    m_pages->addWidget(m_browsePage);
    m_editor = new StrategyEditor(*m_model);
    m_editor->setMediaShelf(new MediaShelf(session));
    m_editorPage = new ReadingColumn(m_editor, m_pages, 60);
    m_pages->addWidget(m_editorPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_pages);
    bindKeys();

    connect(m_browse, &ToolboxBrowsePage::backRequested, this, &ToolboxScreen::backRequested);
    connect(m_browse, &ToolboxBrowsePage::currentChanged, this, &ToolboxScreen::updateActions);
    connect(m_browse->list(), &QListView::activated, this, &ToolboxScreen::editIdea);
    connect(m_browse->actions(), &ToolboxActions::triggered, this, [this](ToolboxActions::Action action) {
        using A = ToolboxActions::Action;
        if (action == A::Undo) return m_undo->undo();
        if (action == A::Pick) return pickOne(m_browse->actions()->pickFromEveryFamily());
        const std::pair<A, void (ToolboxScreen::*)()> handlers[] = {{A::Add, &ToolboxScreen::addIdea},
                                                                    {A::Edit, &ToolboxScreen::editIdea},
                                                                    {A::Favourite, &ToolboxScreen::toggleFavourite},
                                                                    {A::Hide, &ToolboxScreen::toggleHidden},
                                                                    {A::MoveUp, &ToolboxScreen::moveUp},
                                                                    {A::MoveDown, &ToolboxScreen::moveDown},
                                                                    {A::Delete, &ToolboxScreen::deleteIdea}};
        for (const auto& [which, handler] : handlers)
            if (which == action) (this->*handler)();
    });
    connect(m_editor, &StrategyEditor::saved, this, &ToolboxScreen::finishEditing);
    connect(m_editor, &StrategyEditor::cancelled, this, [this] { finishEditing({}); });
    connect(m_undo, &QUndoStack::indexChanged, this, &ToolboxScreen::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ToolboxScreen::updateActions);
    // Whoever wrote (this screen too: then the rows already agree and nothing moves).
    connect(&session, &ProfileSession::toolboxChanged, this, &ToolboxScreen::catchUp);
    connect(&session, &ProfileSession::importDone, this, &ToolboxScreen::catchUp);
    connect(&session, &ProfileSession::journalChanged, this, [this] {
        // New ratings in the journal can change "what helps me".
        if (m_filter->sortsByWhatHelps()) m_filter->setSortByWhatHelps(true);
    });

    // Open on the favourites when there are some: they are what helped before.
    const bool anyFavourite = std::any_of(m_model->strategies().cbegin(), m_model->strategies().cend(),
                                          [](const CopingStrategy& s) { return s.favourite; });
    showFamily(anyFavourite ? std::nullopt : std::optional(CopingCategory::Sensory));
    // Opened, the screen hands the focus only to a control on the page shown: the families
    // list behind the idea form is out of sight.
    FocusLanding::install(
        this,
        [this]() -> QWidget* {
            return m_pages->currentWidget() == m_editorPage ? static_cast<QWidget*>(m_editor) : m_browse->families();
        },
        FocusLanding::When::Shown);
}

ToolboxScreen::~ToolboxScreen() {
    // The undo stack is a child and clears itself (announcing a new index) only after this
    // object is half gone; nothing here may answer that.
    m_undo->disconnect(this);
}

void ToolboxScreen::catchUp() {
    try {
        m_model->reload();
    } catch (const Error& e) {
        showProblem(e.message());
        return;
    }
    m_browse->selectId(currentId());  // the chosen idea, or the nearest one if it went
    m_browse->updateEmptyNote();
}

void ToolboxScreen::bindKeys() {
    bindKey(QKeySequence::New, &ToolboxScreen::addIdea);
    bindKey(QKeySequence(Qt::Key_F2), &ToolboxScreen::editIdea);
    bindKey(QKeySequence(Qt::CTRL | Qt::Key_D), &ToolboxScreen::toggleFavourite);
    bindKey(QKeySequence(Qt::CTRL | Qt::Key_Up), &ToolboxScreen::moveUp);
    bindKey(QKeySequence(Qt::CTRL | Qt::Key_Down), &ToolboxScreen::moveDown);
    bindKey(QKeySequence(Qt::CTRL | Qt::Key_H), &ToolboxScreen::toggleHidden);
    bindKey(QKeySequence::Delete, &ToolboxScreen::deleteIdea);
    auto* undo = new QShortcut(QKeySequence::Undo, m_browse, m_undo, &QUndoStack::undo);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    auto* redo = new QShortcut(QKeySequence::Redo, m_browse, m_undo, &QUndoStack::redo);
    redo->setContext(Qt::WidgetWithChildrenShortcut);
    auto* find = new QShortcut(QKeySequence::Find, m_browse, m_browse, &ToolboxBrowsePage::focusSearch);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    FamilyList* families = m_browse->families();
    for (int i = 0; i < families->count(); ++i) {
        auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), m_browse, this, [this, i] {
            m_browse->families()->setCurrentRow(i);
            m_browse->list()->setFocus();
        });
        key->setContext(Qt::WidgetWithChildrenShortcut);
    }
    // Esc first empties the search, then leaves; one shortcut, so the two never clash.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_browse, this, [this] {
        if (!m_browse->clearSearch()) Q_EMIT backRequested();
    });
    escape->setContext(Qt::WidgetWithChildrenShortcut);
}

void ToolboxScreen::bindKey(const QKeySequence& key, void (ToolboxScreen::*slot)()) {
    // The list page holds the shortcuts, so they are quiet while the editor is open.
    auto* shortcut = new QShortcut(key, m_browse, this, slot);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

void ToolboxScreen::showFamily(std::optional<CopingCategory> family) { m_browse->showFamily(family); }

std::optional<CopingCategory> ToolboxScreen::shownFamily() const { return m_filter->family(); }

QString ToolboxScreen::currentId() const { return m_browse->currentId(); }

std::optional<CopingStrategy> ToolboxScreen::currentStrategy() const { return m_model->strategy(currentId()); }

void ToolboxScreen::selectId(const QString& id) { m_browse->selectId(id); }

void ToolboxScreen::updateActions() {
    const auto s = currentStrategy();
    const bool inFavourites = !m_filter->family() && !m_filter->isSearching();
    const bool movable = inFavourites && s && s->favourite;
    const int row = m_browse->list()->currentIndex().row();
    m_browse->actions()->update(s, movable && row > 0, movable && row < m_filter->rowCount() - 1, inFavourites,
                                *m_undo);
}

void ToolboxScreen::showProblem(const QString& message) {
    m_browse->banner()->showMessage(message, MessageBanner::Tone::Attention);
}

void ToolboxScreen::showNote(const QString& message) {
    m_browse->banner()->showMessage(message, MessageBanner::Tone::Info);
}

void ToolboxScreen::addIdea() {
    m_browse->banner()->clearMessage();
    m_editor->startNew(m_filter->family().value_or(CopingCategory::Sensory));
    showPage(m_editorPage);
}

void ToolboxScreen::editIdea() {
    const auto s = currentStrategy();
    if (!s) return;
    m_browse->banner()->clearMessage();
    m_editor->startEdit(*s);
    showPage(m_editorPage);
}

void ToolboxScreen::showPage(QWidget* page) {
    m_pages->setCurrentWidget(page);
    if (page == m_editorPage) m_editor->setFocus();
}

void ToolboxScreen::finishEditing(const QString& savedId) {
    const bool wasNew = m_editor->isNew();
    showPage(m_browsePage);
    if (const auto saved = m_model->strategy(savedId)) {
        // Show it where it now lives, unless it is on the favourites being shown.
        const bool onFavourites = !m_filter->family() && saved->favourite;
        if (!onFavourites && m_filter->family() != saved->category) showFamily(saved->category);
        selectId(savedId);
        const QString title = CopingIdeaTexts::title(saved->builtinKey, saved->title);
        showNote(wasNew ? tr("Added \u201c%1\u201d.").arg(title) : tr("Saved \u201c%1\u201d.").arg(title));
    }
    m_browse->list()->setFocus();
}

void ToolboxScreen::toggleFavourite() {
    const auto s = currentStrategy();
    if (!s) return;
    try {
        m_model->setFavourite(s->id, !s->favourite);
        m_browse->banner()->clearMessage();
        selectId(s->id);
    } catch (const Error& e) {
        showProblem(e.message());
    }
}

void ToolboxScreen::moveUp() { moveFavourite(-1); }
void ToolboxScreen::moveDown() { moveFavourite(+1); }

void ToolboxScreen::moveFavourite(int step) {
    const auto s = currentStrategy();
    if (!s || !s->favourite) return;
    if (m_filter->family() || m_filter->isSearching()) {
        showNote(tr("Favourites are put in order under Favourites (Ctrl+1)."));
        return;
    }
    try {
        if (m_model->moveFavourite(s->id, step)) selectId(s->id);
    } catch (const Error& e) {
        showProblem(e.message());
    }
}

void ToolboxScreen::toggleHidden() {
    const auto s = currentStrategy();
    if (!s) return;
    m_browse->banner()->clearMessage();
    m_undo->push(new HideIdeaCommand(undoContext(), *s, !s->hidden));
    if (!s->hidden && !m_filter->showHidden())
        showNote(tr("\u201c%1\u201d is hidden. Ctrl+Z brings it back, and so does \u201cShow hidden ideas\u201d.")
                     .arg(s->title));
}

void ToolboxScreen::deleteIdea() {
    const auto s = currentStrategy();
    if (!s) return;
    if (s->builtin) {
        showNote(tr("Ideas that come with Mooring can't be deleted, but you can hide them (Ctrl+H)."));
        return;
    }
    m_browse->banner()->clearMessage();
    const bool keptMedia = m_model->keptMedia(s->id).total() > 0;  // asked about before it goes
    m_undo->push(new DeleteIdeaCommand(undoContext(), *s));
    if (m_model->strategy(s->id)) return;  // kept: the person said no
    showNote(keptMedia ? tr("\u201c%1\u201d and what it kept are deleted. Ctrl+Z brings all of it back.").arg(s->title)
                       : tr("\u201c%1\u201d is deleted. Ctrl+Z brings it back.").arg(s->title));
}

ToolboxUndoContext ToolboxScreen::undoContext() {
    return {m_model, [this](const QString& id) { selectId(id); },
            [this](const QString& message) { showProblem(message); }};
}

void ToolboxScreen::pickOne(bool fromEveryFamily) {
    // From the favourites or a search, "one for me" means from everything.
    const std::optional<CopingCategory> family =
        fromEveryFamily || m_filter->isSearching() ? std::nullopt : m_filter->family();
    const auto picked = m_model->pick(family, m_random, m_browse->pickCard()->shownId());
    const QString from = family ? ToolboxText::familyName(*family) : tr("all your ideas");
    if (picked)
        m_browse->pickCard()->showIdea(*picked, from);
    else
        m_browse->pickCard()->showNothing(from);
    m_browsePage->ensureWidgetVisible(m_browse->pickCard());
}

}  // namespace mooring
