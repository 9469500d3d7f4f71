#pragma once

#include "domain/Contact.h"
#include "domain/SafetyPlan.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace mooring {

class Database;

// "My plan, step by step" on the crisis screen: the latest saved version of the person's
// safety plan, one section at a time. Only after unlocking; setDatabase(nullptr) on lock
// clears everything it showed.
class PlanStepsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PlanStepsPanel(QWidget* parent = nullptr);

    void setDatabase(Database* db);  // reads the latest version now; nullptr clears
    void reload();                   // after a save elsewhere
    bool hasPlan() const noexcept { return m_version.has_value(); }
    int step() const noexcept { return m_index; }
    void next();
    void previous();
    QString shownTitle() const;
    QString shownText() const;

private:
    void showStep(int index);

    Database* m_db = nullptr;
    std::optional<PlanVersion> m_version;
    QList<Contact> m_contacts;
    int m_index = 0;
    QLabel* m_step;
    QLabel* m_title;
    QLabel* m_items;
    QPushButton* m_previous;
    QPushButton* m_next;
};

}  // namespace mooring
