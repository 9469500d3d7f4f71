#include "gui/journal/TriedField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
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
      m_line(new IdeaOrOwnWords(
          {u"tried"_s, tr("Something I tried"), {}, tr("My ideas\u2026"), tr("Add what I tried"), true}, this)),
      m_rowsLayout(new QVBoxLayout) {
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    // What was tried lists below the input: adding one (by Enter or by "Add") leaves the input
    // and its buttons where they are, under the pointer, and only what follows moves down.
    column->addWidget(m_line);
    column->addLayout(m_rowsLayout);
    setFocusProxy(m_line->input());

    connect(m_line, &IdeaOrOwnWords::added, this, [this](const IdeaOrWords& item) {
        addRow({item.strategyId, item.text, std::nullopt});
        QSpinBox* helped = m_rows.last().helped;
        helped->setFocus(Qt::TabFocusReason);  // next: "how much did it help?", ready to type over
        helped->selectAll();
        Q_EMIT changed();
    });
}

void TriedField::setIdeas(const QList<IdeaChoice>& ideas) {
    const QList<TriedItem> now = items();
    m_line->setIdeas(ideas);
    setItems(now);  // titles of rows already there may have changed
}

QList<TriedItem> TriedField::items() const {
    QList<TriedItem> out;
    for (const Row& row : m_rows) {
        TriedItem item = row.item;
        item.helped = row.helped->value() == kNotSure ? std::nullopt : std::optional<int>(row.helped->value());
        out.append(item);
    }
    if (const auto typed = m_line->pending()) out.append({typed->strategyId, typed->text, std::nullopt});
    return out;
}

void TriedField::setItems(const QList<TriedItem>& items) {
    for (const Row& row : m_rows) delete row.widget;
    m_rows.clear();
    m_line->clear();
    for (const TriedItem& item : items) addRow(item);
}

QSpinBox* TriedField::helpedBox(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).helped : nullptr;
}

void TriedField::addRow(const TriedItem& item) {
    const int index = static_cast<int>(m_rows.size());
    const QString title = m_line->titleOf({item.strategyId, item.text});
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
    QWidget::setTabOrder(m_rows.isEmpty() ? m_line->lastControl() : m_rows.last().remove, helped);
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
    m_line->input()->setFocus();
    Q_EMIT changed();
}

}  // namespace mooring
