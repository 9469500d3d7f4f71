#pragma once

#include "domain/CheckIn.h"
#include "domain/CheckInChoices.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace mooring {

// "Looking after myself": hours of sleep and three yes-or-no questions, each starting as
// "not answered" and free to stay that way. The person may turn questions off in the
// settings: a question not asked keeps the answer it had, so nothing saved is lost.
class SelfCareFields : public QWidget {
    Q_OBJECT
public:
    explicit SelfCareFields(QWidget* parent = nullptr);

    SelfCare value() const;
    void setValue(const SelfCare& care);
    void setQuestions(const SelfCareQuestions& questions);
    bool asksAny() const;
    QDoubleSpinBox* sleepBox() const noexcept { return m_sleep; }
    QComboBox* ateBox() const noexcept { return m_ate; }
    QComboBox* medicationBox() const noexcept { return m_medication; }
    QComboBox* movedBox() const noexcept { return m_moved; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* addQuestion(const QString& label, const QString& objectName, int row);

    QDoubleSpinBox* m_sleep;
    QComboBox* m_ate;
    QComboBox* m_medication;
    QComboBox* m_moved;
    SelfCareQuestions m_questions;
};

}  // namespace mooring
