#pragma once

#include "insights/WeekSummary.h"

#include <QWidget>

#include <array>

namespace mooring {

// "When": the week's days (from the person's first day of the week) down the side and the
// hours of the day across, each square darker the more entries began in that hour, in the
// entry's own local time. Custom painted so it follows the palette and the text size.
class WeekHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit WeekHeatmap(QWidget* parent = nullptr);

    void setSummary(const WeekSummary& summary);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int labelWidth() const;
    int cellHeight() const;

    QDate m_start;
    std::array<std::array<int, 24>, 7> m_grid{};
    int m_max = 0;
};

}  // namespace mooring
