#include "gui/crisis/GroundingPanel.h"

#include "gui/common/FocusLanding.h"
#include "gui/common/LiveNotice.h"
#include "gui/common/ReadAloudButton.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/PageStack.h"
#include "speech/Script.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// Each step's instruction and hint, shown and, with "Read this to me", read aloud.
struct Step {
    speech::HelpText instruction;
    speech::HelpText hint;
};
const Step kStepTexts[GroundingPanel::kSteps] = {
    {speech::HelpText{"mooring::GroundingPanel",
                      QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Look around. Name five things you can see.")},
     speech::HelpText{
         "mooring::GroundingPanel",
         QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Big or small: a lamp, a colour, a shadow on the wall.")}},
    {speech::HelpText{"mooring::GroundingPanel",
                      QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Name four things you can touch.")},
     speech::HelpText{"mooring::GroundingPanel",
                      QT_TRANSLATE_NOOP("mooring::GroundingPanel",
                                        "Feel them if you can: your sleeve, the chair, the floor under your feet.")}},
    {speech::HelpText{"mooring::GroundingPanel",
                      QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Listen. Name three things you can hear.")},
     speech::HelpText{
         "mooring::GroundingPanel",
         QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Near or far: a clock, a car outside, your own breathing.")}},
    {speech::HelpText{"mooring::GroundingPanel",
                      QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Name two things you can smell.")},
     speech::HelpText{"mooring::GroundingPanel",
                      QT_TRANSLATE_NOOP("mooring::GroundingPanel", "If nothing comes, think of two smells you like.")}},
    {speech::HelpText{"mooring::GroundingPanel",
                      QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Name one thing you can taste.")},
     speech::HelpText{
         "mooring::GroundingPanel",
         QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Or one taste you like. Then take one slow breath out.")}},
};
const speech::HelpText kDone = speech::HelpText{
    "mooring::GroundingPanel", QT_TRANSLATE_NOOP("mooring::GroundingPanel",
                                                 "Well done. You brought yourself back to right here, right now. "
                                                 "Notice your feet on the floor and one slow breath out.")};

}  // namespace

GroundingPanel::GroundingPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(u"groundingPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = crisis::wrappedLabel(tr("Ground yourself: 5, 4, 3, 2, 1"), this, u"groundHeading"_s);
    crisis::setFontScale(heading, crisis::kHeading, true);
    layout->addWidget(heading);
    layout->addWidget(crisis::wrappedLabel(
        tr("Your senses can bring you back to right here, right now. Take each step slowly."), this));
    m_readAloud = new ReadAloudButton(
        [this] {
            speech::Script script;
            if (m_step >= kSteps) return script.add(kDone);
            return script.add({kStepTexts[m_step].instruction, kStepTexts[m_step].hint});
        },
        this);
    m_readAloud->setFollowsChanges(true);
    layout->addWidget(m_readAloud);
    m_pages = new crisis::PageStack(this);
    layout->addWidget(m_pages, 1);

    m_stepPage = new QWidget(m_pages);
    auto* stepLayout = new QVBoxLayout(m_stepPage);
    m_progress = crisis::wrappedLabel(QString(), m_stepPage, u"groundProgress"_s);
    stepLayout->addWidget(m_progress);
    auto* row = new QHBoxLayout;
    m_number = new QLabel(m_stepPage);
    m_number->setObjectName(u"groundNumber"_s);
    crisis::setFontScale(m_number, 3.0, true);
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setMinimumWidth(80);
    row->addWidget(m_number, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    m_instruction = crisis::wrappedLabel(QString(), m_stepPage, u"groundInstruction"_s);
    crisis::setFontScale(m_instruction, 1.3, true);
    m_hint = crisis::wrappedLabel(QString(), m_stepPage, u"groundHint"_s);
    texts->addWidget(m_instruction);
    texts->addWidget(m_hint);
    row->addLayout(texts, 1);
    stepLayout->addLayout(row);

    m_notes = new QLineEdit(m_stepPage);
    m_notes->setObjectName(u"groundNotes"_s);
    m_notes->setPlaceholderText(tr("You can type them here if it helps. Nothing is kept."));
    m_notes->setAccessibleName(tr("Optional: type what you notice. Nothing is kept."));
    m_notes->setMinimumHeight(crisis::kMinTarget);
    stepLayout->addWidget(m_notes);
    stepLayout->addWidget(crisis::wrappedLabel(tr("Press Enter to go on."), m_stepPage));

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back a step"), m_stepPage);
    m_back->setObjectName(u"groundBack"_s);
    crisis::makeLarge(m_back, tr("Back a step"));
    m_next = new QPushButton(tr("Next"), m_stepPage);
    m_next->setObjectName(u"groundNext"_s);
    crisis::makeLarge(m_next, tr("Next step"));
    m_next->setAutoDefault(true);  // Enter on the focused button goes on, as in a dialog
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    stepLayout->addLayout(buttons);
    stepLayout->addStretch(1);
    m_pages->addWidget(m_stepPage);

    m_donePage = new QWidget(m_pages);
    auto* doneLayout = new QVBoxLayout(m_donePage);
    auto* done = crisis::wrappedLabel(kDone.text(), m_donePage, u"groundDone"_s);
    crisis::setFontScale(done, 1.3);
    doneLayout->addWidget(done);
    m_again = new QPushButton(tr("Go through it again"), m_donePage);
    m_again->setObjectName(u"groundAgain"_s);
    crisis::makeLarge(m_again, tr("Go through the five steps again"));
    m_again->setAutoDefault(true);
    doneLayout->addWidget(m_again, 0, Qt::AlignLeft);
    doneLayout->addStretch(1);
    m_pages->addWidget(m_donePage);

    m_announcer = new LiveNotice(this);
    // Where the keyboard lands after the last step, the words of that page come with it.
    m_again->setAccessibleDescription(kDone.text());
    connect(m_notes, &QLineEdit::returnPressed, this, &GroundingPanel::next);
    connect(m_next, &QPushButton::clicked, this, &GroundingPanel::next);
    connect(m_back, &QPushButton::clicked, this, &GroundingPanel::previous);
    connect(m_again, &QPushButton::clicked, this, &GroundingPanel::restart);
    FocusLanding::install(this, [this]() -> QWidget* {
        return m_pages->currentWidget() == m_donePage ? static_cast<QWidget*>(m_again) : m_notes;
    });
    showStep();
}

void GroundingPanel::next() {
    if (m_step < kSteps) ++m_step;
    showStep();
}

void GroundingPanel::previous() {
    if (m_step > 0) --m_step;
    showStep();
}

void GroundingPanel::restart() {
    m_step = 0;
    showStep();
}

void GroundingPanel::hideEvent(QHideEvent* event) {
    m_notes->clear();
    QWidget::hideEvent(event);
}

void GroundingPanel::showStep() {
    // Whatever was typed goes at every step: nothing typed here is kept anywhere.
    m_notes->clear();
    // Enter in the line keeps the focus there, so a screen reader is told the new step.
    const bool focusStays = m_notes->hasFocus();
    if (m_step >= kSteps) {
        m_pages->setCurrentWidget(m_donePage);
        if (isVisible()) m_again->setFocus();
        m_readAloud->contentChanged();
        return;
    }
    m_pages->setCurrentWidget(m_stepPage);
    m_number->setText(QString::number(kSteps - m_step));
    m_progress->setText(tr("Step %1 of %2").arg(m_step + 1).arg(kSteps));
    m_instruction->setText(kStepTexts[m_step].instruction.text());
    m_hint->setText(kStepTexts[m_step].hint.text());
    // The line says its step whenever it takes the focus; staying, the step is announced.
    const QString said = m_progress->text() + u". "_s + m_instruction->text() + u' ' + m_hint->text();
    m_notes->setAccessibleDescription(said);
    if (focusStays) m_announcer->say(said);
    m_back->setEnabled(m_step > 0);
    if (isVisible()) m_notes->setFocus();
    m_readAloud->contentChanged();
}

}  // namespace mooring
