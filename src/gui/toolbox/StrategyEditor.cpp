#include "gui/toolbox/StrategyEditor.h"

#include "domain/CopingIdeaTexts.h"
#include "gui/common/Appearance.h"
#include "gui/common/DefaultButton.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/hopebox/MediaShelf.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxText.h"
#include "storage/StrategyStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setWordWrap(true);
    return label;
}

}  // namespace

StrategyEditor::StrategyEditor(StrategyModel& model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_heading(new QLabel(this)),
      m_family(new QComboBox(this)),
      m_title(new QLineEdit(this)),
      m_titleError(makeError(u"titleError"_s)),
      m_details(new QPlainTextEdit(this)),
      m_detailsError(makeError(u"detailsError"_s)),
      m_locationLabel(nullptr),
      m_location(new QLineEdit(this)),
      m_locationError(makeError(u"locationError"_s)),
      m_banner(new MessageBanner(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_shelfNote(new QLabel(tr("Once the idea is saved, you can keep photos and sounds with it."), this)) {
    setObjectName(u"strategyEditor"_s);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(u"editorHeading"_s);
    Appearance::makeHeading(m_heading, 2);

    m_family->setObjectName(u"familyBox"_s);
    m_family->setAccessibleName(tr("Family"));
    for (CopingCategory family : ToolboxText::families())
        m_family->addItem(ToolboxText::familyName(family), int(family));

    m_title->setObjectName(u"titleEdit"_s);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(
        tr("A few words, for example \u201c"
           "Call my sister\u201d"));

    m_details->setObjectName(u"detailsEdit"_s);
    m_details->setAccessibleName(tr("Details"));
    m_details->setPlaceholderText(tr("Anything that helps you do it when it is hard to think (optional)"));
    m_details->setTabChangesFocus(true);  // Tab leaves the box, as in every other field

    m_location->setObjectName(u"locationEdit"_s);
    m_location->setAccessibleName(ToolboxText::locationLabel());
    m_location->setPlaceholderText(tr("For example \u201cthe blue box under my bed\u201d"));

    m_save->setObjectName(u"saveIdea"_s);
    m_save->setAccessibleName(tr("Save the idea"));
    m_save->setToolTip(tr("Save (Enter in the title, or Ctrl+S)"));
    m_cancel->setObjectName(u"cancelIdea"_s);
    m_cancel->setAccessibleName(tr("Cancel: go back without saving"));
    m_cancel->setToolTip(tr("Go back without saving (Esc)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(fieldLabel(tr("&Family"), m_family, this));
    layout->addWidget(m_family);
    layout->addSpacing(6);
    layout->addWidget(fieldLabel(tr("&Title"), m_title, this));
    layout->addWidget(m_title);
    layout->addWidget(m_titleError);
    layout->addSpacing(6);
    layout->addWidget(fieldLabel(tr("&Details"), m_details, this));
    layout->addWidget(m_details);
    layout->addWidget(m_detailsError);
    m_locationLabel = fieldLabel(tr("&Where it is kept"), m_location, this);
    layout->addWidget(m_locationLabel);
    layout->addWidget(m_location);
    layout->addWidget(m_locationError);
    layout->addSpacing(6);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_shelfNote->setObjectName(u"shelfNote"_s);
    m_shelfNote->setWordWrap(true);
    m_shelfNote->hide();
    layout->addWidget(m_shelfNote);

    setTabOrder(m_family, m_title);
    setTabOrder(m_title, m_details);
    setTabOrder(m_details, m_location);
    setTabOrder(m_location, m_save);
    setTabOrder(m_save, m_cancel);
    Appearance::makeLargeTargets(this);
    DefaultButton::install(this, m_save);

    auto* saveKey = new QShortcut(QKeySequence::Save, this, this, [this] { save(); });
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto* cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &StrategyEditor::cancelled);
    cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, &StrategyEditor::cancelled);
    connect(m_title, &QLineEdit::textChanged, this, &StrategyEditor::updateLengthHints);
    connect(m_details, &QPlainTextEdit::textChanged, this, &StrategyEditor::updateLengthHints);
    connect(m_location, &QLineEdit::textChanged, this, &StrategyEditor::updateLengthHints);
    connect(m_family, &QComboBox::currentIndexChanged, this, &StrategyEditor::updateLocationVisibility);
    connect(m_family, &QComboBox::currentIndexChanged, this, &StrategyEditor::updateShelf);
    FocusLanding::install(this, [this] { return m_title; });
}

QLabel* StrategyEditor::makeError(const QString& objectName) {
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->hide();
    return label;
}

void StrategyEditor::startNew(CopingCategory family) {
    m_editing = CopingStrategy{};
    m_editing.category = family;
    startEdit(m_editing);
    m_heading->setText(tr("A new idea"));
}

void StrategyEditor::startEdit(const CopingStrategy& strategy) {
    m_editing = strategy;
    m_heading->setText(strategy.builtin ? tr("Change this idea to suit you") : tr("Change this idea"));
    m_family->setCurrentIndex(m_family->findData(int(strategy.category)));
    // A built-in idea shows its text in the person's language; current() maps it back.
    m_title->setText(CopingIdeaTexts::title(strategy.builtinKey, strategy.title));
    m_details->setPlainText(CopingIdeaTexts::details(strategy.builtinKey, strategy.details));
    m_location->setText(strategy.location);
    m_banner->clearMessage();
    showProblems({});
    updateLocationVisibility();
    updateShelf();
    // Room for a few sentences; more scrolls. Measured now, as the text size may have changed.
    m_details->setFixedHeight(m_details->fontMetrics().lineSpacing() * 7 + 12);
    m_title->setFocus();
    m_title->selectAll();
}

CopingStrategy StrategyEditor::current() const {
    CopingStrategy s = m_editing;
    s.category = CopingCategory(m_family->currentData().toInt());
    s.title = m_title->text();
    s.details = m_details->toPlainText();
    s.location = m_location->text();
    return CopingIdeaTexts::forStoring(s);
}

void StrategyEditor::showProblems(const QList<CopingStrategy::Problem>& problems) {
    const std::pair<CopingStrategy::Field, QLabel*> labels[] = {{CopingStrategy::Field::Title, m_titleError},
                                                                {CopingStrategy::Field::Details, m_detailsError},
                                                                {CopingStrategy::Field::Location, m_locationError}};
    for (const auto& [field, label] : labels) {
        const auto found = std::find_if(problems.cbegin(), problems.cend(),
                                        [field](const CopingStrategy::Problem& p) { return p.field == field; });
        label->setVisible(found != problems.cend());
        label->setText(found != problems.cend() ? found->message : QString());
    }
    // Screen readers hear the problem with the field it belongs to.
    m_title->setAccessibleDescription(m_titleError->text());
    m_details->setAccessibleDescription(m_detailsError->text());
    m_location->setAccessibleDescription(m_locationError->text());
}

void StrategyEditor::updateLengthHints() {
    QList<CopingStrategy::Problem> problems;
    for (const auto& problem : current().problems()) {
        const bool empty = problem.field == CopingStrategy::Field::Title && m_title->text().trimmed().isEmpty();
        // An empty title is fine while typing; it is only a problem when saving.
        if (!empty) problems.append(problem);
    }
    showProblems(problems);
}

void StrategyEditor::setMediaShelf(MediaShelf* shelf) {
    m_shelf = shelf;
    m_shelf->setParent(this);
    // After the buttons: the form is saved with them, the photos are kept as they are added.
    static_cast<QVBoxLayout*>(layout())->addSpacing(fontMetrics().lineSpacing());
    layout()->addWidget(m_shelf);
    setTabOrder(m_cancel, m_shelf);
    updateShelf();
}

void StrategyEditor::updateShelf() {
    const bool inBox = CopingCategory(m_family->currentData().toInt()) == CopingCategory::SafetyBox &&
                       m_editing.category == CopingCategory::SafetyBox;
    m_shelfNote->setVisible(m_shelf && inBox && isNew());
    if (!m_shelf) return;
    m_shelf->setVisible(inBox && !isNew());
    if (inBox && !isNew()) m_shelf->setPlace(MediaPlace::safetyBox(m_editing.id));
}

void StrategyEditor::updateLocationVisibility() {
    const bool show =
        CopingCategory(m_family->currentData().toInt()) == CopingCategory::SafetyBox || !m_location->text().isEmpty();
    m_locationLabel->setVisible(show);
    m_location->setVisible(show);
}

bool StrategyEditor::save() {
    const CopingStrategy s = current();
    QList<CopingStrategy::Problem> problems;
    try {
        problems = m_model.problems(s);
        if (problems.isEmpty()) {
            const QString id = isNew() ? m_model.add(s) : (m_model.update(s), s.id);
            showProblems({});
            Q_EMIT saved(id);
            return true;
        }
    } catch (const InvalidStrategy& e) {
        problems = e.problems();
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return false;
    }
    showProblems(problems);
    QWidget* first = m_title;
    if (m_titleError->isHidden()) first = m_detailsError->isVisible() ? static_cast<QWidget*>(m_details) : m_location;
    first->setFocus();
    return false;
}

}  // namespace mooring
