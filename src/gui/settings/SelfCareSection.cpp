#include "gui/settings/SelfCareSection.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

SelfCareSection::SelfCareSection(ProfileSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(&session),
      m_sleep(new QCheckBox(tr("Hours of sleep"), this)),
      m_ate(new QCheckBox(tr("I ate regularly"), this)),
      m_medication(new QCheckBox(tr("I took my medication as prescribed"), this)),
      m_moved(new QCheckBox(tr("I moved my body"), this)),
      m_banner(new MessageBanner(this)) {
    setObjectName(u"selfCareSection"_s);
    auto* heading = new QLabel(tr("Check-in: looking after myself"), this);
    heading->setObjectName(u"selfCareHeading"_s);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading, 2);
    auto* intro = new QLabel(tr("Choose the questions your check-in asks. Answers you have saved stay saved, "
                                "and this choice is kept with your protected data."),
                             this);
    intro->setWordWrap(true);
    m_sleep->setObjectName(u"askSleep"_s);
    m_ate->setObjectName(u"askAte"_s);
    m_medication->setObjectName(u"askMedication"_s);
    m_moved->setObjectName(u"askMoved"_s);
    m_banner->setObjectName(u"selfCareBanner"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    SelfCareQuestions asked;
    try {
        asked = session.checkInPreferences().selfCareQuestions();
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
    }
    const std::pair<QCheckBox*, bool> boxes[] = {
        {m_sleep, asked.sleep}, {m_ate, asked.ate}, {m_medication, asked.medication}, {m_moved, asked.moved}};
    for (const auto& [box, on] : boxes) {
        box->setChecked(on);
        box->setAccessibleDescription(tr("Asked in the check-in when ticked"));
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SelfCareSection::keep);
    }
    layout->addWidget(m_banner);
    Appearance::makeLargeTargets(this);
}

QList<QWidget*> SelfCareSection::tabOrder() const { return {m_sleep, m_ate, m_medication, m_moved}; }

SelfCareQuestions SelfCareSection::questions() const {
    SelfCareQuestions q;
    q.sleep = m_sleep->isChecked();
    q.ate = m_ate->isChecked();
    q.medication = m_medication->isChecked();
    q.moved = m_moved->isChecked();
    return q;
}

void SelfCareSection::keep() {
    if (!m_session) return;  // locked meanwhile; this section is on its way out
    try {
        m_session->checkInPreferences().setSelfCareQuestions(questions());
        m_banner->clearMessage();
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
    }
}

}  // namespace mooring
