#include "gui/crisis/PlanStepsPanel.h"

#include "domain/Error.h"
#include "storage/ContactStore.h"
#include "storage/SafetyPlanStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

PlanStepsPanel::PlanStepsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("planStepsPanel"));
    m_step = new QLabel;
    m_title = new QLabel;
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_items = new QLabel;
    m_items->setWordWrap(true);
    m_items->setTextFormat(Qt::PlainText);
    QFont large = m_items->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_items->setFont(large);
    m_previous = new QPushButton(tr("Previous step"));
    m_next = new QPushButton(tr("Next step"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_title);
    layout->addWidget(m_items, 1, Qt::AlignTop);
    layout->addLayout(buttons);
    m_previous->setAccessibleName(tr("Previous step of my plan"));
    m_next->setAccessibleName(tr("Next step of my plan"));
    connect(m_previous, &QPushButton::clicked, this, &PlanStepsPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &PlanStepsPanel::next);
    setDatabase(nullptr);
}

void PlanStepsPanel::setDatabase(Database* db) {
    m_db = db;
    reload();
}

void PlanStepsPanel::reload() {
    m_version.reset();
    m_contacts.clear();
    if (m_db) {
        try {
            m_version = SafetyPlanStore(*m_db).latest();
            m_contacts = ContactStore(*m_db).all();
        } catch (const Error& e) {
            m_items->setText(e.message());
        }
    }
    showStep(0);
}

void PlanStepsPanel::next() { showStep(std::min(m_index + 1, kPlanSectionCount - 1)); }
void PlanStepsPanel::previous() { showStep(std::max(m_index - 1, 0)); }
QString PlanStepsPanel::shownTitle() const { return m_title->text(); }
QString PlanStepsPanel::shownText() const { return m_items->text(); }

void PlanStepsPanel::showStep(int index) {
    m_index = index;
    const bool any = m_version.has_value();
    m_previous->setVisible(any);
    m_next->setVisible(any);
    if (!any) {
        m_step->clear();
        m_title->setText(tr("My plan"));
        m_items->setText(m_db ? tr("There is no saved plan yet. When you make one, its steps will be here.")
                              : QString());
        return;
    }
    const PlanSection s = planSections::all()[index];
    m_step->setText(tr("Step %1 of %2").arg(index + 1).arg(kPlanSectionCount));
    m_title->setText(planSections::title(s));
    const QStringList& items = m_version->plan.items(s);
    QStringList lines;
    for (const QString& item : items) lines.append(QStringLiteral("\u2022 ") + item);
    // The people steps also show the contacts with their numbers, so they are one look away.
    if (planSections::picksContacts(s)) {
        const bool professional = s == PlanSection::Professionals;
        for (const Contact& c : m_contacts) {
            const bool isProfessional = c.role == ContactRole::Professional || c.role == ContactRole::Service;
            const QString line = QStringLiteral("\u2022 ") + c.asPlanItem();
            if (isProfessional == professional && !lines.contains(line)) lines.append(line);
        }
    }
    m_items->setText(lines.isEmpty() ? tr("Nothing written here yet. You can go on to the next step.")
                                     : lines.join(QLatin1Char('\n')));
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < kPlanSectionCount);
}

}  // namespace mooring
