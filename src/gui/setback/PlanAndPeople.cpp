#include "gui/setback/PlanAndPeople.h"

#include "domain/Contact.h"
#include "domain/Error.h"
#include "session/ProfileSession.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QLabel* paragraph(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

}  // namespace

PlanAndPeople::PlanAndPeople(ProfileSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_plan(new QPushButton(this)), m_problem(paragraph({}, this)) {
    m_plan->setObjectName(u"setbackPlan"_s);
    m_problem->hide();
    m_people = new QVBoxLayout;
    m_people->setContentsMargins(0, 0, 0, 0);
    m_people->setSpacing(10);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_problem);
    layout->addWidget(m_plan, 0, Qt::AlignLeft);
    layout->addLayout(m_people);
    setFocusProxy(m_plan);

    connect(m_plan, &QPushButton::clicked, this, [this] {
        if (m_hasPlan)
            Q_EMIT planStepsRequested();
        else
            Q_EMIT planRequested();
    });
    connect(&m_session, &ProfileSession::planChanged, this, &PlanAndPeople::reload);
    connect(&m_session, &ProfileSession::contactsChanged, this, &PlanAndPeople::reload);
    connect(&m_session, &ProfileSession::importDone, this, &PlanAndPeople::reload);
    connect(&m_session, &ProfileSession::closed, this, [this] { m_open = false; });
    reload();
}

void PlanAndPeople::reload() {
    if (!m_open) return;
    QList<Contact> contacts;
    try {
        m_hasPlan = m_session.plan().latest().has_value();
        contacts = m_session.contacts().all();
        m_problem->hide();
    } catch (const Error& e) {
        m_problem->setText(e.message());
        m_problem->show();
    }
    m_plan->setText(m_hasPlan ? tr("Go through my safety plan, step by step") : tr("Make my safety plan"));

    while (QLayoutItem* item = m_people->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (contacts.isEmpty()) {
        m_people->addWidget(paragraph(tr("You have not saved any contacts yet. You can add people you trust in your "
                                         "safety plan."),
                                      this));
        return;
    }
    m_people->addWidget(paragraph(tr("People you can reach out to:"), this));
    for (const Contact& c : std::as_const(contacts)) {
        QLabel* line = paragraph(c.phone.isEmpty() ? c.name : tr("%1: %2").arg(c.name, c.phone), this);
        line->setObjectName(u"setbackContact"_s);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        line->setContentsMargins(16, 0, 0, 0);
        m_people->addWidget(line);
    }
}

}  // namespace mooring
