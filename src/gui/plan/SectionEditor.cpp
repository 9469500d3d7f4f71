#include "gui/plan/SectionEditor.h"

#include "gui/common/Appearance.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/hopebox/MediaShelf.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

namespace {
constexpr int kPreviousText = Qt::UserRole + 1;  // to put back an edit that is too long
}

SectionEditor::SectionEditor(QWidget* parent) : QWidget(parent) {
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_prompt = new QLabel;
    m_prompt->setWordWrap(true);
    m_examples = new QLabel;
    m_examples->setWordWrap(true);
    m_examples->setEnabled(false);  // softer colour: an example, not an instruction

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("planItems"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->installEventFilter(this);
    m_list->setAccessibleName(tr("Items in this section"));

    m_newItem = new QLineEdit;
    m_newItem->setObjectName(QStringLiteral("newItem"));
    m_newItem->setPlaceholderText(tr("Type something and press Enter to add it"));
    m_newItem->setAccessibleName(tr("New item"));
    m_add = new QPushButton(tr("Add"));
    m_fromContacts = new QPushButton(tr("Add from my contacts…"));
    m_edit = new QPushButton(tr("Edit"));
    m_remove = new QPushButton(tr("Remove"));
    m_up = new QPushButton(tr("Move up"));
    m_down = new QPushButton(tr("Move down"));
    m_up->setObjectName(QStringLiteral("itemMoveUp"));
    m_down->setObjectName(QStringLiteral("itemMoveDown"));
    m_edit->setToolTip(tr("F2"));
    m_remove->setToolTip(tr("Delete"));
    m_up->setToolTip(tr("Ctrl+Up"));
    m_down->setToolTip(tr("Ctrl+Down"));
    m_banner = new MessageBanner;

    // Large buttons in rows that wrap: at 200 % text in German one row of them is wider
    // than this column.
    auto* addButtons = new crisis::FlowLayout(nullptr, 8);
    addButtons->addWidget(m_add);
    addButtons->addWidget(m_fromContacts);
    auto* itemButtons = new crisis::FlowLayout(nullptr, 8);
    for (QPushButton* b : {m_edit, m_remove, m_up, m_down}) itemButtons->addWidget(b);
    // A few items stay in view however short the window: the plan editor scrolls instead.
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_examples);
    layout->addWidget(m_newItem);
    layout->addLayout(addButtons);
    layout->addWidget(m_banner);
    layout->addWidget(m_list, 1);
    layout->addLayout(itemButtons);
    Appearance::makeLargeTargets(this);

    connect(m_newItem, &QLineEdit::returnPressed, this, [this] {
        if (addItem(m_newItem->text())) m_newItem->clear();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addItem(m_newItem->text())) m_newItem->clear();
        m_newItem->setFocus();
    });
    connect(m_fromContacts, &QPushButton::clicked, this, &SectionEditor::addFromContacts);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem()) m_list->editItem(item);
    });
    connect(m_remove, &QPushButton::clicked, this, &SectionEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, &SectionEditor::itemEdited);
    connect(m_list, &QListWidget::currentRowChanged, this, &SectionEditor::updateButtons);
    FocusLanding::install(this, [this] { return m_newItem; });
}

void SectionEditor::setSection(PlanSection section, const QStringList& items) {
    m_section = section;
    m_loading = true;
    m_title->setText(planSections::title(section));
    m_prompt->setText(planSections::prompt(section));
    QStringList quoted;
    for (const QString& e : planSections::examples(section)) quoted.append(QStringLiteral("\u201c%1\u201d").arg(e));
    m_examples->setText(tr("For example: %1").arg(quoted.join(QStringLiteral(", "))));
    // The field is where the focus lands; the section, its question and the examples are
    // labels above it that a screen reader would not reach, so the field carries them.
    m_newItem->setAccessibleDescription(
        QStringList{m_title->text(), m_prompt->text(), m_examples->text()}.join(QStringLiteral("\n")));
    m_list->clear();
    for (const QString& text : items) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(kPreviousText, text);
    }
    m_fromContacts->setVisible(planSections::picksContacts(section));
    m_banner->clearMessage();
    m_loading = false;
    updateButtons();
    if (m_shelf) m_shelf->setVisible(section == PlanSection::ReasonsForLiving);
}

void SectionEditor::setMediaShelf(MediaShelf* shelf) {
    m_shelf = shelf;
    m_shelf->setParent(this);
    m_shelf->setPlace(MediaPlace::reasonsForLiving());
    layout()->addWidget(m_shelf);
    m_shelf->setVisible(m_section == PlanSection::ReasonsForLiving);
}

QStringList SectionEditor::items() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) out.append(m_list->item(i)->text());
    return out;
}

QString SectionEditor::message() const { return m_banner->text(); }

bool SectionEditor::addItem(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return false;
    const QString problem = SafetyPlan::itemProblem(trimmed);
    if (!problem.isEmpty()) {
        m_banner->showMessage(problem);
        return false;
    }
    if (m_list->count() >= kMaxPlanItems) {
        m_banner->showMessage(tr("A section can hold up to %1 items.").arg(kMaxPlanItems));
        return false;
    }
    m_banner->clearMessage();
    m_loading = true;
    auto* item = new QListWidgetItem(trimmed, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(kPreviousText, trimmed);
    m_loading = false;
    m_list->setCurrentItem(item);
    Q_EMIT itemsChanged();
    return true;
}

void SectionEditor::itemEdited(QListWidgetItem* item) {
    if (m_loading) return;
    const QString text = item->text().trimmed();
    const QString problem = SafetyPlan::itemProblem(text);
    m_loading = true;
    if (!problem.isEmpty()) {
        item->setText(item->data(kPreviousText).toString());
        m_banner->showMessage(problem);
    } else if (text.isEmpty()) {
        delete m_list->takeItem(m_list->row(item));  // an emptied item is a removed one
        m_banner->clearMessage();
    } else {
        item->setText(text);
        item->setData(kPreviousText, text);
        m_banner->clearMessage();
    }
    m_loading = false;
    Q_EMIT itemsChanged();
}

void SectionEditor::removeCurrent() {
    const int row = m_list->currentRow();
    if (row < 0) return;
    delete m_list->takeItem(row);
    Q_EMIT itemsChanged();
    updateButtons();
}

void SectionEditor::moveCurrent(int step) {
    const int row = m_list->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_list->count()) return;
    m_loading = true;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_loading = false;
    Q_EMIT itemsChanged();
}

void SectionEditor::addFromContacts() {
    if (!m_picker) return;
    if (const std::optional<QString> text = m_picker()) addItem(*text);
}

void SectionEditor::updateButtons() {
    const int row = m_list->currentRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

bool SectionEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress && m_list->hasFocus()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        if (key->modifiers() & Qt::ControlModifier) {
            if (key->key() == Qt::Key_Up) {
                moveCurrent(-1);
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                moveCurrent(1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace mooring
