#include "gui/toolbox/ToolboxBrowsePage.h"

#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/toolbox/FamilyList.h"
#include "gui/toolbox/PickOneCard.h"
#include "gui/toolbox/StrategyDelegate.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxActions.h"
#include "gui/toolbox/ToolboxText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ToolboxBrowsePage::ToolboxBrowsePage(StrategyModel& model, StrategyFilterModel& filter, QWidget* parent)
    : QWidget(parent), m_model(model), m_filter(filter) {
    setObjectName(u"toolboxBrowse"_s);
    auto* heading = new QLabel(tr("My coping toolbox"), this);
    heading->setObjectName(u"toolboxHeading"_s);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* back = new QPushButton(tr("&Back to home"), this);
    back->setObjectName(u"toolboxBack"_s);
    back->setAccessibleName(tr("Back to home"));
    back->setToolTip(tr("Back to home (Esc)"));
    connect(back, &QPushButton::clicked, this, &ToolboxBrowsePage::backRequested);
    buildWidgets();
    auto* keys = new QLabel(ToolboxText::keysHint(), this);
    keys->setObjectName(u"keysHint"_s);
    keys->setWordWrap(true);
    placeWidgets(heading, back, keys);

    // Reading order: families, search, the list, what to do with it, "pick one", back.
    QList<QWidget*> chain{m_families, m_search, m_showHidden, m_sortByHelps, m_list};
    chain << m_actions->focusChain() << back;
    for (qsizetype i = 1; i < chain.size(); ++i) setTabOrder(chain.at(i - 1), chain.at(i));
    Appearance::makeLargeTargets(this);
    connectFilter();
}

void ToolboxBrowsePage::buildWidgets() {
    m_familyHeading = new QLabel(this);
    m_familyHeading->setObjectName(u"familyHeading"_s);
    Appearance::makeHeading(m_familyHeading, 2);
    m_familyDescription = new QLabel(this);
    m_familyDescription->setObjectName(u"familyDescription"_s);
    m_familyDescription->setWordWrap(true);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"toolboxBanner"_s);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setAccessibleName(tr("Search all ideas"));
    m_search->setPlaceholderText(tr("Search all ideas (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_showHidden = new QCheckBox(tr("Show &hidden ideas"), this);
    m_showHidden->setObjectName(u"showHidden"_s);
    m_showHidden->setAccessibleName(tr("Show hidden ideas"));
    m_sortByHelps = new QCheckBox(tr("S&ort by what helps me"), this);
    m_sortByHelps->setObjectName(u"sortByHelps"_s);
    m_sortByHelps->setAccessibleName(tr("Sort by what helps me"));
    m_sortByHelps->setToolTip(
        tr("Ideas you rated as most helpful in your journal first (tried at least three times)."));

    m_list = new QListView(this);
    m_list->setObjectName(u"ideaList"_s);
    m_list->setAccessibleName(tr("Ideas"));
    m_list->setModel(&m_filter);
    m_delegate = new StrategyDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);  // rows wrap again when the width changes
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(u"emptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_actions = new ToolboxActions(this);
    m_pickCard = new PickOneCard(this);
    m_families = new FamilyList(this);
}

void ToolboxBrowsePage::placeWidgets(QWidget* heading, QWidget* back, QWidget* keys) {
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
    columns->addWidget(m_families);
    columns->addLayout(middle, 1);
    columns->addWidget(m_actions);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
}

void ToolboxBrowsePage::connectFilter() {
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter.setSearchText(text);
        m_delegate->setShowFamily(m_filter.isSearching());
        m_list->doItemsLayout();
        if (!m_list->currentIndex().isValid() && m_filter.rowCount() > 0) m_list->setCurrentIndex(m_filter.index(0, 0));
        updateHeader();
    });
    connect(m_showHidden, &QCheckBox::toggled, this, [this](bool on) {
        const QString keep = currentId();
        m_filter.setShowHidden(on);
        selectId(keep);
    });
    connect(m_sortByHelps, &QCheckBox::toggled, this, [this](bool on) {
        const QString keep = currentId();
        m_filter.setSortByWhatHelps(on);
        selectId(keep);
    });
    connect(m_families, &FamilyList::familyChosen, this, [this](std::optional<CopingCategory> family) {
        const QString keep = currentId();
        m_search->clear();
        m_pickCard->hide();  // it named the family it came from
        m_filter.setFamily(family);
        selectId(keep);
        updateHeader();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ToolboxBrowsePage::currentChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_filter, signal, this, &ToolboxBrowsePage::updateEmptyNote);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &ToolboxBrowsePage::updateEmptyNote);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, &ToolboxBrowsePage::updateEmptyNote);
}

void ToolboxBrowsePage::showFamily(std::optional<CopingCategory> family) {
    m_families->choose(family);
    updateHeader();
}

QString ToolboxBrowsePage::currentId() const { return m_list->currentIndex().data(StrategyModel::IdRole).toString(); }

void ToolboxBrowsePage::selectId(const QString& id) {
    QModelIndex shown = m_filter.mapFromSource(m_model.indexOf(id));
    if (!shown.isValid()) shown = m_list->currentIndex().isValid() ? m_list->currentIndex() : m_filter.index(0, 0);
    m_list->setCurrentIndex(shown);
    if (shown.isValid()) m_list->scrollTo(shown);
    Q_EMIT currentChanged();
}

void ToolboxBrowsePage::updateHeader() {
    m_familyHeading->setText(ToolboxText::listHeading(m_filter.family(), m_filter.searchText()));
    m_familyDescription->setText(ToolboxText::listDescription(m_filter.family(), m_filter.searchText()));
    m_list->setAccessibleDescription(m_familyHeading->text());
    updateEmptyNote();
    Q_EMIT currentChanged();
}

void ToolboxBrowsePage::updateEmptyNote() {
    const bool empty = m_filter.rowCount() == 0;
    m_emptyNote->setText(empty ? ToolboxText::emptyList(m_filter.family(), m_filter.searchText()) : QString());
    m_emptyNote->setVisible(empty);
}

void ToolboxBrowsePage::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

bool ToolboxBrowsePage::clearSearch() {
    if (!m_search->hasFocus() || m_search->text().isEmpty()) return false;
    m_search->clear();
    m_list->setFocus();
    return true;
}

}  // namespace mooring
