#include "gui/journal/FeelingsField.h"

#include "domain/JournalEntry.h"
#include "gui/journal/FocusLeaveWatch.h"
#include "gui/journal/TriedField.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QSpacerItem>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr int kColumns = 4;
constexpr int kEarlierShown = 8;  // own feelings beyond the suggestions, most used first
}  // namespace

FeelingsField::FeelingsField(QWidget* parent)
    : QWidget(parent),
      m_grid(new QGridLayout),
      m_input(new QLineEdit(this)),
      m_room(new QSpacerItem(0, 0)),
      m_focus(new FocusLeaveWatch(this, [this] { reserveRow(); })) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(6);
    m_input->setObjectName(u"feelingInput"_s);
    m_input->setPlaceholderText(tr("Another feeling, in your own words (Enter adds it)"));
    m_input->setAccessibleName(tr("Add another feeling"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(m_grid);
    column->addSpacerItem(m_room);
    column->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, &FeelingsField::addTyped);
    reserveRow();
}

int FeelingsField::usedRows() const { return (static_cast<int>(m_boxes.size()) + kColumns - 1) / kColumns; }

void FeelingsField::reserveRow() {
    // While the person works in the field the reserved room stays as it is (a new feeling
    // may fill it); a fresh free row is kept once the focus has moved on.
    if (!m_focus->holding()) m_reservedRows = usedRows() + 1;
    fitRoom();
}

void FeelingsField::fitRoom() {
    // Below the grid, as tall as the rows still free: a feeling that starts a new row takes
    // exactly the room it leaves, so the input and the rest of the form stay where they are.
    const int rowHeight = m_boxes.isEmpty() ? 0 : m_boxes.first()->sizeHint().height() + m_grid->verticalSpacing();
    const int freeRows = std::max(0, m_reservedRows - usedRows());
    m_room->changeSize(0, freeRows * rowHeight, QSizePolicy::Minimum, QSizePolicy::Fixed);
    if (layout()) layout()->invalidate();
}

void FeelingsField::showEvent(QShowEvent* event) {
    reserveRow();  // the tick boxes have their final style and font now
    QWidget::showEvent(event);
}

void FeelingsField::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) reserveRow();
    QWidget::changeEvent(event);
}

void FeelingsField::setChoices(const QStringList& suggested, const QStringList& earlier) {
    const QStringList ticked = feelings();
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (const QString& f : suggested) addBox(f);
    int own = 0;
    for (const QString& f : earlier) {
        if (own >= kEarlierShown) break;
        if (!boxFor(f)) {
            addBox(f);
            ++own;
        }
    }
    setFeelings(ticked);
}

QCheckBox* FeelingsField::addBox(const QString& feeling) {
    auto* box = new QCheckBox(feeling, this);
    box->setObjectName(u"feeling_"_s + feeling);
    const int n = static_cast<int>(m_boxes.size());
    m_grid->addWidget(box, n / kColumns, n % kColumns);
    m_boxes.append(box);
    connect(box, &QCheckBox::toggled, this, &FeelingsField::changed);
    fixTabOrder();
    fitRoom();
    return box;
}

QCheckBox* FeelingsField::boxFor(const QString& feeling) const {
    for (QCheckBox* box : m_boxes) {
        if (JournalEntry::sameTag(box->text(), feeling)) return box;
    }
    return nullptr;
}

QStringList FeelingsField::feelings() const {
    QStringList out;
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked()) out.append(box->text());
    }
    const QString typed = m_input->text().simplified();
    if (!typed.isEmpty() && !boxFor(typed)) out.append(typed);
    return out;
}

void FeelingsField::setFeelings(const QStringList& feelings) {
    const QSignalBlocker quiet(this);
    for (QCheckBox* box : m_boxes) box->setChecked(false);
    for (const QString& f : feelings) {
        if (f.simplified().isEmpty()) continue;
        QCheckBox* box = boxFor(f);
        if (!box) box = addBox(f.simplified());
        box->setChecked(true);
    }
    m_input->clear();
    reserveRow();
}

void FeelingsField::addTyped() {
    const QString text = m_input->text().simplified();
    if (text.isEmpty()) return;
    QCheckBox* box = boxFor(text);
    if (!box) box = addBox(text);
    box->setChecked(true);
    m_input->clear();
    Q_EMIT changed();
}

void FeelingsField::fixTabOrder() {
    // Row by row, as read, and the "another feeling" line last.
    for (QCheckBox* box : m_boxes) placeBefore(box, m_input);
}

}  // namespace mooring
