#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mooring {

class ProfileSession;

// The setback panel's "your plan and your people": the plan one click away (step by step,
// or "make my plan" while there is none) and the people saved in it. Reads again whenever
// the session says the plan or the contacts changed, wherever they were changed.
class PlanAndPeople : public QWidget {
    Q_OBJECT
public:
    explicit PlanAndPeople(ProfileSession& session, QWidget* parent = nullptr);

    QPushButton* planButton() const noexcept { return m_plan; }
    void reload();

Q_SIGNALS:
    void planStepsRequested();  // there is a plan: go through it
    void planRequested();       // no plan saved yet: make one

private:
    ProfileSession& m_session;
    bool m_open = true;  // false once the session has closed
    bool m_hasPlan = false;
    QPushButton* m_plan;
    QLabel* m_problem;
    QVBoxLayout* m_people;
};

}  // namespace mooring
