#pragma once

#include <QChartView>

class QAbstractAxis;

namespace mooring {

// A small Qt Charts picture for the review: no frame, transparent background, the
// palette's colours and the widget's font (dark mode, 200 % text), restyled whenever
// those change. Subclasses add their series and call restyle().
class ReviewChart : public QChartView {
    Q_OBJECT
public:
    explicit ReviewChart(QWidget* parent = nullptr);

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    // Colours and fonts for the chart, its axes and its series, from the palette.
    virtual void restyle();
    void styleAxis(QAbstractAxis* axis);
    int m_linesHigh = 10;  // the height, in lines of text
};

}  // namespace mooring
