#include "gui/journal/TriedField.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr int kNotSure = -1;  // the "helped" box's "not sure" value, below 0
}

void placeBefore(QWidget* widget, QWidget* anchor) {
    // New widgets join the end of the window's tab chain; move this one to just before
    // anchor. setTabOrder() ignores widgets that take no focus, so start from one that does.
    QWidget* previous = anchor->previousInFocusChain();
    while (previous != anchor && previous != widget && !(previous->focusPolicy() & Qt::TabFocus))
        previous = previous->previousInFocusChain();
    if (previous != anchor && previous != widget) QWidget::setTabOrder(previous, widget);
}

TriedField::TriedField(QWidget* parent)
    : QWidget(parent),
      m_input(new QLineEdit(this)),
      m_completer(new QCompleter(this)),
      m_titles(new QStringListModel(this)),
      m_rowsLayout(new QVBoxLayout) {
    m_input->setObjectName(u"triedInput"_s);
    m_input->setPlaceholderText(tr("An idea from your toolbox, or your own words"));
    m_input->setAccessibleName(tr("Something I tried"));
    m_completer->setModel(m_titles);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    auto* showIdeas = new QPushButton(tr("My ideas\u2026"), this);
    showIdeas->setObjectName(u"triedShowIdeas"_s);
    showIdeas->setAccessibleName(tr("Show the ideas in my toolbox"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(u"triedAdd"_s);
    m_add->setAccessibleName(tr("Add what I tried"));

    auto* inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(showIdeas);
    inputRow->addWidget(m_add);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    // What was tried lists below the input: adding one (by Enter or by "Add") leaves the input
    // and its buttons where they are, under the pointer, and only what follows moves down.
    column->addLayout(inputRow);
    column->addLayout(m_rowsLayout);
    setFocusProxy(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, &TriedField::addTyped);
    connect(m_add, &QPushButton::clicked, this, &TriedField::addTyped);
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

void TriedField::setIdeas(const QList<IdeaChoice>& ideas) {
    m_ideas = ideas;
    QStringList titles;
    for (const IdeaChoice& idea : ideas) {
        if (!idea.hidden) titles.append(idea.title);
    }
    m_titles->setStringList(titles);
    setItems(items());  // titles of rows already there may have changed
}

QList<TriedItem> TriedField::items() const {
    QList<TriedItem> out;
    for (const Row& row : m_rows) {
        TriedItem item = row.item;
        item.helped = row.helped->value() == kNotSure ? std::nullopt : std::optional<int>(row.helped->value());
        out.append(item);
    }
    if (const QString typed = m_input->text().trimmed(); !typed.isEmpty()) out.append(itemFor(typed));
    return out;
}

void TriedField::setItems(const QList<TriedItem>& items) {
    for (const Row& row : m_rows) delete row.widget;
    m_rows.clear();
    m_input->clear();
    for (const TriedItem& item : items) addRow(item);
}

QSpinBox* TriedField::helpedBox(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).helped : nullptr;
}

TriedItem TriedField::itemFor(const QString& typed) const {
    // Typing an idea's exact title links that idea; anything else stays the person's words.
    for (const IdeaChoice& idea : m_ideas) {
        if (!idea.hidden && idea.title.compare(typed, Qt::CaseInsensitive) == 0) return {idea.id, {}, std::nullopt};
    }
    return {{}, typed, std::nullopt};
}

QString TriedField::titleOf(const TriedItem& item) const {
    if (item.strategyId.isEmpty()) return item.text;
    for (const IdeaChoice& idea : m_ideas) {
        if (idea.id == item.strategyId) return idea.title;
    }
    return tr("An idea no longer in your toolbox");
}

void TriedField::addTyped() {
    const QString typed = m_input->text().trimmed();
    if (typed.isEmpty()) return;
    addRow(itemFor(typed));
    m_input->clear();
    QSpinBox* helped = m_rows.last().helped;
    helped->setFocus(Qt::TabFocusReason);  // next: "how much did it help?", ready to type over
    helped->selectAll();
    Q_EMIT changed();
}

void TriedField::addRow(const TriedItem& item) {
    const int index = static_cast<int>(m_rows.size());
    const QString title = titleOf(item);
    auto* widget = new QWidget(this);
    auto* label = new QLabel(title, widget);
    label->setWordWrap(true);
    auto* helpedLabel = new QLabel(tr("Helped:"), widget);
    auto* helped = new QSpinBox(widget);
    helped->setObjectName(u"triedHelped_%1"_s.arg(index));
    helped->setRange(kNotSure, 10);
    helped->setSpecialValueText(tr("not sure"));
    helped->setValue(item.helped.value_or(kNotSure));
    helped->setSuffix(tr(" of 10"));
    helped->setAccessibleName(tr("How much did \u201c%1\u201d help, from 0 to 10").arg(title));
    helpedLabel->setBuddy(helped);
    auto* remove = new QToolButton(widget);
    remove->setObjectName(u"triedRemove_%1"_s.arg(index));
    remove->setText(u"\u00d7"_s);
    remove->setAccessibleName(tr("Remove \u201c%1\u201d").arg(title));
    remove->setToolTip(remove->accessibleName());

    auto* row = new QHBoxLayout(widget);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label, 1);
    row->addWidget(helpedLabel);
    row->addWidget(helped);
    row->addWidget(remove);
    m_rowsLayout->addWidget(widget);
    widget->show();  // now, not later: its "helped" box takes the focus right away
    // Rows are shown below the input and its buttons, so the keyboard meets them there too.
    QWidget::setTabOrder(m_rows.isEmpty() ? static_cast<QWidget*>(m_add) : m_rows.last().remove, helped);
    QWidget::setTabOrder(helped, remove);
    m_rows.append({item, widget, helped, remove});
    connect(helped, &QSpinBox::valueChanged, this, &TriedField::changed);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
}

void TriedField::removeRow(QWidget* widget) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == widget) {
            m_rows.removeAt(i);
            widget->deleteLater();
            break;
        }
    }
    m_input->setFocus();
    Q_EMIT changed();
}

}  // namespace mooring
