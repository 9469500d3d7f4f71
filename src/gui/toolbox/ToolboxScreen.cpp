#include "gui/toolbox/ToolboxScreen.h"

#include "domain/CopingIdeaTexts.h"
#include "domain/Error.h"
#include "exchange/ReviewFetch.h"
#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/toolbox/FamilyList.h"
#include "gui/toolbox/PickOneCard.h"
#include "gui/toolbox/StrategyDelegate.h"
#include "gui/toolbox/StrategyEditor.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxActions.h"
#include "gui/toolbox/ToolboxCommands.h"
#include "gui/toolbox/ToolboxText.h"
#include "insights/WhatHelps.h"
#include "storage/StrategyStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ToolboxScreen::ToolboxScreen(Database& db, QWidget* parent)
    : QWidget(parent),
      m_store(std::make_unique<StrategyStore>(db)),
      m_model(new StrategyModel(*m_store, this)),
      m_filter(new StrategyFilterModel(this)),
      m_undo(new QUndoStack(this)),
      m_random(QRandomGenerator::securelySeeded()) {
    setObjectName(u"toolboxScreen"_s);
    setAccessibleName(tr("My coping toolbox"));
    m_filter->setSourceModel(m_model);
    m_filter->setHelpRankingSource([&db] {
        // The same ranking as the weekly review's "what helps me" (src/insights/).
        QStringList ids;
        try {
            for (const HelpfulIdea& idea : fetchWhatHelps(db))
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
    m_browsePage->setWidget(buildBrowsePage());
    m_browsePage->viewport()->setAutoFillBackground(false);
    m_browse->setAutoFillBackground(false);
    m_pages->addWidget(m_browsePage);
    m_editor = new StrategyEditor(*m_model);
    m_editorPage = new ReadingColumn(m_editor, m_pages, 60);
    m_pages->addWidget(m_editorPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_pages);
    bindKeys();

    connect(m_editor, &StrategyEditor::saved, this, &ToolboxScreen::finishEditing);
    connect(m_editor, &StrategyEditor::cancelled, this, [this] { finishEditing({}); });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        updateActions();
        Q_EMIT favouritesChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ToolboxScreen::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ToolboxScreen::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ToolboxScreen::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ToolboxScreen::updateEmptyNote);

    // Open on the favourites when there are some: they are what helped before.
    showFamily(m_store->favourites().isEmpty() ? std::optional(CopingCategory::Sensory) : std::nullopt);
    setFocusProxy(m_families);
}

ToolboxScreen::~ToolboxScreen() {
    // The undo stack is a child and clears itself (announcing a new index) only after this
    // object is half gone; nothing here may answer that.
    m_undo->disconnect(this);
}

QWidget* ToolboxScreen::buildBrowsePage() {
    m_browse = new QWidget(this);
    m_browse->setObjectName(u"toolboxBrowse"_s);
    QWidget* page = m_browse;

    auto* heading = new QLabel(tr("My coping toolbox"), page);
    heading->setObjectName(u"toolboxHeading"_s);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* back = new QPushButton(tr("&Back to home"), page);
    back->setObjectName(u"toolboxBack"_s);
    back->setAccessibleName(tr("Back to home"));
    back->setToolTip(tr("Back to home (Esc)"));
    connect(back, &QPushButton::clicked, this, &ToolboxScreen::backRequested);

    m_familyHeading = new QLabel(page);
    m_familyHeading->setObjectName(u"familyHeading"_s);
    Appearance::makeHeading(m_familyHeading, 2);
    m_familyDescription = new QLabel(page);
    m_familyDescription->setObjectName(u"familyDescription"_s);
    m_familyDescription->setWordWrap(true);
    m_banner = new MessageBanner(page);
    m_banner->setObjectName(u"toolboxBanner"_s);

    m_search = new QLineEdit(page);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setAccessibleName(tr("Search all ideas"));
    m_search->setPlaceholderText(tr("Search all ideas (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_showHidden = new QCheckBox(tr("Show &hidden ideas"), page);
    m_showHidden->setObjectName(u"showHidden"_s);
    m_showHidden->setAccessibleName(tr("Show hidden ideas"));
    m_sortByHelps = new QCheckBox(tr("S&ort by what helps me"), page);
    m_sortByHelps->setObjectName(u"sortByHelps"_s);
    m_sortByHelps->setAccessibleName(tr("Sort by what helps me"));
    m_sortByHelps->setToolTip(
        tr("Ideas you rated as most helpful in your journal first (tried at least three times)."));

    m_list = new QListView(page);
    m_list->setObjectName(u"ideaList"_s);
    m_list->setAccessibleName(tr("Ideas"));
    m_list->setModel(m_filter);
    m_delegate = new StrategyDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);  // rows wrap again when the width changes
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_emptyNote = new QLabel(page);
    m_emptyNote->setObjectName(u"emptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_actions = new ToolboxActions(page);
    m_pickCard = new PickOneCard(page);
    auto* keys = new QLabel(ToolboxText::keysHint(), page);
    keys->setObjectName(u"keysHint"_s);
    keys->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(back, 0, Qt::AlignTop);
    // The search takes the whole width; the two choices sit beside each other below it and
    // go one under the other when the text is large, so they never widen the window.
    auto* searchRow = new QVBoxLayout;
    searchRow->setSpacing(4);
    searchRow->addWidget(m_search);
    auto* choices = new crisis::FlowLayout(nullptr, 18);
    choices->addWidget(m_showHidden);
    choices->addWidget(m_sortByHelps);
    searchRow->addLayout(choices);
    // Three columns: the lists, the ideas, what to do. The buttons stand beside the whole
    // middle column, so at large text they never squeeze the ideas to a couple of rows.
    auto* middle = new QVBoxLayout;
    middle->setSpacing(8);
    middle->addWidget(m_familyHeading);
    middle->addWidget(m_familyDescription);
    middle->addWidget(m_banner);
    middle->addLayout(searchRow);
    middle->addWidget(m_emptyNote);
    middle->addWidget(m_list, 1);
    middle->addWidget(m_pickCard);
    middle->addWidget(keys);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(18);
    m_families = new FamilyList(page);
    columns->addWidget(m_families);
    columns->addLayout(middle, 1);
    columns->addWidget(m_actions);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    // Reading order: families, search, the list, what to do with it, "pick one", back.
    QList<QWidget*> chain{m_families, m_search, m_showHidden, m_sortByHelps, m_list};
    chain << m_actions->focusChain() << back;
    for (qsizetype i = 1; i < chain.size(); ++i) setTabOrder(chain.at(i - 1), chain.at(i));
    Appearance::makeLargeTargets(page);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        m_delegate->setShowFamily(m_filter->isSearching());
        m_list->doItemsLayout();
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        updateHeader();
    });
    connect(m_showHidden, &QCheckBox::toggled, this, [this](bool on) {
        const QString keep = currentId();
        m_filter->setShowHidden(on);
        selectId(keep);
    });
    connect(m_sortByHelps, &QCheckBox::toggled, this, [this](bool on) {
        const QString keep = currentId();
        m_filter->setSortByWhatHelps(on);
        selectId(keep);
    });
    connect(m_families, &FamilyList::familyChosen, this, [this](std::optional<CopingCategory> family) {
        const QString keep = currentId();
        m_search->clear();
        m_pickCard->hide();  // it named the family it came from
        m_filter->setFamily(family);
        selectId(keep);
        updateHeader();
    });
    connect(m_list, &QListView::activated, this, &ToolboxScreen::editIdea);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ToolboxScreen::updateActions);
    connect(m_actions, &ToolboxActions::triggered, this, [this](ToolboxActions::Action action) {
        using A = ToolboxActions::Action;
        if (action == A::Undo) return m_undo->undo();
        if (action == A::Pick) return pickOne(m_actions->pickFromEveryFamily());
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
    return page;
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
    auto* find = new QShortcut(QKeySequence::Find, m_browse, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    for (int i = 0; i < m_families->count(); ++i) {
        auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), m_browse, this, [this, i] {
            m_families->setCurrentRow(i);
            m_list->setFocus();
        });
        key->setContext(Qt::WidgetWithChildrenShortcut);
    }
    // Esc first empties the search, then leaves; one shortcut, so the two never clash.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_browse, this, [this] {
        if (m_search->hasFocus() && !m_search->text().isEmpty()) {
            m_search->clear();
            m_list->setFocus();
        } else {
            Q_EMIT backRequested();
        }
    });
    escape->setContext(Qt::WidgetWithChildrenShortcut);
}

void ToolboxScreen::bindKey(const QKeySequence& key, void (ToolboxScreen::*slot)()) {
    // The list page holds the shortcuts, so they are quiet while the editor is open.
    auto* shortcut = new QShortcut(key, m_browse, this, slot);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

void ToolboxScreen::showFamily(std::optional<CopingCategory> family) {
    m_families->choose(family);
    updateHeader();
}

std::optional<CopingCategory> ToolboxScreen::shownFamily() const { return m_filter->family(); }

QString ToolboxScreen::currentId() const { return m_list->currentIndex().data(StrategyModel::IdRole).toString(); }

std::optional<CopingStrategy> ToolboxScreen::currentStrategy() const { return m_model->strategy(currentId()); }

void ToolboxScreen::selectId(const QString& id) {
    QModelIndex shown = m_filter->mapFromSource(m_model->indexOf(id));
    if (!shown.isValid()) shown = m_list->currentIndex().isValid() ? m_list->currentIndex() : m_filter->index(0, 0);
    m_list->setCurrentIndex(shown);
    if (shown.isValid()) m_list->scrollTo(shown);
    updateActions();
}

void ToolboxScreen::updateHeader() {
    m_familyHeading->setText(ToolboxText::listHeading(m_filter->family(), m_filter->searchText()));
    m_familyDescription->setText(ToolboxText::listDescription(m_filter->family(), m_filter->searchText()));
    m_list->setAccessibleDescription(m_familyHeading->text());
    updateEmptyNote();
    updateActions();
}

void ToolboxScreen::updateEmptyNote() {
    const bool empty = m_filter->rowCount() == 0;
    m_emptyNote->setText(empty ? ToolboxText::emptyList(m_filter->family(), m_filter->searchText()) : QString());
    m_emptyNote->setVisible(empty);
}

void ToolboxScreen::updateActions() {
    const auto s = currentStrategy();
    const bool inFavourites = !m_filter->family() && !m_filter->isSearching();
    const bool movable = inFavourites && s && s->favourite;
    const int row = m_list->currentIndex().row();
    m_actions->update(s, movable && row > 0, movable && row < m_filter->rowCount() - 1, inFavourites, *m_undo);
}

void ToolboxScreen::showProblem(const QString& message) {
    m_banner->showMessage(message, MessageBanner::Tone::Attention);
}

void ToolboxScreen::showNote(const QString& message) { m_banner->showMessage(message, MessageBanner::Tone::Info); }

void ToolboxScreen::addIdea() {
    m_banner->clearMessage();
    m_editor->startNew(m_filter->family().value_or(CopingCategory::Sensory));
    showPage(m_editorPage);
}

void ToolboxScreen::editIdea() {
    const auto s = currentStrategy();
    if (!s) return;
    m_banner->clearMessage();
    m_editor->startEdit(*s);
    showPage(m_editorPage);
}

void ToolboxScreen::showPage(QWidget* page) {
    m_pages->setCurrentWidget(page);
    // The screen hands the focus (when it is opened, or reached by Tab) only to a control on
    // the page shown: the families list behind the idea form is out of sight.
    const bool editing = page == m_editorPage;
    setFocusProxy(editing ? static_cast<QWidget*>(m_editor) : m_families);
    if (editing) m_editor->setFocus();
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
        Q_EMIT favouritesChanged();
    }
    m_list->setFocus();
}

void ToolboxScreen::toggleFavourite() {
    const auto s = currentStrategy();
    if (!s) return;
    try {
        m_model->setFavourite(s->id, !s->favourite);
        m_banner->clearMessage();
        selectId(s->id);
        Q_EMIT favouritesChanged();
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
        if (m_model->moveFavourite(s->id, step)) {
            selectId(s->id);
            Q_EMIT favouritesChanged();
        }
    } catch (const Error& e) {
        showProblem(e.message());
    }
}

void ToolboxScreen::toggleHidden() {
    const auto s = currentStrategy();
    if (!s) return;
    m_banner->clearMessage();
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
    m_banner->clearMessage();
    m_undo->push(new DeleteIdeaCommand(undoContext(), *s));
    if (!m_model->strategy(s->id)) showNote(tr("\u201c%1\u201d is deleted. Ctrl+Z brings it back.").arg(s->title));
}

ToolboxUndoContext ToolboxScreen::undoContext() {
    return {m_model, [this](const QString& id) { selectId(id); },
            [this](const QString& message) { showProblem(message); }};
}

void ToolboxScreen::pickOne(bool fromEveryFamily) {
    // From the favourites or a search, "one for me" means from everything.
    const std::optional<CopingCategory> family =
        fromEveryFamily || m_filter->isSearching() ? std::nullopt : m_filter->family();
    const auto picked = m_model->pick(family, m_random, m_pickCard->shownId());
    const QString from = family ? ToolboxText::familyName(*family) : tr("all your ideas");
    if (picked)
        m_pickCard->showIdea(*picked, from);
    else
        m_pickCard->showNothing(from);
    m_browsePage->ensureWidgetVisible(m_pickCard);
}

}  // namespace mooring
