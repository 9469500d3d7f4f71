#pragma once

#include "insights/RecurringTriggers.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace mooring {

// A gentle offer when a trigger keeps coming back: "add it to the warning signs in my
// safety plan?" Choosing it only opens the plan editor with the words filled in as a new
// warning sign, to keep or drop there; nothing is saved from here.
class WarningSignOffer : public QFrame {
    Q_OBJECT
public:
    explicit WarningSignOffer(QWidget* parent = nullptr);

    // Shows the first trigger not waved away yet, or hides itself when there is none.
    void setTriggers(const QList<RecurringTrigger>& triggers, int span);
    QString shownTrigger() const { return m_trigger; }

Q_SIGNALS:
    void addRequested(const QString& trigger);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void showNext();

    QList<RecurringTrigger> m_triggers;
    QStringList m_dismissed;
    QString m_trigger;
    int m_span = 4;
    QLabel* m_text;
    QPushButton* m_add;
    QPushButton* m_notNow;
};

}  // namespace mooring
