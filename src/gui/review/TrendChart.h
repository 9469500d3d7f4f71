#pragma once

#include "gui/review/ReviewChart.h"
#include "insights/WeekTrend.h"

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace mooring {

// The longer view: how many urges were written down each week over the last months,
// one point per week, the week shown last. Weeks with nothing written are on it too.
class TrendChart : public ReviewChart {
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);
    void setPoints(const QList<WeekPoint>& points);
    int pointCount() const;

protected:
    void restyle() override;

private:
    QLineSeries* m_line;
    QScatterSeries* m_dots;
    QCategoryAxis* m_weeks;
    QValueAxis* m_count;
};

}  // namespace mooring
