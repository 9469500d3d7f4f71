#include "gui/journal/TagField.h"

#include "domain/JournalEntry.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/journal/FocusLeaveWatch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QScrollArea>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr int kChipGap = 6;

QString chipText(const QString& tag) { return tag + u"  \u00d7"_s; }
}  // namespace

TagField::TagField(const QString& inputName, QWidget* parent)
    : QWidget(parent),
      m_input(new QLineEdit(this)),
      m_completer(new QCompleter(this)),
      m_suggestions(new QStringListModel(this)),
      m_chipArea(new QScrollArea(this)),
      m_chips(new QWidget),
      m_chipFlow(new crisis::FlowLayout(m_chips, kChipGap)),
      m_focus(new FocusLeaveWatch(this, [this] { fitChips(); })) {
    m_input->setObjectName(inputName);
    m_input->setPlaceholderText(tr("Type one and press Enter"));
    m_completer->setModel(m_suggestions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_chipFlow->setContentsMargins(0, 0, 0, 0);
    m_chipArea->setObjectName(inputName + u"Tags"_s);
    m_chipArea->setFrameShape(QFrame::NoFrame);
    m_chipArea->setFocusPolicy(Qt::NoFocus);  // the chips themselves take the focus
    m_chipArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chipArea->setWidgetResizable(true);
    m_chipArea->setWidget(m_chips);
    m_chipArea->installEventFilter(this);  // a new width can need more or fewer rows

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_input);
    column->addWidget(m_chipArea);
    setFocusProxy(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, &TagField::addTyped);
    // Picking a completion with Enter is consumed by the popup; add it all the same.
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_input->setText(text);
        addTyped();
    });
    fitChips();
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
    // A tag that wrapped below the held height is scrolled into view, so adding one always shows.
    QTimer::singleShot(0, this, [this] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);  // the new tag has its place
        if (!m_chipButtons.isEmpty()) m_chipArea->ensureWidgetVisible(m_chipButtons.last(), 0, 0);
    });
    Q_EMIT changed();
}

void TagField::rebuildChips() {
    qDeleteAll(m_chipButtons);
    m_chipButtons.clear();
    for (const QString& tag : std::as_const(m_tags)) {
        auto* chip = new QToolButton(m_chips);
        chip->setText(chipText(tag));
        chip->setObjectName(u"tag_"_s + tag);
        chip->setAccessibleName(tr("Remove \u201c%1\u201d").arg(tag));
        chip->setToolTip(chip->accessibleName());
        chip->setAutoRaise(false);
        m_chipFlow->addWidget(chip);
        chip->show();  // now, not later: it is measured and scrolled to right away
        // Right after the input for the keyboard, as they are right below it on screen.
        QWidget::setTabOrder(m_chipButtons.isEmpty() ? static_cast<QWidget*>(m_input) : m_chipButtons.last(), chip);
        m_chipButtons.append(chip);
        connect(chip, &QToolButton::clicked, this, [this, tag] {
            m_tags.removeAll(tag);
            rebuildChips();
            m_input->setFocus();
            Q_EMIT changed();
        });
    }
    fitChips();
}

int TagField::chipRowHeight() const {
    QToolButton probe(m_chips);  // font and style as the chips have them now
    probe.setText(chipText(u"Tag"_s));
    return probe.sizeHint().height();
}

void TagField::fitChips() {
    if (m_focus->holding()) return;
    const int width = m_chipArea->width();
    const int rows = m_chipButtons.isEmpty() ? 0 : m_chipFlow->heightForWidth(width);
    const int height = std::max(rows, chipRowHeight());
    m_fittedWidth = width;
    if (m_chipArea->minimumHeight() != height || m_chipArea->maximumHeight() != height)
        m_chipArea->setFixedHeight(height);
}

bool TagField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_chipArea && event->type() == QEvent::Resize && m_chipArea->width() != m_fittedWidth) fitChips();
    return QWidget::eventFilter(watched, event);
}

void TagField::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) fitChips();
    QWidget::changeEvent(event);
}

}  // namespace mooring
