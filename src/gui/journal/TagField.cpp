#include "gui/journal/TagField.h"

#include "domain/JournalEntry.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

TagField::TagField(const QString& inputName, QWidget* parent)
    : QWidget(parent),
      m_input(new QLineEdit(this)),
      m_completer(new QCompleter(this)),
      m_suggestions(new QStringListModel(this)),
      m_chips(new QWidget(this)),
      m_chipRow(new QHBoxLayout(m_chips)) {
    m_input->setObjectName(inputName);
    m_input->setPlaceholderText(tr("Type one and press Enter"));
    m_completer->setModel(m_suggestions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_chipRow->setContentsMargins(0, 0, 0, 0);
    m_chipRow->setSpacing(6);
    m_chipRow->addStretch(1);
    m_chips->hide();

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_input);
    column->addWidget(m_chips);
    setFocusProxy(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, &TagField::addTyped);
    // Picking a completion with Enter is consumed by the popup; add it all the same.
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_input->setText(text);
        addTyped();
    });
}

void TagField::setTags(const QStringList& tags) {
    m_tags.clear();
    for (const QString& tag : tags) {
        const QString clean = tag.simplified();
        if (!clean.isEmpty() && !m_tags.contains(clean, Qt::CaseInsensitive)) m_tags.append(clean);
    }
    m_input->clear();
    rebuildChips();
}

void TagField::setSuggestions(const QStringList& earlier) { m_suggestions->setStringList(earlier); }

QStringList TagField::tagsWithTyped() const {
    QStringList all = m_tags;
    const QString typed = m_input->text().simplified();
    if (!typed.isEmpty()) all.append(typed);
    return all;
}

void TagField::addTyped() {
    const QString text = m_input->text().simplified();
    if (text.isEmpty()) return;
    // The spelling used before wins, so "Work" and "work" stay one trigger.
    QString tag = text;
    for (const QString& earlier : m_suggestions->stringList()) {
        if (JournalEntry::sameTag(earlier, text)) tag = earlier;
    }
    const bool already =
        std::any_of(m_tags.cbegin(), m_tags.cend(), [&tag](const QString& t) { return JournalEntry::sameTag(t, tag); });
    if (!already) m_tags.append(tag);
    m_input->clear();
    rebuildChips();
    Q_EMIT changed();
}

void TagField::rebuildChips() {
    while (m_chipRow->count() > 1) {
        QLayoutItem* item = m_chipRow->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_tags.size(); ++i) {
        const QString tag = m_tags.at(i);
        auto* chip = new QToolButton(m_chips);
        chip->setText(tag + u"  \u00d7"_s);
        chip->setObjectName(u"tag_"_s + tag);
        chip->setAccessibleName(tr("Remove \u201c%1\u201d").arg(tag));
        chip->setToolTip(chip->accessibleName());
        chip->setAutoRaise(false);
        m_chipRow->insertWidget(i, chip);
        // Right after the input for the keyboard, as they are right below it on screen.
        QWidget::setTabOrder(i == 0 ? static_cast<QWidget*>(m_input) : m_chipRow->itemAt(i - 1)->widget(), chip);
        connect(chip, &QToolButton::clicked, this, [this, tag] {
            m_tags.removeAll(tag);
            rebuildChips();
            m_input->setFocus();
            Q_EMIT changed();
        });
    }
    m_chips->setVisible(!m_tags.isEmpty());
}

}  // namespace mooring
