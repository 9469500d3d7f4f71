#include "gui/common/IdeaOrOwnWords.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>

namespace mooring {

IdeaOrOwnWords::IdeaOrOwnWords(const Texts& texts, QWidget* parent)
    : QWidget(parent),
      m_input(new QLineEdit(this)),
      m_add(nullptr),
      m_showIdeas(nullptr),
      m_completer(new QCompleter(this)),
      m_titles(new QStringListModel(this)),
      m_showIdeasBeforeAdd(texts.showIdeasBeforeAdd) {
    // Made in tab order: a widget joins the window's tab chain when it is made.
    if (m_showIdeasBeforeAdd) m_showIdeas = new QPushButton(texts.showIdeas, this);
    m_add = new QPushButton(tr("Add"), this);
    if (!m_showIdeasBeforeAdd) m_showIdeas = new QPushButton(texts.showIdeas, this);

    m_input->setObjectName(texts.namePrefix + QStringLiteral("Input"));
    m_input->setPlaceholderText(tr("An idea from your toolbox, or your own words"));
    m_input->setAccessibleName(texts.inputName);
    if (!texts.inputDescription.isEmpty()) m_input->setAccessibleDescription(texts.inputDescription);
    m_completer->setModel(m_titles);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_add->setObjectName(texts.namePrefix + QStringLiteral("Add"));
    m_add->setAccessibleName(texts.addName);
    m_showIdeas->setObjectName(texts.namePrefix + QStringLiteral("ShowIdeas"));
    m_showIdeas->setAccessibleName(tr("Show the ideas in my toolbox"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_input, 1);
    row->addWidget(m_showIdeasBeforeAdd ? m_showIdeas : m_add);
    row->addWidget(m_showIdeasBeforeAdd ? m_add : m_showIdeas);
    setFocusProxy(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, &IdeaOrOwnWords::addTyped);
    connect(m_add, &QPushButton::clicked, this, &IdeaOrOwnWords::addTyped);
    connect(m_input, &QLineEdit::textEdited, this, &IdeaOrOwnWords::edited);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_input->setText(text);
        addTyped();
    });
    connect(m_showIdeas, &QPushButton::clicked, this, [this] {
        m_input->setFocus();
        m_completer->setCompletionPrefix(m_input->text());
        m_completer->complete();
    });
}

QWidget* IdeaOrOwnWords::lastControl() const noexcept { return m_showIdeasBeforeAdd ? m_add : m_showIdeas; }

void IdeaOrOwnWords::setIdeas(const QList<IdeaChoice>& ideas) {
    m_ideas = ideas;
    QStringList titles;
    for (const IdeaChoice& idea : ideas) {
        if (!idea.hidden) titles.append(idea.title);
    }
    m_titles->setStringList(titles);
}

std::optional<IdeaOrWords> IdeaOrOwnWords::pending() const {
    const QString typed = m_input->text().trimmed();
    if (typed.isEmpty()) return std::nullopt;
    return itemFor(typed);
}

void IdeaOrOwnWords::clear() { m_input->clear(); }

IdeaOrWords IdeaOrOwnWords::itemFor(const QString& typed) const {
    // Typing an idea's exact title links that idea; anything else stays the person's words.
    for (const IdeaChoice& idea : m_ideas) {
        if (!idea.hidden && idea.title.compare(typed, Qt::CaseInsensitive) == 0) return {idea.id, {}};
    }
    return {{}, typed};
}

QString IdeaOrOwnWords::titleOf(const IdeaOrWords& item) const {
    if (item.strategyId.isEmpty()) return item.text;
    for (const IdeaChoice& idea : m_ideas) {
        if (idea.id == item.strategyId) return idea.title;
    }
    return tr("An idea no longer in your toolbox");
}

void IdeaOrOwnWords::addTyped() {
    const std::optional<IdeaOrWords> item = pending();
    if (!item) return;
    // The list of matching ideas goes with the words it matched (left open, it would keep
    // Tab from leaving the line).
    if (m_completer->popup()) m_completer->popup()->hide();
    m_input->clear();
    Q_EMIT added(*item);
}

}  // namespace mooring
