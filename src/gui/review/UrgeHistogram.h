#pragma once

#include "gui/review/ReviewChart.h"
#include "insights/WeekSummary.h"

class QBarSet;
class QValueAxis;

namespace mooring {

// How strong the week's urges were: one bar per strength, 0 to 10.
class UrgeHistogram : public ReviewChart {
    Q_OBJECT
public:
    explicit UrgeHistogram(QWidget* parent = nullptr);
    void setFigures(const UrgeFigures& urge);
    int valueAt(int strength) const;  // what the bar shows (tests)

protected:
    void restyle() override;

private:
    QBarSet* m_set;
    QValueAxis* m_count;
};

}  // namespace mooring
