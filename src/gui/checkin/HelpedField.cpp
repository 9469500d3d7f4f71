#include "gui/checkin/HelpedField.h"

#include "gui/common/Appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

IdeaOrWords asIdea(const CheckInHelp& item) { return {item.strategyId, item.text}; }
CheckInHelp asHelp(const IdeaOrWords& item) { return {item.strategyId, item.text}; }

}  // namespace

HelpedField::HelpedField(QWidget* parent)
    : QWidget(parent),
      m_line(new IdeaOrOwnWords({u"helped"_s, tr("Something that helped today"),
                                 tr("Type an idea from your toolbox or your own words, then press Enter to add it."),
                                 tr("Show my ideas"), tr("Add what helped"), false},
                                this)),
      m_rowsLayout(new QVBoxLayout) {
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_line);
    column->addLayout(m_rowsLayout);
    setFocusProxy(m_line->input());

    connect(m_line, &IdeaOrOwnWords::added, this, [this](const IdeaOrWords& item) {
        addRow(asHelp(item));
        Q_EMIT changed();
    });
    connect(m_line, &IdeaOrOwnWords::edited, this, &HelpedField::changed);
}

void HelpedField::setIdeas(const QList<IdeaChoice>& ideas) {
    const QList<CheckInHelp> now = items();
    m_line->setIdeas(ideas);
    setItems(now);  // titles of rows already there may have changed
}

QList<CheckInHelp> HelpedField::items() const {
    QList<CheckInHelp> out;
    for (const Row& row : m_rows) out.append(row.item);
    if (const auto typed = m_line->pending()) out.append(asHelp(*typed));
    return out;
}

void HelpedField::setItems(const QList<CheckInHelp>& items) {
    for (const Row& row : std::as_const(m_rows)) delete row.widget;
    m_rows.clear();
    m_line->clear();
    for (const CheckInHelp& item : items) addRow(item);
}

void HelpedField::addRow(const CheckInHelp& item) {
    const QString title = m_line->titleOf(asIdea(item));
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
    setTabOrder(m_rows.isEmpty() ? m_line->lastControl() : m_rows.last().remove, remove);
    m_rows.append({item, widget, remove});
    connect(remove, &QPushButton::clicked, this, [this, widget] { removeRow(widget); });
}

void HelpedField::removeRow(QWidget* widget) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget != widget) continue;
        m_rows.removeAt(i);
        widget->deleteLater();
        m_line->input()->setFocus(Qt::OtherFocusReason);
        Q_EMIT changed();
        return;
    }
}

}  // namespace mooring
