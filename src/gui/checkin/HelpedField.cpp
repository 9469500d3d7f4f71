#include "gui/checkin/HelpedField.h"

#include "gui/common/Appearance.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

HelpedField::HelpedField(QWidget* parent)
    : QWidget(parent),
      m_input(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add"), this)),
      m_showIdeas(new QPushButton(tr("Show my ideas"), this)),
      m_completer(new QCompleter(this)),
      m_titles(new QStringListModel(this)),
      m_rowsLayout(new QVBoxLayout) {
    m_input->setObjectName(u"helpedInput"_s);
    m_input->setPlaceholderText(tr("An idea from your toolbox, or your own words"));
    m_input->setAccessibleName(tr("Something that helped today"));
    m_input->setAccessibleDescription(
        tr("Type an idea from your toolbox or your own words, then press Enter to add it."));
    m_completer->setModel(m_titles);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_add->setObjectName(u"helpedAdd"_s);
    m_add->setAccessibleName(tr("Add what helped"));
    QPushButton* showIdeas = m_showIdeas;
    showIdeas->setObjectName(u"helpedShowIdeas"_s);
    showIdeas->setAccessibleName(tr("Show the ideas in my toolbox"));

    auto* inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(showIdeas);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(inputRow);
    column->addLayout(m_rowsLayout);
    setFocusProxy(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, &HelpedField::addTyped);
    connect(m_add, &QPushButton::clicked, this, &HelpedField::addTyped);
    connect(m_input, &QLineEdit::textEdited, this, &HelpedField::changed);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_input->setText(text);
        addTyped();
    });
    connect(showIdeas, &QPushButton::clicked, this, [this] {
        m_input->setFocus();
        m_completer->setCompletionPrefix(m_input->text());
        m_completer->complete();
    });
}

void HelpedField::setIdeas(const QList<IdeaChoice>& ideas) {
    const QList<CheckInHelp> now = items();
    m_ideas = ideas;
    QStringList titles;
    for (const IdeaChoice& idea : ideas) {
        if (!idea.hidden) titles.append(idea.title);
    }
    m_titles->setStringList(titles);
    setItems(now);  // titles of rows already there may have changed
}

QList<CheckInHelp> HelpedField::items() const {
    QList<CheckInHelp> out;
    for (const Row& row : m_rows) out.append(row.item);
    if (const QString typed = m_input->text().trimmed(); !typed.isEmpty()) out.append(itemFor(typed));
    return out;
}

void HelpedField::setItems(const QList<CheckInHelp>& items) {
    for (const Row& row : std::as_const(m_rows)) delete row.widget;
    m_rows.clear();
    m_input->clear();
    for (const CheckInHelp& item : items) addRow(item);
}

CheckInHelp HelpedField::itemFor(const QString& typed) const {
    // Typing an idea's exact title links that idea; anything else stays the person's words.
    for (const IdeaChoice& idea : m_ideas) {
        if (!idea.hidden && idea.title.compare(typed, Qt::CaseInsensitive) == 0) return {idea.id, {}};
    }
    return {{}, typed};
}

QString HelpedField::titleOf(const CheckInHelp& item) const {
    if (item.strategyId.isEmpty()) return item.text;
    for (const IdeaChoice& idea : m_ideas) {
        if (idea.id == item.strategyId) return idea.title;
    }
    return tr("An idea no longer in your toolbox");
}

void HelpedField::addTyped() {
    const QString typed = m_input->text().trimmed();
    if (typed.isEmpty()) return;
    addRow(itemFor(typed));
    // The list of matching ideas goes with the words it matched (left open, it would keep
    // Tab from leaving the line).
    if (m_completer->popup()) m_completer->popup()->hide();
    m_input->clear();
    Q_EMIT changed();
}

void HelpedField::addRow(const CheckInHelp& item) {
    const QString title = titleOf(item);
    auto* widget = new QWidget(this);
    auto* label = new QLabel(title, widget);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    auto* remove = new QPushButton(tr("Remove"), widget);
    remove->setAccessibleName(tr("Remove \u201c%1\u201d").arg(title));
    Appearance::makeLargeTarget(remove);
    auto* row = new QHBoxLayout(widget);
    row->setContentsMargins(12, 0, 0, 0);
    row->addWidget(label, 1);
    row->addWidget(remove);
    m_rowsLayout->addWidget(widget);
    // Each new "Remove" follows the one before in the tab chain (a new widget would start at
    // the window's end, after the Save button).
    setTabOrder(m_rows.isEmpty() ? m_showIdeas : m_rows.last().remove, remove);
    m_rows.append({item, widget, remove});
    connect(remove, &QPushButton::clicked, this, [this, widget] { removeRow(widget); });
}

void HelpedField::removeRow(QWidget* widget) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget != widget) continue;
        m_rows.removeAt(i);
        widget->deleteLater();
        m_input->setFocus(Qt::OtherFocusReason);
        Q_EMIT changed();
        return;
    }
}

}  // namespace mooring
