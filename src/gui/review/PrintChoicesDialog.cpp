#include "gui/review/PrintChoicesDialog.h"

#include "gui/common/Appearance.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

PrintChoicesDialog::PrintChoicesDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(u"reviewPrintChoices"_s);
    setWindowTitle(tr("Print or save this week"));
    auto* heading = new QLabel(tr("What would you like to include?"), this);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading, 2);
    auto* hint = new QLabel(tr("You decide what goes on paper. Your own words about each moment stay out unless "
                               "you tick them."),
                            this);
    hint->setWordWrap(true);

    auto box = [this](const QString& text, const QString& name, bool on) {
        auto* b = new QCheckBox(text, this);
        b->setObjectName(name);
        b->setChecked(on);
        return b;
    };
    const ReviewPrintChoices defaults;
    m_figures = box(tr("&Figures: how many, how strong, how they ended, when, and compared with before"),
                    u"printFigures"_s, defaults.figures);
    m_names = box(tr("&Triggers and feelings"), u"printNames"_s, defaults.triggersAndFeelings);
    m_ideas = box(tr("&Ideas tried, and what helps me"), u"printIdeas"_s, defaults.ideas);
    m_diary = box(tr("My &diary card (my check-ins)"), u"printDiaryCard"_s, defaults.diaryCard);
    m_reflection = box(tr("My &note for this week"), u"printReflection"_s, defaults.reflection);
    m_entries =
        box(tr("What I &wrote about each moment (situations and notes)"), u"printEntries"_s, defaults.entryTexts);
    m_setbacks = box(tr("My reflections on a &setback this week, if there are any"), u"printSetbacks"_s,
                     defaults.setbackReflections);

    auto* pdf = new QPushButton(tr("Save as &PDF\u2026"), this);
    pdf->setObjectName(u"printSavePdf"_s);
    pdf->setDefault(true);
    auto* print = new QPushButton(tr("P&rint\u2026"), this);
    print->setObjectName(u"printPrint"_s);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"printCancel"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(print);
    buttons->addWidget(pdf);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(10);
    column->addWidget(heading);
    column->addWidget(hint);
    for (QCheckBox* b : {m_figures, m_names, m_ideas, m_diary, m_reflection, m_entries, m_setbacks})
        column->addWidget(b);
    column->addSpacing(8);
    column->addLayout(buttons);
    Appearance::makeLargeTargets(this);
    for (QCheckBox* b : {m_figures, m_names, m_ideas, m_diary, m_reflection, m_entries, m_setbacks})
        b->setMinimumHeight(fontMetrics().height() * 2);

    connect(pdf, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT chosen(Output::Pdf, choices());
    });
    connect(print, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT chosen(Output::Print, choices());
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

ReviewPrintChoices PrintChoicesDialog::choices() const {
    ReviewPrintChoices c;
    c.figures = m_figures->isChecked();
    c.triggersAndFeelings = m_names->isChecked();
    c.ideas = m_ideas->isChecked();
    c.diaryCard = m_diary->isChecked();
    c.reflection = m_reflection->isChecked();
    c.entryTexts = m_entries->isChecked();
    c.setbackReflections = m_setbacks->isChecked();
    return c;
}

void PrintChoicesDialog::setChoices(const ReviewPrintChoices& c) {
    m_figures->setChecked(c.figures);
    m_names->setChecked(c.triggersAndFeelings);
    m_ideas->setChecked(c.ideas);
    m_diary->setChecked(c.diaryCard);
    m_reflection->setChecked(c.reflection);
    m_entries->setChecked(c.entryTexts);
    m_setbacks->setChecked(c.setbackReflections);
}

}  // namespace mooring
