#include "gui/setback/ReflectionEditor.h"

#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ReflectionEditor::ReflectionEditor(QWidget* parent) : QWidget(parent), m_content(new QWidget) {
    setObjectName(u"setbackReflection"_s);
    auto* heading = new QLabel(tr("Learning from a setback"), m_content);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* intro = new QLabel(tr("Take your time. Answer as many or as few of these as you like, in your own words. "
                                "What you write stays private and locked on this computer."),
                             m_content);
    intro->setWordWrap(true);
    m_banner = new MessageBanner(m_content);

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    addQuestion(tr("What was happening &before?"), tr("Where you were, who was around, what had happened that day."),
                u"reflectionBefore"_s);
    addQuestion(tr("Which &warning signs were there?"),
                tr("Thoughts, feelings or things you did that you can see now. One on each line."),
                u"reflectionWarningSigns"_s);
    addQuestion(tr("What did I &try?"), tr("Anything at all, even if it only helped a little."), u"reflectionTried"_s);
    addQuestion(tr("What might help &next time?"), tr("One idea on each line."), u"reflectionNextTime"_s);
    addQuestion(tr("Is there anything you want to add to your &plan?"),
                tr("One on each line. Nothing is added until you look at it and save your plan."),
                u"reflectionForPlan"_s);

    auto* back = new QPushButton(tr("Back"), m_content);
    back->setObjectName(u"reflectionBack"_s);
    auto* toPlan = new QPushButton(tr("Add to my plan…"), m_content);
    toPlan->setObjectName(u"reflectionAddToPlan"_s);
    toPlan->setToolTip(tr("Saves this reflection, then opens your plan with these ideas ready to keep or remove"));
    auto* save = new QPushButton(tr("&Save"), m_content);
    save->setObjectName(u"reflectionSave"_s);
    save->setDefault(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addStretch(1);
    bar->addWidget(toPlan);
    bar->addWidget(save);
    layout->addSpacing(8);
    layout->addLayout(bar);
    for (QPushButton* b : {back, toPlan, save}) Appearance::makeLargeTarget(b);
    QWidget* previous = m_fields.constLast();
    for (QPushButton* b : {save, toPlan, back}) {
        setTabOrder(previous, b);
        previous = b;
    }

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new ReadingColumn(m_content));
    setFocusProxy(m_fields.constFirst());

    connect(save, &QPushButton::clicked, this, &ReflectionEditor::saveRequested);
    connect(toPlan, &QPushButton::clicked, this, &ReflectionEditor::addToPlanRequested);
    connect(back, &QPushButton::clicked, this, &ReflectionEditor::backRequested);
}

QPlainTextEdit* ReflectionEditor::addQuestion(const QString& label, const QString& hint, const QString& objectName) {
    auto* title = new QLabel(label, m_content);
    title->setWordWrap(true);
    Appearance::setRelativeFontSize(title, 1.1, true);
    auto* note = new QLabel(hint, m_content);
    note->setWordWrap(true);
    auto* field = new QPlainTextEdit(m_content);
    field->setObjectName(objectName);
    field->setAccessibleName(QString(label).remove(u'&'));
    field->setAccessibleDescription(hint);
    field->setTabChangesFocus(true);  // Tab moves on; Enter starts a new line
    // About four lines at any text size; the column scrolls rather than the field.
    field->setMinimumHeight(field->fontMetrics().lineSpacing() * 4 + 16);
    field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    title->setBuddy(field);
    auto* layout = static_cast<QVBoxLayout*>(m_content->layout());
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(field);
    connect(field, &QPlainTextEdit::textChanged, this, &ReflectionEditor::edited);
    if (!m_fields.isEmpty()) setTabOrder(m_fields.constLast(), field);
    m_fields.append(field);
    return field;
}

QPlainTextEdit* ReflectionEditor::field(Question question) const { return m_fields.at(int(question)); }

void ReflectionEditor::load(const SetbackReflection& reflection) {
    m_loaded = reflection;
    const auto show = [this](Question question, const QString& text) {
        if (field(question)->toPlainText() != text) field(question)->setPlainText(text);
    };
    show(Question::Before, reflection.before);
    show(Question::WarningSigns, reflection.warningSigns);
    show(Question::Tried, reflection.tried);
    show(Question::NextTime, reflection.nextTime);
    show(Question::ForPlan, reflection.forPlan);
    m_banner->clearMessage();
}

void ReflectionEditor::markSaved(const SetbackReflection& saved) { m_loaded = saved; }

SetbackReflection ReflectionEditor::reflection() const {
    SetbackReflection r = m_loaded;
    r.before = field(Question::Before)->toPlainText();
    r.warningSigns = field(Question::WarningSigns)->toPlainText();
    r.tried = field(Question::Tried)->toPlainText();
    r.nextTime = field(Question::NextTime)->toPlainText();
    r.forPlan = field(Question::ForPlan)->toPlainText();
    return r;
}

bool ReflectionEditor::isDirty() const { return reflection().trimmed() != m_loaded.trimmed(); }

void ReflectionEditor::showSaved(const QString& text) { m_banner->showMessage(text, MessageBanner::Tone::Info); }
void ReflectionEditor::showProblem(const QString& text) { m_banner->showMessage(text); }

}  // namespace mooring
